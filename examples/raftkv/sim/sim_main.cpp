// raftkv_sim: runs the replicated key-value store in the deterministic simulator.
//
//   raftkv_sim --seed 7 --nodes 3 --steps 2000 [--bug stale-leader-write] [--trace-dir DIR]
//
// Writes DIR/raftkv-sim-<seed>.ndjson (one trace, all nodes, in simulation order) and prints a
// summary. Exit code 0: committed entries stayed safe; 1: a safety violation; 2: bad usage.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "examples/raftkv/sim/simulator.hpp"
#include "instrument/file_sink.hpp"

namespace {

int usage(const std::string& problem) {
  std::cerr << "raftkv_sim: " << problem << "\n"
            << "usage: raftkv_sim [--seed S] [--nodes 3|5] [--steps N] [--bug stale-leader-write] [--trace-dir DIR]\n";
  return 2;
}

bool parse_number(const std::string& text, long long& out) {
  try {
    std::size_t used = 0;
    out = std::stoll(text, &used);
    return used == text.size();
  } catch (...) {
    return false;
  }
}

}  // namespace

int main(int argc, char** argv) {
  raftkv::SimConfig config;
  std::string trace_dir;
  for (int k = 1; k < argc; ++k) {
    const std::string arg = argv[k];
    if (arg == "--help" || arg == "-h") {
      usage("simulates a Raft replicated key-value store");
      return 0;
    }
    if (k + 1 >= argc) return usage("missing value after " + arg);
    const std::string value = argv[++k];
    long long number = 0;
    if (arg == "--seed") {
      if (!parse_number(value, number) || number < 0) return usage("bad seed '" + value + "'");
      config.seed = static_cast<std::uint64_t>(number);
    } else if (arg == "--nodes") {
      if (!parse_number(value, number) || number < 1 || number > 9) return usage("bad node count '" + value + "'");
      config.nodes = static_cast<int>(number);
    } else if (arg == "--steps") {
      if (!parse_number(value, number) || number < 0) return usage("bad step count '" + value + "'");
      config.steps = number;
    } else if (arg == "--bug") {
      if (value != "stale-leader-write") return usage("unknown bug '" + value + "' (known: stale-leader-write)");
      config.bug_stale_leader_write = true;
    } else if (arg == "--trace-dir") {
      trace_dir = value;
    } else {
      return usage("unknown option '" + arg + "'");
    }
  }
  std::string trace_path;
  if (!trace_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(trace_dir, ec);
    trace_path = (std::filesystem::path(trace_dir) / ("raftkv-sim-" + std::to_string(config.seed) + ".ndjson")).string();
    std::string error;
    tlatrace::instrument::FileSinkOptions options;
    options.truncate = true;
    options.meta_line = false;  // no pid: the same seed gives the same bytes
    config.trace = tlatrace::instrument::FileSink::open(trace_path, options, &error);
    if (!config.trace) {
      std::cerr << "raftkv_sim: cannot write trace " << trace_path << ": " << error << "\n";
      return 2;
    }
  }
  raftkv::Simulator simulator(config);
  const raftkv::SimResult result = simulator.run();
  std::cout << "seed " << config.seed << ": " << config.nodes << " nodes, " << config.steps << " steps, "
            << result.elections_won << " elections won, " << result.client_accepted << " commands accepted, "
            << result.committed << " entries committed, " << result.crashes << " crashes, " << result.partitions
            << " partitions\n";
  if (!trace_path.empty()) std::cout << "trace: " << trace_path << "\n";
  for (const auto& v : result.violations) std::cout << "SAFETY VIOLATION: " << v << "\n";
  return result.violations.empty() ? 0 : 1;
}
