#pragma once
// Trace validation: is a recorded trace a behavior of the spec (with hidden steps allowed),
// and if not, where and why.
//
// Two searches give the same verdicts (docs/validate.md, "Search"):
// - depth-first (the default) follows one consistent state as deep as it goes, memoises the
//   (state, record) pairs that dead-end and backtracks (depth_first.hpp); so acceptance costs
//   one state per record however many states are consistent;
// - the frontier search keeps the *set* of spec states consistent with the records so far,
//   deduplicated by fingerprint, expanding it record by record (step_search.hpp).
// A rejection always ends with a frontier pass, so the failing record and its diagnosis are
// those of the complete set of consistent states: the set before the failing record is
// diagnosed action by action (diagnosis.hpp). Records are streamed; only a bounded window of
// records and of the matched path is kept (memory does not grow with the trace).
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
  enum class Search { DepthFirst, Frontier };
  Search search = Search::DepthFirst;
  size_t window_records = 10000;    // depth-first: records kept for backtracking before a frontier pass
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
