#include "cli/explain_view.hpp"

#include <cstdlib>
#include <unistd.h>

#include "inspect/annotate.hpp"
#include "inspect/counterexample.hpp"
#include "inspect/text_view.hpp"

namespace tlatrace::cli {

void add_explain_options(CLI::App* sub, ExplainOptions& out) {
  sub->add_option("--watch", out.watches,
                  "A TLA+ expression shown in every step of the counterexample (repeatable; primes and "
                  "instance operators allowed, e.g. 'Len(log[n1])', 'RM!Next')");
  sub->add_flag("--changed-only", out.changed_only, "In the counterexample, show only the variables each step changed");
}

bool stdout_color() { return isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr; }

std::optional<std::vector<inspect::WatchExpr>> parse_watch_options(Frontend& fe, eval::Model& model, const ast::Module& root,
                                                                   const ExplainOptions& options) {
  return inspect::parse_watches(fe, model, root, options.watches);
}

nlohmann::json annotate_result(const nlohmann::json& result, eval::Model* model,
                               const std::vector<inspect::WatchExpr>& watches) {
  std::vector<inspect::WatchResult> values;
  if (model && !watches.empty())
    values = inspect::evaluate_watches(*model, watches, inspect::load_counterexample(result));
  return inspect::annotate(result, values);
}

std::string text_view(const nlohmann::json& annotated, const ExplainOptions& options, SourceManager* sources) {
  inspect::TextViewOptions o;
  o.color = stdout_color();
  o.changed_only = options.changed_only;
  o.sources = sources;
  return inspect::render_text_view(annotated, o);
}

}  // namespace tlatrace::cli
