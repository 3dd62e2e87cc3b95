#pragma once
// One per-node log being merged: a streaming reader with one record of lookahead, and the
// per-node rules of merging (one node per log, clocks that only go forward).
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "parser/ast/diagnostics.hpp"
#include "trace/ndjson_reader.hpp"
#include "trace/trace.hpp"

namespace tlatrace::trace {

/// How the events of the merged logs are ordered.
enum class ClockKind { Unknown, Lamport, Vector };

/// A merge failure: an error at one line and, for causality violations, a note at the other.
struct MergeError : std::runtime_error {
  std::vector<Diagnostic> diags;
  explicit MergeError(std::vector<Diagnostic> d) : std::runtime_error(d.front().message), diags(std::move(d)) {}
};

/// Throws a MergeError at `at` whose note points at `other` (a record of any log).
[[noreturn]] void fail_between(SourceManager& sm, const TraceRecord& at, std::string message,
                               const TraceRecord& other, std::string note);
/// Throws a MergeError at `at` alone.
[[noreturn]] void fail_on(SourceManager& sm, const TraceRecord& at, std::string message);

/// The kind of clock the merge uses: vector clocks when every log's first event has a "vc",
/// else Lamport clocks when every one has a "clock"; chosen once every log has started.
struct ClockChoice {
  ClockKind kind = ClockKind::Unknown;
  TraceRecord first;  // an event that has it (for messages)
};

/// Node ids compare as numbers when both are decimal integers, else as strings (numbers first).
bool node_less(const std::string& a, const std::string& b);

/// One input log of a merge.
class NodeLog {
 public:
  NodeLog(SourceManager& sm, std::string path, size_t index, ClockChoice& clocks);

  /// Reads the first record: an initial-state line (no clock, no vc) or the first event.
  /// The first event is checked against the clock kind later, by check_kind.
  void start();
  /// The log's initial-state line, when its first record is one.
  const std::optional<TraceRecord>& initial() const { return initial_; }
  /// The node this log is for: its "node" key, else its index in the merge.
  const std::string& node() const { return node_; }
  /// The next event not merged yet; none when the log is exhausted.
  const std::optional<TraceRecord>& head() const { return head_; }
  /// The last event merged from this log (for "its log ends at ..." messages).
  const std::optional<TraceRecord>& last() const { return last_; }
  /// This log's own counter of an event: its Lamport clock or its vc entry for the node.
  uint64_t own_counter(const TraceRecord& event) const;
  /// Checks that `event` has the clock kind chosen for the merge (and, for vector clocks,
  /// an entry for its own node).
  void check_kind(const TraceRecord& event) const;
  /// Marks the head merged and reads the next event.
  void advance();
  /// `#meta` lines read so far and not yet taken.
  std::vector<MetadataLine> take_metadata() { return reader_.take_metadata(); }
  const std::string& path() const { return reader_.path(); }
  size_t index() const { return index_; }

 private:
  SourceManager& sm_;
  NdjsonReader reader_;
  size_t index_;
  ClockChoice& clocks_;
  std::string node_;
  std::optional<TraceRecord> node_source_;  // the record that named the node, if any
  std::optional<TraceRecord> initial_, head_, last_;

  std::optional<TraceRecord> read_event();
  void check_event(const TraceRecord& event);
  void check_node(const TraceRecord& rec);
};

}  // namespace tlatrace::trace
