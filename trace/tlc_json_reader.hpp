#pragma once
// TLC's JSON counterexample dump (`tlc -dumpTrace json FILE`).
#include <string>

#include "parser/ast/source.hpp"
#include "trace/trace.hpp"

namespace tlatrace::trace {

/// Reads the JSON TLC writes for -dumpTrace json. Accepted shapes:
///   {"vars": [...], "counterexample": {"state": [[1, {...}], ...], "action": [...]}}
///   {"state": [[1, {...}], ...], "action": [...]}          (the CounterExample record itself)
///   [{...}, {...}]                                          (JsonSerialize of a sequence of states)
/// States are ordered by their number (TLC writes a set, in no particular order) and must be
/// numbered 1..n. An action edge [[i, s], {"name": ...}, [j, t]] names the action of state j;
/// an edge back to an earlier state j closes a lasso (Trace::loop = j - 1).
/// Sets arrive as plain arrays: TLC's JSON does not distinguish them from sequences.
Trace read_tlc_json(const std::string& path, SourceManager& sm);

}  // namespace tlatrace::trace
