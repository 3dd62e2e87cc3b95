#pragma once
// Successor and initial-state enumeration the way TLC does it (Tool.getNextStates and
// getInitStates): the action is walked conjunct by conjunct, left to right, over a partially
// bound next state. `x' = e` binds an unbound primed variable (and tests a bound one),
// `x' \in S` enumerates S, \E enumerates its domain, a disjunction tries each branch,
// UNCHANGED binds each variable to its current value, a call to a user definition walks its
// body, IF/CASE/LET choose a branch; any other conjunct is evaluated as a guard.
// Initial states are enumerated the same way from Init over unprimed variables.
//
// The walk is in continuation-passing style: each step calls the continuation for every way
// it can be satisfied, and undoes its bindings when the continuation returns.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "evaluator/core/evaluator.hpp"
#include "evaluator/value/function_ref.hpp"

namespace tlatrace::eval {

/// The action a successor came from: the innermost user definition entered while splitting
/// the next-state relation (through disjunctions, \E and calls), which trace validation
/// matches against records, and the action as TLC's Tool.getActions splits it, which
/// counterexamples show.
struct ActionTag {
  const ast::OpDef* def = nullptr;
  /// TLC's action (only while Enumerator::set_tlc_actions is on, as when a counterexample is
  /// rebuilt): the definition it names (`shown`), entered through calls with constant-level
  /// arguments only; the expression where its split ends (`leaf`: a disjunct, a definition's
  /// body, an \E over a set that depends on the state, a call with state-level arguments,
  /// ...), whose location TLC prints, and the definition that expression is in (`leaf_in`).
  const ast::OpDef* shown = nullptr;
  const ast::Expr* shown_at = nullptr;  // the call that entered `shown` (`I!Next`: TLC's "I!Next")
  const ast::Expr* leaf = nullptr;
  const ast::OpDef* leaf_in = nullptr;
  /// When the split ends at a call of an instance's definition with substitutions: the
  /// INSTANCE, whose location TLC prints instead of the call's.
  const ast::InstanceDecl* leaf_instance = nullptr;
  /// Only while a sink runs: the frame of `shown`'s call, for the arguments TLC prints (null
  /// when TLC prints none: `shown` was called with state-level arguments).
  const Ctx* shown_call = nullptr;
  /// Only while a sink runs (trace validation reads the action's arguments): the context of
  /// the action's body, whose last def->params.size() slots below env.depth are its parameters.
  const Ctx* call = nullptr;
  /// Only while a sink runs: the names bound by \E while splitting, outermost first, with
  /// their slots (values).
  const std::vector<std::pair<const ast::BoundName*, const Binding*>>* bound = nullptr;
};

/// Receives each complete state: the variable values and the action that produced it.
using StateSink = FunctionRef<void(const Value* vars, const ActionTag& action)>;

/// Enumerates states; one per worker (it owns the partial state being built).
class Enumerator {
 public:
  Enumerator(Evaluator& ev, size_t nvars, BindingStack& stack);

  /// Whether successors carry TLC's identity of their action (ActionTag::shown, leaf): off
  /// while checking (it costs 5% of MCLamportMutex), on while a counterexample is rebuilt.
  void set_tlc_actions(bool on) { tlc_actions_ = on; }

  /// Every successor of `cur` under `action`, with duplicates, in TLC's order.
  void successors(const ast::Expr& action, const Value* cur, StateSink sink);
  /// Every initial state satisfying the conjunction of `init`.
  void initial_states(const std::vector<const ast::Expr*>& init, StateSink sink);
  /// TRUE when `action` has a successor from `cur` (ENABLED).
  bool enabled(const ast::Expr& action, const Value* cur, Ctx& outer);
  /// A fresh evaluation context over `cur` (and optionally a complete `next`). Inside a sink, its
  /// frames start above the enumeration's live frames.
  Ctx context(const Value* cur, Value* next);

  /// Frames of this enumerator start at `top` instead of the start of the binding stack
  /// (for an enumeration nested in another evaluation, such as \cdot).
  void set_base(Binding* top) { base_ = top; }

