// INSTANCE: loading, explicit and implicit substitutions, named and parameterised instances.
#include <gtest/gtest.h>

#include "tests/resolve/resolve_test_util.hpp"

namespace tlatrace {
namespace {
using testing::errors;
using testing::find_def;

const char* kDir = TLATRACE_SOURCE_DIR "/tests/resolve/data";

TEST(Instance, NamedInstanceResolvesQualifiedNames) {
  Frontend fe;
  ast::Module* m = fe.load(std::string(kDir) + "/UsesCounter.tla");
  ASSERT_NE(m, nullptr);
  ASSERT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
  ast::OpDef* step = find_def(*m, "Step");
  ASSERT_NE(step, nullptr);
  const ast::Expr& name = *step->body;
  ASSERT_EQ(name.kind, ast::ExprKind::Name);
  ASSERT_EQ(name.segments.size(), 2u);
  EXPECT_EQ(name.segments[0].ref.kind, ast::Ref::Kind::Instance);
  EXPECT_EQ(name.segments[1].ref.kind, ast::Ref::Kind::Definition);
  ASSERT_NE(name.ref.def, nullptr);
  EXPECT_EQ(name.ref.def->name, "Next");
  EXPECT_EQ(name.ref.module->name, "Counter");
}

TEST(Instance, ImplicitSubstitutionsAreMadeExplicit) {
  Frontend fe;
  ast::Module* m = fe.load(std::string(kDir) + "/UsesCounter.tla");
  ASSERT_NE(m, nullptr);
  ast::OpDef* c = find_def(*m, "C");
  ASSERT_NE(c, nullptr);
  ASSERT_TRUE(c->instance);
  // WITH Limit <- 3 is explicit; count <- count is implicit.
  ASSERT_EQ(c->instance->with.size(), 2u);
  EXPECT_EQ(c->instance->with[0].name, "Limit");
  EXPECT_EQ(c->instance->with[1].name, "count");
  EXPECT_EQ(c->instance->with[1].value->ref.kind, ast::Ref::Kind::Variable);
  ASSERT_NE(c->instance->target, nullptr);
  EXPECT_EQ(c->instance->target->name, "Counter");
}

TEST(Instance, UnnamedInstanceImportsDefinitionsWithTheirInstance) {
  Frontend fe;
  ast::Module* m = fe.load(std::string(kDir) + "/UsesCounter.tla");
  ASSERT_NE(m, nullptr);
  ASSERT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
  const ast::Expr& body = *find_def(*m, "Twice")->body;
  ASSERT_EQ(body.kind, ast::ExprKind::Name);
  EXPECT_EQ(body.ref.def->name, "Double");
  EXPECT_NE(body.ref.via, nullptr);
}

TEST(Instance, MissingSubstitutionIsAnError) {
  Frontend fe;
  fe.load(std::string(kDir) + "/BadInstance.tla");
  EXPECT_NE(errors(fe).find("INSTANCE Counter: no substitution for 'count'"), std::string::npos) << errors(fe);
}

TEST(Instance, SubstitutingANonParameterIsAnError) {
  Frontend fe;
  fe.load(std::string(kDir) + "/BadInstance.tla");
  EXPECT_NE(errors(fe).find("'Nope' is not a CONSTANT or VARIABLE of module 'Counter'"), std::string::npos)
      << errors(fe);
}

TEST(Instance, UnknownNameInInstanceIsAnError) {
  Frontend fe;
  fe.load_text(std::string(kDir) + "/Q.tla",
               "---- MODULE Q ----\nVARIABLE count\nC == INSTANCE Counter WITH Limit <- 1\nX == C!Nothing\n====\n");
  EXPECT_NE(errors(fe).find("4:8: module 'Counter' (instantiated as 'C') defines no 'Nothing'"), std::string::npos)
      << errors(fe);
}

}  // namespace
}  // namespace tlatrace
