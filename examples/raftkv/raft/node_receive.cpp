// Node: the steps taken on receiving a message (specs/RaftLog.tla, "Steps on receiving").
#include <algorithm>
#include <set>

#include "examples/raftkv/raft/node.hpp"
#include "examples/raftkv/raft/node_events.hpp"

namespace raftkv {

void Node::receive(const Envelope& envelope, std::int64_t now_ms) {
  const Message& m = envelope.msg;
  if (m.dest != id_) return;
  tracer_.on_receive(envelope.stamp);
  const bool response = m.type == MessageType::RequestVoteResponse ||
                        m.type == MessageType::AppendEntriesResponse;
  if (m.term > state_.current_term) {
    if (config_.bug_stale_leader_write && role_ == Role::Leader &&
        m.type == MessageType::AppendEntriesResponse) {
      stale_ack(m);  // the bug: a newer term's rejection counted as an acknowledgement
      return;
    }
    update_term(m);
  }
  if (response && m.term < state_.current_term) {
    tracer_.event("DropStaleResponse").param("i", id_).param("m", m).emit();
    return;
  }
  switch (m.type) {
    case MessageType::RequestVoteRequest: handle_request_vote_request(m, now_ms); break;
    case MessageType::RequestVoteResponse: handle_request_vote_response(m); break;
    case MessageType::AppendEntriesRequest: handle_append_entries_request(m, now_ms); break;
    case MessageType::AppendEntriesResponse: handle_append_entries_response(m); break;
  }
}

void Node::update_term(const Message& m) {
  state_.current_term = m.term;
  role_ = Role::Follower;
  state_.voted_for = kNoVote;
  leader_hint_.clear();
  record(tracer_.event("UpdateTerm")
      .param("i", id_)
      .param("m", m), {Var::CurrentTerm, Var::Role, Var::VotedFor});
}

void Node::reply(Message response) {
  send(std::move(response));
}

void Node::handle_request_vote_request(const Message& m, std::int64_t now_ms) {
  const bool log_ok = m.last_log_term > last_term() ||
                      (m.last_log_term == last_term() && m.last_log_index >= log_length());
  const bool grant = m.term == state_.current_term && log_ok &&
                     (state_.voted_for == kNoVote || state_.voted_for == m.source);
  auto ev = tracer_.event("HandleRequestVoteRequest");
  ev.param("i", id_).param("m", m);
  if (grant) {
    state_.voted_for = m.source;
    reset_election_deadline(now_ms);
    observe(ev, {Var::VotedFor});
  }
  ev.emit();
  Message r;
  r.type = MessageType::RequestVoteResponse;
  r.term = state_.current_term;
  r.vote_granted = grant;
  r.source = id_;
  r.dest = m.source;
  reply(std::move(r));
}

void Node::handle_request_vote_response(const Message& m) {
  if (m.vote_granted &&
      std::find(votes_granted_.begin(), votes_granted_.end(), m.source) == votes_granted_.end()) {
    votes_granted_.push_back(m.source);
    std::sort(votes_granted_.begin(), votes_granted_.end());
  }
  record(tracer_.event("HandleRequestVoteResponse").param("i", id_).param("m", m), {Var::VotesGranted});
  if (role_ == Role::Candidate && is_quorum(votes_granted_.size())) become_leader();
}

bool Node::log_ok(const Message& m) const {
  if (m.prev_log_index == 0) return true;
  return m.prev_log_index > 0 && m.prev_log_index <= log_length() &&
         state_.log[static_cast<std::size_t>(m.prev_log_index - 1)].term == m.prev_log_term;
}

void Node::handle_append_entries_request(const Message& m, std::int64_t now_ms) {
  auto reject = [&] {
    tracer_.event("RejectAppendEntries").param("i", id_).param("m", m).emit();
    Message r;
    r.type = MessageType::AppendEntriesResponse;
    r.term = state_.current_term;
    r.success = false;
    r.match_index = 0;
    r.source = id_;
    r.dest = m.source;
    reply(std::move(r));
  };
  if (m.term < state_.current_term) return reject();
  // From here on m is from the leader of this node's term.
  if (role_ == Role::Leader) return;  // two leaders in one term: impossible; nothing to do
  leader_hint_ = m.source;
  reset_election_deadline(now_ms);
  if (role_ == Role::Candidate) {
    role_ = Role::Follower;
    record(tracer_.event("ReturnToFollower").param("i", id_).param("m", m), {Var::Role});
  }
  if (!log_ok(m)) return reject();
  const Index index = m.prev_log_index + 1;
  if (!m.entries.empty()) {
    const Entry& entry = m.entries.front();
    // Drop conflicting entries one at a time, from the end, as the spec does.
    while (log_length() >= index && state_.log[static_cast<std::size_t>(index - 1)].term != entry.term) {
      if (log_length() == index && state_.log.back().value == entry.value) {
        state_.log.back() = entry;
        record(tracer_.event("ReplaceEntry").param("i", id_).param("m", m), {Var::Log});
      } else {
        state_.log.pop_back();
        record(tracer_.event("TruncateLog").param("i", id_).param("m", m), {Var::Log});
      }
    }
    if (log_length() == m.prev_log_index) {
      state_.log.push_back(entry);
      record(tracer_.event("StoreEntry").param("i", id_).param("m", m), {Var::Log});
    }
  }
  auto ev = tracer_.event("AcceptAppendEntries");
  ev.param("i", id_).param("m", m);
  if (m.commit_index > state_.commit_index) {
    state_.commit_index = m.commit_index;
    observe(ev, {Var::CommitIndex});
  }
  ev.emit();
  apply_committed();
  Message r;
  r.type = MessageType::AppendEntriesResponse;
  r.term = state_.current_term;
  r.success = true;
  r.match_index = m.prev_log_index + static_cast<Index>(m.entries.size());
  r.source = id_;
  r.dest = m.source;
  reply(std::move(r));
}

void Node::handle_append_entries_response(const Message& m) {
  auto ev = tracer_.event("HandleAppendEntriesResponse");
  ev.param("i", id_).param("m", m);
  if (m.success) {
    next_index_[m.source] = m.match_index + 1;
    match_index_[m.source] = m.match_index;
  } else {
    next_index_[m.source] = std::max<Index>(next_index_[m.source] - 1, 1);
  }
  // Both, also matchIndex when unchanged: it pins the step down for a spec that allows
  // other bookkeeping (specs/RaftLogTrace.tla with Lenient = TRUE).
  observe(ev, {Var::NextIndex, Var::MatchIndex});
  ev.emit();
  if (m.success) advance_commit_index();
  // Keep replicating: the next entry after a success, an earlier one after a rejection.
  if (role_ == Role::Leader && (!m.success || next_index_[m.source] <= log_length())) append_entries(m.source);
}

void Node::stale_ack(const Message& m) {
  // Wrong on purpose (--bug stale-leader-write): the rejection of a server in a newer term
  // is taken as "it holds what I sent", and the leader stays in its stale term.
  const Index sent = std::min(next_index_[m.source], log_length());
  match_index_[m.source] = sent;
  next_index_[m.source] = sent + 1;
  record(tracer_.event("HandleAppendEntriesResponse")
      .param("i", id_)
      .param("m", m), {Var::MatchIndex, Var::NextIndex});
  advance_commit_index();
}

}  // namespace raftkv
