// `tlatrace validate SPEC.tla --trace FILE [--trace FILE2 ...] [--config CFG]
//      [--trace-format ndjson|itf|tlc-json] [--match OP] [--max-hidden K]
//      [--format text|json|junit] [--junit FILE] [--watch EXPR]... [--changed-only] [--html FILE]
//      [--dot FILE] [-I DIR]`: is the recorded trace a behavior of the spec, and if not, where and why
// (docs/validate.md). Several --trace files are merged by their clocks. A rejection shows the
// matched states step by step with what changed (inspect/text_view.hpp), the failing record and
// the diagnosis last; with --watch the JSON report is the annotated one (inspect/annotate.hpp).
// --junit FILE also writes the JUnit XML report to FILE (CI test results), whatever --format.
// Exit codes: 0 accepted, 1 rejected, 2 input error, 3 resource limit or internal error.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/diagnostics_output.hpp"
#include "cli/exit_codes.hpp"
#include "cli/explain_view.hpp"
#include "cli/inspect_outputs.hpp"
#include "cli/property_option.hpp"
#include "inspect/text_view.hpp"
#include "evaluator/model/model.hpp"
#include "parser/cfg/config.hpp"
#include "parser/resolve/frontend.hpp"
#include "refinement/record_source.hpp"
#include "refinement/report.hpp"
#include "refinement/validator.hpp"
#include "trace/read_trace.hpp"

