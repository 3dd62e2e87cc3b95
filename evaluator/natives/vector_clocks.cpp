// VectorClocks: CausalOrder, which TLC implements natively (its TLA+ definition is a CHOOSE
// over all permutations). Added for trace validation (EWD998ChanTrace-style trace specs).
#include <algorithm>
#include <map>

#include "evaluator/natives/registry.hpp"

namespace tlatrace::eval {
namespace {

/// One log entry: its node, its vector clock, the node's own time, the clock's nodes.
struct ClockedEntry {
  Value entry, node, vc;
  int64_t own = 0, sum = 0;
  std::vector<Value> domain;
};

int64_t clock_at(const Value& vc, const Value& node) {
  const Value* t = try_apply(vc, node);
  return t && t->is_int() ? t->raw_int() : 0;
}

// CausalOrder(log, clock(_), node(_), domain(_)): the entries reordered so that each node's
// entries follow its own clock and an entry comes after every entry that happened before it.
// Among the entries that may come next, the one with the smallest sum of clock entries goes
// first, then the smallest node (the order `tlatrace merge` uses).
Value causal_order(NativeArgs& a) {
  std::span<const Value> log = seq_elements(a.value(0), "CausalOrder");
  std::map<Value, std::vector<ClockedEntry>, ValueLess> by_node;
  for (const Value& e : log) {
    ClockedEntry c;
    c.entry = e;
    Value arg[1] = {e};
    c.vc = a.apply(1, arg);
    c.node = a.apply(2, arg);
    Value vc_arg[1] = {c.vc};
    c.domain = elements(a.apply(3, vc_arg));
    c.own = clock_at(c.vc, c.node);
    for (const Value& d : c.domain) c.sum += clock_at(c.vc, d);
    by_node[c.node].push_back(std::move(c));
  }
  for (auto& [node, list] : by_node)
    std::stable_sort(list.begin(), list.end(), [](const ClockedEntry& x, const ClockedEntry& y) { return x.own < y.own; });
  std::map<Value, size_t, ValueLess> next;  // per node: index of its first entry not yet emitted
  for (auto& [node, list] : by_node) next[node] = 0;
  std::vector<Value> out;
  out.reserve(log.size());
  while (out.size() < log.size()) {
    const ClockedEntry* best = nullptr;
    for (auto& [node, list] : by_node) {
      size_t i = next[node];
      if (i == list.size()) continue;
      const ClockedEntry& c = list[i];
      bool ready = true;
      for (const Value& d : c.domain) {
        if (equal(d, node)) continue;
        auto other = by_node.find(d);
        if (other == by_node.end()) continue;
        size_t j = next[d];
        // An entry of d at or before the time this entry knows of d has not been emitted yet.
        if (j < other->second.size() && other->second[j].own <= clock_at(c.vc, d)) {
          ready = false;
          break;
        }
      }
      if (ready && (!best || c.sum < best->sum)) best = &c;
    }
    if (!best) throw EvalError("CausalOrder: the vector clocks of the log are inconsistent (a cycle of happened-before)");
    out.push_back(best->entry);
    ++next[best->node];
  }
  return make_tuple(std::move(out));
}

}  // namespace

void add_vector_clock_natives(std::vector<NativeEntry>& out) {
  out.push_back({"VectorClocks", "CausalOrder", 4, nullptr, causal_order});
}

}  // namespace tlatrace::eval
