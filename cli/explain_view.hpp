#pragma once
// What check, validate and explain share to show a counterexample: the --watch and
// --changed-only options, watch parsing, annotation and the text view on stdout.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "evaluator/model/model.hpp"
#include "inspect/watch.hpp"

namespace tlatrace::cli {

/// --watch EXPR (repeatable) and --changed-only.
struct ExplainOptions {
  std::vector<std::string> watches;
  bool changed_only = false;
};

/// Registers --watch and --changed-only on a subcommand.
void add_explain_options(CLI::App* sub, ExplainOptions& out);

/// True when stdout is a terminal and NO_COLOR is unset.
bool stdout_color();

/// Parses the --watch expressions in the root module's scope; errors go to fe.diagnostics().
std::optional<std::vector<inspect::WatchExpr>> parse_watch_options(Frontend& fe, eval::Model& model, const ast::Module& root,
                                                                   const ExplainOptions& options);

/// The annotated report (inspect/annotate.hpp) of a check or validate JSON result that has a
/// counterexample, the watches evaluated on `model` (may be null when there are none).
nlohmann::json annotate_result(const nlohmann::json& result, eval::Model* model,
                               const std::vector<inspect::WatchExpr>& watches);

/// The text view of an annotated report, for stdout.
std::string text_view(const nlohmann::json& annotated, const ExplainOptions& options, SourceManager* sources);

}  // namespace tlatrace::cli
