#include "trace/record_fields.hpp"

#include <cstdint>

#include "trace/values.hpp"

namespace tlatrace::trace {
namespace {

using json = nlohmann::json;

uint64_t counter_of(const json& v, const std::string& key, const std::string& what) {
  if (!v.is_number_integer()) throw FieldError(key, what + " must be an integer, not " + v.dump());
  int64_t n = v.get<int64_t>();
  if (n < 0) throw FieldError(key, what + " must not be negative, not " + std::to_string(n));
  return static_cast<uint64_t>(n);
}

VectorClock vector_clock_of(const json& v) {
  if (!v.is_object()) throw FieldError("vc", "\"vc\" must be an object mapping node ids to integers, not " + v.dump());
  VectorClock vc;
  for (const auto& [node, count] : v.items())
    vc[node] = counter_of(count, "vc", "\"vc\" entry " + json(node).dump());
  return vc;
}

}  // namespace

bool is_reserved_key(const std::string& key) {
  return key == "action" || key == "params" || key == "node" || key == "clock" || key == "vc" || key == "#meta";
}

std::string node_id_of(const json& v, const std::string& key) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  throw FieldError(key, "\"" + key + "\" must be a string or an integer, not " + v.dump());
}

void fill_record_fields(const json& object, TraceRecord& rec) {
  for (const auto& [key, v] : object.items()) {
    if (key == "action") {
      if (!v.is_string()) throw FieldError(key, "\"action\" must be a string, not " + v.dump());
      rec.action = v.get<std::string>();
    } else if (key == "params") {
      if (!v.is_object() && !v.is_array())
        throw FieldError(key, "\"params\" must be an object (by name) or an array (by position), not " + v.dump());
      try {
        rec.params = normalize_value(v);
      } catch (const ValueError& e) {
        throw FieldError(key, std::string("\"params\": ") + e.what());
      }
    } else if (key == "node") {
      rec.node = node_id_of(v, key);
    } else if (key == "clock") {
      rec.clock = counter_of(v, key, "\"clock\"");
    } else if (key == "vc") {
      rec.vc = vector_clock_of(v);
    } else if (!key.empty() && key[0] == '#') {
      throw FieldError(key, "unknown reserved key " + json(key).dump() +
                                " (reserved: action, params, node, clock, vc, #meta)");
    } else {
      try {
        rec.vars[key] = normalize_value(v);
      } catch (const ValueError& e) {
        throw FieldError(key, "variable " + json(key).dump() + ": " + e.what());
      }
    }
  }
}

}  // namespace tlatrace::trace
