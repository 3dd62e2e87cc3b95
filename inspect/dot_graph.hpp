#pragma once
// `--dot FILE`: the state graph around a counterexample as Graphviz DOT, built with Boost.Graph
// (boost::write_graphviz). Nodes are states (labelled "var = value", abbreviated), edges are
// labelled with action names; the counterexample path is red and thick (class="path").
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "evaluator/checker/state_graph.hpp"

namespace tlatrace::inspect {

/// A graph ready to be drawn.
struct DotGraph {
  /// What a node stands for.
  enum class NodeKind { State, Tried, Record };
  struct Node {
    std::string label;
    NodeKind kind = NodeKind::State;
    bool on_path = false;  ///< a state of the counterexample
    bool initial = false;  ///< an initial state
    bool failing = false;  ///< the state (or record) that breaks the property
  };
  /// What an edge stands for.
  enum class EdgeKind { Step, Tried, NoMatch };
  struct Edge {
    size_t from = 0, to = 0;
    std::string label;  ///< the action's name
    EdgeKind kind = EdgeKind::Step;
    /// > 0: the counterexample step this edge takes (the number of the state it reaches);
    /// written as tooltip="step N" so the path's order survives repeated states.
    int path_step = 0;
    bool on_path() const { return path_step > 0; }
  };
  std::string title;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

/// From a graph recorded by `check`: the whole graph when it has at most `whole_limit` nodes,
/// else the counterexample path and the states one step from it; the path highlighted.
DotGraph graph_from_states(const eval::StateGraph& g, const std::string& title, size_t whole_limit = 200);

/// From an annotated result (JSON input: validate, explain): the counterexample's steps as a
/// path; for a trace divergence, the failing record and the actions the diagnosis tried from
/// each last consistent state (with their first false conjunct or closest differences).
DotGraph graph_from_report(const nlohmann::json& annotated);

/// A one-line title for a result ("invariant Inv violated").
std::string graph_title(const nlohmann::json& result);

/// The DOT text (boost::write_graphviz with property writers).
std::string render_dot(const DotGraph& g);

/// `text` as a quoted DOT string; newlines become left-justified line breaks (\l).
std::string dot_quote(const std::string& text);

}  // namespace tlatrace::inspect
