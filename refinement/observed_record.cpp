#include "refinement/observed_record.hpp"

#include <algorithm>

#include "evaluator/value/values.hpp"
#include "refinement/json_match.hpp"
#include "trace/source_location.hpp"

namespace tlatrace::refine {

using eval::Value;
using json = nlohmann::json;

namespace {

[[noreturn]] void fail_at_key(const trace::TraceRecord& rec, SourceManager& sm, const std::string& key,
                              const std::string& message) {
  const SourceFile* f = trace::excerpt_file(sm, rec.file, rec.line, rec.raw);
  uint32_t col = rec.raw.empty() ? 0 : trace::column_of_key(rec.raw, key);
  trace::fail_at(f, rec.line, col, message);
}

}  // namespace

ObservedRecord prepare_record(const trace::TraceRecord& rec, const std::vector<std::string>& var_names,
                              bool allow_unknown, SourceManager& sm) {
  ObservedRecord r;
  r.rec = &rec;
  for (const auto& [key, value] : rec.vars) {
    std::string why = unrepresentable(value);
    if (!why.empty()) fail_at_key(rec, sm, key, "the value of '" + key + "': " + why);
    auto it = std::find(var_names.begin(), var_names.end(), key);
    if (it == var_names.end()) {
      if (allow_unknown) continue;
      std::string list;
      for (const auto& v : var_names) list += (list.empty() ? "" : ", ") + v;
      fail_at_key(rec, sm, key,
                  "'" + key + "' is not a variable of the spec (its variables: " + list +
                      "); use --match OP to map the implementation's names");
    }
    r.observed.emplace_back(static_cast<int>(it - var_names.begin()), &value);
  }
  if (rec.params) {
    std::string why = unrepresentable(*rec.params);
    if (!why.empty()) fail_at_key(rec, sm, "params", "the action's parameters: " + why);
  }
  return r;
}

namespace {

bool has_partial(const json& j) {
  if (j.is_object() && j.contains("#partial")) return true;
  if (j.is_array() || j.is_object())
    for (const auto& e : j)
      if (has_partial(e)) return true;
  return false;
}

}  // namespace

bool observes_whole_state(const ObservedRecord& r, size_t nvars) {
  if (r.observed.size() != nvars) return false;
  for (const auto& [index, value] : r.observed)
    if (has_partial(*value)) return false;
  return true;
}

bool observed_match(const ObservedRecord& r, const Value* state) {
  for (const auto& [index, value] : r.observed)
    if (!json_matches(*value, state[index])) return false;
  return true;
}

std::vector<VariableDifference> observed_differences(const ObservedRecord& r, const Value* state,
                                                     const std::vector<std::string>& var_names) {
  std::vector<VariableDifference> out;
  for (const auto& [index, value] : r.observed) {
    Difference d;
    if (!json_matches(*value, state[index], &d)) out.push_back({var_names[index], d});
  }
  return out;
}

BoundValues step_arguments(eval::Evaluator& ev, const eval::ActionTag& tag, eval::Binding* top) {
  BoundValues out;
  if (tag.def && tag.call) out = action_parameters(ev, *tag.def, *tag.call, top);
  if (tag.bound)
    for (const auto& [name, slot] : *tag.bound) {
      if (!slot || slot->kind != eval::Binding::Kind::Value || slot->value.is_none()) continue;
      bool same = false;  // Next's \E k : Put(k) binds k twice: show it once
      for (const auto& [n, v] : out) same |= n == name->name && eval::equal(v, slot->value);
      if (!same) out.emplace_back(name->name, slot->value);
    }
  return out;
}

bool params_match(const json& params, const ast::OpDef* def, const BoundValues& args, std::string* why) {
  auto mismatch = [&](const std::string& text) {
    if (why) *why = text;
    return false;
  };
  if (params.is_object()) {
    for (auto it = params.begin(); it != params.end(); ++it) {
      const eval::Value* v = nullptr;
      for (const auto& [name, value] : args)
        if (name == it.key()) {
          v = &value;
          break;
        }
      if (!v) {
        std::string names;
        for (const auto& a : args) names += (names.empty() ? "" : ", ") + a.first;
        return mismatch("the action " + std::string(def ? def->name : "?") + " has no parameter or \\E-bound name '" +
                        it.key() + "'" + (names.empty() ? "" : " (it has: " + names + ")"));
      }
      Difference d;
      if (!json_matches(it.value(), *v, &d))
        return mismatch("parameter " + it.key() + d.path + " is " + d.spec + " in the spec, " + d.trace + " in the trace");
    }
    return true;
  }
  if (params.is_array()) {
    size_t n = def ? def->params.size() : 0;
    size_t offset = n > 0 ? 0 : 0;
    size_t count = n > 0 ? std::min(n, args.size()) : args.size();
    if (params.size() != count)
      return mismatch("the trace gives " + std::to_string(params.size()) + " parameters, the action takes " +
                      std::to_string(count));
    for (size_t i = 0; i < count; ++i) {
      Difference d;
      if (!json_matches(params[i], args[offset + i].second, &d))
        return mismatch("parameter " + std::to_string(i + 1) + " (" + args[offset + i].first + ")" + d.path + " is " +
                        d.spec + " in the spec, " + d.trace + " in the trace");
    }
    return true;
  }
  return true;
}

std::string describe_arguments(const BoundValues& args) {
  std::string out;
  for (size_t i = 0; i < args.size(); ++i) {
    bool repeated = false;  // an action parameter and the \E-bound name passed to it
    for (size_t j = 0; j < i; ++j) repeated |= args[j].first == args[i].first && eval::equal(args[j].second, args[i].second);
    if (!repeated) out += (out.empty() ? "" : ", ") + args[i].first + " = " + eval::to_tla_string(args[i].second);
  }
  return out;
}

}  // namespace tlatrace::refine
