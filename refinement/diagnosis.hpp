#pragma once
// The diagnosis of a record that matches no step: for each matched state (up to a cap) and
// each action of Next (only the hinted one when the record names one): whether the action is
// enabled; if not, its first false conjunct with the values of its sub-expressions; if so,
// which observed variables differ between its closest successor and the record.
#include <vector>

#include "refinement/observed_record.hpp"
#include "refinement/result.hpp"
#include "refinement/spec_session.hpp"

namespace tlatrace::refine {

/// A state the diagnosis starts from, with its TLCGet("level").
struct DiagnosedState {
  const eval::Value* vars = nullptr;
  int64_t level = 1;
};

/// Maps a record to its TLA+ value for --match (null when --match is not used).
struct MatchOperator {
  const ast::OpDef* def = nullptr;
  eval::Value line;  // the record as a TLA+ record
};

/// Diagnoses a step record that no successor of `states` matches.
std::vector<StateDiagnosis> diagnose_step(SpecSession& s, const std::vector<DiagnosedState>& states,
                                          const ObservedRecord& r, const MatchOperator& op);

/// Diagnoses an initial record that no initial state matches (the closest initial state).
StateDiagnosis diagnose_initial(SpecSession& s, const ObservedRecord& r);

/// A short explanation of the diagnosis of the first state (for the summary line).
std::string summarize(const std::vector<StateDiagnosis>& d);

}  // namespace tlatrace::refine
