// The evaluator caches INSTANCE substitutions and state-level 0-arity definitions once per
// state. These tests evaluate the same expressions over several states, alternating, and under
// bindings of enclosing operators, and check the values are those of an uncached evaluation.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "evaluator/core/evaluator.hpp"
#include "evaluator/value/print.hpp"
#include "parser/resolve/frontend.hpp"

namespace tlatrace::eval {
namespace {

// Loads a root module with VARIABLE y (and the modules given) and evaluates its definitions
// over states given as values of y.
class StateCacheTest : public ::testing::Test {
 protected:
  void load(const std::string& defs) {
    fe_.load_text("Inner.tla",
                  "---- MODULE Inner ----\nEXTENDS Naturals\nCONSTANT K\nVARIABLE v\n"
                  "Op == K + 1\nV2 == v + v\nSum == K + K + K\nSet == {k + v : k \\in 0..K}\n====\n");
    root_ = fe_.load_text("Root.tla", "---- MODULE Root ----\nEXTENDS Naturals\nVARIABLE y\n" + defs + "\n====\n");
    ASSERT_TRUE(root_ && !fe_.diagnostics().has_errors());
    fe_.resolver().resolve(*root_);
    program_ = std::make_unique<Program>(fe_.resolver(), *root_);
    program_->index_modules(fe_.loader().modules());
    program_->freeze();
    ev_ = std::make_unique<Evaluator>(*program_);
  }

  // The value of definition `name` with y = cur (and y' = next when given).
  std::string value(const std::string& name, int64_t cur, int64_t next = -1) {
    const ast::OpDef* def = nullptr;
    for (const auto& u : root_->units)
      if (auto* d = std::get_if<std::unique_ptr<ast::OpDef>>(&u))
        if ((*d)->name == name) def = d->get();
    if (!def) return "no " + name;
    std::vector<Value> s{Value::integer(cur)}, t{Value::integer(next)};
    Ctx c;
    c.env = Env{stack_.begin(), 0, nullptr};
    c.top = stack_.begin();
    c.limit = stack_.end();
    c.states = StatePair{s.data(), next >= 0 ? t.data() : nullptr, 1};
    try {
      return to_tla_string(ev_->apply_def_values(*def, {}, c, *def->body));
    } catch (const EvalFailure& e) {
      return std::string("ERROR: ") + e.what();
    }
  }

  Frontend fe_;
  ast::Module* root_ = nullptr;
  std::unique_ptr<Program> program_;
  std::unique_ptr<Evaluator> ev_;
  BindingStack stack_{1 << 14};
};

TEST_F(StateCacheTest, SubstitutionIsEvaluatedPerState) {
  load("A == INSTANCE Inner WITH K <- y * 10, v <- y\nE == A!Sum\nF == A!Set");
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(value("E", 1), "30");
    EXPECT_EQ(value("E", 2), "60");
    EXPECT_EQ(value("F", 0), "{0}");
    EXPECT_EQ(value("F", 1), "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}");
  }
  // K is read three times per evaluation of Sum: all but the first read in a state are hits.
  EXPECT_GT(ev_->state_cache().hits(), 0u);
}

TEST_F(StateCacheTest, PrimedSubstitutionReadsTheNextState) {
  load("A == INSTANCE Inner WITH K <- y * 10, v <- y\nE == <<A!Op, A!Op', A!V2, A!V2'>>");
  EXPECT_EQ(value("E", 1, 2), "<<11, 21, 2, 4>>");
  EXPECT_EQ(value("E", 2, 1), "<<21, 11, 4, 2>>");
  EXPECT_EQ(value("E", 2, 2), "<<21, 21, 4, 4>>");
  EXPECT_EQ(value("E", 1, 2), "<<11, 21, 2, 4>>");
}

TEST_F(StateCacheTest, SubstitutionOfBoundNamesIsNotCachedAcrossBindings) {
  load("P(k) == INSTANCE Inner WITH K <- k + y, v <- y\n"
       "E == {P(k)!Sum : k \\in 1..3}\n"
       "Q(j) == LET I == INSTANCE Inner WITH K <- j, v <- y IN I!Op\n"
       "F == <<Q(1), Q(5), Q(1)>>");
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(value("E", 0), "{3, 6, 9}");
    EXPECT_EQ(value("E", 1), "{6, 9, 12}");
    EXPECT_EQ(value("F", 0), "<<2, 6, 2>>");
  }
}

