// Building the graph to draw: from the state graph `check` recorded, or from a JSON result
// (the counterexample path plus, for a trace divergence, the diagnosis's tried actions).
#include <map>
#include <set>

#include "inspect/counterexample.hpp"
#include "inspect/dot_graph.hpp"

namespace tlatrace::inspect {

using json = nlohmann::json;

namespace {

constexpr size_t kValueChars = 40;     // a value longer than this is cut in node labels
constexpr size_t kTriedLines = 3;      // differences shown per tried action

std::string abbreviate(std::string text, size_t n = kValueChars) {
  if (text.size() <= n) return text;
  size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "...";
}

/// The variable order of a result.
std::vector<std::string> variable_order(const json& r) {
  const json* v = nullptr;
  if (r.contains("variables") && r["variables"].is_array()) v = &r["variables"];
  else if (r.contains("violation") && r["violation"].contains("variables")) v = &r["violation"]["variables"];
  std::vector<std::string> out;
  if (v)
    for (const auto& n : *v)
      if (n.is_string()) out.push_back(n.get<std::string>());
  return out;
}

/// "var = value" lines of a TLC-printed state object, in variable order.
std::string state_label(const json& state, const std::vector<std::string>& order) {
  std::string out;
  std::set<std::string> done;
  auto line = [&](const std::string& name) {
    if (!state.contains(name) || done.count(name)) return;
    done.insert(name);
    const json& v = state[name];
    out += (out.empty() ? "" : "\n") + name + " = " + abbreviate(v.is_string() ? v.get<std::string>() : v.dump());
  };
  for (const auto& n : order) line(n);
  for (const auto& [k, v] : state.items()) line(k);
  return out;
}

/// The annotated steps, or the report's own step list when not annotated.
json steps_of(const json& r) {
  if (r.contains("steps") && r["steps"].is_array()) return r["steps"];
  json out = json::array();
  if (!r.contains("violation")) return out;
  const json& v = r["violation"];
  const char* key = v.contains("trace") ? "trace" : "path";
  if (v.contains(key))
    for (const auto& s : v[key]) out.push_back(s);
  if (!out.empty()) out.back()["failing"] = true;
  return out;
}

/// What a tried action's node says: its first false conjunct, or its closest differences.
std::string tried_label(const json& a) {
  std::string out = string_member(a, "action");
  if (!string_member(a, "arguments").empty()) out += " (" + abbreviate(string_member(a, "arguments")) + ")";
  bool enabled = a.value("enabled", false);
  out += enabled ? "\nenabled; closest successor differs:" : "\ndisabled";
  for (const char* which : {"false_conjunct", "record_conjunct"})
    if (a.contains(which) && a[which].is_object()) out += "\nfalse: " + abbreviate(string_member(a[which], "text"), 60);
  if (a.contains("differences") && a["differences"].is_array()) {
    size_t n = 0;
    for (const auto& d : a["differences"]) {
      if (n++ == kTriedLines) {
        out += "\n...";
        break;
      }
      out += "\n" + string_member(d, "variable") + string_member(d, "path") + ": spec " + abbreviate(string_member(d, "spec"), 24) + ", trace " +
             abbreviate(string_member(d, "trace"), 24);
    }
  }
  return out;
}

}  // namespace

std::string graph_title(const json& r) {
  std::string result = string_member(r, "result");
  if (result != "violation" || !r.contains("violation")) return "tlatrace: " + (result.empty() ? "result" : result);
  const json& v = r["violation"];
  std::string kind = string_member(v, "kind"), name = string_member(v, "name");
  if (kind == "trace") return "tlatrace: the trace diverges from the spec at record " + std::to_string(v.value("step", 0));
  return "tlatrace: " + kind + (name.empty() ? "" : " " + name) + " violated";
}

DotGraph graph_from_states(const eval::StateGraph& g, const std::string& title, size_t whole_limit) {
  DotGraph d;
  d.title = title;
  const auto& nodes = g.nodes();
  const auto& edges = g.edges();
  std::vector<long> path;
  for (uint64_t fp : g.path()) path.push_back(g.index_of(fp));
  std::vector<bool> keep(nodes.size(), nodes.size() <= whole_limit || path.empty());
  if (!path.empty() && nodes.size() > whole_limit) {
    // The path and the states one step from it.
    std::vector<bool> on(nodes.size(), false);
    for (long p : path)
      if (p >= 0) on[p] = keep[p] = true;
    for (const auto& e : edges)
      if (on[e.from] || on[e.to]) keep[e.from] = keep[e.to] = true;
  }
  if (path.empty() && nodes.size() > whole_limit)
    for (size_t i = whole_limit; i < nodes.size(); ++i) keep[i] = false;  // the first states found
  std::vector<long> index(nodes.size(), -1);
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!keep[i]) continue;
    index[i] = static_cast<long>(d.nodes.size());
    d.nodes.push_back({nodes[i].label, DotGraph::NodeKind::State, false, nodes[i].initial, false});
  }
  for (size_t i = 0; i < path.size(); ++i)
    if (path[i] >= 0 && index[path[i]] >= 0) d.nodes[index[path[i]]].on_path = true;
  if (!path.empty() && path.back() >= 0) d.nodes[index[path.back()]].failing = true;
  // Path steps: (from, to, action) -> the step's number (of the state it reaches), each drawn once.
  std::multimap<std::tuple<long, long, std::string>, int> steps;
  for (size_t i = 1; i < path.size(); ++i) steps.emplace(std::tuple{path[i - 1], path[i], g.path_actions()[i]}, i + 1);
  for (const auto& e : edges) {
    if (index[e.from] < 0 || index[e.to] < 0) continue;
    DotGraph::Edge out{static_cast<size_t>(index[e.from]), static_cast<size_t>(index[e.to]), e.action};
    auto it = steps.find({static_cast<long>(e.from), static_cast<long>(e.to), e.action});
    if (it != steps.end()) {
      out.path_step = it->second;
      steps.erase(it);
    }
    d.edges.push_back(out);
  }
  return d;
}

