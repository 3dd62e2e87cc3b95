// End to end: raftkv_sim traces are behaviors of specs/RaftLog.tla that refine Log and
// DistLog along the way (specs/RaftLogTrace.tla), and with --bug stale-leader-write the report
// names the wrong acknowledgement (RaftLog) and the step where a committed entry is lost or
// contradicted (the refinement to Log, with the lenient RaftLogTraceLenient.cfg).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/spawn.hpp"

namespace {

namespace fs = std::filesystem;

const std::string kSim = TLATRACE_BINARY_DIR "/examples/raftkv/raftkv_sim";
const std::string kTlatrace = TLATRACE_BINARY_DIR "/cli/tlatrace";
const std::string kSpecs = TLATRACE_SOURCE_DIR "/specs/";

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

/// The first line of a full-state simulator trace after which a committed entry is lost or
/// contradicted: the committed <<index, value>> pairs of all servers (RaftLog's Committed)
/// stop growing, or hold two values at one index. Computed from the trace alone. 0 if none.
int first_line_breaking_log(const fs::path& trace) {
  std::ifstream in(trace);
  std::string text;
  nlohmann::json log, commit;
  std::set<std::pair<long, std::string>> committed;
  for (int number = 1; std::getline(in, text); ++number) {
    const auto line = nlohmann::json::parse(text);
    if (line.contains("log")) log = line["log"];
    if (line.contains("commitIndex")) commit = line["commitIndex"];
    std::set<std::pair<long, std::string>> now;
    for (const auto& [server, entries] : log.items()) {
      const long upto = std::min<long>(commit[server].get<long>(), static_cast<long>(entries.size()));
      for (long n = 1; n <= upto; ++n) now.insert({n, entries[static_cast<size_t>(n - 1)]["value"].get<std::string>()});
    }
    std::map<long, int> values_at;
    for (const auto& p : now) ++values_at[p.first];
    bool broken = false;
    for (const auto& p : committed) broken |= !now.count(p);
    for (const auto& [index, count] : values_at) broken |= count > 1;
    if (broken) return number;
    committed = std::move(now);
  }
  return 0;
}

TEST(RaftkvValidate, SimulatorTracesAreBehaviorsOfRaftLogThatRefineLogAndDistLog) {
  TempDir dir;
  for (int seed : {1, 2, 3}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    ASSERT_EQ(run({kSim, "--seed", std::to_string(seed), "--steps", "3000", "--trace-dir", dir.path.string()},
                  dir.path / "sim.out"),
              0);
    const fs::path trace = dir.path / ("raftkv-sim-" + std::to_string(seed) + ".ndjson");
    EXPECT_EQ(first_line_breaking_log(trace), 0);
    const int code = run({kTlatrace, "validate", kSpecs + "RaftLogTrace.tla", "-t", trace.string()},
                         dir.path / "validate.out");
    EXPECT_EQ(code, 0) << slurp(dir.path / "validate.out");
  }
}

TEST(RaftkvValidate, HundredsOfSeededRunsValidate) {
  // 200 short runs (seeds 1..200, every third one with 5 nodes), each validated against
  // RaftLog with the refinements to Log and DistLog; two validations at a time.
  TempDir dir;
  constexpr int kSeeds = 200;
  std::vector<std::pair<pid_t, int>> running;
  std::vector<int> rejected;
  auto reap_oldest = [&] {
    const auto [pid, seed] = running.front();
    running.erase(running.begin());
    if (tlatrace::testing::wait_exit(pid) != 0) rejected.push_back(seed);
  };
  for (int seed = 1; seed <= kSeeds; ++seed) {
    const bool five = seed % 3 == 0;
    const std::string s = std::to_string(seed);
    ASSERT_EQ(run({kSim, "--seed", s, "--nodes", five ? "5" : "3", "--steps", "200", "--trace-dir", dir.path.string()},
                  dir.path / "sim.out"),
              0)
        << "seed " << s << ": " << slurp(dir.path / "sim.out");
    if (running.size() == 2) reap_oldest();
    const fs::path trace = dir.path / ("raftkv-sim-" + s + ".ndjson");
    running.emplace_back(tlatrace::testing::spawn({kTlatrace, "validate", kSpecs + "RaftLogTrace.tla", "-c",
                                                   kSpecs + (five ? "RaftLogTrace5.cfg" : "RaftLogTrace.cfg"), "-t",
                                                   trace.string()},
                                                  (dir.path / ("validate-" + s + ".out")).string()),
                         seed);
  }
  while (!running.empty()) reap_oldest();
  for (int seed : rejected)
    ADD_FAILURE() << "seed " << seed << ": " << slurp(dir.path / ("validate-" + std::to_string(seed) + ".out"));
  EXPECT_TRUE(rejected.empty());
}

class StaleLeaderBug : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    // The simulator's own checker sees the lost committed entry too, and exits 1.
    ASSERT_EQ(run({kSim, "--seed", "1", "--steps", "3000", "--bug", "stale-leader-write", "--trace-dir",
                   dir_->path.string()},
                  dir_->path / "sim.out"),
              1);
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static fs::path trace() { return dir_->path / "raftkv-sim-1.ndjson"; }
  static TempDir* dir_;
};
TempDir* StaleLeaderBug::dir_ = nullptr;

