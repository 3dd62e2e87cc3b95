#include "examples/raftkv/raft/node.hpp"

#include <algorithm>
#include <set>

#include "examples/raftkv/raft/node_events.hpp"

namespace raftkv {

Node::Node(NodeId id, std::vector<NodeId> servers, NodeConfig config, PersistentState state,
           tlatrace::instrument::Tracer& tracer, std::uint64_t seed, std::int64_t now_ms)
    : id_(std::move(id)),
      servers_(std::move(servers)),
      config_(config),
      state_(std::move(state)),
      tracer_(tracer),
      rng_(seed) {
  std::sort(servers_.begin(), servers_.end());
  reset_leader_state(1);
  reset_election_deadline(now_ms);
  apply_committed();
}

void Node::reset_leader_state(Index next) {
  for (const auto& s : servers_) {
    next_index_[s] = next;
    match_index_[s] = 0;
  }
}

void Node::reset_election_deadline(std::int64_t now_ms) {
  std::uniform_int_distribution<std::int64_t> pick(config_.election_timeout_min_ms,
                                                   config_.election_timeout_max_ms);
  election_deadline_ms_ = now_ms + pick(rng_);
}

void Node::restart(std::int64_t now_ms) {
  role_ = Role::Follower;
  votes_granted_.clear();
  reset_leader_state(1);
  leader_hint_.clear();
  reset_election_deadline(now_ms);
  record(tracer_.event("Restart")
      .param("i", id_), {Var::Role, Var::VotesGranted, Var::NextIndex, Var::MatchIndex});
}

void Node::tick(std::int64_t now_ms) {
  if (role_ == Role::Leader) {
    // Heartbeats; they also resend the entry at nextIndex when a message was lost.
    // Between heartbeats, replication is driven by responses (node_receive.cpp).
    if (now_ms < next_heartbeat_ms_) return;
    next_heartbeat_ms_ = now_ms + config_.heartbeat_ms;
    for (const auto& peer : servers_) {
      if (peer != id_) append_entries(peer);
    }
    return;
  }
  if (now_ms >= election_deadline_ms_) timeout(now_ms);
}

void Node::timeout(std::int64_t now_ms) {
  state_.current_term += 1;
  role_ = Role::Candidate;
  state_.voted_for = id_;
  votes_granted_ = {id_};
  leader_hint_.clear();
  reset_election_deadline(now_ms);
  record(tracer_.event("Timeout").param("i", id_),
         {Var::CurrentTerm, Var::Role, Var::VotedFor, Var::VotesGranted});
  for (const auto& peer : servers_) {
    if (peer != id_) request_vote(peer);
  }
  if (is_quorum(votes_granted_.size())) become_leader();  // a single-server cluster
}

void Node::request_vote(const NodeId& peer) {
  Message m;
  m.type = MessageType::RequestVoteRequest;
  m.term = state_.current_term;
  m.last_log_term = last_term();
  m.last_log_index = log_length();
  m.source = id_;
  m.dest = peer;
  tracer_.event("RequestVote").param("i", id_).param("j", peer).emit();
  send(std::move(m));
}

void Node::become_leader() {
  role_ = Role::Leader;
  leader_hint_ = id_;
  reset_leader_state(log_length() + 1);
  next_heartbeat_ms_ = 0;  // assert leadership at the next tick
  record(tracer_.event("BecomeLeader")
      .param("i", id_), {Var::Role, Var::NextIndex, Var::MatchIndex});
}

ClientReply Node::client_request(const std::string& command) {
  ClientReply reply;
  if (role_ != Role::Leader) {
    reply.leader_hint = leader_hint_;
    return reply;
  }
  state_.log.push_back(Entry{state_.current_term, command});
  record(tracer_.event("ClientRequest")
      .param("i", id_)
      .param("v", command), {Var::Log});
  reply.accepted = true;
  reply.index = log_length();
  for (const auto& peer : servers_) {  // peers that were up to date get the entry at once
    if (peer != id_ && next_index_[peer] == log_length()) append_entries(peer);
  }
  return reply;
}

void Node::append_entries(const NodeId& peer) {
  const Index next = next_index_[peer];
  Message m;
  m.type = MessageType::AppendEntriesRequest;
  m.term = state_.current_term;
  m.prev_log_index = next - 1;
  m.prev_log_term = (m.prev_log_index > 0 && m.prev_log_index <= log_length())
                        ? state_.log[static_cast<std::size_t>(m.prev_log_index - 1)].term
                        : 0;
  const Index last_entry = std::min(log_length(), next);
  if (next <= last_entry) m.entries.push_back(state_.log[static_cast<std::size_t>(next - 1)]);
  m.commit_index = std::min(state_.commit_index, last_entry);
  m.source = id_;
  m.dest = peer;
  tracer_.event("AppendEntries").param("i", id_).param("j", peer).emit();
  send(std::move(m));
}

void Node::advance_commit_index() {
  if (role_ != Role::Leader) return;
  Index best = 0;
  for (Index index = 1; index <= log_length(); ++index) {
    std::size_t agree = 0;
    for (const auto& s : servers_) {
      if (s == id_ || match_index_[s] >= index) ++agree;
    }
    if (is_quorum(agree)) best = index;
  }
  if (best == 0 || best <= state_.commit_index) return;
  if (state_.log[static_cast<std::size_t>(best - 1)].term != state_.current_term) return;
  state_.commit_index = best;
  record(tracer_.event("AdvanceCommitIndex").param("i", id_), {Var::CommitIndex});
  apply_committed();
}

void Node::apply_committed() {
  const Index upto = std::min(state_.commit_index, log_length());
  if (last_applied_ > upto) {  // only after a lost committed entry (the bug): start over
    store_.clear();
    last_applied_ = 0;
  }
  while (last_applied_ < upto) {
    store_.apply(state_.log[static_cast<std::size_t>(last_applied_)].value);
    ++last_applied_;
  }
}

void Node::observe(tlatrace::instrument::EventBuilder& event, std::initializer_list<Var> vars) const {
  if (!event.enabled() || !config_.write_variables) return;
  for (Var var : vars) {
    if (view_) {
      view_->write(event, var);
    } else {
      write_own_entry(event, var, *this);
    }
  }
}

void Node::record(tlatrace::instrument::EventBuilder& event, std::initializer_list<Var> vars) const {
  observe(event, vars);
  event.emit();
}

void Node::send(Message m) {
  outbox_.push_back(Envelope{std::move(m), tracer_.on_send()});
}

std::vector<Envelope> Node::take_outbox() {
  std::vector<Envelope> out;
  out.swap(outbox_);
  return out;
}

}  // namespace raftkv
