#pragma once
// The depth-first acceptance search of trace validation (see docs/validate.md, "Search").
//
// It follows one consistent spec state as deep into the trace as it goes. At each record it
// computes the candidates of that one state (StepSearch::step from a single state), takes the
// first, and keeps the others for backtracking. A state that cannot reach the end is memoised
// as dead with its record, (fingerprint, record), so no state is explored twice at a record.
//
// Records are streamed, and backtracking needs the records after the state it returns to. So
// the search keeps a window of records after a *base*: a record where the set of consistent
// states is known exactly. The base moves up whenever the set is known to be one state (no
// alternative is left on the stack, and no abandoned branch reached the current record), so on
// an unambiguous trace the window holds one record. When the window reaches its cap, one
// frontier pass over it computes the exact consistent set, which becomes the new base. Memory
// is therefore bounded by the cap, whatever the length of the trace. When that set has several
// states the ambiguity lasts, and the search hands over to the frontier search (Ambiguous).
//
// When every branch dies, the trace is rejected; the caller recomputes the full frontier from
// the base over the window (a frontier pass) to find the failing record and diagnose it.
#include <cstdint>
#include <deque>
#include <unordered_set>
#include <vector>

#include "evaluator/value/function_ref.hpp"
#include "refinement/step_search.hpp"

namespace tlatrace::refine {

/// Reads and prepares the next record into its (already placed) slot; false at the end.
using RecordReader = eval::FunctionRef<bool(PreparedRecord& slot)>;

/// Statistics of one depth-first search.
struct DepthFirstStats {
  uint64_t backtracks = 0;       // dead states abandoned
  uint64_t frontier_passes = 0;  // exact consistent sets computed because the window was full
  size_t max_window = 0;         // most records held for backtracking
  size_t max_known = 0;          // largest exactly known consistent set (the bases)
};

/// Depth-first search with memoisation over a streamed trace.
class DepthFirstSearch {
 public:
  /// Ambiguous: the window filled up and a frontier pass found several consistent states at its
  /// end (they are base(); the window is consumed): the ambiguity lasts, and the caller goes on
  /// with the frontier search, which costs less than depth-first passes over full windows.
  enum class Outcome { Accepted, Rejected, Limit, Ambiguous };

  DepthFirstSearch(StepSearch& steps, RecordReader read, size_t window_cap);

  /// Searches from `initial` (the states consistent with the first record).
  Outcome run(std::vector<NodePtr> initial);

  /// After Rejected: the exactly known consistent states at the base, and the records after it
  /// (the failing record is among them). After Limit: the record being matched is the last.
  const std::vector<NodePtr>& base() const { return base_; }
  std::deque<PreparedRecord>& window() { return window_; }
  /// After Limit: the record whose candidates exceeded max_states.
  const PreparedRecord* limit_record() const { return limit_record_; }
  /// After Accepted: the state that matched the last record.
  const NodePtr& last() const { return last_; }
  const DepthFirstStats& stats() const { return stats_; }

 private:
  /// Alternatives at one level: states consistent with the records up to it.
  struct Frame {
    std::vector<NodePtr> alternatives;
    size_t next = 0;  // the alternative being explored is next - 1
  };

  enum class Pass { Done, Ambiguous, Limit, Empty };

  void restart(std::vector<NodePtr> base);
  void push(std::vector<NodePtr> alternatives);
  bool dead(uint64_t fp, size_t level) const;
  void bury(uint64_t fp, size_t level);
  /// Replaces the base by the exact consistent set at the end of the window.
  Pass frontier_pass();

  StepSearch& steps_;
  RecordReader read_;
  size_t window_cap_;
  std::vector<NodePtr> base_;
  std::deque<PreparedRecord> window_;  // window_[i] is the record of level i + 1 (base: level 0)
  std::vector<Frame> stack_;           // stack_[i] holds the alternatives of level i
  size_t open_ = 0;                    // frames with untried alternatives
  long deepest_dead_ = -1;             // the deepest level of a dead state since the base
  struct DeadKey {
    uint64_t fp;
    size_t level;
    bool operator==(const DeadKey&) const = default;
  };
  struct DeadHash {
    size_t operator()(const DeadKey& k) const { return k.fp ^ (k.level * 0x9e3779b97f4a7c15ull); }
  };
  std::unordered_set<DeadKey, DeadHash> memo_;  // dead states: (fingerprint, level)
  NodePtr last_;
  const PreparedRecord* limit_record_ = nullptr;
  DepthFirstStats stats_;
};

}  // namespace tlatrace::refine
