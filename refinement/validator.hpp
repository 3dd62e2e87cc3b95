#pragma once
// Trace validation: is a recorded trace a behavior of the spec (with hidden steps allowed),
// and if not, where and why.
//
// The search keeps the *set* of spec states consistent with the records read so far,
// deduplicated by fingerprint, so nondeterminism (unobserved variables, several matching
// actions) never multiplies into paths. For each record it expands that set by up to
// --max-hidden unlogged steps, then keeps the successors that match the record. Records are
// streamed; only a window of the matched path is kept (memory does not grow with the trace).
// When the set becomes empty, the previous set is diagnosed action by action (diagnosis.hpp).
// Invariants and properties of the cfg (including refinement Abs!Spec) are checked on every
// matched state and step.
#include <memory>
#include <string>

#include "evaluator/model/model.hpp"
#include "refinement/record_source.hpp"
#include "refinement/result.hpp"

namespace tlatrace::refine {

/// How to validate.
struct ValidateOptions {
  const ast::OpDef* match_op = nullptr;  // --match OP: step i must satisfy Next /\ OP(line_i)
  int max_hidden = 0;               // unlogged spec steps allowed before each record
  size_t max_states = 1000000;      // limit on the consistent states (resource limit)
  size_t path_window = 20;          // matched states kept for the report
  size_t diagnose_states = 3;       // consistent states diagnosed on a rejection
};

/// Validates the records of `source` against `model`. Throws InputError on bad trace input.
ValidationResult validate_trace(eval::Model& model, RecordSource& source, SourceManager& sm,
                                const ValidateOptions& options);

}  // namespace tlatrace::refine
