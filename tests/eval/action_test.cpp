// Successor enumeration: conjuncts left to right, x' = e binds or tests, x' \in S enumerates,
// \E and disjunction branch, UNCHANGED, [A]_v, and the error for a primed variable used
// before it is bound.
#include <gmock/gmock.h>

#include "evaluator/action/enumerator.hpp"
#include "eval_fixture.hpp"

namespace tlatrace::eval::testing {
namespace {

using ::testing::HasSubstr;

// Loads a spec with VARIABLES x, y and returns the successors of (x, y) = (0, 0) under `next`.
struct Successors {
  std::vector<std::string> states;
  std::string error;
  uint32_t line = 0, col = 0;
};

Successors successors_of(const std::string& defs, const std::string& next) {
  Frontend fe;
  std::string text = "---- MODULE S ----\nEXTENDS Integers, TLC\nVARIABLES x, y\n" + defs + "\nNext == " + next + "\n====\n";
  ast::Module* m = fe.load_text("S.tla", text);
  Successors out;
  if (!m || fe.diagnostics().has_errors()) {
    out.error = "front end";
    return out;
  }
  Program p(fe.resolver(), *m);
  p.index_modules(fe.loader().modules());
  Evaluator ev(p);
  BindingStack stack(1 << 14);
  Enumerator en(ev, 2, stack);
  en.set_variable_names({"x", "y"});
  const ast::OpDef* def = nullptr;
  for (const auto& u : m->units)
    if (auto* d = std::get_if<std::unique_ptr<ast::OpDef>>(&u))
      if ((*d)->name == "Next") def = d->get();
  std::vector<Value> cur{Value::integer(0), Value::integer(0)};
  try {
    en.successors(*def->body, cur.data(), [&](const Value* s, const ActionTag& tag) {
      out.states.push_back(to_tla_string(s[0]) + "," + to_tla_string(s[1]) + (tag.def ? "@" + tag.def->name : ""));
    });
  } catch (const EvalFailure& e) {
    out.error = e.what();
    out.line = e.range().line;
    out.col = e.range().col;
  }
  return out;
}

TEST(Actions, AssignAndTest) {
  auto s = successors_of("", "x' = 1 /\\ y' = x' + 1 /\\ x' = 1");
  EXPECT_EQ(s.states, (std::vector<std::string>{"1,2"}));
  auto none = successors_of("", "x' = 1 /\\ x' = 2 /\\ y' = 0");
  EXPECT_TRUE(none.states.empty());
}

TEST(Actions, InEnumeratesAndDisjunctionsBranch) {
  auto s = successors_of("", "x' \\in {3, 1} /\\ (y' = 5 \\/ y' = x')");
  EXPECT_EQ(s.states, (std::vector<std::string>{"1,5", "1,1", "3,5", "3,3"}));
}

TEST(Actions, ExistsAndNamedActions) {
  auto s = successors_of("A(i) == x' = i /\\ UNCHANGED y\nB == y' = 7 /\\ x' = x", "(\\E i \\in 1..2 : A(i)) \\/ B");
  EXPECT_EQ(s.states, (std::vector<std::string>{"1,0@A", "2,0@A", "0,7@B"}));
}

TEST(Actions, StutteringSubscript) {
  auto s = successors_of("A == x' = x + 1 /\\ y' = y", "[A]_<<x, y>>");
  EXPECT_EQ(s.states, (std::vector<std::string>{"1,0@A", "0,0"}));
}

TEST(Actions, IfCaseLetInsideActions) {
  auto s = successors_of("", "LET n == x + 2 IN IF n > 1 THEN x' = n /\\ y' = 0 ELSE UNCHANGED <<x, y>>");
  EXPECT_EQ(s.states, (std::vector<std::string>{"2,0"}));
}

TEST(Actions, UnchangedTupleOfVariables) {
  // Binds the unbound, tests the bound (a repeated variable too), in a loop; other elements
  // (a definition, x + 0) go the general way, with the same results.
  auto s = successors_of("", "(y' = 3 /\\ UNCHANGED <<x, y>>) \\/ (y' = 0 /\\ UNCHANGED <<x, y, x>>) \\/ UNCHANGED <<y, x>>");
  EXPECT_EQ(s.states, (std::vector<std::string>{"0,0", "0,0"}));
  auto g = successors_of("V == <<x, y>>", "(x' = 1 /\\ UNCHANGED <<x + 0, y>>) \\/ UNCHANGED V \\/ (y' = 2 /\\ UNCHANGED <<V, x>>)");
  EXPECT_EQ(g.states, (std::vector<std::string>{"0,0"}));
  auto partial = successors_of("", "UNCHANGED <<x>> /\\ y' = 4");
  EXPECT_EQ(partial.states, (std::vector<std::string>{"0,4"}));
}

TEST(Actions, PrimedVariableBeforeBindingIsAnError) {
  auto s = successors_of("", "y' = x' + 1 /\\ x' = 1");
  EXPECT_THAT(s.error, HasSubstr("x' is used before its value is determined"));
  EXPECT_EQ(s.line, 5u);
  EXPECT_EQ(s.col, 14u);
}

TEST(Actions, IncompleteSuccessorIsAnError) {
  auto s = successors_of("", "x' = 1");
  EXPECT_THAT(s.error, HasSubstr("not assigned: y"));
}

}  // namespace
}  // namespace tlatrace::eval::testing
