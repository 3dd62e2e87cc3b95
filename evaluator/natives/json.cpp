// Json and IOUtils: JSON text in and out, files, the environment.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "evaluator/natives/registry.hpp"
#include "evaluator/value/json.hpp"

extern char** environ;

namespace tlatrace::eval {
namespace {

std::string path_arg(const Value& v, const char* op) {
  if (!v.is_string()) throw EvalError(std::string(op) + ": the file name must be a string, but it is " + to_tla_string(v));
  return v.raw_atom()->text;
}

Value to_json_str(const Value* a) { return Value::string(to_json(a[0]).dump()); }

Value json_serialize(const Value* a) {
  std::string path = path_arg(a[0], "JsonSerialize");
  std::ofstream out(path);
  if (!out) throw EvalError("JsonSerialize: cannot write the file " + path);
  out << to_json(a[1]).dump() << "\n";
  return Value::boolean(true);
}

Value nd_json_serialize(const Value* a) {
  std::string path = path_arg(a[0], "ndJsonSerialize");
  std::ofstream out(path);
  if (!out) throw EvalError("ndJsonSerialize: cannot write the file " + path);
  for (const Value& v : seq_elements(a[1], "ndJsonSerialize")) out << to_json(v).dump() << "\n";
  return Value::boolean(true);
}

Value json_deserialize(const Value* a) {
  std::string path = path_arg(a[0], "JsonDeserialize");
  std::ifstream in(path);
  if (!in) throw EvalError("JsonDeserialize: cannot read the file " + path);
  try {
    return from_json(nlohmann::json::parse(in));
  } catch (const nlohmann::json::exception& e) {
    throw EvalError("JsonDeserialize: " + path + " is not valid JSON: " + e.what());
  }
}

Value nd_json_deserialize(const Value* a) {
  std::string path = path_arg(a[0], "ndJsonDeserialize");
  std::ifstream in(path);
  if (!in) throw EvalError("ndJsonDeserialize: cannot read the file " + path);
  std::vector<Value> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      out.push_back(from_json(nlohmann::json::parse(line)));
    } catch (const nlohmann::json::exception& e) {
      throw EvalError("ndJsonDeserialize: line " + std::to_string(n) + " of " + path + " is not valid JSON: " + e.what());
    }
  }
  return make_tuple(std::move(out));
}

Value io_env(const Value*) {
  std::vector<std::pair<std::string_view, Value>> fields;
  std::vector<std::string> keep;
  for (char** e = environ; e && *e; ++e) {
    std::string kv(*e);
    auto eq = kv.find('=');
    if (eq == std::string::npos || eq == 0) continue;
    keep.push_back(kv.substr(0, eq));
    fields.emplace_back(std::string_view(), Value::string(kv.substr(eq + 1)));
  }
  for (size_t i = 0; i < fields.size(); ++i) fields[i].first = keep[i];
  std::vector<Value> dom, rng;
  for (auto& [k, v] : fields) {
    dom.push_back(Value::string(k));
    rng.push_back(v);
  }
  return make_function(std::move(dom), std::move(rng));
}

// IOUtils' Serialize(value, dest, options) for options.format "TXT", as TLC's
// IOUtils.textSerialize: writes the string `value` to the file `dest` with the open options
// (WRITE, CREATE, CREATE_NEW, TRUNCATE_EXISTING, APPEND); equals TLC's result record, exitValue 1
// and the reason in stderr when the file cannot be written.
Value serialize(const Value* a) {
  auto result = [](int64_t code, std::string_view out, std::string_view err) {
    return make_record(std::vector<std::pair<std::string_view, Value>>{
        {"exitValue", Value::integer(code)}, {"stdout", Value::string(out)}, {"stderr", Value::string(err)}});
  };
  const Value& opts = a[2];
  const Value* format = opts.is_function() ? try_apply(opts, Value::string("format")) : nullptr;
  if (!format || !format->is_string())
    throw EvalError("Serialize: the options must be a record with a field format, but they are " + to_tla_string(opts));
  if (format->raw_atom()->text != "TXT")
    throw EvalError("Serialize with the format \"" + format->raw_atom()->text +
                    "\" is not implemented by tlatrace (only \"TXT\" is)");
  const Value* open = try_apply(opts, Value::string("openOptions"));
  if (!a[0].is_string() || !a[1].is_string() || !open || !is_sequence(*open))
    return result(1, "", "Serialize error invalid parameters: the value and the file name must be strings, and "
                         "options.openOptions a sequence");
  bool create = false, create_new = false, append = false, truncate = false;
  for (const Value& o : open->as_fcn_obj().rng()) {
    const std::string name = o.is_string() ? o.raw_atom()->text : to_tla_string(o);
    if (name == "CREATE") create = true;
    else if (name == "CREATE_NEW") create_new = true;
    else if (name == "APPEND") append = true;
    else if (name == "TRUNCATE_EXISTING") truncate = true;
    else if (name != "WRITE") return result(1, "", "Serialize error invalid parameters: unknown open option " + name);
  }
  const std::string path = a[1].raw_atom()->text;
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  if (create_new && exists) return result(1, "", "Serialize error writing to the file: " + path + " exists (CREATE_NEW)");
  if (!exists && !create && !create_new)
    return result(1, "", "Serialize error writing to the file: " + path + " does not exist (no CREATE)");
  std::ios::openmode mode = std::ios::binary | std::ios::out;
  if (append) mode |= std::ios::app;
  else if (!truncate && exists) mode |= std::ios::in;  // WRITE alone overwrites from the start
  std::ofstream out(path, mode);
  if (!out || !(out << a[0].raw_atom()->text) || !out.flush())
    return result(1, "", "Serialize error writing to the file: cannot write " + path);
  return result(0, "Finish writing to the file with success!", "");
}

Value atoi_op(const Value* a) {
  std::string s = path_arg(a[0], "atoi");
  try {
    size_t used = 0;
    long long v = std::stoll(s, &used);
    if (used != s.size()) throw EvalError("atoi: \"" + s + "\" is not an integer.");
    return Value::integer(v);
  } catch (const std::logic_error&) {
    throw EvalError("atoi: \"" + s + "\" is not an integer.");
  }
}

}  // namespace

void add_json_natives(std::vector<NativeEntry>& out) {
  out.push_back({"Json", "ToJson", 1, to_json_str});
  out.push_back({"Json", "ToJsonArray", 1, to_json_str});
  out.push_back({"Json", "ToJsonObject", 1, to_json_str});
  out.push_back({"Json", "JsonSerialize", 2, json_serialize, nullptr, true});
  out.push_back({"Json", "ndJsonSerialize", 2, nd_json_serialize, nullptr, true});
  out.push_back({"Json", "JsonDeserialize", 1, json_deserialize});
  out.push_back({"Json", "ndJsonDeserialize", 1, nd_json_deserialize});
  out.push_back({"IOUtils", "IOEnv", 0, io_env});
  out.push_back({"IOUtils", "atoi", 1, atoi_op});
  out.push_back({"IOUtils", "Serialize", 3, serialize, nullptr, true});
}

}  // namespace tlatrace::eval