namespace tlatrace::cli {
namespace {

struct ValidateCliOptions {
  std::string spec;
  std::vector<std::string> traces;
  std::string config;
  std::string trace_format = "auto";
  std::string match;
  int max_hidden = 0;
  size_t max_states = 1000000;
  std::string format = "text";
  std::string junit_file;  // --junit: also write the JUnit report here
  std::vector<std::string> include_dirs;
  ExplainOptions view;
  InspectOutputs inspect;
};

/// The JUnit report of a validation that could not run: one errored test case.
std::string junit_for_errors(const Diagnostics& diags) {
  std::string msg;
  for (const auto& d : diags.all()) msg += render_diagnostic(d, false);
  refine::ValidationResult r;
  r.verdict = refine::ValidationResult::Verdict::Error;
  r.trace_name = "input";
  r.message = msg;
  return refine::render_junit({{&r, msg}});
}

/// Writes --junit's file; false (after saying so) if it cannot.
bool write_junit_file(const std::string& path, const std::string& xml) {
  if (path.empty()) return true;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) out << xml;
  if (out && out.flush()) return true;
  std::cerr << "error: cannot write the JUnit file '" << path << "'\n";
  return false;
}

int input_errors(const Diagnostics& diags, const ValidateCliOptions& opt) {
  if (opt.format == "json") {
    nlohmann::json out{{"result", "error"}, {"errors", diagnostics_json(diags)}};
    std::cout << out.dump(2) << "\n";
  } else {
    diags.print(std::cerr, use_color());
    if (opt.format == "junit") std::cout << junit_for_errors(diags);
  }
  if (!opt.junit_file.empty()) write_junit_file(opt.junit_file, junit_for_errors(diags));
  return kInputError;
}

/// The cfg: --config, else SPEC.cfg beside the spec, else INIT Init / NEXT Next.
const SourceFile* load_config(Frontend& fe, const ValidateCliOptions& opt) {
  namespace fs = std::filesystem;
  if (!opt.config.empty()) return fe.sources().load(opt.config);
  fs::path beside = fs::path(opt.spec).parent_path() / (fs::path(opt.spec).stem().string() + ".cfg");
  if (fs::exists(beside)) return fe.sources().load(beside.string());
  return fe.sources().add("<default cfg: INIT Init, NEXT Next>", "INIT Init\nNEXT Next\n");
}

/// The text report of a rejection: the refinement layer's headline, the counterexample step by
/// step (in place of its listing of the matched states), its diagnosis, its statistics line.
std::string rejection_text(const refine::ValidationResult& r, const nlohmann::json& annotated,
                           const ValidateCliOptions& opt, SourceManager& sources) {
  bool color = stdout_color();
  refine::ValidationResult no_path = r;
  no_path.path.clear();
  no_path.violating.reset();
  refine::ValidationResult head_only = no_path;
  head_only.diagnosis.clear();
  std::string with_diagnosis = refine::render_text(no_path, sources, color);
  std::string head = refine::render_text(head_only, sources, color);
  // Both end with the same statistics line and start with the same headline.
  size_t stats_at = head.rfind('\n', head.size() >= 2 ? head.size() - 2 : 0);
  stats_at = stats_at == std::string::npos ? 0 : stats_at + 1;
  std::string stats = head.substr(stats_at), headline = head.substr(0, stats_at);
  bool shaped = with_diagnosis.compare(0, headline.size(), headline) == 0 && with_diagnosis.size() >= head.size() &&
                with_diagnosis.compare(with_diagnosis.size() - stats.size(), stats.size(), stats) == 0;
  if (!shaped) return refine::render_text(r, sources, color);
  std::string diagnosis =
      with_diagnosis.substr(headline.size(), with_diagnosis.size() - headline.size() - stats.size());
  std::string out = headline;
  if (!r.path.empty()) {
    out += "The spec states that matched the records before " + std::to_string(r.step);
    if (r.path_elided)
      out += " (the last " + std::to_string(r.path.size()) + "; " + std::to_string(r.path_elided) +
             " earlier states not shown)";
    out += ", step by step:\n";
  }
  inspect::TextViewOptions o;
  o.color = color;
  o.changed_only = opt.view.changed_only;
  o.sources = &sources;
  o.diagnosis_text = diagnosis;
  return out + inspect::render_text_view(annotated, o) + stats;
}

int run_validate(const ValidateCliOptions& opt) {
  Frontend fe(opt.include_dirs);
  Diagnostics& diags = fe.diagnostics();
  ast::Module* root = fe.load(opt.spec);
  if (!root || diags.has_errors()) return input_errors(diags, opt);
  const SourceFile* cfg_file = load_config(fe, opt);
  if (!cfg_file) {
    diags.error({}, "cannot read the configuration file '" + opt.config + "'");
    return input_errors(diags, opt);
  }
  std::optional<cfg::Config> config = cfg::parse_config(*cfg_file, diags);
  if (!config) return input_errors(diags, opt);
  std::unique_ptr<eval::Model> model;
  try {
    model = eval::Model::build(fe, *root, *config, diags);
  } catch (const eval::EvalFailure& e) {
    diags.error(e.range(), e.what());
  }
  if (model && model->assumptions_only)
    diags.error(cfg_file ? SourceRange{cfg_file, 1, 1, 1, 1} : SourceRange{},
                "the configuration names neither a SPECIFICATION nor both INIT and NEXT: there is no behavior to "
                "validate the trace against");
  if (!model || diags.has_errors()) return input_errors(diags, opt);
  auto watches = parse_watch_options(fe, *model, *root, opt.view);
  if (!watches) return input_errors(diags, opt);

  refine::ValidateOptions vo;
  vo.max_hidden = opt.max_hidden;
  vo.max_states = opt.max_states;
  if (!opt.match.empty()) {
    const resolve::ModuleSymbols* syms = fe.symbols(root);
    auto it = syms ? syms->all.find(opt.match) : decltype(syms->all.end()){};
    if (!syms || it == syms->all.end() || it->second.ref.kind != ast::Ref::Kind::Definition || !it->second.ref.def ||
        !it->second.ref.def->body || it->second.ref.def->params.size() != 1) {
      diags.error({}, "--match " + opt.match + ": the spec (or a module it EXTENDS) defines no operator " + opt.match +
                          "(l) of one argument");
      return input_errors(diags, opt);
    }
    vo.match_op = it->second.ref.def;
  }
  trace::TraceFormat tf = trace::TraceFormat::Auto;
  if (!trace::parse_format_name(opt.trace_format, tf)) {
    diags.error({}, "unknown trace format '" + opt.trace_format + "' (ndjson, itf, tlc-json)");
    return input_errors(diags, opt);
  }

  refine::ValidationResult r;
  try {
    std::unique_ptr<refine::RecordSource> source = refine::open_records(opt.traces, tf, fe.sources(), diags);
    r = refine::validate_trace(*model, *source, fe.sources(), vo);
  } catch (const InputError& e) {
    Diagnostics only;
    bool merged = diags.has_errors();
    only.add(e.diag);
    return input_errors(merged ? diags : only, opt);
  }
  std::string text = refine::render_text(r, fe.sources(), opt.format == "text" && use_color());
  nlohmann::json out = refine::result_json(r);
  out["spec"] = opt.spec;
  out["config"] = cfg_file->path;
  out["traces"] = opt.traces;
  bool rejected = r.verdict == refine::ValidationResult::Verdict::Rejected;
  nlohmann::json annotated = rejected ? annotate_result(out, model.get(), *watches) : out;
  bool written = write_inspect_outputs(opt.inspect, annotated);
  std::string junit;
  if (opt.format == "junit" || !opt.junit_file.empty())
    junit = refine::render_junit({{&r, refine::render_text(r, fe.sources(), false)}});
  written &= write_junit_file(opt.junit_file, junit);
  if (opt.format == "json") {
    if (rejected && !watches->empty()) out = annotated;
    std::cout << out.dump(2) << "\n";
  }
  else if (opt.format == "junit") std::cout << junit;
  else if (rejected)
    std::cout << rejection_text(r, annotated, opt, fe.sources());
  else if (r.verdict == refine::ValidationResult::Verdict::Error) std::cerr << text;
  else std::cout << text;
  if (!written) return kInputError;
  switch (r.verdict) {
    case refine::ValidationResult::Verdict::Accepted: return kHolds;
    case refine::ValidationResult::Verdict::Rejected: return kViolation;
    case refine::ValidationResult::Verdict::Error: return kInputError;
    case refine::ValidationResult::Verdict::Limit: return kInternal;
  }
  return kInternal;
}

}  // namespace

