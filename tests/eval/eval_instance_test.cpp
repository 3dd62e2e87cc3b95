// INSTANCE substitution: named, parameterised, chained and unnamed instances.
#include "eval_fixture.hpp"

namespace tlatrace::eval::testing {
namespace {

class EvalInstance : public ::testing::Test {
 protected:
  void SetUp() override {
    fx.add_module("Inner", "---- MODULE Inner ----\nEXTENDS Naturals\nCONSTANT K\nOp == K + 1\nTwice(x) == 2 * x + K\n====\n");
    fx.add_module("Outer", "---- MODULE Outer ----\nEXTENDS Naturals\nCONSTANT J\nI == INSTANCE Inner WITH K <- J * 10\n"
                           "Get == I!Op\n====\n");
  }
  EvalFixture fx;
};

TEST_F(EvalInstance, NamedWithSubstitution) {
  EXPECT_EQ(fx.value("A!Op", "A == INSTANCE Inner WITH K <- 5"), "6");
  EXPECT_EQ(fx.value("A!Twice(3)", "A == INSTANCE Inner WITH K <- 5"), "11");
}

TEST_F(EvalInstance, Parameterised) {
  EXPECT_EQ(fx.value("P(7)!Op + P(1)!Twice(2)", "P(k) == INSTANCE Inner WITH K <- k"), "13");
}

TEST_F(EvalInstance, SubstitutionSeesTheCallersBoundNames) {
  EXPECT_EQ(fx.value("{P(k)!Op : k \\in 1..3}", "P(k) == INSTANCE Inner WITH K <- k"), "{2, 3, 4}");
}

TEST_F(EvalInstance, Chained) {
  EXPECT_EQ(fx.value("O!I!Op", "O == INSTANCE Outer WITH J <- 2"), "21");
  EXPECT_EQ(fx.value("O!Get", "O == INSTANCE Outer WITH J <- 3"), "31");
}

TEST_F(EvalInstance, ImplicitSubstitutionByName) {
  EXPECT_EQ(fx.value("A!Op", "K == 41\nA == INSTANCE Inner"), "42");
}

}  // namespace
}  // namespace tlatrace::eval::testing
