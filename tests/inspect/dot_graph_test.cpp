// `--dot`: the state graph around a counterexample as Graphviz DOT. The DOT text is parsed back
// (nodes, edges, labels, the highlighted path) for an invariant violation and the stale-leader
// refinement violation (graph recorded by the checker) and for a trace divergence (path plus
// the diagnosis's tried actions); also the bound (path neighbourhood) and the CLI flags.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "inspect/annotate.hpp"
#include "inspect/dot_graph.hpp"
#include "tests/inspect/html_reports.hpp"

namespace tlatrace::testing {
namespace {

using nlohmann::json;

/// A DOT file read back: node ids with their attribute text, edges with theirs.
struct ParsedDot {
  std::map<int, std::string> nodes;
  struct Edge {
    int from, to;
    std::string label, attrs;
    bool path() const { return attrs.find("class=\"path\"") != std::string::npos; }
  };
  std::vector<Edge> edges;
  std::vector<Edge> path_edges() const {
    std::vector<Edge> out;
    for (const auto& e : edges)
      if (e.path()) out.push_back(e);
    return out;
  }
};

ParsedDot parse_dot(const std::string& text) {
  ParsedDot d;
  EXPECT_EQ(text.rfind("digraph G {", 0), 0u) << text;
  std::regex node_re(R"re(^(\d+)\[(.*)\];$)re");
  std::regex edge_re(R"re(^(\d+)->(\d+) \[label="((?:[^"\\]|\\.)*)"(.*)\];$)re");
  std::istringstream in(text);
  std::string line;
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_match(line, m, edge_re))
      d.edges.push_back({std::stoi(m[1]), std::stoi(m[2]), m[3], m[4]});
    else if (std::regex_match(line, m, node_re))
      d.nodes[std::stoi(m[1])] = m[2];
  }
  return d;
}

/// The highlighted edges, ordered by their step (tooltip="step N"), form one chain from an
/// initial state; its action labels in order.
std::vector<std::string> path_actions(const ParsedDot& d) {
  std::map<int, ParsedDot::Edge> by_step;
  std::regex step_re(R"re(tooltip="step (\d+)")re");
  for (const auto& e : d.path_edges()) {
    std::smatch m;
    EXPECT_TRUE(std::regex_search(e.attrs, m, step_re)) << e.attrs;
    if (m.empty()) continue;
    EXPECT_TRUE(by_step.emplace(std::stoi(m[1]), e).second) << "two edges for step " << m[1];
  }
  std::vector<std::string> out;
  int expected_step = 2, at = -1;
  for (const auto& [step, e] : by_step) {
    EXPECT_EQ(step, expected_step++);
    if (at < 0) EXPECT_NE(d.nodes.at(e.from).find("peripheries=2"), std::string::npos) << "the path does not start in an initial state";
    else EXPECT_EQ(e.from, at) << "the path is broken before step " << step;
    at = e.to;
    out.push_back(e.label);
  }
  return out;
}

/// The actions of a check trace after its initial state.
std::vector<std::string> trace_actions(const eval::CheckResult& r) {
  std::vector<std::string> out;
  for (size_t i = 1; i < r.trace.size(); ++i) out.push_back(r.trace[i].action);
  return out;
}

TEST(DotGraph, InvariantViolationDrawsTheWholeSmallGraphWithThePathHighlighted) {
  eval::StateGraph graph;
  eval::CheckResult r = check_recording("tests/inspect/specs/Cluster.tla", graph);
  ASSERT_EQ(r.kind, "invariant");
  ASSERT_GE(r.trace.size(), 3u);
  std::string dot = inspect::render_dot(inspect::graph_from_states(graph, "t"));
  ParsedDot d = parse_dot(dot);
  EXPECT_EQ(d.nodes.size(), graph.nodes().size());  // small: the whole graph
  EXPECT_GE(d.nodes.size(), r.trace.size());
  EXPECT_EQ(d.edges.size(), graph.edges().size());
  EXPECT_EQ(d.path_edges().size(), r.trace.size() - 1);
  EXPECT_EQ(path_actions(d), trace_actions(r));
  // Edge labels are action names.
  std::regex identifier("[A-Za-z_][A-Za-z0-9_]*");
  for (const auto& e : d.edges) EXPECT_TRUE(std::regex_match(e.label, identifier)) << e.label;
  // The violating state is filled, labelled with its variables.
  int failing = 0;
  for (const auto& [id, attrs] : d.nodes)
    if (attrs.find("fillcolor") != std::string::npos) {
      ++failing;
      EXPECT_NE(attrs.find("log = "), std::string::npos) << attrs;
    }
  EXPECT_EQ(failing, 1);
}

TEST(DotGraph, LargeGraphsKeepThePathAndItsNeighbours) {
  eval::StateGraph graph;
  eval::CheckResult r = check_recording("tests/inspect/specs/Cluster.tla", graph);
  ASSERT_GE(r.trace.size(), 3u);
  ParsedDot d = parse_dot(inspect::render_dot(inspect::graph_from_states(graph, "t", 2)));
  EXPECT_LT(d.nodes.size(), graph.nodes().size());
  std::set<int> on_path;
  for (const auto& [id, attrs] : d.nodes)
    if (attrs.find("class=\"path\"") != std::string::npos) on_path.insert(id);
  EXPECT_EQ(on_path.size(), r.trace.size());
  for (const auto& [id, attrs] : d.nodes) {
    bool near = on_path.count(id) > 0;
    for (const auto& e : d.edges) near |= (e.from == id && on_path.count(e.to)) || (e.to == id && on_path.count(e.from));
    EXPECT_TRUE(near) << "node " << id << " is not within one step of the path";
  }
  EXPECT_EQ(path_actions(d), trace_actions(r));
}

TEST(DotGraph, StaleLeaderRefinementViolation) {
  eval::StateGraph graph;
  eval::CheckResult r = check_recording("specs/StaleLeader.tla", graph);
  ASSERT_EQ(r.kind, "property");
  ParsedDot d = parse_dot(inspect::render_dot(inspect::graph_from_states(graph, "t")));
  EXPECT_EQ(d.path_edges().size(), r.trace.size() - 1);
  EXPECT_EQ(path_actions(d), trace_actions(r));
  EXPECT_EQ(path_actions(d).back(), "ClientRequest");
}

TEST(DotGraph, TraceDivergenceShowsThePathTheRecordAndTheTriedActions) {
  json report = report_of(kClusterValidate);
  ASSERT_EQ(report["violation"]["kind"], "trace");
  json annotated = inspect::annotate(report, {});
  std::string dot = inspect::render_dot(inspect::graph_from_report(annotated));
  ParsedDot d = parse_dot(dot);
  size_t states = report["violation"]["path"].size();
  EXPECT_EQ(d.path_edges().size(), states - 1);
  std::vector<std::string> expected;
  for (size_t i = 1; i < states; ++i) expected.push_back(report["violation"]["path"][i]["action"]);
  EXPECT_EQ(path_actions(d), expected);
  // The failing record, reached by a dashed red edge from the last matched state.
  int records = 0;
  for (const auto& [id, attrs] : d.nodes) records += attrs.find("shape=note") != std::string::npos;
  EXPECT_EQ(records, 1);
  // One dashed edge per action the diagnosis tried, labelled with its name.
  std::multiset<std::string> tried, drawn;
  for (const auto& from : report["violation"]["diagnosis"])
    for (const auto& a : from["actions"]) tried.insert(a["action"].get<std::string>());
  ASSERT_FALSE(tried.empty());
  for (const auto& e : d.edges)
    if (e.attrs.find("color=gray40") != std::string::npos) drawn.insert(e.label);
  EXPECT_EQ(drawn, tried);
}

TEST(DotGraph, LabelsAreQuoted) {
  EXPECT_EQ(inspect::dot_quote("a \"b\" \\c"), R"("a \"b\" \\c")");
  EXPECT_EQ(inspect::dot_quote("x = 1\ny = 2"), R"("x = 1\ly = 2\l")");
}

}  // namespace
}  // namespace tlatrace::testing
