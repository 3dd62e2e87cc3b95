#pragma once
// What trace validation found: the verdict, where the trace stopped matching, the path of
// spec states that matched the lines before, and the diagnosis of the failing record.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "evaluator/value/value.hpp"
#include "parser/ast/source.hpp"
#include "refinement/json_match.hpp"

namespace tlatrace::ast {
struct Expr;
}

namespace tlatrace::refine {

/// One state of the matched path, Trace-Explorer style.
struct PathStep {
  uint64_t record = 0;       // the record it matched (0 for a hidden step)
  uint32_t line = 0;         // the record's line in its file
  std::string action;        // "Initial predicate", the action's name, or "Stuttering"
  SourceRange action_range;  // the action's definition (invalid for the initial state)
  bool hidden = false;       // an unlogged step (--max-hidden)
  std::vector<eval::Value> state;
};

/// A conjunct that is false, with the values of its sub-expressions.
struct FalseConjunct {
  SourceRange range;
  std::string text;                                          // its source text
  std::vector<std::pair<std::string, std::string>> values;  // sub-expression text -> value
  /// A false `\E`: for its first witnesses, why the body is false ("i = 1: TEXT (a = 1)").
  std::vector<std::string> witnesses;
  const ast::Expr* expr = nullptr;                           // the conjunct (not reported)
  /// True when it was evaluated with the primed variables as the record gives them.
  bool against_record = false;
  /// For a primed conjunct: the value the record gives against the value the action requires,
  /// e.g. "the record gives x' = 5; the action requires x' = x + 1, which is 4".
  std::string explanation;
};

/// An observed variable whose value differs from the spec's.
struct VariableDifference {
  std::string variable;
  Difference diff;
};

/// One action of Next, tried from one matched state.
struct ActionDiagnosis {
  std::string action;
  SourceRange range;                         // the action's definition
  bool enabled = false;
  std::string arguments;                     // the instance shown: "k = \"k1\", v = 2" (may be empty)
  std::optional<FalseConjunct> false_conjunct;  // disabled: the first false conjunct
  /// Enabled, but no successor matches: the first conjunct of the instance shown that is false
  /// with the primed variables as the record gives them (unobserved ones unknown).
  std::optional<FalseConjunct> record_conjunct;
  std::vector<VariableDifference> differences;  // enabled: closest successor against the record
  /// Other successors exactly as close (arguments, differences), at most two.
  std::vector<std::pair<std::string, std::vector<VariableDifference>>> also_closest;
  std::string note;                          // e.g. parameters that never match the record's
};

/// The actions tried from one matched state.
struct StateDiagnosis {
  size_t state_index = 0;  // among the states consistent with the lines before
  std::vector<eval::Value> state;
  std::vector<ActionDiagnosis> actions;
};

/// The outcome of validating one trace.
struct ValidationResult {
  enum class Verdict { Accepted, Rejected, Error, Limit };
  Verdict verdict = Verdict::Accepted;
  std::string trace_name;
  std::vector<std::string> var_names;
  // Rejected:
  std::string kind;           // "trace", "invariant", "property", "refinement"
  std::string name;           // the property / invariant violated (empty for "trace")
  uint64_t step = 0;          // the failing record's number (ndjson: its line)
  std::string file;           // the failing record's file
  uint32_t line = 0;
  std::string record;         // the record as written
  std::string summary;        // one-line explanation
  std::vector<PathStep> path;  // the matched states before the failing record (a window)
  uint64_t path_elided = 0;    // earlier matched states not shown
  size_t consistent_states = 0;  // states consistent with the lines before
  std::vector<StateDiagnosis> diagnosis;
  std::string hint;           // a likely cause (a missing record, a wrong action hint...); may be empty
  std::optional<PathStep> violating;  // property violations: the state/step that breaks it
  // Error / limit:
  std::string message;
  SourceRange error_range;
  // Statistics.
  uint64_t records = 0;
  uint64_t transitions = 0;
  size_t max_frontier = 0;      // the largest set of consistent states computed exactly
  std::string search;           // "depth-first" or "frontier"
  uint64_t backtracks = 0;      // depth-first: dead states abandoned
  uint64_t frontier_passes = 0;  // depth-first: frontier passes (full window, or a rejection)
  size_t max_window = 0;        // depth-first: most records held for backtracking
  double seconds = 0;
};

}  // namespace tlatrace::refine
