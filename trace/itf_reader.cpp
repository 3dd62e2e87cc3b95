#include "trace/itf_reader.hpp"

#include <set>

#include "trace/json_document.hpp"
#include "trace/json_locate.hpp"
#include "trace/source_location.hpp"
#include "trace/values.hpp"

namespace tlatrace::trace {
namespace {

using json = nlohmann::json;

std::vector<std::string> string_list(const JsonDocument& doc, const char* key, bool required) {
  std::vector<std::string> out;
  if (!doc.value.contains(key)) {
    if (required) fail_at_byte(doc.file, 0, std::string("an ITF trace needs \"") + key + "\"");
    return out;
  }
  const json& list = doc.value[key];
  bool ok = list.is_array();
  for (size_t i = 0; ok && i < list.size(); ++i) ok = list[i].is_string();
  if (!ok) fail_at_byte(doc.file, find_key(doc.file, key), std::string("ITF \"") + key + "\" must be an array of strings");
  for (const auto& name : list) out.push_back(name.get<std::string>());
  return out;
}

// Quint's nondet picks: {"x": {"tag": "Some", "value": v}, "y": {"tag": "None", ...}} -> {"x": v}.
json picks_to_params(const json& picks) {
  json params = json::object();
  for (const auto& [name, pick] : picks.items()) {
    if (pick.is_object() && pick.value("tag", json()) == "None") continue;
    if (pick.is_object() && pick.value("tag", json()) == "Some" && pick.contains("value"))
      params[name] = pick["value"];
    else
      params[name] = pick;
  }
  return params;
}

class ItfStates {
 public:
  ItfStates(const JsonDocument& doc, Trace& trace) : doc_(doc), trace_(trace) {}

  void read(const std::vector<std::string>& params) {
    params_.insert(params.begin(), params.end());
    const json& states = doc_.value["states"];
    std::vector<size_t> offsets = array_element_offsets(doc_.file->text, {"states"});
    for (size_t i = 0; i < states.size(); ++i) {
      size_t at = i < offsets.size() ? offsets[i] : find_key(doc_.file, "states");
      read_state(states[i], i, at);
    }
  }

 private:
  const JsonDocument& doc_;
  Trace& trace_;
  std::set<std::string> params_;

  void read_state(const json& state, size_t index, size_t at) {
    if (!state.is_object()) fail_at_byte(doc_.file, at, "an ITF state must be a JSON object");
    TraceRecord rec;
    rec.number = index + 1;
    rec.file = doc_.file->path;
    rec.line = position_of(*doc_.file, at).line;
    rec.raw = state.dump();
    for (const auto& [key, v] : state.items()) {
      if (key == "#meta") continue;
      auto fail_here = [&](const std::string& message) { fail_at_byte(doc_.file, find_key(doc_.file, key, at), message); };
      if (!key.empty() && key[0] == '#') fail_here("unknown key " + json(key).dump() + " in an ITF state");
      json value;
      try {
        value = normalize_value(v);
      } catch (const ValueError& e) {
        fail_here("state " + std::to_string(index) + ", " + json(key).dump() + ": " + e.what());
      }
      if (params_.count(key)) {
        if (!trace_.constants.contains(key)) trace_.constants[key] = value;
        else if (trace_.constants[key] != value)
          fail_here("parameter " + json(key).dump() + " changes its value in state " + std::to_string(index));
      } else if (key == "mbt::actionTaken") {
        if (!value.is_string()) fail_here("\"mbt::actionTaken\" must be a string");
        rec.action = value.get<std::string>();
      } else if (key == "mbt::nondetPicks") {
        if (!value.is_object()) fail_here("\"mbt::nondetPicks\" must be a record");
        rec.params = picks_to_params(value);
      } else {
        rec.vars[key] = std::move(value);
      }
    }
    trace_.records.push_back(std::move(rec));
  }
};

}  // namespace

Trace read_itf(const std::string& path, SourceManager& sm) {
  JsonDocument doc = load_json_document(path, sm);
  if (!doc.value.is_object()) fail_at_byte(doc.file, 0, "an ITF trace must be a JSON object");
  Trace trace;
  trace.format = TraceFormat::Itf;
  trace.path = path;
  trace.declared_vars = string_list(doc, "vars", true);
  std::vector<std::string> params = string_list(doc, "params", false);
  if (doc.value.contains("#meta")) {
    size_t at = find_key(doc.file, "#meta");
    if (!doc.value["#meta"].is_object()) fail_at_byte(doc.file, at, "ITF \"#meta\" must be an object");
    trace.metadata.push_back(MetadataLine{position_of(*doc.file, at).line, doc.value["#meta"], ""});
  }
  if (!doc.value.contains("states") || !doc.value["states"].is_array())
    fail_at_byte(doc.file, find_key(doc.file, "states"), "an ITF trace needs \"states\", an array of states");
  ItfStates(doc, trace).read(params);
  if (doc.value.contains("loop")) {
    const json& loop = doc.value["loop"];
    if (!loop.is_number_integer() || loop.get<int64_t>() < 0 ||
        static_cast<uint64_t>(loop.get<int64_t>()) >= trace.records.size())
      fail_at_byte(doc.file, find_key(doc.file, "loop"),
                   "ITF \"loop\" must be the index of a state, below " + std::to_string(trace.records.size()) +
                       ", not " + loop.dump());
    trace.loop = static_cast<uint64_t>(loop.get<int64_t>());
  }
  return trace;
}

}  // namespace tlatrace::trace
