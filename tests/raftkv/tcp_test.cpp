// The TCP mode: three raftkv_node processes on loopback ports, a few client commands through
// raftkv_client, then `tlatrace merge` of the three per-node traces (by vector clock), and
// `tlatrace validate` of the merged trace against specs/RaftLog.tla. Then a node killed and
// restarted comes back with its persisted term, vote and log (--state).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/spawn.hpp"

namespace {

namespace fs = std::filesystem;

const std::string kNode = TLATRACE_BINARY_DIR "/examples/raftkv/raftkv_node";
const std::string kClient = TLATRACE_BINARY_DIR "/examples/raftkv/raftkv_client";
const std::string kTlatrace = TLATRACE_BINARY_DIR "/cli/tlatrace";

using tlatrace::testing::spawn;
using tlatrace::testing::wait_exit;

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(RaftkvTcp, ThreeProcessesReplicateAndTheirTracesMerge) {
  const fs::path dir = fs::temp_directory_path() / ("raftkv-tcp-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const int base = 21000 + static_cast<int>(::getpid() % 20000);
  std::string peers;
  for (int k = 1; k <= 3; ++k) {
    peers += (k > 1 ? "," : "") + std::string("n") + std::to_string(k) + "=127.0.0.1:" + std::to_string(base + k);
  }
  std::vector<pid_t> nodes;
  for (int k = 1; k <= 3; ++k) {
    const std::string id = "n" + std::to_string(k);
    nodes.push_back(spawn({kNode, "--id", id, "--peers", peers, "--duration-ms", "3000", "--seed", std::to_string(k),
                           "--observe", "none",
                           "--trace", (dir / (id + ".ndjson")).string()},
                          (dir / (id + ".out")).string()));
  }
  int accepted = 0;
  for (const char* command : {"put a 1", "put b 2", "del a"}) {
    const pid_t client = spawn({kClient, "--peers", peers, "--request", command, "--timeout-ms", "1500"},
                               (dir / "client.out").string());
    if (wait_exit(client) == 0) ++accepted;
  }
  for (pid_t pid : nodes) EXPECT_EQ(wait_exit(pid), 0);
  EXPECT_GE(accepted, 1) << slurp(dir / "client.out");

  const pid_t merge = spawn({kTlatrace, "merge", (dir / "n1.ndjson").string(), (dir / "n2.ndjson").string(),
                             (dir / "n3.ndjson").string()},
                            (dir / "merged.ndjson").string());
  ASSERT_EQ(wait_exit(merge), 0);
  std::ifstream merged(dir / "merged.ndjson");
  std::string line;
  int events = 0, client_requests = 0, leaders = 0;
  while (std::getline(merged, line)) {
    const auto j = nlohmann::json::parse(line);
    if (!j.contains("action")) continue;
    ++events;
    client_requests += j["action"] == "ClientRequest";
    leaders += j["action"] == "BecomeLeader";
  }
  EXPECT_GT(events, 20);
  EXPECT_GE(leaders, 1);
  EXPECT_EQ(client_requests, accepted);
  // The merged trace is a behavior of the spec.
  const pid_t validate = spawn({kTlatrace, "validate", TLATRACE_SOURCE_DIR "/specs/RaftLog.tla", "-t",
                                (dir / "merged.ndjson").string()},
                               (dir / "validate.out").string());
  EXPECT_EQ(wait_exit(validate), 0) << slurp(dir / "validate.out");
  // Every node's summary names a store state; the ones that learned the commits agree.
  for (int k = 1; k <= 3; ++k) EXPECT_NE(slurp(dir / ("n" + std::to_string(k) + ".out")).find("store {"), std::string::npos);
  fs::remove_all(dir);
}

std::string peers_at(int base) {
  std::string peers;
  for (int k = 1; k <= 3; ++k) {
    peers += (k > 1 ? "," : "") + std::string("n") + std::to_string(k) + "=127.0.0.1:" + std::to_string(base + k);
  }
  return peers;
}

TEST(RaftkvTcp, AKilledNodeRestartsWithItsPersistedState) {
  const fs::path dir = fs::temp_directory_path() / ("raftkv-restart-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const int base = 41000 + static_cast<int>(::getpid() % 20000);
  const std::string peers = peers_at(base);
  auto start_node = [&](int k, const char* duration_ms, const std::string& out) {
    const std::string id = "n" + std::to_string(k);
    return spawn({kNode, "--id", id, "--peers", peers, "--duration-ms", duration_ms, "--seed", std::to_string(k),
                  "--observe", "none", "--trace", (dir / (id + ".ndjson")).string(), "--state",
                  (dir / (id + ".state")).string()},
                 (dir / out).string());
  };
  std::vector<pid_t> nodes;
  for (int k = 1; k <= 3; ++k) nodes.push_back(start_node(k, "5000", "n" + std::to_string(k) + ".out"));
  auto put = [&](const char* command) {
    return wait_exit(spawn({kClient, "--peers", peers, "--request", command, "--timeout-ms", "1500"},
                           (dir / "client.out").string()));
  };
  ASSERT_EQ(put("put a 1"), 0) << slurp(dir / "client.out");
  std::this_thread::sleep_for(std::chrono::milliseconds(600));  // replicated by heartbeats
  const auto before = nlohmann::json::parse(slurp(dir / "n3.state"));
  ASSERT_GE(before["currentTerm"].get<int>(), 1) << before;
  ASSERT_GE(before["log"].size(), 1u) << before;

  ::kill(nodes[2], SIGKILL);  // a crash: no chance to save anything more
  EXPECT_EQ(wait_exit(nodes[2]), -1);
  nodes[2] = start_node(3, "2500", "n3-restarted.out");
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(put("put b 2"), 0) << slurp(dir / "client.out");
  for (pid_t pid : nodes) EXPECT_EQ(wait_exit(pid), 0);

  const std::string after = slurp(dir / "n3-restarted.out");
  EXPECT_NE(after.find("a=1"), std::string::npos) << after;  // the store replays the persisted log
  const auto saved = nlohmann::json::parse(slurp(dir / "n3.state"));
  EXPECT_GE(saved["currentTerm"].get<int>(), before["currentTerm"].get<int>());
  EXPECT_GE(saved["log"].size(), before["log"].size());
  EXPECT_EQ(saved["log"][0], before["log"][0]);
  const std::string trace = slurp(dir / "n3.ndjson");
  EXPECT_NE(trace.find("{\"action\":\"Restart\",\"params\":{\"i\":\"n3\"}"), std::string::npos);

  // The restarted node's clocks continue, so the traces merge; the merged trace validates.
  const pid_t merge = spawn({kTlatrace, "merge", (dir / "n1.ndjson").string(), (dir / "n2.ndjson").string(),
                             (dir / "n3.ndjson").string()},
                            (dir / "merged.ndjson").string());
  ASSERT_EQ(wait_exit(merge), 0) << slurp(dir / "merged.ndjson");
  const pid_t validate = spawn({kTlatrace, "validate", TLATRACE_SOURCE_DIR "/specs/RaftLog.tla", "-t",
                                (dir / "merged.ndjson").string()},
                               (dir / "validate.out").string());
  EXPECT_EQ(wait_exit(validate), 0) << slurp(dir / "validate.out");
  fs::remove_all(dir);
}

}  // namespace
