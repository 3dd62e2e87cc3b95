// `tlatrace explain RESULT.json [--changed-only] [--watch EXPR]... [--format text|json]
//                   [--html FILE] [--dot FILE] [-I DIR]`:
// reads the `--format json` report of `tlatrace check` or `tlatrace validate` and shows its
// counterexample step by step: what changed in each step, watch expressions (the spec and cfg
// the report names are loaded again to evaluate them), the failing record and the diagnosis.
// `--format json` prints the annotated report (inspect/annotate.hpp).
// Exit codes: 0 explained, 2 input error (unreadable report, no counterexample, bad --watch).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/diagnostics_output.hpp"
#include "cli/exit_codes.hpp"
#include "cli/explain_view.hpp"
#include "cli/inspect_outputs.hpp"
#include "cli/property_option.hpp"
#include "evaluator/model/model.hpp"
#include "inspect/counterexample.hpp"
#include "inspect/text_view.hpp"
#include "parser/cfg/config.hpp"
#include "parser/resolve/frontend.hpp"

namespace tlatrace::cli {
namespace {

struct ExplainCliOptions {
  std::string report;
  std::string format = "text";
  std::vector<std::string> include_dirs;
  ExplainOptions view;
  InspectOutputs inspect;
};

int report_error(const std::string& where, const std::string& message) {
  std::cerr << where << ": error: " << message << "\n";
  return kInputError;
}

/// The spec and cfg the report names, loaded again to evaluate the watches.
struct LoadedSpec {
  std::unique_ptr<Frontend> fe;
  ast::Module* root = nullptr;
  std::unique_ptr<eval::Model> model;
};

std::optional<LoadedSpec> load_spec(const nlohmann::json& report, const ExplainCliOptions& opt) {
  namespace fs = std::filesystem;
  LoadedSpec s;
  s.fe = std::make_unique<Frontend>(opt.include_dirs);
  Diagnostics& diags = s.fe->diagnostics();
  std::string spec = report.value("spec", std::string());
  std::string cfg_path = report.value("config", std::string());
  if (spec.empty()) {
    report_error(opt.report, "--watch needs the spec, but the report names none (\"spec\")");
    return std::nullopt;
  }
  if (cfg_path.empty()) cfg_path = (fs::path(spec).parent_path() / (fs::path(spec).stem().string() + ".cfg")).string();
  s.root = s.fe->load(spec);
  if (!s.root || diags.has_errors()) {
    if (!s.root && !diags.has_errors()) diags.error({}, "cannot read the spec '" + spec + "' named in " + opt.report);
    diags.print(std::cerr, use_color());
    return std::nullopt;
  }
  const SourceFile* cfg_file = cfg_path.front() == '<' ? s.fe->sources().add(cfg_path, "INIT Init\nNEXT Next\n")
                                                         : s.fe->sources().load(cfg_path);
  if (!cfg_file) {
    report_error(opt.report, "cannot read the configuration file '" + cfg_path + "' it names");
    return std::nullopt;
  }
  std::optional<cfg::Config> config = cfg::parse_config(*cfg_file, diags);
  if (config) {
    try {
      s.model = eval::Model::build(*s.fe, *s.root, *config, diags);
    } catch (const eval::EvalFailure& e) {
      diags.error(e.range(), e.what());
    }
  }
  if (!s.model || diags.has_errors()) {
    diags.print(std::cerr, use_color());
    return std::nullopt;
  }
  return s;
}

int run_explain(const ExplainCliOptions& opt) {
  std::ifstream in(opt.report);
  if (!in) return report_error(opt.report, "cannot read the file");
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json report = nlohmann::json::parse(text.str(), nullptr, false);
  if (report.is_discarded()) return report_error(opt.report, "not a JSON document (expected the --format json output of tlatrace check or validate)");
  try {
    (void)inspect::load_counterexample(report);
  } catch (const inspect::NotACounterexample& e) {
    return report_error(opt.report, e.what());
  }

  std::optional<LoadedSpec> spec;
  std::vector<inspect::WatchExpr> watches;
  if (!opt.view.watches.empty()) {
    spec = load_spec(report, opt);
    if (!spec) return kInputError;
    auto parsed = parse_watch_options(*spec->fe, *spec->model, *spec->root, opt.view);
    if (!parsed) {
      spec->fe->diagnostics().print(std::cerr, use_color());
      return kInputError;
    }
    watches = std::move(*parsed);
  }
  nlohmann::json annotated = annotate_result(report, spec ? spec->model.get() : nullptr, watches);
  if (!write_inspect_outputs(opt.inspect, annotated)) return kInputError;
  if (opt.format == "json") {
    std::cout << annotated.dump(2) << "\n";
  } else {
    SourceManager own;
    SourceManager* sources = spec ? &spec->fe->sources() : &own;
    std::cout << inspect::render_headline(annotated) << "\n" << text_view(annotated, opt.view, sources);
  }
  return kHolds;
}

}  // namespace

Runner add_explain_command(CLI::App& app) {
  auto opt = std::make_shared<ExplainCliOptions>();
  CLI::App* sub = app.add_subcommand(
      "explain", "Show the counterexample of a `check` or `validate` JSON report step by step (diffs, watches)");
  sub->add_option("report", opt->report, "The --format json output of tlatrace check or tlatrace validate")
      ->required()
      ->check(CLI::ExistingFile);
  add_explain_options(sub, opt->view);
  add_inspect_output_options(sub, opt->inspect);
  add_property_option(sub);
  sub->add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  sub->add_option("-I,--include", opt->include_dirs, "Extra directories to search for modules (for --watch)");
  return [opt] { return run_explain(*opt); };
}

}  // namespace tlatrace::cli
