#include "examples/raftkv/raft/node_events.hpp"

#include <set>

#include "examples/raftkv/raft/node.hpp"
#include "instrument/to_tla.hpp"

namespace raftkv {

const char* var_name(Var var) {
  switch (var) {
    case Var::CurrentTerm: return "currentTerm";
    case Var::Role: return "role";
    case Var::VotedFor: return "votedFor";
    case Var::Log: return "log";
    case Var::CommitIndex: return "commitIndex";
    case Var::VotesGranted: return "votesGranted";
    case Var::NextIndex: return "nextIndex";
    case Var::MatchIndex: return "matchIndex";
  }
  return "";
}

void write_node_value(tlatrace::instrument::JsonOut& out, Var var, const Node& node) {
  using tlatrace::instrument::to_tla;
  switch (var) {
    case Var::CurrentTerm: return to_tla(out, node.current_term());
    case Var::Role: return to_tla(out, node.role());
    case Var::VotedFor: return to_tla(out, node.voted_for());
    case Var::Log: return to_tla(out, node.log());
    case Var::CommitIndex: return to_tla(out, node.commit_index());
    case Var::VotesGranted:
      return to_tla(out, std::set<NodeId>(node.votes_granted().begin(), node.votes_granted().end()));
    case Var::NextIndex: return to_tla(out, node.next_index());
    case Var::MatchIndex: return to_tla(out, node.match_index());
  }
}

namespace {
/// A node's value of one variable, as {"<id>": value}.
struct OwnEntry {
  Var var;
  const Node* node;
};
void tlatrace_to_tla(tlatrace::instrument::JsonOut& out, const OwnEntry& e) {
  bool first = true;
  out.raw('{');
  out.key(e.node->id(), first);
  write_node_value(out, e.var, *e.node);
  out.raw('}');
}
}  // namespace

void write_own_entry(tlatrace::instrument::EventBuilder& event, Var var, const Node& node) {
  event.set(std::string_view(var_name(var)), OwnEntry{var, &node});
}

}  // namespace raftkv
