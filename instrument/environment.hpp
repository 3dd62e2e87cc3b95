#pragma once
// Switching tracing on and off: the TLATRACE environment variables and a run-time switch.
//
// Environment (read once per process, when the first Tracer without an explicit sink is made):
//   TLATRACE           unset, "", "0", "off", "false", "no"  -> disabled: events cost a branch.
//                      "1", "on", "true", "yes"  -> enabled; node N appends to the file
//                                                   <TLATRACE_DIR>/tlatrace-N.ndjson
//                      anything else             -> enabled; a file path every node of the
//                                                   process appends to.
//   TLATRACE_DIR       directory of the per-node files (default: the working directory).
//                      Characters of N outside [A-Za-z0-9._-] become '_' in the file name.
//   TLATRACE_MODE      "async" (default): a background writer thread, host threads never
//                      block; "sync": each event is one write(2) on the emitting thread.
//   TLATRACE_QUEUE     async ring capacity in lines (default 16384).
//   TLATRACE_BLOCK_US  longest a host thread waits on a full ring, in microseconds (default 0:
//                      drop at once; drops are counted in {"#meta":{"dropped":N}} lines).
// Files are appended to, never truncated; a new file starts with a {"#meta":{...}} line.
// Bad values are reported once on stderr and replaced by the default; a file that cannot
// be opened is reported on stderr and leaves that node's tracing disabled.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "instrument/sink.hpp"

namespace tlatrace::instrument {

namespace detail {
inline std::atomic<bool> tracing_switch{true};
}

/// The run-time switch over every tracer of the process (on by default; only tracers that
/// have a sink emit anything).
inline void set_tracing_enabled(bool enabled) noexcept {
  detail::tracing_switch.store(enabled, std::memory_order_relaxed);
}
inline bool tracing_enabled() noexcept { return detail::tracing_switch.load(std::memory_order_relaxed); }

/// Tracing configuration, as the environment variables above describe it.
struct TraceConfig {
  bool enabled = false;
  bool per_node_files = false;  // TLATRACE=1: one file per node in `directory`
  std::string path;             // the shared file when !per_node_files
  std::string directory = ".";
  bool async = true;
  std::size_t queue_capacity = 16384;
  std::chrono::microseconds max_block{0};
  std::vector<std::string> warnings;  // bad values that were replaced by defaults
};

/// Interprets the variables' values (nullptr = unset).
TraceConfig parse_trace_config(const char* tlatrace, const char* directory = nullptr, const char* mode = nullptr,
                               const char* queue = nullptr, const char* block_us = nullptr);

/// parse_trace_config of the current process environment.
TraceConfig trace_config_from_environment();

/// The process's configuration, read from the environment on first use.
const TraceConfig& process_trace_config();

/// The file node `node` writes to under `config`.
std::string trace_path_for_node(const TraceConfig& config, std::string_view node);

/// Opens a new sink for `node` as `config` says (nullptr when disabled, or on failure with
/// `error` set).
std::shared_ptr<Sink> open_trace_sink(const TraceConfig& config, std::string_view node, std::string* error);

/// The process-wide sink of `node` from the environment: nodes writing to the same file share
/// one sink. nullptr when tracing is disabled (or the file could not be opened). Sinks made
/// here are flushed at normal process exit.
std::shared_ptr<Sink> environment_sink(std::string_view node);

}  // namespace tlatrace::instrument