DotGraph graph_from_report(const json& r) {
  DotGraph d;
  d.title = graph_title(r);
  std::vector<std::string> order = variable_order(r);
  std::map<std::string, size_t> by_state;  // TLC-printed state -> node
  auto state_node = [&](const json& state) {
    std::string key = state.dump();
    auto it = by_state.find(key);
    if (it != by_state.end()) return it->second;
    d.nodes.push_back({state_label(state, order)});
    by_state.emplace(key, d.nodes.size() - 1);
    return d.nodes.size() - 1;
  };
  json steps = steps_of(r);
  long last = -1;  // the last state of the path
  const json* failing_record = nullptr;
  for (const auto& s : steps) {
    bool has_state = s.value("has_state", true) && s.contains("state") && s["state"].is_object();
    if (!has_state) {
      if (s.value("failing", false)) failing_record = &s;
      continue;
    }
    size_t n = state_node(s["state"]);
    d.nodes[n].on_path = true;
    if (last < 0) d.nodes[n].initial = true;
    if (s.value("failing", false)) d.nodes[n].failing = true;
    if (last >= 0)
      d.edges.push_back({static_cast<size_t>(last), n, string_member(s, "action"), DotGraph::EdgeKind::Step, s.value("step", 1)});
    last = static_cast<long>(n);
  }
  const json& v = r.contains("violation") ? r["violation"] : json::object();
  if (failing_record || (string_member(v, "kind") == "trace" && v.contains("record"))) {
    json record = failing_record && failing_record->contains("record") ? (*failing_record)["record"] : v.value("record", json());
    std::string text = record.is_string() ? record.get<std::string>() : record.dump();
    std::string action = failing_record ? string_member(*failing_record, "action") : "";
    d.nodes.push_back({"record " + std::to_string(v.value("step", 0)) + " (no spec step matches)\n" + abbreviate(text, 80),
                       DotGraph::NodeKind::Record, false, false, true});
    if (last >= 0)
      d.edges.push_back({static_cast<size_t>(last), d.nodes.size() - 1, action.empty() ? "?" : action,
                         DotGraph::EdgeKind::NoMatch, 0});
  }
  if (v.contains("diagnosis") && v["diagnosis"].is_array()) {
    for (const auto& from : v["diagnosis"]) {
      if (!from.contains("state") || !from["state"].is_object()) continue;
      size_t src = state_node(from["state"]);
      if (!from.contains("actions")) continue;
      for (const auto& a : from["actions"]) {
        d.nodes.push_back({tried_label(a), DotGraph::NodeKind::Tried});
        d.edges.push_back({src, d.nodes.size() - 1, string_member(a, "action"), DotGraph::EdgeKind::Tried, 0});
      }
    }
  }
  return d;
}

}  // namespace tlatrace::inspect
