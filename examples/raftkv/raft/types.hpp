#pragma once
// The data of the replicated log: entries, roles and the four Raft messages, shaped as the
// records of specs/RaftLog.tla so that to_tla writes exactly the spec's values.
#include <cstdint>
#include <string>
#include <vector>

#include "instrument/clock.hpp"
#include "instrument/json_out.hpp"
#include "instrument/record.hpp"

namespace raftkv {

using Term = std::int64_t;
using Index = std::int64_t;
using NodeId = std::string;

/// One log entry: [term |-> t, value |-> v].
struct Entry {
  Term term = 0;
  std::string value;
  bool operator==(const Entry&) const = default;
};
TLATRACE_RECORD(Entry, term, value)

/// A server's role; written as the spec's strings "Follower", "Candidate", "Leader".
enum class Role { Follower, Candidate, Leader };
const char* role_name(Role role);
void tlatrace_to_tla(tlatrace::instrument::JsonOut& out, Role role);

/// The spec's Nil for votedFor.
inline constexpr const char* kNoVote = "none";

enum class MessageType { RequestVoteRequest, RequestVoteResponse, AppendEntriesRequest, AppendEntriesResponse };
const char* message_type_name(MessageType type);

/// One Raft message. Only the fields of its type are meaningful (and written by to_tla).
struct Message {
  MessageType type = MessageType::RequestVoteRequest;
  Term term = 0;                 // mterm
  Term last_log_term = 0;        // RequestVoteRequest: mlastLogTerm
  Index last_log_index = 0;      // RequestVoteRequest: mlastLogIndex
  bool vote_granted = false;     // RequestVoteResponse: mvoteGranted
  Index prev_log_index = 0;      // AppendEntriesRequest: mprevLogIndex
  Term prev_log_term = 0;        // AppendEntriesRequest: mprevLogTerm
  std::vector<Entry> entries;    // AppendEntriesRequest: mentries (at most one)
  Index commit_index = 0;        // AppendEntriesRequest: mcommitIndex
  bool success = false;          // AppendEntriesResponse: msuccess
  Index match_index = 0;         // AppendEntriesResponse: mmatchIndex
  NodeId source;                 // msource
  NodeId dest;                   // mdest
  bool operator==(const Message&) const = default;
};
/// Writes the spec's record for `m`: mtype, mterm, the type's fields, msource, mdest.
void tlatrace_to_tla(tlatrace::instrument::JsonOut& out, const Message& m);

/// A message with the sender's trace clocks piggybacked.
struct Envelope {
  Message msg;
  tlatrace::instrument::Stamp stamp;
};

}  // namespace raftkv
