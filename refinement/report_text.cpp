// The text report of a validation result.
#include <sstream>

#include "evaluator/checker/result.hpp"
#include "evaluator/value/print.hpp"
#include "parser/ast/diagnostics.hpp"
#include "refinement/report.hpp"
#include "trace/source_location.hpp"

namespace tlatrace::refine {

namespace {

void render_step(std::ostringstream& out, const ValidationResult& r, const PathStep& p, uint64_t number) {
  out << "State " << number << ": <" << p.action;
  if (p.action_range.valid()) out << " " << eval::tlc_location(p.action_range, eval::module_of(p.action_range));
  out << ">";
  if (p.hidden) out << " (hidden step: no record)";
  else if (p.record) out << " (record " << p.record << ", line " << p.line << ")";
  out << "\n" << render_state(r.var_names, p.state) << "\n";
}

void render_conjunct(std::ostringstream& out, const FalseConjunct& f, const char* what, bool color) {
  std::string text = render_diagnostic(Diagnostic{Severity::Note, f.range, what}, color);
  std::istringstream lines(text);
  for (std::string l; std::getline(lines, l);) out << "    " << l << "\n";
  for (const auto& [expr, value] : f.values) out << "      " << expr << " = " << value << "\n";
  if (!f.explanation.empty()) out << "      " << f.explanation << "\n";
}

void render_action(std::ostringstream& out, const ActionDiagnosis& a, bool color) {
  out << "  action " << a.action;
  if (!a.arguments.empty()) out << " [" << a.arguments << "]";
  if (a.range.valid()) out << " (" << a.range.file->path << ":" << a.range.line << ":" << a.range.col << ")";
  out << ": " << (a.enabled ? "enabled" : a.range.valid() ? "disabled" : "") << "\n";
  if (a.false_conjunct) {
    const char* what = a.enabled ? "this conjunct of the --match operator is false"
                       : a.false_conjunct->against_record ? "this conjunct is false against the record"
                                                          : "this conjunct is false";
    render_conjunct(out, *a.false_conjunct, what, color);
  }
  if (!a.differences.empty()) {
    out << "    its closest successor differs from the record in " << a.differences.size() << " observed variable"
        << (a.differences.size() == 1 ? "" : "s") << ":\n";
    for (const auto& d : a.differences) {
      out << "      " << d.variable << d.diff.path << ": spec " << d.diff.spec << ", trace " << d.diff.trace;
      if (!d.diff.reason.empty()) out << "  (" << d.diff.reason << ")";
      out << "\n";
    }
  }
  for (const auto& [args, diffs] : a.also_closest) {
    out << "    as close: " << a.action << " [" << args << "], differing in:\n";
    for (const auto& d : diffs)
      out << "      " << d.variable << d.diff.path << ": spec " << d.diff.spec << ", trace " << d.diff.trace << "\n";
  }
  if (a.record_conjunct)
    render_conjunct(out, *a.record_conjunct, "with the primed variables as the record gives them, this conjunct is false",
                    color);
  if (!a.note.empty()) out << "    " << a.note << "\n";
}

}  // namespace

std::string render_state(const std::vector<std::string>& names, const std::vector<eval::Value>& state,
                         const std::string& indent) {
  std::string out;
  for (size_t i = 0; i < names.size() && i < state.size(); ++i)
    out += indent + "/\\ " + names[i] + " = " + eval::to_tla_string(state[i]) + "\n";
  return out;
}

std::string render_text(const ValidationResult& r, SourceManager& sm, bool color) {
  std::ostringstream out;
  switch (r.verdict) {
    case ValidationResult::Verdict::Accepted:
      out << "Trace accepted: " << r.trace_name << " (" << r.records << " records) is a behavior of the spec.\n";
      break;
    case ValidationResult::Verdict::Error:
      out << render_diagnostic(Diagnostic{Severity::Error, r.error_range, r.message}, color);
      break;
    case ValidationResult::Verdict::Limit:
      out << "Error: " << r.message << "\n";
      break;
    case ValidationResult::Verdict::Rejected: {
      const SourceFile* f = r.record.empty() ? nullptr : trace::excerpt_file(sm, r.file, r.line, r.record);
      SourceRange at = f ? trace::point_at(f, r.line, 1) : SourceRange{};
      std::string head = r.kind == "trace" ? "trace rejected: " : r.kind + " violated: ";
      Diagnostic d{Severity::Error, at, head + r.summary};
      std::string rendered = render_diagnostic(d, color);
      if (!at.valid()) rendered = r.file + ":" + std::to_string(r.line) + ": error: " + head + r.summary + "\n";
      out << rendered;
      if (!r.record.empty() && !at.valid()) out << "  " << r.record << "\n";
      out << "\n";
      if (!r.path.empty()) {
        out << "The spec states that matched the records before " << r.step;
        if (r.path_elided) out << " (the last " << r.path.size() << "; " << r.path_elided << " earlier states not shown)";
        out << ":\n";
        uint64_t n = r.path_elided + 1;
        for (const auto& p : r.path) render_step(out, r, p, n++);
        if (r.violating) {
          out << "The step that matches record " << r.step << " and violates " << r.name << ":\n";
          render_step(out, r, *r.violating, n);
        }
      }
      for (const auto& sd : r.diagnosis) {
        if (r.consistent_states == 0)
          out << "No initial state matches record " << r.step << "; the closest initial state:\n";
        else if (r.consistent_states == 1)
          out << "Why no step from the last state above matches record " << r.step << ":\n";
        else
          out << "Why no step from consistent state " << (sd.state_index + 1) << " of " << r.consistent_states
              << " matches record " << r.step << ":\n";
        if (!sd.state.empty() && r.consistent_states > 1) out << render_state(r.var_names, sd.state, "    ");
        for (const auto& a : sd.actions) render_action(out, a, color);
      }
      if (!r.hint.empty() && !r.diagnosis.empty()) out << "Hint: " << r.hint << "\n";
      break;
    }
  }
  char stats[240];
  std::snprintf(stats, sizeof stats,
                "%llu records, %llu spec transitions examined, %s search (%llu backtracks), largest consistent set "
                "computed: %zu state%s, %.2fs.\n",
                static_cast<unsigned long long>(r.records), static_cast<unsigned long long>(r.transitions),
                r.search.c_str(), static_cast<unsigned long long>(r.backtracks), r.max_frontier,
                r.max_frontier == 1 ? "" : "s", r.seconds);
  out << stats;
  return out.str();
}

}  // namespace tlatrace::refine
