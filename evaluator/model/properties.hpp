#pragma once
// Decomposing temporal formulas (SPECIFICATION, PROPERTIES) into what an explicit-state
// safety checker can check:
//   a state predicate P at the top level        -> holds in every initial state
//   []P with P a state predicate                 -> holds in every reachable state
//   [][A]_v                                      -> every step satisfies A or leaves v unchanged
//   WF/SF, <>, ~>, []<> ...                      -> liveness: reported as not checked
// Conjunctions are split and 0-arity definitions whose bodies are temporal are entered
// (instance-qualified ones too: `Abs!Spec` yields the refinement checks of Abs).
#include <string>
#include <vector>

#include "evaluator/core/evaluator.hpp"

namespace tlatrace::eval {

/// One checkable part of a temporal formula. `openers` are the definitions entered on the way
/// (Name expressions, outermost first): the check is evaluated inside their bodies.
struct TemporalPart {
  enum class Kind { Init, Always, ActionAlways, Liveness };
  Kind kind = Kind::Init;
  std::vector<const ast::Expr*> openers;
  const ast::Expr* expr = nullptr;  // Init/Always: the predicate; ActionAlways: the [A]_v node
  // The conjunct this part came from, when a conjunction was split after the last definition
  // entered (TLC then names an Always part's invariant by the conjunct's location).
  const ast::Expr* conjunct = nullptr;
};

/// The name under which TLC reports a violated Always part `[]P`, which it checks as an
/// invariant: P's name when P is a name without arguments (`[]TypeOK`: TypeOK), else the
/// location of the conjunct it came from ("line 3, col 9 to line 3, col 17 of module M"), else
/// the last definition entered (the property's own name, or one its body names).
std::string always_part_name(const TemporalPart& part);

/// Splits `formula` into parts.
void decompose_temporal(const ast::Expr& formula, Program& program, std::vector<TemporalPart>& out);

/// True when a property's parts state another module's spec: a part is reached through an
/// instance-qualified definition (`Abs!Spec`) or names one itself (`R!L!Init`,
/// `[][L!Next]_L!vars`). Such a property is a refinement check.
bool is_refinement(const std::vector<TemporalPart>& parts);

/// True when `e` (or a definition it uses) contains a temporal operator.
bool is_temporal(const ast::Expr& e);

/// Evaluates a part's expression on (cur, next) after entering its openers. A `[A]_v` part is
/// decided by `step_satisfies`.
Value eval_part(Evaluator& ev, const TemporalPart& part, Ctx& c);

/// `[A]_v` (`box`, a BoxAction) on the step in `c`: true when v' = v, checked before A.
bool step_satisfies(Evaluator& ev, const ast::Expr& box, Ctx& c);

}  // namespace tlatrace::eval
