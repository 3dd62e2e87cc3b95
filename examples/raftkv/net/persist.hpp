#pragma once
// A TCP node's persisted state (term, vote, log, commit index) in one file, so that a node
// restarted after a crash comes back with it, as Raft requires. The file is one JSON object,
// {"currentTerm":3,"votedFor":"n2","commitIndex":5,"log":[{"term":2,"value":"put a 1"}]},
// replaced atomically (written beside it, flushed to disk, renamed over it).
#include <optional>
#include <string>

#include "examples/raftkv/raft/node.hpp"

namespace raftkv {

/// Writes `state` to `path` atomically and durably; false (with `error`) on failure.
bool save_state(const std::string& path, const PersistentState& state, std::string* error);

/// The state saved at `path`; nullopt if there is no file. A file that exists but cannot be
/// read or parsed is an error (nullopt with `error` set), never silently a fresh state.
std::optional<PersistentState> load_state(const std::string& path, std::string* error);

}  // namespace raftkv
