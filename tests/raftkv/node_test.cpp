// The raftkv node as a state machine: elections, the log consistency check, the commit rule,
// the key-value store, and the events it records.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "examples/raftkv/raft/node.hpp"
#include "instrument/memory_sink.hpp"

namespace raftkv {
namespace {

using tlatrace::instrument::MemorySink;
using tlatrace::instrument::Tracer;

/// Three nodes and a hand-driven network: messages wait in `wire` until delivered.
struct Cluster {
  std::shared_ptr<MemorySink> sink = std::make_shared<MemorySink>();
  std::vector<NodeId> ids{"n1", "n2", "n3"};
  std::map<NodeId, std::unique_ptr<Tracer>> tracers;
  std::map<NodeId, std::unique_ptr<Node>> nodes;
  std::vector<Envelope> wire;
  std::int64_t now = 0;

  explicit Cluster(NodeConfig config = {}) {
    for (std::size_t k = 0; k < ids.size(); ++k) {
      tracers[ids[k]] = std::make_unique<Tracer>(ids[k], sink);
      nodes[ids[k]] = std::make_unique<Node>(ids[k], ids, config, PersistentState{}, *tracers[ids[k]], 17 + k, now);
    }
  }
  Node& at(const NodeId& id) { return *nodes.at(id); }
  void collect() {
    for (auto& [id, node] : nodes) {
      for (auto& e : node->take_outbox()) wire.push_back(std::move(e));
    }
  }
  /// Delivers every message in flight (and the ones they cause) until the wire is empty.
  void pump(int rounds = 50) {
    collect();
    for (int r = 0; r < rounds && !wire.empty(); ++r) {
      auto batch = std::move(wire);
      wire.clear();
      for (const auto& e : batch) at(e.msg.dest).receive(e, now);
      collect();
    }
  }
  /// n's election timer fires (the others' timers are far away).
  void elect(const NodeId& id) {
    now += 1000;
    at(id).tick(now);  // the others are not ticked: their timers never fire
    pump();
  }
  std::vector<std::string> actions() const {
    std::vector<std::string> names;
    for (const auto& line : sink->lines()) names.push_back(nlohmann::json::parse(line).at("action"));
    return names;
  }
};

Message append_request(Term term, Index prev_index, Term prev_term, std::vector<Entry> entries, Index commit,
                       const NodeId& from, const NodeId& to) {
  Message m;
  m.type = MessageType::AppendEntriesRequest;
  m.term = term;
  m.prev_log_index = prev_index;
  m.prev_log_term = prev_term;
  m.entries = std::move(entries);
  m.commit_index = commit;
  m.source = from;
  m.dest = to;
  return m;
}

TEST(RaftkvNode, TimeoutStartsElectionAndQuorumMakesLeader) {
  Cluster c;
  c.now = 1000;
  c.at("n1").tick(c.now);
  EXPECT_EQ(c.at("n1").role(), Role::Candidate);
  EXPECT_EQ(c.at("n1").current_term(), 1);
  EXPECT_EQ(c.at("n1").voted_for(), "n1");
  auto out = c.at("n1").take_outbox();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].msg.type, MessageType::RequestVoteRequest);
  EXPECT_EQ(out[0].msg.dest, "n2");
  c.at("n2").receive(out[0], c.now);
  auto replies = c.at("n2").take_outbox();
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_TRUE(replies[0].msg.vote_granted);
  EXPECT_EQ(c.at("n2").voted_for(), "n1");
  EXPECT_EQ(c.at("n2").current_term(), 1);
  c.at("n1").receive(replies[0], c.now);
  EXPECT_EQ(c.at("n1").role(), Role::Leader);
  // Alone, a node writes its own entry of each variable it changed.
  const auto timeout = nlohmann::json::parse(c.sink->lines().front());
  EXPECT_EQ(timeout.at("params"), (nlohmann::json{{"i", "n1"}}));
  EXPECT_EQ(timeout.at("currentTerm"), (nlohmann::json{{"n1", 1}}));
  EXPECT_EQ(timeout.at("role"), (nlohmann::json{{"n1", "Candidate"}}));
  EXPECT_EQ(timeout.at("votesGranted"), (nlohmann::json{{"n1", {{"#set", {"n1"}}}}}));
  EXPECT_EQ(c.actions(), (std::vector<std::string>{"Timeout", "RequestVote", "RequestVote", "UpdateTerm",
                                                   "HandleRequestVoteRequest", "HandleRequestVoteResponse",
                                                   "BecomeLeader"}));
}

