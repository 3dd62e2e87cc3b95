#include "inspect/counterexample.hpp"

namespace tlatrace::inspect {

using nlohmann::json;

std::string string_member(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

namespace {

int64_t int_member(const json& j, const char* key, int64_t fallback = 0) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<int64_t>() : fallback;
}

json object_member(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_object() ? *it : json::object();
}

/// The variables in order: the report's list, else the first step's keys.
std::vector<std::string> variables_of(const json& result, const json& violation, const json& steps) {
  std::vector<std::string> out;
  for (const json* src : {&violation, &result}) {
    auto it = src->find("variables");
    if (it != src->end() && it->is_array() && !it->empty()) {
      for (const auto& v : *it)
        if (v.is_string()) out.push_back(v.get<std::string>());
      return out;
    }
  }
  if (steps.is_array() && !steps.empty())
    for (auto it = steps[0]["values"].begin(); it != steps[0]["values"].end(); ++it) out.push_back(it.key());
  return out;
}

/// A step object of either report (check's trace entries, validate's path entries).
CounterexampleStep read_step(const json& s) {
  CounterexampleStep step;
  step.number = int_member(s, "step");
  step.action = string_member(s, "action");
  step.arguments = string_member(s, "arguments");
  step.hidden = s.value("hidden", false);
  step.values = object_member(s, "values");
  step.state = object_member(s, "state");
  if (s.contains("source")) step.location = location_text(s["source"]);
  if (step.location.empty() && s.contains("location"))
    step.location = s["location"].is_string() ? s["location"].get<std::string>() : location_text(s["location"]);
  if (s.contains("record") && s["record"].is_number_integer()) {
    step.record_number = s["record"].get<int64_t>();
    step.record_line = int_member(s, "line");
  }
  return step;
}

void load_check(const json& violation, Counterexample& cx) {
  cx.origin = Counterexample::Origin::Check;
  for (const auto& s : violation["trace"]) cx.steps.push_back(read_step(s));
  // Every kind of check violation is about the last state of its trace (or the step into it).
  if (!cx.steps.empty()) cx.steps.back().failing = true;
}

/// The action a record names, if it names one ("action" or "event" member of a JSON object).
std::string record_action(const json& record) {
  if (!record.is_string()) return "";
  json parsed = json::parse(record.get<std::string>(), nullptr, false);
  if (!parsed.is_object()) return "";
  for (const char* key : {"action", "event", "op"}) {
    auto it = parsed.find(key);
    if (it != parsed.end() && it->is_string()) return it->get<std::string>();
  }
  return "";
}

void load_validate(const json& violation, Counterexample& cx) {
  cx.origin = Counterexample::Origin::Validate;
  if (violation["path"].is_array())
    for (const auto& s : violation["path"]) cx.steps.push_back(read_step(s));
  int64_t next_number = cx.steps.empty() ? int_member(violation, "path_elided") + 1 : cx.steps.back().number + 1;
  CounterexampleStep failing;
  if (violation.contains("violating_step") && violation["violating_step"].is_object()) {
    failing = read_step(violation["violating_step"]);
  } else {
    failing.number = next_number;
    failing.has_state = false;
    failing.action = record_action(violation.value("record", json()));
    failing.diagnosis = violation.value("diagnosis", json::array());
  }
  failing.failing = true;
  failing.record = violation.value("record", json());
  failing.record_number = int_member(violation, "step");
  failing.record_line = int_member(violation, "line");
  failing.record_file = string_member(violation, "file");
  cx.steps.push_back(std::move(failing));
}

}  // namespace

std::string location_text(const json& location) {
  if (!location.is_object() || !location.contains("file") || !location["file"].is_string()) return "";
  std::string out = location["file"].get<std::string>();
  if (location.contains("line")) out += ":" + std::to_string(int_member(location, "line"));
  if (location.contains("col")) out += ":" + std::to_string(int_member(location, "col"));
  return out;
}

Counterexample load_counterexample(const json& result) {
  if (!result.is_object()) throw NotACounterexample("the report is not a JSON object");
  std::string verdict = string_member(result, "result");
  if (!result.contains("violation") || !result["violation"].is_object()) {
    if (verdict.empty()) throw NotACounterexample("not a tlatrace check or validate report (no \"result\")");
    throw NotACounterexample("the report has no counterexample (result: " + verdict + ")");
  }
  const json& violation = result["violation"];
  Counterexample cx;
  cx.kind = string_member(violation, "kind");
  cx.name = string_member(violation, "name");
  cx.message = string_member(violation, "message");
  cx.spec = string_member(result, "spec");
  cx.config = string_member(result, "config");
  if (violation.contains("trace") && violation["trace"].is_array()) {
    load_check(violation, cx);
    cx.variables = variables_of(result, violation, violation["trace"]);
  } else if (violation.contains("path") || violation.contains("record")) {
    load_validate(violation, cx);
    cx.variables = variables_of(result, violation, violation.value("path", json::array()));
  } else {
    throw NotACounterexample("the violation has neither a \"trace\" (check) nor a \"path\" (validate)");
  }
  return cx;
}

}  // namespace tlatrace::inspect
