#pragma once
// Explaining an action against the record: its body evaluated with the primed variables bound
// to the values the record gives them (unobserved ones stay unknown, so the conjuncts that read
// them are skipped). The first false conjunct is then a primed one such as `x' = x + 1`, and
// the explanation says which value the record gives and which value the action requires.
#include <optional>
#include <string>
#include <vector>

#include "refinement/diagnosis.hpp"

namespace tlatrace::refine {

/// The next state as the record gives it: each observed variable's JSON value read as a TLA+
/// value shaped like like[i] (a spec value of that variable), the others unknown (None).
std::vector<eval::Value> record_next_state(const ObservedRecord& r, const eval::Value* like, size_t nvars);

/// The first conjunct of the instance of `def` whose arguments read `arguments` (any instance
/// when empty) that is false from `st` to the record's next state `next`, explained.
std::optional<FalseConjunct> conjunct_against_record(SpecSession& s, const DiagnosedState& st,
                                                     const ast::OpDef& def, const std::string& arguments,
                                                     std::vector<eval::Value>& next);

}  // namespace tlatrace::refine
