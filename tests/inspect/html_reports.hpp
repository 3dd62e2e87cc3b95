#pragma once
// Shared by the HTML and DOT tests: the three counterexamples of issue 7 as JSON reports
// (an invariant violation, a trace divergence, the stale-leader refinement violation), an
// in-process model-checking run that records the state graph, and temporary files.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "evaluator/checker/checker.hpp"
#include "evaluator/checker/state_graph.hpp"
#include "evaluator/model/model.hpp"
#include "parser/cfg/config.hpp"
#include "parser/resolve/frontend.hpp"
#include "tests/support/run_command.hpp"

namespace tlatrace::testing {

/// The invariant violation: Cluster's ShortLogs.
inline const char* kClusterCheck = "check tests/inspect/specs/Cluster.tla --workers 1";
/// The trace divergence: diverge.ndjson against Cluster.
inline const char* kClusterValidate =
    "validate tests/inspect/specs/Cluster.tla --config tests/inspect/specs/ClusterTrace.cfg "
    "--trace tests/inspect/traces/diverge.ndjson";
/// The refinement violation: StaleLeader does not refine StaleLeaderAbs.
inline const char* kStaleLeaderCheck = "check specs/StaleLeader.tla --workers 1";

/// Runs `tlatrace ARGS --format json` in the repository; the parsed report (exit code 1 expected).
inline nlohmann::json report_of(const std::string& args) {
  CommandResult r = run_command("cd '" TLATRACE_SOURCE_DIR "' && " + tlatrace_binary() + " " + args + " --format json");
  EXPECT_EQ(r.exit_code, 1) << args << "\n" << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << args << "\n" << r.out << r.err;
  return j;
}

/// Runs `tlatrace ARGS` in the repository (for the --html / --dot flags end to end).
inline CommandResult run_in_repo(const std::string& args) {
  return run_command("cd '" TLATRACE_SOURCE_DIR "' && " + tlatrace_binary() + " " + args);
}

/// Model-checks SPEC with its cfg (one worker), recording the state graph into `graph`.
inline eval::CheckResult check_recording(const std::string& spec, eval::StateGraph& graph) {
  Frontend fe;
  std::string path = repo_path(spec);
  ast::Module* root = fe.load(path);
  EXPECT_TRUE(root && !fe.diagnostics().has_errors()) << spec;
  std::string cfg_path = std::filesystem::path(path).replace_extension(".cfg").string();
  const SourceFile* file = fe.sources().load(cfg_path);
  EXPECT_NE(file, nullptr) << cfg_path;
  if (!root || !file) return {};
  auto config = cfg::parse_config(*file, fe.diagnostics());
  EXPECT_TRUE(config.has_value());
  if (!config) return {};
  auto model = eval::Model::build(fe, *root, *config, fe.diagnostics());
  EXPECT_TRUE(model != nullptr);
  if (!model) return {};
  eval::CheckOptions options;
  options.workers = 1;
  options.graph = &graph;
  eval::Checker checker(*model, options);
  return checker.run();
}

/// A fresh temporary file name ending in `suffix`, removed by the destructor.
struct TempFile {
  explicit TempFile(const std::string& suffix) {
    static int counter = 0;
    path = (std::filesystem::temp_directory_path() /
            ("tlatrace-inspect-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + suffix))
               .string();
  }
  ~TempFile() { std::filesystem::remove(path); }
  std::string path;
};

/// The whole content of a file.
inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace tlatrace::testing
