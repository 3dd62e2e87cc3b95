// `tlatrace check SPEC.tla [--config CFG] [--workers N] [--max-states N] [--no-deadlock]
//                 [--format text|json] [--watch EXPR]... [--changed-only] [--html FILE]
//                 [--dot FILE] [-I DIR]`:
// explicit-state model checking with TLC's semantics. A counterexample is shown step by step
// (inspect/text_view.hpp): TLC's verdict lines, then each state with what changed marked, the
// --watch expressions per step. With --watch, the JSON report is the annotated one
// (inspect/annotate.hpp). Exit codes: 0 holds, 1 violation, 2 input or evaluation error,
// 3 resource limit.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.hpp"
#include "cli/diagnostics_output.hpp"
#include "cli/exit_codes.hpp"
#include "cli/explain_view.hpp"
#include "cli/inspect_outputs.hpp"
#include "cli/property_option.hpp"
#include "evaluator/checker/checker.hpp"
#include "evaluator/checker/report.hpp"
#include "parser/cfg/config.hpp"
#include "parser/resolve/frontend.hpp"
#include "refinement/refinement_step.hpp"

namespace tlatrace::cli {
namespace {

struct CheckCliOptions {
  std::string spec;
  std::string config;
  int workers = 0;
  uint64_t max_states = 0;
  bool no_deadlock = false;
  std::string format = "text";
  std::vector<std::string> include_dirs;
  ExplainOptions view;
  InspectOutputs inspect;
};

int input_errors(const Diagnostics& diags, bool json) {
  if (json) {
    nlohmann::json out{{"result", "error"}, {"errors", diagnostics_json(diags)}};
    std::cout << out.dump(2) << "\n";
  } else {
    diags.print(std::cerr, use_color());
  }
  return kInputError;
}

/// TLC's verdict lines, the counterexample step by step (in place of TLC's listing of the
/// states), then whatever the verdict adds after the trace (the refinement explanation).
void print_violation(const eval::CheckResult& r, const nlohmann::json& annotated, const CheckCliOptions& opt,
                     SourceManager& sources) {
  eval::CheckResult head = r;
  head.trace.clear();
  const std::string verdict = eval::render_violation(head);  // the headline, then what follows the trace
  std::cout << eval::render_violation_headline(r);
  if (!r.trace.empty()) {
    // As TLC: an initial state violating an invariant follows the headline directly.
    if (!eval::violated_by_initial_state(r)) std::cout << "Error: The behavior up to this point is:\n";
    std::cout << text_view(annotated, opt.view, &sources);
  }
  std::cout << verdict.substr(std::min(verdict.size(), eval::render_violation_headline(head).size()));
}

int run_check(CheckCliOptions& opt) {
  namespace fs = std::filesystem;
  bool json = opt.format == "json";
  Frontend fe(opt.include_dirs);
  ast::Module* root = fe.load(opt.spec);
  Diagnostics& diags = fe.diagnostics();
  if (!root || diags.has_errors()) return input_errors(diags, json);

  std::string cfg_path = opt.config;
  if (cfg_path.empty()) cfg_path = (fs::path(opt.spec).parent_path() / (fs::path(opt.spec).stem().string() + ".cfg")).string();
  const SourceFile* cfg_file = fe.sources().load(cfg_path);
  if (!cfg_file) {
    diags.error({}, "cannot read the configuration file '" + cfg_path + "' (use --config to name another)");
    return input_errors(diags, json);
  }
  std::optional<cfg::Config> config = cfg::parse_config(*cfg_file, diags);
  if (!config) return input_errors(diags, json);

  std::unique_ptr<eval::Model> model;
  try {
    model = eval::Model::build(fe, *root, *config, diags);
  } catch (const eval::EvalFailure& e) {
    diags.error(e.range(), e.what());
  }
  if (!model || diags.has_errors()) return input_errors(diags, json);
  for (const auto& [range, text] : model->warnings) {
    Diagnostic d{Severity::Warning, range, text};
    if (!json) std::cerr << render_diagnostic(d, use_color());
  }
  auto watches = parse_watch_options(fe, *model, *root, opt.view);
  if (!watches) return input_errors(diags, json);

  eval::CheckOptions co;
  co.workers = opt.workers > 0 ? opt.workers : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  co.max_states = opt.max_states;
  co.sole_thread = true;  // this process runs one check and no other thread
  if (opt.no_deadlock) co.check_deadlock = false;
  if (!json) {
    co.log = [](const std::string& line) { std::cout << line << "\n" << std::flush; };
    co.print = [](const std::string& line) { std::cout << line << "\n"; };
    std::cout << "tlatrace check: " << opt.spec << " with " << cfg_path << " (" << co.workers << " worker"
              << (co.workers == 1 ? "" : "s") << ")\n";
  } else {
    co.print = [](const std::string& line) { std::cerr << line << "\n"; };
  }
  enable_graph_recording(opt.inspect, co);
  eval::Checker checker(*model, co);
  eval::CheckResult r = checker.run();
  refine::explain_refinement_violation(*model, r);  // a refinement violation: the abstract step explained

  nlohmann::json out = eval::result_json(r);
  out["spec"] = opt.spec;
  out["config"] = cfg_path;
  bool counterexample = r.verdict == eval::CheckResult::Verdict::Violation;
  nlohmann::json annotated = counterexample ? annotate_result(out, model.get(), *watches) : out;
  bool written = write_inspect_outputs(opt.inspect, annotated);
  if (json) {
    if (counterexample && !watches->empty()) out = annotated;
    for (const auto& [range, text] : model->warnings) {
      nlohmann::json w{{"severity", "warning"}, {"message", text}};
      if (range.valid()) {
        w["file"] = range.file->path;
        w["line"] = range.line;
        w["col"] = range.col;
      }
      out["warnings"].push_back(w);
    }
    std::cout << out.dump(2) << "\n";
  } else {
    switch (r.verdict) {
      case eval::CheckResult::Verdict::Ok:
        std::cout << "Model checking completed. No error has been found.\n";
        break;
      case eval::CheckResult::Verdict::Violation:
        print_violation(r, annotated, opt, fe.sources());
        break;
      case eval::CheckResult::Verdict::Error: {
        Diagnostic d{Severity::Error, r.error_range, r.message};
        std::cerr << render_diagnostic(d, use_color());
        if (!r.trace.empty()) {
          std::cout << "The error occurred when evaluating the successors of (or a check on) the last state of this "
                       "behavior:\n"
                    << eval::render_trace(r.trace);
        }
        break;
      }
      case eval::CheckResult::Verdict::Limit:
        std::cout << "Error: " << r.message << "\n";
        break;
    }
    std::cout << eval::render_statistics(r);
    char secs[64];
    std::snprintf(secs, sizeof secs, "Finished in %.2fs.\n", r.seconds);
    std::cout << secs;
  }
  if (!written) return kInputError;
  switch (r.verdict) {
    case eval::CheckResult::Verdict::Ok: return kHolds;
    case eval::CheckResult::Verdict::Violation: return kViolation;
    case eval::CheckResult::Verdict::Error: return kInputError;
    case eval::CheckResult::Verdict::Limit: return kInternal;
  }
  return kInternal;
}

}  // namespace

Runner add_check_command(CLI::App& app) {
  auto opt = std::make_shared<CheckCliOptions>();
  CLI::App* sub = app.add_subcommand("check", "Model-check a TLA+ specification with TLC's semantics");
  sub->add_option("spec", opt->spec, "The TLA+ specification (root module)")->required()->check(CLI::ExistingFile);
  sub->add_option("--config,-c", opt->config, "The TLC configuration file (default: SPEC.cfg beside the spec)");
  sub->add_option("--workers,-w", opt->workers, "Number of worker threads (default: number of cores)")
      ->check(CLI::Range(1, 1024));
  sub->add_option("--max-states", opt->max_states, "Stop with exit code 3 after this many distinct states");
  sub->add_flag("--no-deadlock", opt->no_deadlock, "Do not report deadlocks");
  sub->add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  sub->add_option("-I,--include", opt->include_dirs, "Extra directories to search for modules");
  add_explain_options(sub, opt->view);
  add_inspect_output_options(sub, opt->inspect);
  add_property_option(sub);
  return [opt] { return run_check(*opt); };
}

}  // namespace tlatrace::cli
