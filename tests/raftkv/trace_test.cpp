// raftkv traces are well-formed ndjson whose events are actions of specs/RaftLog.tla: each
// action name is a definition of the spec taking exactly the event's parameters, and each
// variable an event writes is a variable of the spec, with its full value after the step.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "examples/raftkv/sim/simulator.hpp"
#include "instrument/memory_sink.hpp"
#include "parser/resolve/frontend.hpp"

namespace raftkv {
namespace {

using nlohmann::json;

struct SpecNames {
  std::map<std::string, int> definitions;  // name -> arity
  std::set<std::string> variables;
};

SpecNames load_spec() {
  tlatrace::Frontend frontend;
  const tlatrace::ast::Module* module = frontend.load(TLATRACE_SOURCE_DIR "/specs/RaftLog.tla");
  SpecNames names;
  EXPECT_NE(module, nullptr);
  if (!module) return names;
  EXPECT_FALSE(frontend.diagnostics().has_errors());
  const auto* symbols = frontend.symbols(module);
  EXPECT_NE(symbols, nullptr);
  if (!symbols) return names;
  for (const auto& [name, symbol] : symbols->all) {
    if (symbol.ref.kind == tlatrace::ast::Ref::Kind::Definition && symbol.ref.def &&
        symbol.ref.def->module == module) {
      names.definitions[name] = symbol.arity;
    }
  }
  for (const auto* v : symbols->variables) names.variables.insert(v->name);
  return names;
}

std::vector<std::string> sim_lines(std::uint64_t seed, int nodes, bool bug) {
  SimConfig config;
  config.seed = seed;
  config.nodes = nodes;
  config.steps = 2500;
  config.bug_stale_leader_write = bug;
  auto sink = std::make_shared<tlatrace::instrument::MemorySink>();
  config.trace = sink;
  Simulator(config).run();
  return sink->lines();
}

TEST(RaftkvTrace, SpecDeclaresTheStateTheNodesWrite) {
  const SpecNames spec = load_spec();
  for (const char* v : {"currentTerm", "role", "votedFor", "log", "commitIndex", "votesGranted", "nextIndex",
                        "matchIndex", "messages"}) {
    EXPECT_TRUE(spec.variables.count(v)) << v;
  }
}

TEST(RaftkvTrace, EveryEventIsAnActionOfRaftLogWithItsParameters) {
  const SpecNames spec = load_spec();
  ASSERT_FALSE(spec.definitions.empty());
  std::set<std::string> seen;
  for (const auto& [seed, bug] : std::vector<std::pair<std::uint64_t, bool>>{{3, false}, {11, false}, {5, true}}) {
    const auto lines = sim_lines(seed, seed == 11 ? 5 : 3, bug);
    ASSERT_GT(lines.size(), 100u);
    // Line 1: the initial state, every variable but no event keys.
    const json init = json::parse(lines[0]);
    EXPECT_FALSE(init.contains("action"));
    for (const auto& v : spec.variables) EXPECT_TRUE(init.contains(v)) << "initial state lacks " << v;
    std::map<std::string, std::uint64_t> last_clock;
    for (std::size_t k = 1; k < lines.size(); ++k) {
      SCOPED_TRACE("seed " + std::to_string(seed) + " line " + std::to_string(k + 1) + ": " + lines[k]);
      const json e = json::parse(lines[k]);  // throws on malformed JSON
      ASSERT_TRUE(e.is_object());
      const std::string action = e.at("action");
      seen.insert(action);
      ASSERT_TRUE(spec.definitions.count(action)) << action << " is not defined in RaftLog.tla";
      ASSERT_TRUE(e.at("params").is_object());
      EXPECT_EQ(static_cast<int>(e.at("params").size()), spec.definitions.at(action)) << action;
      const std::string node = e.at("node");
      const std::uint64_t clock = e.at("clock");
      EXPECT_GT(clock, last_clock[node]);
      last_clock[node] = clock;
      EXPECT_EQ(e.at("vc").at(node), e.at("vc").at(node).get<std::uint64_t>());
      for (const auto& [key, value] : e.items()) {
        if (key == "action" || key == "params" || key == "node" || key == "clock" || key == "vc") continue;
        EXPECT_TRUE(spec.variables.count(key)) << key << " is not a variable of RaftLog.tla";
        // The simulator writes the whole function: every server's entry.
        ASSERT_TRUE(value.is_object());
        EXPECT_EQ(static_cast<int>(value.size()), seed == 11 ? 5 : 3) << key;
        EXPECT_TRUE(value.contains(e.at("params").at("i").get<std::string>())) << key;
      }
    }
  }
  for (const char* needed : {"Timeout", "RequestVote", "HandleRequestVoteRequest", "HandleRequestVoteResponse",
                             "BecomeLeader", "ClientRequest", "AppendEntries", "StoreEntry", "AcceptAppendEntries",
                             "HandleAppendEntriesResponse", "AdvanceCommitIndex", "UpdateTerm", "Restart",
                             "DropMessage", "DuplicateMessage", "TruncateLog", "RejectAppendEntries"}) {
    EXPECT_TRUE(seen.count(needed)) << needed << " never occurred";
  }
}

}  // namespace
}  // namespace raftkv
