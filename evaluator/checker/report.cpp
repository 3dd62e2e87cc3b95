#include "evaluator/checker/report.hpp"

#include <cstdio>
#include <set>

#include "evaluator/value/json.hpp"
#include "evaluator/value/print.hpp"

namespace tlatrace::eval {

namespace {
std::string step_header(const TraceStep& s) {
  if (s.action == "Initial predicate") return "State " + std::to_string(s.step) + ": <Initial predicate>";
  std::string loc = s.location.valid() ? " " + tlc_location(s.location, s.module) : "";
  return "State " + std::to_string(s.step) + ": <" + s.action + s.arguments + loc + ">";
}

std::string violation_headline(const CheckResult& r) {
  if (r.kind == "invariant")
    return "Error: Invariant " + r.name + (violated_by_initial_state(r) ? " is violated by the initial state:" : " is violated.");
  if (r.kind == "deadlock") return "Error: Deadlock reached.";
  if (r.kind == "property") return "Error: Property " + r.name + " is violated.";
  if (r.kind == "postcondition") return "Error: The postcondition " + r.name + " is violated.";
  if (r.kind == "assume") return "Error: " + r.message;
  return "Error: " + r.message;
}
}  // namespace

std::string render_trace(const std::vector<TraceStep>& trace) {
  std::string out;
  for (const auto& s : trace) {
    out += step_header(s) + "\n";
    for (const auto& [name, value] : s.state) out += "/\\ " + name + " = " + to_tla_string(value) + "\n";
    out += "\n";
  }
  return out;
}

bool violated_by_initial_state(const CheckResult& r) {
  return r.kind == "invariant" && r.trace.size() == 1 && r.trace[0].action == "Initial predicate";
}

std::string render_violation_headline(const CheckResult& r) {
  std::string out = violation_headline(r) + "\n";
  for (const auto& d : r.details) out += d + "\n";
  return out;
}

std::string render_violation(const CheckResult& r) {
  std::string out = render_violation_headline(r);
  // As TLC: an initial state violating an invariant follows the headline directly.
  if (violated_by_initial_state(r)) out += render_trace(r.trace);
  else if (!r.trace.empty()) out += "Error: The behavior up to this point is:\n" + render_trace(r.trace);
  if (r.refinement) out += render_refinement_step(*r.refinement);
  return out;
}

std::string render_refinement_step(const RefinementStep& s) {
  std::string via;
  for (const auto& v : s.via) via += (via.empty() ? " (via " : ", ") + v;
  if (!via.empty()) via += ")";
  std::string out = "Refinement violation at step " + std::to_string(s.step) + " (" + s.action + "): property " +
                    s.property + via + ".\n";
  if (!s.note.empty()) return out + "(" + s.note + ")\n\n";
  out += s.relation + " of " + s.abstract_module + " is FALSE on this step: no action of it holds, and it is not a "
         "stuttering step.\n";
  out += "Abstract variables (" + s.abstract_module + ") at step " + std::to_string(s.step - 1) + " -> step " +
         std::to_string(s.step) + ":\n";
  for (size_t i = 0; i < s.before.size() && i < s.after.size(); ++i) {
    std::string b = to_tla_string(s.before[i].second), a = to_tla_string(s.after[i].second);
    out += "/\\ " + s.before[i].first + " = " + b;
    out += b == a ? "  (unchanged)\n" : "  ->  " + a + "\n";
  }
  std::string changed;
  for (const auto& c : s.changed) changed += (changed.empty() ? "" : ", ") + c;
  out += "Abstract variables that changed: " + (changed.empty() ? std::string("none") : changed) + ".\n";
  out += "Abstract actions tried on step " + std::to_string(s.step) + ":\n";
  for (const auto& t : s.tried) {
    out += "  " + t.action + (t.arguments.empty() ? "" : "(" + t.arguments + ")");
    if (t.location.valid()) out += " [" + tlc_location(t.location, t.module) + "]";
    out += t.holds ? ": TRUE\n" : ": FALSE\n";
    if (!t.false_conjunct) continue;
    const ConjunctExplanation& f = *t.false_conjunct;
    out += "    first false conjunct: " + f.text;
    if (f.range.valid()) out += " [" + tlc_location(f.range, f.module) + "]";
    out += "\n";
    for (const auto& [expr, value] : f.values) out += "      " + expr + " = " + value + "\n";
    for (const auto& w : f.witnesses) out += "      no witness: " + w + "\n";
  }
  return out + "\n";
}

namespace {
nlohmann::json refinement_json(const RefinementStep& s) {
  using nlohmann::json;
  json before = json::object(), after = json::object(), tried = json::array(), names = json::array();
  for (const auto& [name, value] : s.before) {
    before[name] = to_tla_string(value);
    names.push_back(name);
  }
  for (const auto& [name, value] : s.after) after[name] = to_tla_string(value);
  for (const auto& t : s.tried) {
    json a{{"action", t.action},
           {"arguments", t.arguments},
           {"location", t.location.valid() ? tlc_location(t.location, t.module) : ""},
           {"holds", t.holds}};
    if (t.false_conjunct) {
      const ConjunctExplanation& f = *t.false_conjunct;
      json values = json::object();
      for (const auto& [expr, value] : f.values) values[expr] = value;
      a["false_conjunct"] = {{"text", f.text},
                             {"location", f.range.valid() ? tlc_location(f.range, f.module) : ""},
                             {"values", values}};
      if (!f.witnesses.empty()) a["false_conjunct"]["witnesses"] = f.witnesses;
      if (f.range.valid()) a["false_conjunct"]["file"] = f.range.file->path;
    }
    tried.push_back(a);
  }
  json j{{"step", s.step},           {"action", s.action},   {"property", s.property}, {"via", s.via}, {"abstract_variables", names},
         {"module", s.abstract_module}, {"relation", s.relation}, {"abstract_before", before},
         {"abstract_after", after},  {"changed", s.changed}, {"tried", tried}};
  if (!s.note.empty()) j["note"] = s.note;
  return j;
}
}  // namespace

std::string render_statistics(const CheckResult& r) {
  return std::to_string(r.generated) + " states generated, " + std::to_string(r.distinct) + " distinct states found, " +
         std::to_string(r.queue_left) + " states left on queue.\nThe depth of the complete state graph search is " +
         std::to_string(r.depth) + ".\n";
}

nlohmann::json result_json(const CheckResult& r) {
  using nlohmann::json;
  const char* result = "ok";
  switch (r.verdict) {
    case CheckResult::Verdict::Ok: result = "ok"; break;
    case CheckResult::Verdict::Violation: result = "violation"; break;
    case CheckResult::Verdict::Error: result = "error"; break;
    case CheckResult::Verdict::Limit: result = "limit"; break;
  }
  json j{{"result", result},
         {"stats",
          {{"generated", r.generated}, {"distinct", r.distinct}, {"depth", r.depth}, {"seconds", r.seconds},
           {"queue", r.queue_left}}},
         {"errors", json::array()}};
  if (r.verdict == CheckResult::Verdict::Violation) {
    json trace = json::array();
    for (const auto& s : r.trace) {
      json state = json::object(), values = json::object();
      for (const auto& [name, value] : s.state) {
        state[name] = to_tla_string(value);
        values[name] = to_itf_or_printed(value);
      }
      json step{{"step", s.step},
                {"action", s.action},
                {"arguments", s.arguments},
                {"location", s.location.valid() ? tlc_location(s.location, s.module) : ""},
                {"state", state},
                {"values", values}};
      if (s.location.valid())
        step["source"] = {{"file", s.location.file->path}, {"line", s.location.line}, {"col", s.location.col},
                          {"end_line", s.location.end_line}, {"end_col", s.location.end_col}};
      trace.push_back(step);
    }
    // The first state's names, then any a later state adds (an ALIAS may give states different
    // fields, as one whose evaluation failed: its variables and _ALIASEvalError).
    json variables = json::array();
    std::set<std::string> named;
    for (const auto& s : r.trace)
      for (const auto& kv : s.state)
        if (named.insert(kv.first).second) variables.push_back(kv.first);
    j["violation"] = {
        {"kind", r.kind}, {"name", r.name}, {"trace", trace}, {"details", r.details}, {"variables", variables}};
    if (!r.message.empty()) j["violation"]["message"] = r.message;
    if (r.refinement) j["violation"]["refinement"] = refinement_json(*r.refinement);
  }
  if (r.verdict == CheckResult::Verdict::Error || r.verdict == CheckResult::Verdict::Limit) {
    json e{{"message", r.message}};
    if (r.error_range.valid()) {
      e["file"] = r.error_range.file->path;
      e["line"] = r.error_range.line;
      e["col"] = r.error_range.col;
    }
    j["errors"].push_back(e);
  }
  return j;
}

}  // namespace tlatrace::eval
