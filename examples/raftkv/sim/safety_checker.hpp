#pragma once
// SafetyChecker: the simulator's internal oracle. It remembers every entry any node has ever
// counted as committed and reports a violation when a node's committed prefix contradicts
// it, or when a node no longer holds an entry it counted as committed.
#include <map>
#include <string>
#include <vector>

#include "examples/raftkv/raft/node.hpp"

namespace raftkv {

/// Checks that committed prefixes of all nodes agree, across the whole run.
class SafetyChecker {
 public:
  /// Checks one node's state; returns the new violations (also kept in violations()).
  std::vector<std::string> check(const NodeId& node, const PersistentState& state, std::int64_t step);
  const std::vector<std::string>& violations() const { return violations_; }
  /// The longest committed prefix seen.
  std::size_t committed_count() const { return committed_.size(); }

 private:
  std::map<Index, Entry> committed_;     // index -> the entry first seen committed there
  std::map<Index, NodeId> committed_by_;
  std::vector<std::string> violations_;
};

}  // namespace raftkv
