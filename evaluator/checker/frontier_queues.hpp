#pragma once
// How a BFS level's frontier is shared among the workers: each worker expands first the states
// it created in the previous level, whose values (and the sub-values they share with their
// siblings and descendants) it built, so their reference counts stay in its own core's cache;
// two workers updating the counts of the same values moved those cache lines back and forth
// (MCLamportMutex: two workers took 1.6x the CPU time of one). A worker with none of its own
// left takes runs from the end of another's queue.
//
// Which worker expands a state changes nothing in the result: the fingerprint set keeps the
// smallest transition key whoever inserts it (fingerprint_set.hpp).
#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace tlatrace::eval {

/// The frontier indices of one level, one queue per worker, each in frontier order.
class FrontierQueues {
 public:
  /// Empty queues for `workers` workers.
  void reset(size_t workers);
  /// Appends frontier index `index` (indices are added in increasing order) to `owner`'s queue.
  void add(size_t owner, size_t index);
  /// Makes the queues' contents available to take (after the adds, before the workers start).
  void start();
  /// The next run of at most `run` indices for `worker`, in increasing order: from the front of
  /// its own queue, else from the back of another's. Empty when every queue is exhausted.
  std::span<const size_t> take(size_t worker, size_t run);
  /// How many indices are not taken yet (TLCGet("stats").queue).
  size_t remaining() const;

 private:
  struct alignas(64) Queue {
    std::vector<size_t> items;
    // The untaken positions [front, back) of items, packed as front << 32 | back, so that the
    // owner (taking at the front) and a thief (taking at the back) never take the same item.
    std::atomic<uint64_t> range{0};
  };
  std::span<const size_t> take_front(Queue& q, size_t run);
  std::span<const size_t> take_back(Queue& q, size_t run);

  std::vector<std::unique_ptr<Queue>> queues_;
};

}  // namespace tlatrace::eval
