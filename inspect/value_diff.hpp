#pragma once
// A structural diff of two values in ITF JSON (the "values" of a tlatrace report): which
// function entry (#map key), record field, sequence element (#tup index) or set element
// changed, down to the innermost difference.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace tlatrace::inspect {

/// What happened at one place inside a value.
enum class ChangeKind { Added, Modified, Removed };

/// "added", "modified" or "removed".
const char* change_kind_name(ChangeKind k);

/// One innermost difference between two values.
struct ValueChange {
  /// Where, TLA+-style, relative to the value: "" (the value itself), "[n1]" (function entry,
  /// key printed the TLC way), ".term" (record field), "[3]" (sequence element, 1-based),
  /// concatenated for nested values ("[n1].log[3]").
  std::string path;
  ChangeKind kind = ChangeKind::Modified;
  /// A set gained (Added) or lost (Removed) the element in `after` / `before`; `path` is the
  /// set's own path.
  bool element = false;
  nlohmann::json before;  ///< ITF value before (null when added)
  nlohmann::json after;   ///< ITF value after (null when removed)
};

/// The differences from `before` to `after` (empty when equal). Sequences are compared after
/// trimming their common prefix and suffix, so Append and Tail show as one added / removed
/// element; values of different shapes are one Modified change.
std::vector<ValueChange> diff_values(const nlohmann::json& before, const nlohmann::json& after);

/// An ITF value printed as TLC prints it ("[n1 |-> <<1, 2>>]"); falls back to the JSON text
/// for JSON that is not ITF.
std::string print_itf(const nlohmann::json& v);

}  // namespace tlatrace::inspect