TEST_F(StaleLeaderBug, RaftLogRejectsTheStaleAcknowledgement) {
  const fs::path out = dir_->path / "strict.out";
  EXPECT_EQ(run({kTlatrace, "validate", kSpecs + "RaftLogTrace.tla", "-t", trace().string()}, out), 1);
  const std::string report = slurp(out);
  // The first step no spec step matches: a leader taking a response of a newer term.
  std::ifstream lines(trace());
  std::string line;
  int number = 0, stale_line = 0;
  nlohmann::json term;
  while (std::getline(lines, line)) {
    ++number;
    const auto j = nlohmann::json::parse(line);
    if (j.contains("currentTerm")) term = j["currentTerm"];
    if (j.value("action", "") == "HandleAppendEntriesResponse" &&
        j["params"]["m"]["mterm"].get<long>() > term[j["params"]["i"].get<std::string>()].get<long>()) {
      stale_line = number;
      break;
    }
  }
  ASSERT_GT(stale_line, 0);
  EXPECT_NE(report.find("raftkv-sim-1.ndjson:" + std::to_string(stale_line) + ":1: error: trace rejected: record " +
                        std::to_string(stale_line) + " matches no step"),
            std::string::npos)
      << report;
}

TEST_F(StaleLeaderBug, TheReportNamesTheStepWhereTheRefinementToLogBreaks) {
  const int broken = first_line_breaking_log(trace());
  ASSERT_GT(broken, 0);
  const fs::path out = dir_->path / "lenient.out";
  EXPECT_EQ(run({kTlatrace, "validate", kSpecs + "RaftLogTrace.tla", "-c", kSpecs + "RaftLogTraceLenient.cfg", "-t",
                 trace().string(), "--format", "json"},
                out),
            1);
  const auto report = nlohmann::json::parse(slurp(out));
  const auto& v = report["violation"];
  EXPECT_EQ(v["kind"], "refinement") << report.dump(2);
  EXPECT_EQ(v["name"], "LogRefinement");
  EXPECT_EQ(v["step"], broken);
  EXPECT_EQ(v["line"], broken);
  // The event that caused it: the action logged on that line, as the matched step's action.
  std::ifstream lines(trace());
  std::string text;
  for (int n = 1; n <= broken; ++n) std::getline(lines, text);
  const auto event = nlohmann::json::parse(text);
  EXPECT_EQ(v["violating_step"]["action"], event["action"]) << v["violating_step"].dump(2);
  EXPECT_EQ(v["violating_step"]["record"], broken);
}

}  // namespace
