#pragma once
// `--html FILE` and `--dot FILE` for check, validate and explain: the options and the writers.
//
// How a subcommand uses it (cmd_check / cmd_validate / cmd_explain):
//
//   struct XCliOptions { ...; InspectOutputs inspect; };
//   add_inspect_output_options(sub, opt->inspect);        // registers --html and --dot
//
//   // check only, before `Checker checker(*model, co)`: records the explored state graph
//   // when --dot was given (a no-op otherwise; the checker pays a null check):
//   enable_graph_recording(opt.inspect, co);
//
//   // after the run, with the annotated JSON (inspect::annotate(result_json, watches)):
//   if (!write_inspect_outputs(opt.inspect, annotated)) return kInputError;  // message on stderr
//
// For check, --dot draws the recorded graph (the whole graph for small runs, else the
// counterexample path and its neighbours) with the counterexample highlighted; for validate and
// explain (JSON input: no explored graph), the matched path plus the actions the diagnosis tried
// from the last consistent state(s) and the failing record.
#include <CLI/CLI.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "evaluator/checker/checker.hpp"
#include "evaluator/checker/state_graph.hpp"

namespace tlatrace::cli {

/// The requested inspection files (empty: not requested) and, for check, the recorded graph.
struct InspectOutputs {
  std::string html;  ///< --html FILE
  std::string dot;   ///< --dot FILE
  std::shared_ptr<eval::StateGraph> graph;  ///< set by enable_graph_recording when --dot is given
};

/// Registers `--html FILE` and `--dot FILE` on a subcommand.
void add_inspect_output_options(CLI::App* sub, InspectOutputs& out);

/// For check: when --dot was given, makes the checker record its state graph into out.graph.
void enable_graph_recording(InspectOutputs& out, eval::CheckOptions& options);

/// Writes the requested files from the annotated JSON (see inspect/annotate.hpp) and, for check,
/// the recorded graph. Returns false after printing `error: ...` on stderr when a file cannot be
/// written.
bool write_inspect_outputs(const InspectOutputs& out, const nlohmann::json& annotated);

}  // namespace tlatrace::cli
