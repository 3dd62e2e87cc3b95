#pragma once
// Rebuilding a counterexample from fingerprints: follow the parent chain back to an initial
// state, then re-execute Init and Next, at each step keeping the first state whose fingerprint
// is the next one of the chain (as Stateright's path.rs does).
#include <string>
#include <vector>

#include "evaluator/checker/checker.hpp"

namespace tlatrace::eval {

/// Builds the trace of a violation.
class TraceBuilder {
 public:
  TraceBuilder(Checker& checker, Worker& worker) : checker_(checker), w_(worker) {}

  /// The states from an initial state to the violation.
  std::vector<TraceStep> build(const Violation& v);
  /// For a violated [][A]_v property of an instance (refinement): the abstract variables that
  /// changed in the last step, and the explanation.
  std::vector<std::string> refinement_details(const Violation& v);

 private:
  /// Adds the path, its transitions and each path state's successors to the recorded graph.
  void record_graph(StateGraph& g, const std::vector<ActionTag>& tags, const std::vector<bool>& initial);
  TraceStep make_step(int n, const std::vector<Value>& vars, const std::vector<Value>* next, const ActionTag* tag,
                      const std::string& arguments);

  Checker& checker_;
  Worker& w_;
  std::vector<std::vector<Value>> states_;
};

}  // namespace tlatrace::eval
