#pragma once
// The annotated counterexample: THE contract between the text view, `tlatrace explain --format
// json`, and the HTML/DOT outputs. Input is the `--format json` result of `tlatrace check` or
// `tlatrace validate`; output is that same JSON plus the members described below.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace tlatrace::inspect {

/// One `--watch EXPR` evaluated in every step of a counterexample.
struct WatchResult {
  std::string expr;  ///< the expression as the user wrote it
  /// One entry per step of the uniform "steps" list (same order): the value printed the TLC
  /// way, or nullopt where the expression has no value (an action-level watch at step 1, or an
  /// evaluation error in that step).
  std::vector<std::optional<std::string>> values;
  /// Per step: the evaluation error message where there was one (empty otherwise). May be
  /// empty as a whole when no step failed.
  std::vector<std::string> errors;
  /// Evaluated on transitions (primes, UNCHANGED, an action): no value at the first step.
  bool action_level = false;
};

/// Returns `result` (the JSON of `tlatrace check --format json` or `tlatrace validate --format
/// json`) with these members added; everything already there is kept unchanged.
///
/// Top level:
///   "steps": [ Step... ]   one uniform list of the counterexample's steps for both result kinds:
///       check:    the states of violation.trace, in order;
///       validate: the states of violation.path (the matched prefix), then the failing step:
///                 violation.violating_step when there is one (invariant, property,
///                 refinement), else one step for the record no spec state matched
///                 (violation.record), which has no spec state.
///     Step = {
///       "step":      int     1-based position in the behavior (the failing record of a trace
///                            divergence: the last matched step + 1),
///       "action":    string  the action's name ("Initial predicate" for the first state; for
///                            a record no spec state matched: the record's "action"/"event"
///                            member, else ""),
///       "location":  string  "file:line:col" of the action (TLC's text when only that is
///                            known; "" for the initial state or when unknown),
///       "values":    object  variable -> ITF JSON value (as in the input; {} without a state),
///       "state":     object  variable -> TLC-printed value (as in the input; {} without a state),
///       "has_state": bool    false only for the failing record of a trace divergence,
///       "hidden":    bool    validate: an unlogged spec step (--max-hidden),
///       "changes":   [ Change... ]  what changed since the previous step (empty at step 1 and
///                            for a step without a state),
///       "failing":   bool    true on the step that breaks the property (check: the last state
///                            of the trace, for every kind of violation; validate: the violating
///                            step, or the record no spec state matched),
///       "watches":   [ string | null, one per watch ],
///       "record", "record_number", "record_line", "record_file":  (validate) the record as
///                            written (failing step) / its number and line (each step that
///                            matched one),
///       "diagnosis": array   (validate, the record no state matched) copy of violation.diagnosis
///     }
///     Change = {
///       "variable": string  the state variable,
///       "path":     string  where inside the variable's value, TLA+-style, "" for the whole
///                           value: "[n1]" function entry, ".term" record field, "[3]" sequence
///                           element (1-based); nested: "[n1].log[3]". For a set element the
///                           path is the set's own path and "element" is true,
///       "element":  bool    true when a set gained ("added") or lost ("removed") the element
///                           in after/before (sets have no keys, so elements are never
///                           "modified"),
///       "kind":     "added" | "modified" | "removed",
///       "before":   string | null  TLC-printed value at that path before (null when added),
///       "after":    string | null  TLC-printed value after (null when removed)
///     }
///     One Change per innermost difference; a variable whose value did not change has none.
///   "watches": [ { "expr": string, "values": [ string | null per step of "steps" ],
///                  "errors": [ string per step, "" where none ], "action_level": bool } ]
///       (always present, [] without watches).
///   Each Step also gets "watches": [ string | null, one per watch ] (the same values, per step).
///
/// Also, for compatibility with the input's own step lists, each step object inside
/// violation.trace (check) or violation.path (validate) gets the same "changes" array.
nlohmann::json annotate(const nlohmann::json& result, const std::vector<WatchResult>& watches);

}  // namespace tlatrace::inspect