  /// States TLC counts as generated besides those passed to a sink (the intermediate states of
  /// A \cdot B), since the last call; resets the count.
  uint64_t take_extra_generated() { return std::exchange(extra_generated_, 0); }

  /// Names of the variables (for messages).
  void set_variable_names(std::vector<std::string> names) { names_ = std::move(names); }

 private:
  using Cont = FunctionRef<void(Binding* top)>;
  class NestedWalk;
  void run(const ast::Expr& e, Ctx& c, bool split, Cont k);
  /// True for a form TLC's split of Next goes through (see ActionTag::leaf).
  bool tlc_splits(const ast::Expr& e);
  /// Records, while TLC would still split, that the call `e` of `f` was entered.
  void enter_tlc_action(const ast::Expr& e, const CallFrame& f);
  /// TLC (Tool.getNextStates0, getInitStates): once every variable has a value, the conjuncts
  /// still to come are evaluated as predicates instead of walked (so a disjunction or \E in them
  /// no longer yields one successor per way it holds). The first conjunct is always walked.
  bool all_assigned() const;
  void run_and(const ast::Expr& e, size_t i, Ctx& c, Cont k);
  void run_list(const std::vector<const ast::Expr*>& list, size_t i, Ctx& c, Cont k);
  void run_builtin(const ast::Expr& e, int builtin, Ctx& c, Cont k);
  void run_unchanged(const ast::Expr& e, Ctx& c, Cont k);
  void run_unchanged_tuple(const ast::Expr& tuple, size_t i, Ctx& c, Cont k);
  /// UNCHANGED <<x, y, ...>> of plain state variables, bound or compared in one loop; false
  /// (nothing done) when some element is anything else.
  bool unchanged_variables(const ast::Expr& tuple, Ctx& c, Cont k);
  void guard(const ast::Expr& e, Ctx& c, Cont k);
  void run_forall(const ast::Expr& e, const std::vector<Binding>& instances, size_t n, size_t i, Ctx& c, Cont k);
  /// run_forall for a body that reads no primed variable: a loop over the instances.
  void run_forall_predicate(const ast::Expr& e, const std::vector<Binding>& instances, size_t n, Ctx& c, Cont k);
  void run_cdot(const ast::Expr& a, const ast::Expr& b, Ctx& c, Cont k);
  /// The complete states reached from `from` by `action` evaluated in `outer`'s environment,
  /// n values each, one after another (the enumeration in progress is saved and restored).
  std::vector<Value> reachable(const ast::Expr& action, const Value* from, Ctx& outer);
  /// The state index of the variable that `lhs` designates when it can be assigned
  /// (x' while enumerating successors, x while enumerating initial states), else -1.
  int assignable(const ast::Expr& lhs, Ctx& c, bool* is_var);
  int variable_of(const ast::Expr& name, Ctx& c);
  // The expression a parameter or a substituted instance variable stands for, with its context.
  const ast::Expr* stands_for(const ast::Expr& name, Ctx& c, Ctx& where);
  void bind(int var, Value v, Ctx& c, Cont k);
  void complete(Binding* top);

  Evaluator& ev_;
  size_t nvars_;
  BindingStack& stack_;
  std::vector<Value> partial_;
  uint64_t extra_generated_ = 0;
  const Value* cur_ = nullptr;
  bool init_mode_ = false;
  bool stop_ = false;          // ENABLED: one successor is enough
  bool enabled_mode_ = false;  // ENABLED: unassigned variables are allowed
  ActionTag action_;
  bool tlc_actions_ = false;  // see set_tlc_actions
  std::vector<std::pair<const ast::BoundName*, const Binding*>> bound_;  // see ActionTag::bound
  StateSink* sink_ = nullptr;
  std::vector<std::string> names_;
  Binding* base_ = nullptr;
  Binding* live_top_ = nullptr;  // while a sink runs: the top of the live frames
};

}  // namespace tlatrace::eval
