#pragma once
// KvStore: the state machine the committed log is applied to. Commands are the log values:
// "put <key> <value>" and "del <key>"; anything else is ignored (a no-op).
#include <map>
#include <optional>
#include <string>

namespace raftkv {

/// A string map driven by committed commands.
class KvStore {
 public:
  /// Applies one command; returns false if it is not a well-formed command.
  bool apply(const std::string& command);
  std::optional<std::string> get(const std::string& key) const;
  const std::map<std::string, std::string>& data() const { return data_; }
  void clear() { data_.clear(); }

  /// The command text for a put / a delete.
  static std::string put_command(const std::string& key, const std::string& value);
  static std::string del_command(const std::string& key);

 private:
  std::map<std::string, std::string> data_;
};

}  // namespace raftkv
