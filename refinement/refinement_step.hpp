#pragma once
// Explaining a refinement violation found by the model checker: for the step that violates a
// property [][A]_v (typically `Abs!Spec` of an INSTANCE Abs WITH ...), the abstract variables'
// values before and after the step (the refinement mapping evaluated on both states), which of
// them changed, and each action of the abstract A tried on the step: whether it holds and, when
// not, its first false conjunct (refinement/conjunct_explainer.hpp).
// The checker (evaluator/) only finds the violation; this layer explains it afterwards.
#include "evaluator/checker/result.hpp"
#include "evaluator/model/model.hpp"

namespace tlatrace::refine {

/// Fills `r.refinement` when `r` is a violation of a [][A]_v part of a property, using the last
/// two states of `r.trace`. Leaves `r` unchanged for any other result. Never throws: what
/// cannot be evaluated is said in `r.refinement->note`.
void explain_refinement_violation(eval::Model& model, eval::CheckResult& r);

}  // namespace tlatrace::refine
