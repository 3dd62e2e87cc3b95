// End to end: raftkv_sim traces are behaviors of specs/RaftLog.tla (`tlatrace validate`
// accepts them), and with --bug stale-leader-write validation stops at the wrong step.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/spawn.hpp"

namespace {

namespace fs = std::filesystem;

const std::string kSim = TLATRACE_BINARY_DIR "/examples/raftkv/raftkv_sim";
const std::string kTlatrace = TLATRACE_BINARY_DIR "/cli/tlatrace";

/// Runs args with stdout and stderr to out_path; returns the exit code.
int run(const std::vector<std::string>& args, const fs::path& out_path) {
  return tlatrace::testing::wait_exit(tlatrace::testing::spawn(args, out_path.string()));
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("raftkv-validate-" + std::to_string(::getpid()));
  TempDir() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

TEST(RaftkvValidate, SimulatorTracesAreBehaviorsOfRaftLog) {
  TempDir dir;
  for (int seed : {1, 2, 3}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    ASSERT_EQ(run({kSim, "--seed", std::to_string(seed), "--steps", "3000", "--trace-dir", dir.path.string()},
                  dir.path / "sim.out"),
              0);
    const fs::path trace = dir.path / ("raftkv-sim-" + std::to_string(seed) + ".ndjson");
    const int code = run({kTlatrace, "validate", TLATRACE_SOURCE_DIR "/specs/RaftLog.tla", "-t", trace.string()},
                         dir.path / "validate.out");
    EXPECT_EQ(code, 0) << slurp(dir.path / "validate.out");
  }
}

TEST(RaftkvValidate, StaleLeaderBugIsRejectedAtTheStaleAcknowledgement) {
  TempDir dir;
  ASSERT_EQ(run({kSim, "--seed", "1", "--steps", "3000", "--bug", "stale-leader-write", "--trace-dir",
                 dir.path.string()},
                dir.path / "sim.out"),
            1);  // the simulator's own checker sees the lost committed entry
  EXPECT_NE(slurp(dir.path / "sim.out").find("SAFETY VIOLATION"), std::string::npos);
  const fs::path trace = dir.path / "raftkv-sim-1.ndjson";
  const int code = run({kTlatrace, "validate", TLATRACE_SOURCE_DIR "/specs/RaftLog.tla", "-t", trace.string()},
                       dir.path / "validate.out");
  EXPECT_EQ(code, 1);
  const std::string report = slurp(dir.path / "validate.out");
  // The first step no spec step matches is the stale leader's wrong acknowledgement.
  std::ifstream lines(trace);
  std::string line;
  int number = 0, stale_line = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.find("\"action\":\"HandleAppendEntriesResponse\"") != std::string::npos &&
        line.find("\"msuccess\":false") != std::string::npos && line.find("\"matchIndex\"") != std::string::npos) {
      stale_line = number;
      break;
    }
  }
  ASSERT_GT(stale_line, 0);
  EXPECT_NE(report.find("raftkv-sim-1.ndjson:" + std::to_string(stale_line) + ":"), std::string::npos) << report;
}

}  // namespace
