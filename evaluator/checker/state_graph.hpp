#pragma once
// An opt-in recorder of the state graph the model checker explores (for `--dot`). Off by
// default: the checker only calls it when CheckOptions::graph is set. Nodes are states keyed by
// fingerprint and labelled with their (abbreviated) variables; edges are (from, to, action).
// Bounded: the first `max_nodes` distinct states the search records (breadth-first, so the
// states nearest the initial ones) and the transitions between them; on a violation the
// counterexample path and every successor of each of its states are added whatever the bound
// (the neighbourhood at distance 1 of the path), and the path is remembered.
#include <cstdint>
#include <mutex>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

/// The recorded graph; thread-safe recording, read after the run.
class StateGraph {
 public:
  /// One state.
  struct Node {
    uint64_t fp = 0;
    std::string label;     ///< "var = value" lines, each value abbreviated
    bool initial = false;  ///< an initial state
  };
  /// One transition (indices into nodes()).
  struct Edge {
    size_t from = 0, to = 0;
    std::string action;
  };

  explicit StateGraph(size_t max_nodes = 1000, size_t max_value_chars = 40);

  /// The variable names, in state order (the checker sets them before the search).
  void set_variables(std::vector<std::string> names) { names_ = std::move(names); }

  /// Search hook: an initial state (ignored once the bound is reached).
  void add_initial(uint64_t fp, const Value* vars);
  /// Search hook: a transition from the recorded state `from` to `to` by `action`; records `to`
  /// unless the bound is reached (then only transitions between recorded states are kept).
  void add_transition(uint64_t from, uint64_t to, const Value* to_vars, const std::string& action);
  /// Counterexample: adds a state whatever the bound.
  void force_node(uint64_t fp, const Value* vars, bool initial);
  /// Counterexample: adds a transition between two forced or recorded states whatever the bound.
  void force_edge(uint64_t from, uint64_t to, const std::string& action);
  /// The counterexample, as fingerprints from its initial state to its last state, and the
  /// action of each step (actions[i] led to fps[i]; actions[0] is empty).
  void set_path(std::vector<uint64_t> fps, std::vector<std::string> actions);

  const std::vector<Node>& nodes() const { return nodes_; }
  const std::vector<Edge>& edges() const { return edges_; }
  const std::vector<uint64_t>& path() const { return path_; }
  const std::vector<std::string>& path_actions() const { return path_actions_; }
  /// True when the search found more states than were recorded.
  bool truncated() const { return truncated_; }
  /// The node index of a fingerprint, or -1.
  long index_of(uint64_t fp) const;

 private:
  size_t node_locked(uint64_t fp, const Value* vars, bool initial);
  void edge_locked(size_t from, size_t to, const std::string& action);
  std::string label(const Value* vars) const;

  size_t max_nodes_, max_value_chars_;
  std::vector<std::string> names_;
  mutable std::mutex mutex_;
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::unordered_map<uint64_t, size_t> index_;
  std::set<std::tuple<size_t, size_t, std::string>> edge_set_;
  std::vector<uint64_t> path_;
  std::vector<std::string> path_actions_;
  bool truncated_ = false;
};

}  // namespace tlatrace::eval