TEST(RaftkvNode, VoteDeniedToStaleLogAndSecondCandidate) {
  Cluster c;
  c.elect("n1");
  ASSERT_EQ(c.at("n1").role(), Role::Leader);
  ASSERT_TRUE(c.at("n1").client_request("put a 1").accepted);
  c.now += 60;
  c.at("n1").tick(c.now);
  c.pump();
  ASSERT_EQ(c.at("n2").log().size(), 1u);
  // n3 lost everything (a fresh node in a later term asks for votes with an empty log).
  Message rv;
  rv.type = MessageType::RequestVoteRequest;
  rv.term = 5;
  rv.last_log_term = 0;
  rv.last_log_index = 0;
  rv.source = "n3";
  rv.dest = "n2";
  c.at("n2").receive(Envelope{rv, {}}, c.now);
  auto out = c.at("n2").take_outbox();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_FALSE(out[0].msg.vote_granted);  // n2's log is more up to date
  EXPECT_EQ(c.at("n2").current_term(), 5);
  // A candidate with a good log, after n2 voted for someone else in the same term.
  rv.last_log_term = 1;
  rv.last_log_index = 1;
  c.at("n2").receive(Envelope{rv, {}}, c.now);
  out = c.at("n2").take_outbox();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].msg.vote_granted);
  rv.source = "n1";
  c.at("n2").receive(Envelope{rv, {}}, c.now);
  out = c.at("n2").take_outbox();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_FALSE(out[0].msg.vote_granted);  // already voted for n3 in term 5
}

TEST(RaftkvNode, ConsistencyCheckRejectsGapsAndTruncatesConflicts) {
  Cluster c;
  Node& f = c.at("n2");
  // Term 1 leader n1 gives n2 two entries.
  f.receive(Envelope{append_request(1, 0, 0, {{1, "put a 1"}}, 0, "n1", "n2"), {}}, 0);
  f.receive(Envelope{append_request(1, 1, 1, {{1, "put b 1"}}, 0, "n1", "n2"), {}}, 0);
  ASSERT_EQ(f.log().size(), 2u);
  f.take_outbox();
  // A gap: prevLogIndex 5 does not exist.
  f.receive(Envelope{append_request(1, 5, 1, {{1, "x"}}, 0, "n1", "n2"), {}}, 0);
  auto out = f.take_outbox();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_FALSE(out[0].msg.success);
  // Term 2 leader n3 holds another entry at index 1: n2 drops both of its entries, one at a time.
  c.sink->clear();
  f.receive(Envelope{append_request(2, 0, 0, {{2, "del a"}}, 1, "n3", "n2"), {}}, 0);
  ASSERT_EQ(f.log().size(), 1u);
  EXPECT_EQ(f.log()[0], (Entry{2, "del a"}));
  EXPECT_EQ(f.commit_index(), 1);
  out = f.take_outbox();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].msg.success);
  EXPECT_EQ(out[0].msg.match_index, 1);
  EXPECT_EQ(c.actions(), (std::vector<std::string>{"UpdateTerm", "TruncateLog", "TruncateLog", "StoreEntry",
                                                   "AcceptAppendEntries"}));
  EXPECT_EQ(f.store().data().size(), 0u);  // "del a" applied
}

TEST(RaftkvNode, SameValueConflictIsReplacedInPlace) {
  Cluster c;
  Node& f = c.at("n2");
  f.receive(Envelope{append_request(1, 0, 0, {{1, "put a 1"}}, 0, "n1", "n2"), {}}, 0);
  c.sink->clear();
  f.receive(Envelope{append_request(2, 0, 0, {{2, "put a 1"}}, 0, "n3", "n2"), {}}, 0);
  ASSERT_EQ(f.log().size(), 1u);
  EXPECT_EQ(f.log()[0].term, 2);
  EXPECT_EQ(c.actions(), (std::vector<std::string>{"UpdateTerm", "ReplaceEntry", "AcceptAppendEntries"}));
}

