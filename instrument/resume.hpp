#pragma once
// Resuming a node's clocks from its own trace: a process restarted after a crash appends to
// the trace file of its earlier run, and its events must order after the ones already there
// (`tlatrace merge` reports a clock going backwards on one node).
//
//   if (auto stamp = last_stamp_in_trace(path, "n1")) tracer.on_receive(*stamp);
#include <optional>
#include <string>
#include <string_view>

#include "instrument/clock.hpp"

namespace tlatrace::instrument {

/// The clocks ("clock" and "vc") of the last complete event line of `node` in the ndjson
/// trace at `path`. nullopt when the file cannot be read or holds no event of `node`; lines
/// that are not JSON objects of this library's shape (a torn last line, `#meta`) are skipped.
std::optional<Stamp> last_stamp_in_trace(const std::string& path, std::string_view node);

/// The clocks of one event line, if it is `node`'s (exposed for tests).
std::optional<Stamp> stamp_of_line(std::string_view line, std::string_view node);

}  // namespace tlatrace::instrument
