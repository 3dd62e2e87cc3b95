#pragma once
// Rendering a validation result: text (clang-style locations, carets, Trace-Explorer style
// states), JSON (the shape of `tlatrace check --format json`, with violation.kind = "trace"),
// and JUnit XML for CI.
#include <string>

#include <nlohmann/json.hpp>

#include "parser/ast/source.hpp"
#include "refinement/result.hpp"

namespace tlatrace::refine {

/// The human-readable report. `sm` provides the excerpt of the failing record's line.
std::string render_text(const ValidationResult& r, SourceManager& sm, bool color = false);

/// The JSON report.
nlohmann::json result_json(const ValidationResult& r);

/// A JUnit XML report with one test case per trace; a rejection fails with its summary and
/// `details` (the text report) as the failure body.
std::string render_junit(const std::vector<std::pair<const ValidationResult*, std::string>>& runs);

/// A state as TLC prints it: "/\ x = 1" lines (indented by `indent`).
std::string render_state(const std::vector<std::string>& names, const std::vector<eval::Value>& state,
                         const std::string& indent = "");

}  // namespace tlatrace::refine