TEST_F(StateCacheTest, DefinitionsAreCachedPerInstance) {
  load("A1 == INSTANCE Inner WITH K <- y, v <- y\nA2 == INSTANCE Inner WITH K <- y + 100, v <- y\n"
       "E == <<A1!Sum, A2!Sum, A1!Op, A2!Op>>\nD == y + 1\nF == <<D, D'>>");
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(value("E", 1), "<<3, 303, 2, 102>>");
    EXPECT_EQ(value("E", 2), "<<6, 306, 3, 103>>");
    EXPECT_EQ(value("F", 1, 5), "<<2, 6>>");
    EXPECT_EQ(value("F", 5, 1), "<<6, 2>>");
  }
}

TEST_F(StateCacheTest, ActionLevelSubstitutionIsNotCachedPerState) {
  load("A == INSTANCE Inner WITH K <- y' - y, v <- y\nE == A!Op");
  EXPECT_EQ(value("E", 1, 2), "2");
  EXPECT_EQ(value("E", 1, 4), "4");
  EXPECT_EQ(value("E", 1, 2), "2");
}

// Applications of a state-level function definition are evaluated once per argument and state
// (FnAppMemo): the values follow the state, primed applications read the next state.
TEST_F(StateCacheTest, FunctionDefinitionApplicationsArePerState) {
  load("f[k \\in 0..3] == k * y\nE == <<f[1], f[1], f[2], f[1] + f[2]>>\nP == <<f[1], f[1]', f[2]'>>");
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(value("E", 1), "<<1, 1, 2, 3>>");
    EXPECT_EQ(value("E", 5), "<<5, 5, 10, 15>>");
    EXPECT_EQ(value("P", 2, 3), "<<2, 3, 6>>");
    EXPECT_EQ(value("P", 3, 2), "<<3, 2, 4>>");
  }
  EXPECT_GT(ev_->fn_app_memo().hits(), 0u);
}

// Tuple arguments: tuples of integers are hashed and compared by FnAppMemo itself, others by
// fingerprint and equality; each argument keeps its own value.
TEST_F(StateCacheTest, FunctionDefinitionTupleArguments) {
  load("g[<<a, b>> \\in (0..2) \\X (0..2)] == 10 * a + b + y\n"
       "h[t \\in {<<1>>, <<1, 2>>, <<1, \"a\">>, <<0, 2>>, <<2, 0>>}] == <<t, y>>\n"
       "E == <<g[<<1, 2>>], g[<<2, 1>>], g[<<1, 2>>], g[<<0, 0>>]>>\n"
       "H == <<h[<<1>>], h[<<1, 2>>], h[<<1, \"a\">>], h[<<0, 2>>], h[<<2, 0>>], h[<<1, 2>>]>>");
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(value("E", 1), "<<13, 22, 13, 1>>");
    EXPECT_EQ(value("E", 2), "<<14, 23, 14, 2>>");
    EXPECT_EQ(value("H", 7),
              "<<<<<<1>>, 7>>, <<<<1, 2>>, 7>>, <<<<1, \"a\">>, 7>>, <<<<0, 2>>, 7>>, <<<<2, 0>>, 7>>, <<<<1, 2>>, 7>>>>");
  }
  EXPECT_GT(ev_->fn_app_memo().hits(), 0u);
}

TEST_F(StateCacheTest, RecursiveFunctionDefinitionPerState) {
  load("fact[n \\in 0..5] == IF n = 0 THEN y ELSE n * fact[n - 1]\nE == <<fact[3], fact[4]>>");
  EXPECT_EQ(value("E", 1), "<<6, 24>>");
  EXPECT_EQ(value("E", 2), "<<12, 48>>");
  EXPECT_EQ(value("E", 1), "<<6, 24>>");
}

// A failing application is not recorded: it fails again, also after a value for another
// argument was recorded in the same state.
TEST_F(StateCacheTest, FailingFunctionApplicationsFailEveryTime) {
  load("g[k \\in 0..3] == 12 \\div (y - k)\nE == g[2]\nF == <<g[0], g[2]>>\nD == g[7]");
  for (int round = 0; round < 2; ++round) {
    EXPECT_NE(value("E", 2).find("ERROR"), std::string::npos);
    EXPECT_NE(value("F", 2).find("ERROR"), std::string::npos);
    EXPECT_EQ(value("E", 5), "4");
    EXPECT_NE(value("D", 5).find("not in its domain"), std::string::npos);
  }
}

}  // namespace
}  // namespace tlatrace::eval
