// The process-wide property table behind TLCGet("-Dkey") / TLCSet("-Dkey", v).
#include "evaluator/natives/system_properties.hpp"

#include <map>
#include <mutex>

namespace tlatrace::eval {
namespace {

struct Table {
  std::mutex mu;
  std::map<std::string, std::string, std::less<>> values;
};

Table& table() {
  static Table t;
  return t;
}

}  // namespace

void set_system_property(const std::string& key, const std::string& value) {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  t.values[key] = value;
}

std::optional<std::string> system_property(const std::string& key) {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.values.find(key);
  if (it == t.values.end()) return std::nullopt;
  return it->second;
}

}  // namespace tlatrace::eval
