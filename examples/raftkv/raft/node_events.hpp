#pragma once
// How a node writes the spec variables an event changed.
//
// Alone (the TCP server), a node only knows its own state, so it writes a per-server
// variable as the one-entry object {"<node id>": value}: "this server's entry is now value".
// In the simulator a StateView sees every node and writes the whole function instead
// ({"n1": .., "n2": .., "n3": ..}), which is the spec variable's full value after the step.
#include <initializer_list>
#include <map>
#include <string>

#include "instrument/event.hpp"

namespace raftkv {

class Node;

/// The per-server spec variables of specs/RaftLog.tla.
enum class Var { CurrentTerm, Role, VotedFor, Log, CommitIndex, VotesGranted, NextIndex, MatchIndex };
/// The spec's name of `var`.
const char* var_name(Var var);

/// Writes a variable's value after a step into an event.
class StateView {
 public:
  virtual ~StateView() = default;
  virtual void write(tlatrace::instrument::EventBuilder& event, Var var) const = 0;
};

/// Writes {"<node.id()>": node's value of var}.
void write_own_entry(tlatrace::instrument::EventBuilder& event, Var var, const Node& node);
/// Writes node's value of var (no wrapping object) under `key` of an object being built.
void write_node_value(tlatrace::instrument::JsonOut& out, Var var, const Node& node);

/// The partial observation {id: value} of a per-server variable.
template <class T>
std::map<std::string, T> at(const std::string& id, const T& value) {
  return {{id, value}};
}

}  // namespace raftkv
