#include "cli/diagnostics_output.hpp"

#include <unistd.h>

#include <cstdlib>

namespace tlatrace::cli {

bool use_color() { return isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr; }

nlohmann::json diagnostics_json(const Diagnostics& diags) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : diags.all()) {
    nlohmann::json e;
    e["severity"] = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note";
    e["message"] = d.message;
    if (d.range.valid()) {
      e["file"] = d.range.file->path;
      e["line"] = d.range.line;
      e["col"] = d.range.col;
      e["end_line"] = d.range.end_line;
      e["end_col"] = d.range.end_col;
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace tlatrace::cli
