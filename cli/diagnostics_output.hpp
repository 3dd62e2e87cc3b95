#pragma once
// Printing diagnostics for the CLI: clang-style text on stderr or entries of a JSON report.
#include <nlohmann/json.hpp>
#include <ostream>

#include "parser/ast/diagnostics.hpp"

namespace tlatrace::cli {

/// True when stderr is a terminal and NO_COLOR is unset.
bool use_color();
/// The diagnostics as JSON `errors` entries: {file, line, col, end_line, end_col, severity, message}.
nlohmann::json diagnostics_json(const Diagnostics& diags);

}  // namespace tlatrace::cli
