// Forms found in published specs that SANY accepts and the resolver must too.
#include <gtest/gtest.h>

#include "tests/resolve/resolve_test_util.hpp"

namespace tlatrace {
namespace {
using testing::errors;
using testing::find_def;

TEST(SanyCompat, NestedModuleSeesWhatItsModuleDefinedBefore) {
  Frontend fe;
  fe.load_text("N1.tla",
               "---- MODULE N1 ----\nVARIABLE h\nErr == 0\n"
               "  ---- MODULE Inner ----\n  VARIABLE b\n  Init == b = Err /\\ h = 1\n  ====\n"
               "I == INSTANCE Inner WITH b <- h\n====\n");
  EXPECT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
}

TEST(SanyCompat, NamedAssumptionIsAName) {
  Frontend fe;
  ast::Module* m = fe.load_text("N2.tla", "---- MODULE N2 ----\nCONSTANT N\nASSUME Pos == N = N\nASSUME Pos\n====\n");
  ASSERT_NE(m, nullptr);
  EXPECT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
  const ast::Assumption* second = nullptr;
  for (auto& u : m->units)
    if (auto* a = std::get_if<ast::Assumption>(&u)) second = a;
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->body->ref.kind, ast::Ref::Kind::Formula);
  EXPECT_NE(second->body->ref.formula, nullptr);
}

TEST(SanyCompat, IdenticalRedefinitionIsOnlyAWarning) {
  Frontend fe;
  fe.load_text(TLATRACE_SOURCE_DIR "/tests/resolve/data/N3.tla",
               "---- MODULE N3 ----\nEXTENDS Naturals\nVARIABLE count\nDouble(n) == 2 * n\n"
               "INSTANCE Counter WITH Limit <- 1\n====\n");
  EXPECT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
  EXPECT_NE(errors(fe).find("'Double' is defined twice with the same definition"), std::string::npos) << errors(fe);
}

TEST(SanyCompat, DifferentRedefinitionIsAnError) {
  Frontend fe;
  fe.load_text(TLATRACE_SOURCE_DIR "/tests/resolve/data/N4.tla",
               "---- MODULE N4 ----\nEXTENDS Naturals\nVARIABLE count\nDouble(n) == n + n\n"
               "INSTANCE Counter WITH Limit <- 1\n====\n");
  EXPECT_NE(errors(fe).find("5:1: 'Double' is defined both here and in an imported module"), std::string::npos)
      << errors(fe);
}

TEST(SanyCompat, BuiltinOperatorMayBePassedAsAnArgument) {
  Frontend fe;
  fe.load_text("N5.tla", "---- MODULE N5 ----\nF(Op(_, _), a, b) == Op(a, b)\nX == F(\\cap, {1}, {2})\n====\n");
  EXPECT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
}

TEST(SanyCompat, ConstantOperatorIsSubstitutedImplicitlyByName) {
  Frontend fe;
  fe.load_text(TLATRACE_SOURCE_DIR "/tests/resolve/data/N6.tla",
               "---- MODULE N6 ----\nCONSTANT Leader(_)\nINSTANCE UsesLeader\n====\n");
  EXPECT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
}

TEST(SanyCompat, InstanceParametersSubstituteImplicitly) {
  Frontend fe;
  ast::Module* m = fe.load_text(TLATRACE_SOURCE_DIR "/tests/resolve/data/N7.tla",
                                "---- MODULE N7 ----\nVARIABLE count\nC(Limit) == INSTANCE Counter\nS == C(3)!Next\n====\n");
  ASSERT_NE(m, nullptr);
  EXPECT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
  ast::OpDef* c = find_def(*m, "C");
  ASSERT_EQ(c->instance->with.size(), 2u);
  EXPECT_EQ(c->instance->with[0].value->ref.kind, ast::Ref::Kind::Parameter);
}

TEST(SanyCompat, InstanceInsideLet) {
  Frontend fe;
  fe.load_text(TLATRACE_SOURCE_DIR "/tests/resolve/data/N8.tla",
               "---- MODULE N8 ----\nVARIABLE count\nS == LET M == INSTANCE Counter WITH Limit <- 2 IN M!Next\n====\n");
  EXPECT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
}

}  // namespace
}  // namespace tlatrace

namespace tlatrace {
namespace {

TEST(SanyCompat, ModulesFollowingTheFirstInOneFileAreLoaded) {
  Frontend fe;
  ast::Module* m = fe.load(TLATRACE_SOURCE_DIR "/tests/resolve/data/TwoInOne.tla");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "TwoInOne");
  EXPECT_FALSE(fe.diagnostics().has_errors()) << testing::errors(fe);
  const ast::Expr& body = *testing::find_def(*m, "X")->body;
  ASSERT_NE(body.ref.module, nullptr);
  EXPECT_EQ(body.ref.module->name, "Helper");
  EXPECT_EQ(body.ref.def->range.line, 8u);  // lines and columns are those of the file
}

}  // namespace
}  // namespace tlatrace

namespace tlatrace {
namespace {

TEST(SanyCompat, SameTextMeaningDifferentThingsIsAnError) {
  Frontend fe;
  fe.load_text(TLATRACE_SOURCE_DIR "/tests/resolve/data/B3.tla", "---- MODULE B3 ----\nEXTENDS B1, B2\n====\n");
  EXPECT_NE(testing::errors(fe).find("2:13: 'F' is defined both here and in an imported module"), std::string::npos)
      << testing::errors(fe);
}

}  // namespace
}  // namespace tlatrace

namespace tlatrace {
namespace {

// A module re-stating, for annotations, definitions it also imports: recursive, with LET, and
// over variables that the INSTANCE substitutes (as published Apalache-annotation modules do).
TEST(SanyCompat, RestatedRecursiveDefinitionsWithLetAndVariablesAreTolerated) {
  Frontend fe;
  fe.load_text(TLATRACE_SOURCE_DIR "/tests/resolve/data/SumUser.tla",
               "---- MODULE SumUser ----\nEXTENDS Naturals\nVARIABLE pc\nvars == <<pc>>\n"
               "RECURSIVE Sum(_, _)\n"
               "Sum(f, S) == IF S = {} THEN 0 ELSE LET x == CHOOSE y \\in S : TRUE IN f[x] + Sum(f, S \\ {x})\n"
               "INSTANCE SumDef\n====\n");
  EXPECT_FALSE(fe.diagnostics().has_errors()) << testing::errors(fe);
}

}  // namespace
}  // namespace tlatrace

namespace tlatrace {
namespace {

// Regression (found by ASan): an argument holding LET definitions grows the scope stack while
// the applied operator's symbol, found on that stack, is still needed.
TEST(SanyCompat, LetInsideTheArgumentOfALetDefinedOperator) {
  Frontend fe;
  std::string lets;
  for (int i = 0; i < 40; ++i) lets += "LET a" + std::to_string(i) + " == 1 IN ";
  fe.load_text("G1.tla", "---- MODULE G1 ----\nF(x) == LET G(y) == y IN G(" + lets + "x)\n====\n");
  EXPECT_FALSE(fe.diagnostics().has_errors()) << testing::errors(fe);
}

}  // namespace
}  // namespace tlatrace
