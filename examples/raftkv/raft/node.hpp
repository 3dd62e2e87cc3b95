#pragma once
// Node: one Raft server as a pure state machine. Inputs are the clock (`tick`), incoming
// messages (`receive`) and client commands (`client_request`); outputs are the messages in
// `take_outbox()` and the changes of its state. It never touches a socket or a thread, so the
// same code runs in the deterministic simulator and in the TCP server.
//
// Every change of spec state is one step of specs/RaftLog.tla and is recorded as one event on
// the node's Tracer (see node_events.hpp). A received message may take several steps (for
// example UpdateTerm, TruncateLog, StoreEntry, AcceptAppendEntries), exactly as in the spec.
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "examples/raftkv/raft/kv_store.hpp"
#include "examples/raftkv/raft/node_events.hpp"
#include "examples/raftkv/raft/types.hpp"
#include "instrument/tracer.hpp"

namespace raftkv {

/// Timing and fault switches of a node.
struct NodeConfig {
  std::int64_t election_timeout_min_ms = 150;
  std::int64_t election_timeout_max_ms = 300;
  std::int64_t heartbeat_ms = 50;
  /// The bug switch: a leader counts rejections from newer terms as acknowledgements and
  /// stays leader, so it commits entries of its stale term.
  bool bug_stale_leader_write = false;
  /// Whether events carry the variables a step changed (see node_events.hpp). Without them
  /// an event still determines the step: the spec's actions are deterministic given their
  /// parameters.
  bool write_variables = true;
};

/// What survives a crash: term, vote, log and commit index.
struct PersistentState {
  Term current_term = 0;
  NodeId voted_for = kNoVote;
  std::vector<Entry> log;
  Index commit_index = 0;
  bool operator==(const PersistentState&) const = default;
};

/// The answer to a client command.
struct ClientReply {
  bool accepted = false;     // appended to the leader's log
  Index index = 0;           // where, if accepted
  NodeId leader_hint;        // else: who the node thinks leads ("" if unknown)
};

/// One Raft server.
class Node {
 public:
  /// A node starting from `state` (a fresh node: default state). `seed` drives its timeouts.
  Node(NodeId id, std::vector<NodeId> servers, NodeConfig config, PersistentState state,
       tlatrace::instrument::Tracer& tracer, std::uint64_t seed, std::int64_t now_ms);

  /// Records the Restart step: a node made from persisted state after a crash.
  void restart(std::int64_t now_ms);
  /// Fires timers: elections, heartbeats and replication.
  void tick(std::int64_t now_ms);
  /// Handles one message (all the steps it takes).
  void receive(const Envelope& envelope, std::int64_t now_ms);
  /// Appends a command if this node leads; otherwise names the leader it knows.
  ClientReply client_request(const std::string& command);
  /// The messages produced since the last call.
  std::vector<Envelope> take_outbox();

  const NodeId& id() const { return id_; }
  Role role() const { return role_; }
  Term current_term() const { return state_.current_term; }
  const std::vector<Entry>& log() const { return state_.log; }
  Index commit_index() const { return state_.commit_index; }
  const NodeId& voted_for() const { return state_.voted_for; }
  const PersistentState& persistent() const { return state_; }
  const KvStore& store() const { return store_; }
  const std::map<NodeId, Index>& next_index() const { return next_index_; }
  const std::map<NodeId, Index>& match_index() const { return match_index_; }
  const NodeId& leader_hint() const { return leader_hint_; }
  const std::vector<NodeId>& votes_granted() const { return votes_granted_; }
  /// Events write variables through `view` (the simulator's view of all nodes) instead of as
  /// this node's own entry; nullptr restores the default. The view must outlive the node.
  void set_view(const StateView* view) { view_ = view; }

 private:
  // Spec steps (each emits one event).
  void timeout(std::int64_t now_ms);
  void request_vote(const NodeId& peer);
  void become_leader();
  void append_entries(const NodeId& peer);
  void advance_commit_index();
  // Receiving.
  void update_term(const Message& m);
  void handle_request_vote_request(const Message& m, std::int64_t now_ms);
  void handle_request_vote_response(const Message& m);
  void handle_append_entries_request(const Message& m, std::int64_t now_ms);
  void handle_append_entries_response(const Message& m);
  void stale_ack(const Message& m);  // the bug's wrong step
  void reply(Message response);
  // Helpers.
  bool is_quorum(std::size_t count) const { return 2 * count > servers_.size(); }
  Term last_term() const { return state_.log.empty() ? 0 : state_.log.back().term; }
  Index log_length() const { return static_cast<Index>(state_.log.size()); }
  bool log_ok(const Message& m) const;
  void reset_election_deadline(std::int64_t now_ms);
  void reset_leader_state(Index next);
  void apply_committed();
  void send(Message m);
  // Writes the variables a step changed into its event (see node_events.hpp), then emits.
  void observe(tlatrace::instrument::EventBuilder& event, std::initializer_list<Var> vars) const;
  void record(tlatrace::instrument::EventBuilder& event, std::initializer_list<Var> vars) const;

  NodeId id_;
  std::vector<NodeId> servers_;  // all servers, this one included
  NodeConfig config_;
  PersistentState state_;
  tlatrace::instrument::Tracer& tracer_;
  std::mt19937_64 rng_;

  Role role_ = Role::Follower;
  std::vector<NodeId> votes_granted_;  // sorted
  std::map<NodeId, Index> next_index_;
  std::map<NodeId, Index> match_index_;
  NodeId leader_hint_;
  std::int64_t election_deadline_ms_ = 0;
  std::int64_t next_heartbeat_ms_ = 0;
  KvStore store_;
  Index last_applied_ = 0;
  std::vector<Envelope> outbox_;
  const StateView* view_ = nullptr;
};

}  // namespace raftkv
