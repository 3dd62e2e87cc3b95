#include "evaluator/checker/state_graph.hpp"

#include "evaluator/value/print.hpp"

namespace tlatrace::eval {

StateGraph::StateGraph(size_t max_nodes, size_t max_value_chars)
    : max_nodes_(max_nodes), max_value_chars_(max_value_chars) {}

std::string StateGraph::label(const Value* vars) const {
  std::string out;
  for (size_t i = 0; i < names_.size(); ++i) {
    std::string v = to_tla_string(vars[i]);
    if (v.size() > max_value_chars_) {
      // Cut on a UTF-8 character boundary.
      size_t cut = max_value_chars_;
      while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;
      v = v.substr(0, cut) + "...";
    }
    if (!out.empty()) out += "\n";
    out += names_[i] + " = " + v;
  }
  return out;
}

size_t StateGraph::node_locked(uint64_t fp, const Value* vars, bool initial) {
  auto it = index_.find(fp);
  if (it != index_.end()) {
    nodes_[it->second].initial |= initial;
    return it->second;
  }
  nodes_.push_back({fp, label(vars), initial});
  index_.emplace(fp, nodes_.size() - 1);
  return nodes_.size() - 1;
}

void StateGraph::edge_locked(size_t from, size_t to, const std::string& action) {
  if (edge_set_.emplace(from, to, action).second) edges_.push_back({from, to, action});
}

void StateGraph::add_initial(uint64_t fp, const Value* vars) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!index_.count(fp) && nodes_.size() >= max_nodes_) {
    truncated_ = true;
    return;
  }
  node_locked(fp, vars, true);
}

void StateGraph::add_transition(uint64_t from, uint64_t to, const Value* to_vars, const std::string& action) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto src = index_.find(from);
  if (src == index_.end()) return;
  size_t from_index = src->second;
  auto dst = index_.find(to);
  if (dst == index_.end()) {
    if (nodes_.size() >= max_nodes_) {
      truncated_ = true;
      return;
    }
    edge_locked(from_index, node_locked(to, to_vars, false), action);
    return;
  }
  edge_locked(from_index, dst->second, action);
}

void StateGraph::force_node(uint64_t fp, const Value* vars, bool initial) {
  std::lock_guard<std::mutex> lock(mutex_);
  node_locked(fp, vars, initial);
}

void StateGraph::force_edge(uint64_t from, uint64_t to, const std::string& action) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto a = index_.find(from), b = index_.find(to);
  if (a != index_.end() && b != index_.end()) edge_locked(a->second, b->second, action);
}

void StateGraph::set_path(std::vector<uint64_t> fps, std::vector<std::string> actions) {
  std::lock_guard<std::mutex> lock(mutex_);
  path_ = std::move(fps);
  path_actions_ = std::move(actions);
}

long StateGraph::index_of(uint64_t fp) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = index_.find(fp);
  return it == index_.end() ? -1 : static_cast<long>(it->second);
}

}  // namespace tlatrace::eval