TEST(RaftkvNode, LeaderCommitsOnlyEntriesOfItsTermByQuorum) {
  Cluster c;
  // n1 holds an entry of term 1 that nobody else has; it becomes leader of term 2.
  Node& n1 = c.at("n1");
  n1.receive(Envelope{append_request(1, 0, 0, {{1, "put a 1"}}, 0, "n3", "n1"), {}}, 0);
  n1.take_outbox();
  c.elect("n1");
  ASSERT_EQ(n1.role(), Role::Leader);
  ASSERT_EQ(n1.current_term(), 2);
  // Replicate the old entry to n2 only: a quorum holds it, but it is of term 1.
  for (int round = 0; round < 3; ++round) {
    c.now += 60;
    n1.tick(c.now);
    for (auto& e : n1.take_outbox()) {
      if (e.msg.dest == "n2") c.at("n2").receive(e, c.now);
    }
    for (auto& e : c.at("n2").take_outbox()) n1.receive(e, c.now);
  }
  EXPECT_EQ(n1.match_index().at("n2"), 1);
  EXPECT_EQ(n1.commit_index(), 0);  // Raft's rule: not by counting replicas of an old term
  // An entry of term 2 replicated to a quorum commits both.
  ASSERT_TRUE(n1.client_request("put b 2").accepted);
  c.now += 60;
  n1.tick(c.now);
  c.pump();
  EXPECT_EQ(n1.commit_index(), 2);
  EXPECT_EQ(n1.store().get("a"), "1");
  EXPECT_EQ(n1.store().get("b"), "2");
  c.now += 60;
  n1.tick(c.now);
  c.pump();
  EXPECT_EQ(c.at("n3").commit_index(), 2);
  EXPECT_EQ(c.at("n3").store().get("b"), "2");
}

TEST(RaftkvNode, WithoutVariablesEventsCarryOnlyActionAndParams) {
  NodeConfig config;
  config.write_variables = false;
  Cluster c(config);
  c.elect("n1");
  ASSERT_EQ(c.at("n1").role(), Role::Leader);
  for (const auto& line : c.sink->lines()) {
    const auto e = nlohmann::json::parse(line);
    for (const auto& [key, value] : e.items()) {
      EXPECT_TRUE(key == "action" || key == "params" || key == "node" || key == "clock" || key == "vc") << line;
    }
  }
}

TEST(RaftkvNode, FollowerRedirectsClientsToLeader) {
  Cluster c;
  c.elect("n2");
  c.now += 60;
  c.at("n2").tick(c.now);
  c.pump();
  const ClientReply reply = c.at("n3").client_request("put a 2");
  EXPECT_FALSE(reply.accepted);
  EXPECT_EQ(reply.leader_hint, "n2");
  EXPECT_TRUE(c.at("n2").client_request("put a 2").accepted);
}

TEST(RaftkvNode, RestartKeepsPersistedStateAndRecordsRestart) {
  Cluster c;
  c.elect("n1");
  ASSERT_TRUE(c.at("n1").client_request("put a 1").accepted);
  c.now += 60;
  c.at("n1").tick(c.now);
  c.pump();
  ASSERT_EQ(c.at("n1").commit_index(), 1);
  const PersistentState disk = c.at("n1").persistent();
  c.nodes["n1"] = std::make_unique<Node>("n1", c.ids, NodeConfig{}, disk, *c.tracers["n1"], 99, c.now);
  c.sink->clear();
  c.at("n1").restart(c.now);
  EXPECT_EQ(c.at("n1").role(), Role::Follower);
  EXPECT_EQ(c.at("n1").current_term(), 1);
  EXPECT_EQ(c.at("n1").commit_index(), 1);
  EXPECT_EQ(c.at("n1").store().get("a"), "1");  // rebuilt from the committed log
  EXPECT_EQ(c.actions(), std::vector<std::string>{"Restart"});
}

}  // namespace
}  // namespace raftkv
