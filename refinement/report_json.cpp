// The JSON report of a validation result.
#include "evaluator/value/json.hpp"
#include "evaluator/value/print.hpp"
#include "refinement/report.hpp"

namespace tlatrace::refine {

using json = nlohmann::json;

namespace {

json location(const SourceRange& r) {
  if (!r.valid()) return nullptr;
  return {{"file", r.file->path}, {"line", r.line}, {"col", r.col}, {"end_line", r.end_line}, {"end_col", r.end_col}};
}

json state_json(const ValidationResult& r, const std::vector<eval::Value>& state) {
  json out = json::object();
  for (size_t i = 0; i < r.var_names.size() && i < state.size(); ++i) out[r.var_names[i]] = eval::to_tla_string(state[i]);
  return out;
}

json values_json(const ValidationResult& r, const std::vector<eval::Value>& state) {
  json out = json::object();
  for (size_t i = 0; i < r.var_names.size() && i < state.size(); ++i) out[r.var_names[i]] = eval::to_itf_or_printed(state[i]);
  return out;
}

json step_json(const ValidationResult& r, const PathStep& p, uint64_t number) {
  json s{{"step", number},
         {"action", p.action},
         {"hidden", p.hidden},
         {"state", state_json(r, p.state)},
         {"values", values_json(r, p.state)}};
  if (p.record) {
    s["record"] = p.record;
    s["line"] = p.line;
  }
  if (p.action_range.valid()) s["location"] = location(p.action_range);
  return s;
}

json conjunct_json(const FalseConjunct& f) {
  json values = json::array();
  for (const auto& [e, v] : f.values) values.push_back({{"expr", e}, {"value", v}});
  json j{{"text", f.text}, {"location", location(f.range)}, {"values", values}};
  if (f.against_record) j["against_record"] = true;
  if (!f.explanation.empty()) j["explanation"] = f.explanation;
  return j;
}

json action_json(const ActionDiagnosis& a) {
  json j{{"action", a.action}, {"enabled", a.enabled}};
  if (a.range.valid()) j["location"] = location(a.range);
  if (!a.arguments.empty()) j["arguments"] = a.arguments;
  if (a.false_conjunct) j["false_conjunct"] = conjunct_json(*a.false_conjunct);
  if (a.record_conjunct) j["record_conjunct"] = conjunct_json(*a.record_conjunct);
  if (!a.differences.empty()) {
    json diffs = json::array();
    for (const auto& d : a.differences)
      diffs.push_back({{"variable", d.variable}, {"path", d.diff.path}, {"spec", d.diff.spec}, {"trace", d.diff.trace},
                       {"reason", d.diff.reason}});
    j["differences"] = diffs;
  }
  for (const auto& [args, diffs] : a.also_closest) {
    json alt{{"arguments", args}, {"differences", json::array()}};
    for (const auto& d : diffs)
      alt["differences"].push_back({{"variable", d.variable}, {"path", d.diff.path}, {"spec", d.diff.spec},
                                    {"trace", d.diff.trace}, {"reason", d.diff.reason}});
    j["also_closest"].push_back(alt);
  }
  if (!a.note.empty()) j["note"] = a.note;
  return j;
}

const char* verdict_name(ValidationResult::Verdict v) {
  switch (v) {
    case ValidationResult::Verdict::Accepted: return "ok";
    case ValidationResult::Verdict::Rejected: return "violation";
    case ValidationResult::Verdict::Error: return "error";
    case ValidationResult::Verdict::Limit: return "limit";
  }
  return "error";
}

}  // namespace

json result_json(const ValidationResult& r) {
  json out{{"result", verdict_name(r.verdict)}, {"trace", r.trace_name}, {"variables", r.var_names}};
  if (r.verdict == ValidationResult::Verdict::Rejected) {
    json v{{"kind", r.kind}, {"step", r.step}, {"file", r.file}, {"line", r.line}, {"record", r.record},
           {"message", r.summary}, {"consistent_states", r.consistent_states}, {"path_elided", r.path_elided}};
    if (!r.name.empty()) v["name"] = r.name;
    json path = json::array();
    uint64_t n = r.path_elided + 1;
    for (const auto& p : r.path) path.push_back(step_json(r, p, n++));
    v["path"] = path;
    if (r.violating) v["violating_step"] = step_json(r, *r.violating, n);
    json diag = json::array();
    for (const auto& sd : r.diagnosis) {
      json actions = json::array();
      for (const auto& a : sd.actions) actions.push_back(action_json(a));
      diag.push_back({{"state_index", sd.state_index + 1},
                      {"state", state_json(r, sd.state)},
                      {"values", values_json(r, sd.state)},
                      {"actions", actions}});
    }
    v["diagnosis"] = diag;
    if (!r.hint.empty()) v["hint"] = r.hint;
    out["violation"] = v;
  }
  if (r.verdict == ValidationResult::Verdict::Error || r.verdict == ValidationResult::Verdict::Limit) {
    out["message"] = r.message;
    if (r.error_range.valid()) out["location"] = location(r.error_range);
  }
  out["statistics"] = {{"records", r.records}, {"transitions", r.transitions},
                       {"max_consistent_states", r.max_frontier}, {"seconds", r.seconds},
                       {"search", r.search}, {"backtracks", r.backtracks}, {"frontier_passes", r.frontier_passes},
                       {"max_window_records", r.max_window}};
  return out;
}

}  // namespace tlatrace::refine
