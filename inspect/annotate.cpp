#include "inspect/annotate.hpp"

#include <algorithm>

#include "inspect/counterexample.hpp"
#include "inspect/value_diff.hpp"

namespace tlatrace::inspect {

using nlohmann::json;

namespace {

json printed_or_null(const json& v) { return v.is_null() ? json() : json(print_itf(v)); }

/// The changes from one step's values to the next, variable by variable in the spec's order.
json changes_between(const std::vector<std::string>& variables, const json& before, const json& after) {
  json out = json::array();
  auto change = [&](const std::string& var, const ValueChange& c) {
    json j{{"variable", var},
           {"path", c.path},
           {"kind", change_kind_name(c.kind)},
           {"before", printed_or_null(c.before)},
           {"after", printed_or_null(c.after)}};
    if (c.element) j["element"] = true;
    out.push_back(std::move(j));
  };
  std::vector<std::string> names = variables;
  for (const json* side : {&before, &after})
    for (auto it = side->begin(); it != side->end(); ++it)
      if (std::find(names.begin(), names.end(), it.key()) == names.end()) names.push_back(it.key());
  for (const auto& var : names) {
    bool in_before = before.contains(var), in_after = after.contains(var);
    if (!in_before && !in_after) continue;
    if (!in_before) change(var, {"", ChangeKind::Added, false, nullptr, after[var]});
    else if (!in_after) change(var, {"", ChangeKind::Removed, false, before[var], nullptr});
    else
      for (const auto& c : diff_values(before[var], after[var])) change(var, c);
  }
  return out;
}

json step_json(const CounterexampleStep& s, const json& changes) {
  json j{{"step", s.number},      {"action", s.action},   {"location", s.location}, {"values", s.values},
         {"state", s.state},      {"changes", changes},   {"failing", s.failing},   {"has_state", s.has_state},
         {"hidden", s.hidden}};
  if (!s.arguments.empty()) j["arguments"] = s.arguments;
  if (!s.record.is_null()) j["record"] = s.record;
  if (s.record_number) j["record_number"] = s.record_number;
  if (s.record_line) j["record_line"] = s.record_line;
  if (!s.record_file.empty()) j["record_file"] = s.record_file;
  if (!s.diagnosis.is_null()) j["diagnosis"] = s.diagnosis;
  return j;
}

json watch_value(const WatchResult& w, size_t step) {
  if (step >= w.values.size() || !w.values[step]) return nullptr;
  return *w.values[step];
}

}  // namespace

json annotate(const json& result, const std::vector<WatchResult>& watches) {
  Counterexample cx = load_counterexample(result);
  json out = result;
  json steps = json::array();
  std::vector<json> changes;
  for (size_t i = 0; i < cx.steps.size(); ++i) {
    const CounterexampleStep& s = cx.steps[i];
    json c = json::array();
    // A step without a state (the record no spec state matched) has nothing to compare.
    if (i > 0 && s.has_state && cx.steps[i - 1].has_state)
      c = changes_between(cx.variables, cx.steps[i - 1].values, s.values);
    changes.push_back(c);
    json j = step_json(s, c);
    json per_step = json::array();
    for (const auto& w : watches) per_step.push_back(watch_value(w, i));
    j["watches"] = per_step;
    steps.push_back(std::move(j));
  }
  out["steps"] = steps;

  json ws = json::array();
  for (const auto& w : watches) {
    json values = json::array(), errors = json::array();
    for (size_t i = 0; i < cx.steps.size(); ++i) {
      values.push_back(watch_value(w, i));
      errors.push_back(i < w.errors.size() ? w.errors[i] : std::string());
    }
    ws.push_back({{"expr", w.expr}, {"values", values}, {"errors", errors}, {"action_level", w.action_level}});
  }
  out["watches"] = ws;

  // The input's own step lists get the same changes.
  json& violation = out["violation"];
  const char* list = cx.origin == Counterexample::Origin::Check ? "trace" : "path";
  if (violation.contains(list) && violation[list].is_array())
    for (size_t i = 0; i < violation[list].size() && i < changes.size(); ++i) violation[list][i]["changes"] = changes[i];
  if (cx.origin == Counterexample::Origin::Validate && violation.contains("violating_step") && !changes.empty())
    violation["violating_step"]["changes"] = changes.back();
  return out;
}

}  // namespace tlatrace::inspect
