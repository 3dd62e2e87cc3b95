// Run-time errors: each class has TLC's message and the location of the failing expression.
#include "eval_fixture.hpp"

namespace tlatrace::eval::testing {
namespace {

using ::testing::HasSubstr;

class EvalError : public ::testing::Test {
 protected:
  EvalFixture fx;

  // The message of evaluating `expr`, which must fail (a success fails the test and gives "").
  std::string error_of(const std::string& expr, const std::string& defs = "") {
    Outcome o = fx.eval(expr, defs);
    EXPECT_FALSE(o.ok) << expr << " evaluated without an error";
    return o.ok ? std::string() : o.message;
  }
};

// E is on line 4 of the generated module when there are no extra definitions; its expression
// starts at column 6.
TEST_F(EvalError, FunctionOutsideDomain) {
  Outcome o = fx.eval("<<1, 2>>[3]");
  ASSERT_FALSE(o.ok);
  EXPECT_THAT(o.message, HasSubstr("Attempted to apply function:\n<<1, 2>>\nto argument 3"));
  EXPECT_EQ(o.line, 4u);
  EXPECT_EQ(o.col, 6u);
}

// A function held in a slot (a bound name, an argument) is applied in place; outside its domain
// the message is the same.
TEST_F(EvalError, SlotFunctionOutsideDomain) {
  EXPECT_EQ(fx.value("\\A g \\in {<<1, 2>>} : g[2] = 2"), "TRUE");
  EXPECT_EQ(fx.value("Op(<<5, 6>>)", "Op(g) == g[1] + g[2]"), "11");
  for (const char* expr : {"\\A g \\in {<<1, 2>>} : g[3] = 1", "Op(<<1, 2>>)"}) {
    Outcome o = fx.eval(expr, "Op(g) == g[1] + g[3]");
    EXPECT_FALSE(o.ok) << expr;
    EXPECT_THAT(o.message, HasSubstr("Attempted to apply function:\n<<1, 2>>\nto argument 3"));
  }
}

// A function definition with a tuple binder applied to a value that is not a tuple of its arity.
TEST_F(EvalError, TupleBinderFunctionOutsideDomain) {
  const char* defs = "g[<<a, b>> \\in (0..1) \\X (0..1)] == a + b";
  EXPECT_EQ(fx.value("<<g[<<1, 1>>], g[1, 0]>>", defs), "<<2, 1>>");
  for (const char* expr : {"g[3]", "g[<<1>>]", "g[<<1, 1, 1>>]", "g[<<1, 2>>]"}) {
    Outcome o = fx.eval(expr, defs);
    EXPECT_FALSE(o.ok) << expr;
    EXPECT_THAT(o.message, HasSubstr("Attempted to apply function g to argument")) << expr;
    EXPECT_THAT(o.message, HasSubstr("which is not in its domain")) << expr;
  }
}

TEST_F(EvalError, ChooseWithoutWitness) {
  Outcome o = fx.eval("1 + CHOOSE x \\in 1..3 : x > 5");
  ASSERT_FALSE(o.ok);
  EXPECT_THAT(o.message, HasSubstr("CHOOSE x \\in S: P, but no element of S satisfied P"));
  EXPECT_EQ(o.col, 10u);
  Outcome t = fx.eval("1 + CHOOSE x \\in {} : TRUE");
  ASSERT_FALSE(t.ok);
  EXPECT_THAT(t.message, HasSubstr("CHOOSE x \\in S: P, but no element of S satisfied P.\nS = {}"));
  EXPECT_EQ(t.col, 10u);
}

// +, -, <, >, <=, >= on two integers are applied inline; overflow and non-integers still go
// through the native, with its message.
TEST_F(EvalError, IntegerOperatorsApplied) {
  const std::pair<const char*, const char*> failing[] = {
      {"9223372036854775807 + 1", "Overflow when computing 9223372036854775807 + 1"},
      {"(-9223372036854775807) - 2", "Overflow"},
      {"1 < \"a\"", "The second argument of < should be an integer"},
      {"1 = {}", "Attempted to"},
  };
  for (const auto& [expr, message] : failing) {
    Outcome o = fx.eval(expr);
    EXPECT_FALSE(o.ok) << expr;
    EXPECT_THAT(o.message, HasSubstr(message));
  }
  EXPECT_EQ(fx.value("<<3 - 5, 2 <= 2, 2 >= 3, 1 > 0, 9223372036854775806 + 1>>"),
            "<<-2, TRUE, FALSE, TRUE, 9223372036854775807>>");
}

TEST_F(EvalError, WrongType) {
  Outcome o = fx.eval("1 + \"a\"");
  ASSERT_FALSE(o.ok);
  EXPECT_THAT(o.message, HasSubstr("should be an integer"));
  Outcome b = fx.eval("IF 3 THEN 1 ELSE 2");
  ASSERT_FALSE(b.ok);
  EXPECT_THAT(b.message, HasSubstr("non-boolean"));
  EXPECT_EQ(b.col, 9u);
}

TEST_F(EvalError, Overflow) {
  EXPECT_THAT(error_of("2 ^ 62 * 4"), HasSubstr("Overflow"));
}

// Integer comparisons and + / - computed at the call still report the natives' errors.
TEST_F(EvalError, IntegerOperatorsAtTheCall) {
  EXPECT_THAT(error_of("2 ^ 62 + 2 ^ 62"), HasSubstr("Overflow"));
  EXPECT_THAT(error_of("(-(2 ^ 62)) - 2 ^ 62 - 2 ^ 62"), HasSubstr("Overflow"));
  EXPECT_THAT(error_of("1 <= \"a\""), HasSubstr("The second argument of <= should be an integer"));
}

// Quantifier bodies that are not booleans, and applications outside the domain inside nested
// applications, keep their messages.
TEST_F(EvalError, QuantifierBodyAndNestedApplication) {
  EXPECT_THAT(error_of("\\A x, y \\in 1..2 : x"), HasSubstr("non-boolean"));
  EXPECT_THAT(error_of("<<<<1>>, <<2>>>>[3][1]"), HasSubstr("to argument 3, which is not in the domain"));
  EXPECT_THAT(error_of("<<<<1>>, <<2>>>>[2][2]"), HasSubstr("Attempted to apply function:\n<<2>>\nto argument 2"));
  EXPECT_THAT(error_of("x[1]", "x == 5"), HasSubstr("which is not a function"));
}

// Chains of applications over a slot (`g[i][j]`, fn_app_chain) apply innermost first: the
// failing level's message and location, as the recursive path gives; arguments that are not
// slots (literals, expressions) and chains longer than the loop takes keep them too.
TEST_F(EvalError, ChainOfApplicationsOverASlot) {
  const char* defs = "Op(g) == \\A i \\in {2} : g[i][i] = 0";
  EXPECT_EQ(fx.value("\\A g \\in {<<<<1, 2>>, <<3, 4>>>>} : \\A i, j \\in 1..2 : g[i][j] = 2 * i + j - 2"), "TRUE");
  EXPECT_EQ(fx.value("\\A g \\in {<<<<1, 2>>, <<3>>>>} : Len(g[1]) + Len(g[2]) = 3"), "TRUE");
  EXPECT_EQ(fx.value("\\A g \\in {<<<<<<<<<<7>>>>>>>>>>} : g[1][1][1][1][1] + g[1][1 + 0][1][1][1] = 14"), "TRUE");
  for (const char* expr : {"\\A g \\in {<<<<1, 2>>, <<3>>>>} : \\A i \\in {2} : g[i][i] = 0", "Op(<<<<1, 2>>, <<3>>>>)",
                           "\\A g \\in {<<<<1, 2>>, <<3>>>>} : g[1 + 1][2] = 0"}) {
    Outcome o = fx.eval(expr, defs);
    EXPECT_FALSE(o.ok) << expr;
    EXPECT_THAT(o.message, HasSubstr("Attempted to apply function:\n<<3>>\nto argument 2")) << expr;
  }
  Outcome inner = fx.eval("\\A g \\in {<<<<1>>>>} : \\A i \\in {3} : g[i][1] = 0");
  ASSERT_FALSE(inner.ok);
  EXPECT_THAT(inner.message, HasSubstr("Attempted to apply function:\n<<<<1>>>>\nto argument 3"));
  EXPECT_EQ(inner.line, 4u);
  EXPECT_EQ(inner.col, 44u);
  Outcome deep = fx.eval("\\A g \\in {<<<<<<<<<<7>>>>>>>>>>} : g[1][1][1][1][2] = 0");
  ASSERT_FALSE(deep.ok);
  EXPECT_THAT(deep.message, HasSubstr("Attempted to apply function:\n<<7>>\nto argument 2"));
  EXPECT_THAT(error_of("\\A g \\in {<<1>>} : g[1][1] = 0"), HasSubstr("which is not a function"));
  EXPECT_THAT(error_of("\\A g \\in {<<1>>} : Len(g[1]) = 0"), HasSubstr("The first argument of Len should be a sequence"));
}

TEST_F(EvalError, CaseWithoutMatch) {
  Outcome o = fx.eval("CASE 1 > 2 -> 1 [] 2 > 3 -> 2");
  ASSERT_FALSE(o.ok);
  EXPECT_THAT(o.message, HasSubstr("CASE"));
  EXPECT_EQ(o.line, 4u);
}

TEST_F(EvalError, AssertReportsItsMessage) {
  EXPECT_THAT(error_of("Assert(1 = 2, \"one is not two\")"), HasSubstr("\"one is not two\""));
}

TEST_F(EvalError, InfiniteSetCannotBeEnumerated) {
  EXPECT_THAT(error_of("\\A n \\in Nat : n >= 0"), HasSubstr("infinite set"));
}

TEST_F(EvalError, LocationInsideADefinition) {
  Outcome o = fx.eval("F(0)", "F(x) == 10 \\div x");
  ASSERT_FALSE(o.ok);
  EXPECT_THAT(o.message, HasSubstr("\\div"));
  EXPECT_EQ(o.line, 3u);  // the error is in F's body
  EXPECT_EQ(o.col, 9u);
}

}  // namespace
}  // namespace tlatrace::eval::testing
