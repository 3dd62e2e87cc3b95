#include "examples/raftkv/raft/types.hpp"

#include "instrument/to_tla.hpp"

namespace raftkv {

const char* role_name(Role role) {
  switch (role) {
    case Role::Follower: return "Follower";
    case Role::Candidate: return "Candidate";
    case Role::Leader: return "Leader";
  }
  return "Follower";
}

void tlatrace_to_tla(tlatrace::instrument::JsonOut& out, Role role) { out.string(role_name(role)); }

const char* message_type_name(MessageType type) {
  switch (type) {
    case MessageType::RequestVoteRequest: return "RequestVoteRequest";
    case MessageType::RequestVoteResponse: return "RequestVoteResponse";
    case MessageType::AppendEntriesRequest: return "AppendEntriesRequest";
    case MessageType::AppendEntriesResponse: return "AppendEntriesResponse";
  }
  return "RequestVoteRequest";
}

namespace {
template <class T>
void field(tlatrace::instrument::JsonOut& out, bool& first, const char* name, const T& value) {
  out.key(name, first);
  tlatrace::instrument::to_tla(out, value);
}
}  // namespace

void tlatrace_to_tla(tlatrace::instrument::JsonOut& out, const Message& m) {
  bool first = true;
  out.raw('{');
  field(out, first, "mtype", message_type_name(m.type));
  field(out, first, "mterm", m.term);
  switch (m.type) {
    case MessageType::RequestVoteRequest:
      field(out, first, "mlastLogTerm", m.last_log_term);
      field(out, first, "mlastLogIndex", m.last_log_index);
      break;
    case MessageType::RequestVoteResponse:
      field(out, first, "mvoteGranted", m.vote_granted);
      break;
    case MessageType::AppendEntriesRequest:
      field(out, first, "mprevLogIndex", m.prev_log_index);
      field(out, first, "mprevLogTerm", m.prev_log_term);
      field(out, first, "mentries", m.entries);
      field(out, first, "mcommitIndex", m.commit_index);
      break;
    case MessageType::AppendEntriesResponse:
      field(out, first, "msuccess", m.success);
      field(out, first, "mmatchIndex", m.match_index);
      break;
  }
  field(out, first, "msource", m.source);
  field(out, first, "mdest", m.dest);
  out.raw('}');
}

}  // namespace raftkv
