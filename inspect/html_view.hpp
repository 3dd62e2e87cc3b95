#pragma once
// `--html FILE`: one self-contained HTML page for a counterexample (no network, no external
// assets): inline CSS and script, the annotated JSON embedded as data.
#include <nlohmann/json.hpp>
#include <string>

namespace tlatrace::inspect {

/// The page for an annotated result (inspect/annotate.hpp); a plain check/validate JSON result
/// also renders (its own step lists, without the changes).
std::string render_html(const nlohmann::json& annotated);

/// JSON text safe inside <script type="application/json">: '<', '>', '&' and U+2028/U+2029
/// written as \u escapes (so no "</script>" or "<!--" can appear); invalid UTF-8 replaced.
std::string json_for_script(const nlohmann::json& value);

}  // namespace tlatrace::inspect
