#include "inspect/dot_graph.hpp"

// GCC 12 reports a false -Wmaybe-uninitialized inside Boost's edge iterator (boost::optional)
// when write_graphviz is instantiated; it is not about this code.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphviz.hpp>
#include <sstream>

namespace tlatrace::inspect {

namespace {

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, DotGraph::Node, DotGraph::Edge>;

struct NodeWriter {
  const BoostGraph& g;
  template <class Vertex>
  void operator()(std::ostream& out, const Vertex& v) const {
    const DotGraph::Node& n = g[v];
    out << "[label=" << dot_quote(n.label);
    if (n.kind == DotGraph::NodeKind::Record) out << ", shape=note, color=red, fontcolor=red";
    if (n.kind == DotGraph::NodeKind::Tried) out << ", style=dashed, color=gray40";
    if (n.on_path) out << ", color=red, penwidth=2, class=\"path\"";
    if (n.initial) out << ", peripheries=2";
    if (n.failing) out << ", style=filled, fillcolor=\"#ffd7d5\"";
    out << "]";
  }
};

struct EdgeWriter {
  const BoostGraph& g;
  template <class EdgeDesc>
  void operator()(std::ostream& out, const EdgeDesc& e) const {
    const DotGraph::Edge& d = g[e];
    out << "[label=" << dot_quote(d.label);
    if (d.on_path())
      out << ", color=red, penwidth=2, fontcolor=red, class=\"path\", tooltip=\"step " << d.path_step << "\"";
    if (d.kind == DotGraph::EdgeKind::Tried) out << ", style=dashed, color=gray40";
    if (d.kind == DotGraph::EdgeKind::NoMatch) out << ", style=dashed, color=red, fontcolor=red";
    out << "]";
  }
};

struct GraphWriter {
  std::string title;
  void operator()(std::ostream& out) const {
    out << "rankdir=TB;\n";
    if (!title.empty()) out << "label=" << dot_quote(title) << ";\nlabelloc=t;\n";
    out << "node [shape=box, fontname=\"monospace\", fontsize=10];\n";
    out << "edge [fontname=\"sans-serif\", fontsize=10];\n";
  }
};

}  // namespace

std::string dot_quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (c == '\n') out += "\\l";
    else if (c != '\r') out += c;
  }
  // A label of several lines: left-justify the last one too.
  if (text.find('\n') != std::string::npos) out += "\\l";
  return out + "\"";
}

std::string render_dot(const DotGraph& d) {
  BoostGraph g(d.nodes.size());
  for (size_t i = 0; i < d.nodes.size(); ++i) g[i] = d.nodes[i];
  for (const auto& e : d.edges) boost::add_edge(e.from, e.to, e, g);
  std::ostringstream out;
  boost::write_graphviz(out, g, NodeWriter{g}, EdgeWriter{g}, GraphWriter{d.title});
  return out.str();
}

}  // namespace tlatrace::inspect

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
