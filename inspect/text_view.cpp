#include "inspect/text_view.hpp"

#include <sstream>

#include "inspect/counterexample.hpp"
#include "parser/ast/diagnostics.hpp"

namespace tlatrace::inspect {

using nlohmann::json;

namespace {

const char* kReset = "\033[0m";
const char* kBold = "\033[1m";
const char* kGreen = "\033[32m";
const char* kYellow = "\033[33m";
const char* kRed = "\033[31m";
const char* kDim = "\033[2m";

/// Wraps text in a colour when colours are on.
struct Painter {
  bool on;
  std::string operator()(const char* code, const std::string& text) const {
    return on ? std::string(code) + text + kReset : text;
  }
};

char marker(const std::string& kind) { return kind == "added" ? '+' : kind == "removed" ? '-' : '~'; }
const char* colour(const std::string& kind) { return kind == "added" ? kGreen : kind == "removed" ? kRed : kYellow; }

/// The failing step's label: what it breaks.
std::string failing_label(const json& violation) {
  std::string kind = string_member(violation, "kind"), name = string_member(violation, "name");
  if (kind == "invariant") return "violates invariant " + name;
  if (kind == "property") return "violates property " + name;
  if (kind == "refinement") return "violates refinement " + name;
  if (kind == "deadlock") return "deadlock: no action is enabled";
  if (kind == "postcondition") return "violates postcondition " + name;
  if (kind == "trace") return "no spec step matches this record";
  return name.empty() ? "violation" : "violates " + name;
}

void render_header(std::ostringstream& out, const json& step, const json& violation, const Painter& paint) {
  std::string action = string_member(step, "action");
  out << paint(kBold, "State " + std::to_string(step.value("step", 0)) + ": <" +
                          (action.empty() ? std::string("?") : action + string_member(step, "arguments")) + ">");
  std::string location = string_member(step, "location");
  if (!location.empty()) out << " at " << location;
  if (step.value("hidden", false)) out << " (hidden step: no record)";
  else if (step.contains("record_number") && step.value("has_state", true))
    out << " (record " << step["record_number"].get<int64_t>() << ", line " << step.value("record_line", 0) << ")";
  if (step.value("failing", false)) out << "  " << paint(kRed, "<-- " + failing_label(violation));
  out << "\n";
}

/// One line per innermost change inside a changed variable.
void render_change(std::ostringstream& out, const json& c, const Painter& paint) {
  std::string kind = string_member(c, "kind"), where = string_member(c, "variable") + string_member(c, "path");
  std::string before = c["before"].is_string() ? c["before"].get<std::string>() : "";
  std::string after = c["after"].is_string() ? c["after"].get<std::string>() : "";
  std::string line;
  if (c.value("element", false))
    line = kind == "added" ? where + " gains " + after : where + " loses " + before;
  else if (kind == "added") line = where + " = " + after + "  (new)";
  else if (kind == "removed") line = where + " removed (was " + before + ")";
  else line = where + ": " + before + " -> " + after;
  out << "      " << paint(colour(kind), std::string(1, marker(kind)) + " " + line) << "\n";
}

/// Per step: a variable's changes, the mark of the whole variable, and whether to detail them.
void render_variables(std::ostringstream& out, const json& step, const std::vector<std::string>& variables,
                      bool first, const TextViewOptions& opt, const Painter& paint) {
  const json& state = step["state"];
  const json& changes = step["changes"];
  size_t hidden = 0;
  for (const auto& var : variables) {
    std::vector<const json*> mine;
    for (const auto& c : changes)
      if (string_member(c, "variable") == var) mine.push_back(&c);
    bool present = state.contains(var);
    if (mine.empty() && (!present || (opt.changed_only && !first))) {
      if (present) ++hidden;
      continue;
    }
    std::string value = present && state[var].is_string() ? state[var].get<std::string>() : "";
    if (mine.empty()) {
      out << "  /\\ " << var << " = " << value << "\n";
      continue;
    }
    // A whole variable that appeared or disappeared (ALIAS fields), or one scalar change.
    bool whole = mine.size() == 1 && string_member(*mine[0], "path").empty() && !mine[0]->value("element", false);
    std::string kind = whole ? string_member(*mine[0], "kind") : "modified";
    if (kind == "removed") {
      out << paint(colour(kind), "- /\\ " + var) << " (was " << string_member(*mine[0], "before") << ")\n";
      continue;
    }
    out << paint(colour(kind), std::string(1, marker(kind)) + " /\\ " + var) << " = " << value;
    if (whole && kind == "modified") out << paint(kDim, "   (was " + string_member(*mine[0], "before") + ")");
    out << "\n";
    if (!whole)
      for (const json* c : mine) render_change(out, *c, paint);
  }
  if (hidden) out << paint(kDim, "  (" + std::to_string(hidden) + " unchanged variable" + (hidden == 1 ? "" : "s") + " hidden)") << "\n";
}

void render_watches(std::ostringstream& out, const json& watches, size_t index, const Painter& paint) {
  for (const auto& w : watches) {
    const json& values = w["values"];
    std::string expr = string_member(w, "expr");
    const json& v = index < values.size() ? values[index] : json();
    std::string error = w.contains("errors") && index < w["errors"].size() && w["errors"][index].is_string()
                            ? w["errors"][index].get<std::string>()
                            : "";
    if (v.is_string()) {
      bool changed = index > 0 && values[index - 1].is_string() && values[index - 1] != v;
      out << (changed ? paint(kYellow, "~ watch ") : "  watch ") << expr << " = " << v.get<std::string>() << "\n";
    } else if (!error.empty()) {
      out << "  watch " << expr << ": " << paint(kRed, "error: " + error) << "\n";
    } else if (w.value("action_level", false) && index == 0) {
      out << "  watch " << expr << ": " << paint(kDim, "(action-level: no step leads into the first state)") << "\n";
    } else {
      out << "  watch " << expr << ": " << paint(kDim, "(no value in this step)") << "\n";
    }
  }
}

/// The record no spec state matched: where it is, and what it says.
void render_failing_record(std::ostringstream& out, const json& step, const json& violation, const Painter& paint) {
  out << paint(kBold, "State " + std::to_string(step.value("step", 0)) + ": record " +
                          std::to_string(step.value("record_number", 0)));
  std::string file = string_member(step, "record_file");
  if (!file.empty()) out << " (" << file << ":" << step.value("record_line", 0) << ")";
  out << "  " << paint(kRed, "<-- " + failing_label(violation)) << "\n";
  if (step.contains("record")) {
    const json& r = step["record"];
    out << "  " << (r.is_string() ? r.get<std::string>() : r.dump()) << "\n";
  }
}

void render_conjunct(std::ostringstream& out, const json& f, const std::string& message, const TextViewOptions& opt) {
  const json& loc = f.contains("location") ? f["location"] : json();
  const SourceFile* file = nullptr;
  if (opt.sources && loc.is_object() && loc.contains("file")) file = opt.sources->load(string_member(loc, "file"));
  std::string text;
  if (file) {
    SourceRange r{file, loc.value("line", 0u), loc.value("col", 0u), loc.value("end_line", 0u), loc.value("end_col", 0u)};
    text = render_diagnostic(Diagnostic{Severity::Note, r, message}, opt.color);
  } else {
    std::string where = location_text(loc);
    text = (where.empty() ? "" : where + ": ") + "note: " + message + "\n" + string_member(f, "text") + "\n";
  }
  std::istringstream lines(text);
  for (std::string l; std::getline(lines, l);) out << "    " << l << "\n";
  if (f.contains("values"))
    for (const auto& v : f["values"]) out << "      " << string_member(v, "expr") << " = " << string_member(v, "value") << "\n";
  if (!string_member(f, "explanation").empty()) out << "      " << string_member(f, "explanation") << "\n";
}

void render_differences(std::ostringstream& out, const json& diffs, const std::string& indent) {
  for (const auto& d : diffs) {
    out << indent << string_member(d, "variable") << string_member(d, "path") << ": spec " << string_member(d, "spec") << ", trace "
        << string_member(d, "trace");
    if (!string_member(d, "reason").empty()) out << "  (" << string_member(d, "reason") << ")";
    out << "\n";
  }
}

void render_action(std::ostringstream& out, const json& a, const TextViewOptions& opt) {
  bool enabled = a.value("enabled", false);
  out << "  action " << string_member(a, "action");
  if (!string_member(a, "arguments").empty()) out << " [" << string_member(a, "arguments") << "]";
  std::string where = a.contains("location") ? location_text(a["location"]) : "";
  if (!where.empty()) out << " (" << where << ")";
  out << ": " << (enabled ? "enabled" : !where.empty() ? "disabled" : "") << "\n";
  if (a.contains("false_conjunct")) {
    const json& f = a["false_conjunct"];
    render_conjunct(out, f,
                    enabled                            ? "this conjunct of the --match operator is false"
                    : f.value("against_record", false) ? "this conjunct is false against the record"
                                                       : "this conjunct is false",
                    opt);
  }
  if (a.contains("differences") && !a["differences"].empty()) {
    size_t n = a["differences"].size();
    out << "    its closest successor differs from the record in " << n << " observed variable"
        << (n == 1 ? "" : "s") << ":\n";
    render_differences(out, a["differences"], "      ");
  }
  if (a.contains("also_closest"))
    for (const auto& alt : a["also_closest"]) {
      out << "    as close: " << string_member(a, "action") << " [" << string_member(alt, "arguments") << "], differing in:\n";
      render_differences(out, alt["differences"], "      ");
    }
  if (a.contains("record_conjunct"))
    render_conjunct(out, a["record_conjunct"],
                    "with the primed variables as the record gives them, this conjunct is false", opt);
  if (!string_member(a, "note").empty()) out << "    " << string_member(a, "note") << "\n";
}

}  // namespace

std::string render_diagnosis(const json& violation, const TextViewOptions& opt) {
  std::ostringstream out;
  int64_t record = violation.value("step", 0);
  int64_t consistent = violation.value("consistent_states", 0);
  if (!violation.contains("diagnosis")) return "";
  for (const auto& sd : violation["diagnosis"]) {
    if (consistent == 0)
      out << "No initial state matches record " << record << "; the closest initial state:\n";
    else if (consistent == 1)
      out << "Why no step from the last state above matches record " << record << ":\n";
    else
      out << "Why no step from consistent state " << sd.value("state_index", 0) << " of " << consistent
          << " matches record " << record << ":\n";
    if (consistent > 1 && sd.contains("state"))
      for (auto it = sd["state"].begin(); it != sd["state"].end(); ++it)
        out << "    /\\ " << it.key() << " = " << (it->is_string() ? it->get<std::string>() : it->dump()) << "\n";
    if (sd.contains("actions"))
      for (const auto& a : sd["actions"]) render_action(out, a, opt);
  }
  return out.str();
}

std::string render_headline(const json& annotated) {
  const json& v = annotated.contains("violation") ? annotated["violation"] : json::object();
  std::string kind = string_member(v, "kind"), name = string_member(v, "name"), message = string_member(v, "message");
  bool validate = v.contains("path") || v.contains("record");
  if (validate) {
    std::string at = " at record " + std::to_string(v.value("step", 0));
    if (kind == "trace") return "Trace rejected" + at + ": " + message + "\n";
    return (name.empty() ? kind : kind + " " + name) + " violated" + at + ": " + message + "\n";
  }
  if (kind == "invariant") return "Invariant " + name + " is violated.\n";
  if (kind == "deadlock") return "Deadlock reached.\n";
  if (kind == "property") return "Property " + name + " is violated.\n";
  if (kind == "refinement") return "Refinement " + name + " is violated.\n";
  if (kind == "postcondition") return "The postcondition " + name + " is violated.\n";
  return (message.empty() ? "Violation: " + kind + " " + name : message) + "\n";
}

std::string render_text_view(const json& annotated, const TextViewOptions& opt) {
  Painter paint{opt.color};
  std::ostringstream out;
  const json& violation = annotated.contains("violation") ? annotated["violation"] : json::object();
  std::vector<std::string> variables;
  for (const json* src : {&violation, &annotated})
    if (variables.empty() && src->contains("variables"))
      for (const auto& v : (*src)["variables"])
        if (v.is_string()) variables.push_back(v.get<std::string>());
  const json& steps = annotated.contains("steps") ? annotated["steps"] : json::array();
  const json& watches = annotated.contains("watches") ? annotated["watches"] : json::array();
  if (variables.empty() && !steps.empty())
    for (auto it = steps[0]["state"].begin(); it != steps[0]["state"].end(); ++it) variables.push_back(it.key());

  for (size_t i = 0; i < steps.size(); ++i) {
    const json& step = steps[i];
    if (!step.value("has_state", true)) {
      render_failing_record(out, step, violation, paint);
      out << "\n" << (opt.diagnosis_text.empty() ? render_diagnosis(violation, opt) : opt.diagnosis_text);
      continue;
    }
    render_header(out, step, violation, paint);
    render_variables(out, step, variables, i == 0, opt, paint);
    render_watches(out, watches, i, paint);
    out << "\n";
  }
  return out.str();
}

}  // namespace tlatrace::inspect
