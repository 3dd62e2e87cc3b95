#include "trace/tlc_json_reader.hpp"

#include <map>

#include "trace/json_document.hpp"
#include "trace/json_locate.hpp"
#include "trace/source_location.hpp"
#include "trace/values.hpp"

namespace tlatrace::trace {
namespace {

using json = nlohmann::json;

class TlcReader {
 public:
  TlcReader(const JsonDocument& doc, Trace& trace) : doc_(doc), trace_(trace) {}

  void read() {
    const json& top = doc_.value;
    if (top.is_array()) return read_state_sequence(top);
    if (!top.is_object()) fail_at_byte(doc_.file, 0, "a TLC JSON trace must be a JSON object or array");
    std::vector<std::string> path;
    const json* ce = &top;
    if (top.contains("counterexample")) {
      ce = &top["counterexample"];
      path.push_back("counterexample");
      if (!ce->is_object()) fail_here("counterexample", 0, "TLC \"counterexample\" must be an object");
      read_vars(top);
    } else if (!top.contains("state")) {
      fail_at_byte(doc_.file, 0, "not a TLC JSON trace: no \"counterexample\" and no \"state\"");
    }
    if (!ce->contains("state") || !(*ce)["state"].is_array())
      fail_here("state", 0, "TLC \"state\" must be an array of [number, state] pairs");
    path.push_back("state");
    read_numbered_states((*ce)["state"], array_element_offsets(doc_.file->text, path));
    if (ce->contains("action")) {
      path.back() = "action";
      read_actions((*ce)["action"], array_element_offsets(doc_.file->text, path));
    }
  }

 private:
  const JsonDocument& doc_;
  Trace& trace_;

  [[noreturn]] void fail_here(const std::string& key, size_t from, const std::string& message) {
    fail_at_byte(doc_.file, find_key(doc_.file, key, from), message);
  }

  void read_vars(const json& top) {
    if (!top.contains("vars")) return;
    const json& vars = top["vars"];
    bool ok = vars.is_array();
    for (size_t i = 0; ok && i < vars.size(); ++i) ok = vars[i].is_string();
    if (!ok) fail_here("vars", 0, "TLC \"vars\" must be an array of strings");
    for (const auto& v : vars) trace_.declared_vars.push_back(v.get<std::string>());
  }

  TraceRecord make_record(const json& state, uint64_t number, size_t at) {
    if (!state.is_object()) fail_at_byte(doc_.file, at, "a TLC state must be a JSON object of variables");
    TraceRecord rec;
    rec.number = number;
    rec.file = doc_.file->path;
    rec.line = position_of(*doc_.file, at).line;
    rec.raw = state.dump();
    for (const auto& [key, v] : state.items()) {
      try {
        rec.vars[key] = normalize_value(v);
      } catch (const ValueError& e) {
        fail_here(key, at, "state " + std::to_string(number) + ", " + json(key).dump() + ": " + e.what());
      }
    }
    return rec;
  }

  void read_state_sequence(const json& states) {
    std::vector<size_t> offsets = array_element_offsets(doc_.file->text, {});
    for (size_t i = 0; i < states.size(); ++i)
      trace_.records.push_back(make_record(states[i], i + 1, i < offsets.size() ? offsets[i] : 0));
  }

  void read_numbered_states(const json& states, const std::vector<size_t>& offsets) {
    std::map<uint64_t, TraceRecord> by_number;
    std::map<uint64_t, size_t> where;
    for (size_t i = 0; i < states.size(); ++i) {
      size_t at = i < offsets.size() ? offsets[i] : 0;
      const json& pair = states[i];
      if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number_integer() || pair[0].get<int64_t>() < 1)
        fail_at_byte(doc_.file, at, "a TLC state entry must be [number, {variables}] with a number from 1");
      uint64_t n = static_cast<uint64_t>(pair[0].get<int64_t>());
      if (by_number.count(n)) {
        TextPosition first = position_of(*doc_.file, where[n]);
        fail_at_byte(doc_.file, at, "state number " + std::to_string(n) + " appears twice (first at line " +
                                        std::to_string(first.line) + ")");
      }
      where[n] = at;
      by_number.emplace(n, make_record(pair[1], n, at));
    }
    uint64_t expect = 1;
    for (auto& [n, rec] : by_number) {
      if (n != expect)
        fail_at_byte(doc_.file, where[n], "state " + std::to_string(expect) + " is missing (states must be 1.." +
                                              std::to_string(by_number.size()) + ")");
      trace_.records.push_back(std::move(rec));
      ++expect;
    }
  }

  static bool numbered(const json& v) { return v.is_array() && v.size() == 2 && v[0].is_number_integer(); }

  void read_actions(const json& actions, const std::vector<size_t>& offsets) {
    if (!actions.is_array()) fail_here("action", 0, "TLC \"action\" must be an array of [from, action, to] edges");
    for (size_t i = 0; i < actions.size(); ++i) {
      size_t at = i < offsets.size() ? offsets[i] : 0;
      const json& edge = actions[i];
      if (!edge.is_array() || edge.size() != 3 || !numbered(edge[0]) || !numbered(edge[2]))
        fail_at_byte(doc_.file, at, "a TLC action entry must be [[from, state], action, [to, state]]");
      int64_t from = edge[0][0].get<int64_t>(), to = edge[2][0].get<int64_t>();
      if (to < 1 || static_cast<uint64_t>(to) > trace_.records.size() || from < 1 ||
          static_cast<uint64_t>(from) > trace_.records.size())
        fail_at_byte(doc_.file, at, "action edge " + std::to_string(from) + " -> " + std::to_string(to) +
                                        " names a state that is not in the trace");
      std::optional<std::string> name;
      if (edge[1].is_string()) name = edge[1].get<std::string>();
      else if (edge[1].is_object() && edge[1].contains("name") && edge[1]["name"].is_string())
        name = edge[1]["name"].get<std::string>();
      if (to <= from) {
        // Only an edge from the last state closes the lasso (back to state `to`).
        if (static_cast<uint64_t>(from) == trace_.records.size()) trace_.loop = static_cast<uint64_t>(to - 1);
        continue;
      }
      if (name) trace_.records[static_cast<size_t>(to - 1)].action = name;
    }
  }
};

}  // namespace

Trace read_tlc_json(const std::string& path, SourceManager& sm) {
  JsonDocument doc = load_json_document(path, sm);
  Trace trace;
  trace.format = TraceFormat::TlcJson;
  trace.path = path;
  TlcReader(doc, trace).read();
  return trace;
}

}  // namespace tlatrace::trace
