// The TCP mode: three raftkv_node processes on loopback ports, a few client commands through
// raftkv_client, then `tlatrace merge` of the three per-node traces (by vector clock), and
// `tlatrace validate` of the merged trace against specs/RaftLog.tla.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
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

}  // namespace
