#pragma once
// Rendering a CheckResult: TLC-shaped text, or the JSON report of `tlatrace check --format json`.
#include <nlohmann/json.hpp>
#include <string>

#include "evaluator/checker/result.hpp"

namespace tlatrace::eval {

/// The counterexample as TLC prints it: "State 1: <Initial predicate>", "/\ x = 1", ...
std::string render_trace(const std::vector<TraceStep>& trace);
/// The verdict lines ("Error: Invariant Inv is violated." ...) and the counterexample.
std::string render_violation(const CheckResult& r);
/// The verdict lines alone: the headline and the details.
std::string render_violation_headline(const CheckResult& r);
/// An invariant (or `PROPERTY []P`) violated by an initial state: TLC's headline is then
/// "Error: Invariant Inv is violated by the initial state:", followed by the state.
bool violated_by_initial_state(const CheckResult& r);
/// The explanation of a refinement violation's step (printed after the counterexample).
std::string render_refinement_step(const RefinementStep& s);
/// "N states generated, M distinct states found, Q states left on queue." and the depth line.
std::string render_statistics(const CheckResult& r);
/// The JSON report: {"result", "stats", "violation", "errors"}.
nlohmann::json result_json(const CheckResult& r);

}  // namespace tlatrace::eval
