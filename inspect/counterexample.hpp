#pragma once
// A counterexample read back from a tlatrace JSON report: the steps of `tlatrace check
// --format json` (violation.trace) or of `tlatrace validate --format json` (violation.path,
// then the failing record or the violating step) as one list.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace tlatrace::inspect {

/// The report has no counterexample (no violation, or not a tlatrace report).
class NotACounterexample : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One step of a counterexample.
struct CounterexampleStep {
  int64_t number = 0;           ///< 1-based position in the behavior
  std::string action;           ///< "Initial predicate", the action's name, "Stuttering", ...
  std::string arguments;        ///< check: TLC's list of the action's arguments, "(1,2)", or ""
  std::string location;         ///< "file:line:col" of the action, or TLC's text, or ""
  bool has_state = true;        ///< false for a trace record no spec state matched
  bool hidden = false;          ///< validate: an unlogged step (--max-hidden)
  bool failing = false;         ///< the step that breaks the property / the failing record
  nlohmann::json values = nlohmann::json::object();  ///< variable -> ITF value
  nlohmann::json state = nlohmann::json::object();   ///< variable -> TLC-printed value
  nlohmann::json record;        ///< validate: the record this step matched or failed (or null)
  int64_t record_number = 0;    ///< validate: the record's number (0 when none)
  int64_t record_line = 0;      ///< validate: the record's line in its file
  std::string record_file;      ///< validate, failing step: the record's file
  nlohmann::json diagnosis;     ///< validate, failing record: violation.diagnosis
};

/// A whole counterexample.
struct Counterexample {
  enum class Origin { Check, Validate };
  Origin origin = Origin::Check;
  std::string kind;     ///< check: invariant | deadlock | property | ...; validate: trace | invariant | ...
  std::string name;     ///< the invariant / property violated (may be empty)
  std::string message;  ///< validate's one-line summary, check's extra message
  std::vector<std::string> variables;  ///< in the spec's order
  std::vector<CounterexampleStep> steps;
  std::string spec, config;  ///< the spec and cfg the report names (may be empty)
};

/// Reads the counterexample of a check or validate JSON report. Throws NotACounterexample
/// when the report has none (its message says why).
Counterexample load_counterexample(const nlohmann::json& result);

/// The string member `key` of j, or "" when j is not an object or has no such string.
std::string string_member(const nlohmann::json& j, const char* key);

/// "file:line:col" of a location object {"file", "line", "col"}, or "" for anything else.
std::string location_text(const nlohmann::json& location);

}  // namespace tlatrace::inspect
