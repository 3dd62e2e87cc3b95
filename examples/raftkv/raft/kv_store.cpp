#include "examples/raftkv/raft/kv_store.hpp"

#include <sstream>

namespace raftkv {

bool KvStore::apply(const std::string& command) {
  std::istringstream in(command);
  std::string op, key, value, extra;
  in >> op >> key;
  if (key.empty()) return false;
  if (op == "put") {
    if (!(in >> value) || (in >> extra)) return false;
    data_[key] = value;
    return true;
  }
  if (op == "del") {
    if (in >> extra) return false;
    data_.erase(key);
    return true;
  }
  return false;
}

std::optional<std::string> KvStore::get(const std::string& key) const {
  auto it = data_.find(key);
  if (it == data_.end()) return std::nullopt;
  return it->second;
}

std::string KvStore::put_command(const std::string& key, const std::string& value) {
  return "put " + key + " " + value;
}

std::string KvStore::del_command(const std::string& key) { return "del " + key; }

}  // namespace raftkv