Runner add_validate_command(CLI::App& app) {
  auto opt = std::make_shared<ValidateCliOptions>();
  CLI::App* sub = app.add_subcommand("validate", "Check that a recorded trace is a behavior of a TLA+ specification");
  sub->add_option("spec", opt->spec, "The TLA+ specification (root module)")->required()->check(CLI::ExistingFile);
  sub->add_option("--trace,-t", opt->traces, "The trace (several: per-node logs merged by their clocks)")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option("--config,-c", opt->config, "The TLC configuration file (default: SPEC.cfg, else INIT Init NEXT Next)");
  sub->add_option("--trace-format", opt->trace_format, "ndjson, itf or tlc-json (default: detected)")
      ->check(CLI::IsMember({"auto", "ndjson", "itf", "tlc-json"}));
  sub->add_option("--match", opt->match, "Action-level operator OP(l): step i must satisfy Next /\\ OP(line i)");
  sub->add_option("--max-hidden", opt->max_hidden, "Unlogged spec steps allowed before each record (default 0)")
      ->check(CLI::Range(0, 64));
  sub->add_option("--max-states", opt->max_states, "Stop with exit code 3 when more spec states fit the trace");
  sub->add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"text", "json", "junit"}));
  sub->add_option("--junit", opt->junit_file, "Also write the JUnit XML report to FILE (for CI), whatever --format");
  sub->add_option("-I,--include", opt->include_dirs, "Extra directories to search for modules");
  add_explain_options(sub, opt->view);
  add_inspect_output_options(sub, opt->inspect);
  add_property_option(sub);
  return [opt] { return run_validate(*opt); };
}

}  // namespace tlatrace::cli
