#pragma once
// AsyncSink: hands lines to a background writer thread, which batches them into single
// writes to the downstream sink.
//
// Each Tracer writing to an AsyncSink gets a lane of its own (detail::LineLane, a
// single-producer byte ring): the tracer formats its lines straight into the lane, and the
// only thing it shares with the writer per event is its lane's head index. Plain write()
// calls go through a bounded lock-free multi-producer ring (detail::LineRing). The writer
// sleeps while there is little to do; a producer wakes it when its lane is an eighth full,
// flush() and a full queue wake it at once, and it looks anyway every `idle_wakeup`.
//
// When a lane or the ring is full the host waits at most `AsyncOptions::max_block` (zero by
// default: it never waits), then drops the line and counts it. The writer then writes
// `{"#meta":{"dropped":N}}` (N = lines dropped since the previous such line) so the trace
// itself says where lines are missing.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "instrument/detail/line_lane.hpp"
#include "instrument/detail/line_ring.hpp"
#include "instrument/sink.hpp"

namespace tlatrace::instrument {

/// Tuning of an AsyncSink.
struct AsyncOptions {
  std::size_t capacity = 16384;                  // lines the ring holds (rounded up to 2^k)
  std::chrono::nanoseconds max_block{0};         // longest a host thread waits on a full ring or lane
  std::size_t lane_bytes = 0;                    // bytes of each Tracer's lane; 0: 128 * capacity
  std::size_t batch_bytes = 64 * 1024;           // the writer's largest single downstream write
  std::chrono::milliseconds idle_wakeup{10};     // how often an idle writer looks anyway
};

/// Asynchronous front of another sink.
class AsyncSink final : public Sink {
 public:
  explicit AsyncSink(std::shared_ptr<Sink> downstream, AsyncOptions options = {});
  /// Writes out everything queued, then stops the writer thread.
  ~AsyncSink() override;
  AsyncSink(const AsyncSink&) = delete;
  AsyncSink& operator=(const AsyncSink&) = delete;

  /// Queues the lines; drops them (counted) if the ring stays full longer than max_block.
  void write(std::string_view lines) noexcept override;
  /// Waits until every line queued before the call (and the drop count) is written downstream.
  void flush() noexcept override;
  std::uint64_t dropped() const noexcept override { return dropped_.load(std::memory_order_relaxed); }

  // The Tracer's path: a lane of its own, formatted into under the tracer's lock.

  /// A new lane for one producer; the writer drains it until it is closed and empty.
  std::shared_ptr<detail::LineLane> open_lane();
  /// Called by a producer whose lane's commit asked for it: wakes the writer if it sleeps.
  void lane_filling() noexcept {
    if (writer_sleeping_.load(std::memory_order_relaxed) && writer_sleeping_.exchange(false)) wake_writer();
  }
  /// Called when a lane or the ring is full: wakes the writer, then waits a little for room.
  /// False once the caller has waited max_block in all (`deadline`: zero before the first call).
  bool wait_for_room(std::chrono::steady_clock::time_point& deadline) noexcept;
  /// Counts a line that could not be queued.
  void drop_line() noexcept { dropped_.fetch_add(1, std::memory_order_relaxed); }

  /// Lines the writer has handed downstream so far (drop reports not included).
  std::uint64_t written() const noexcept { return written_.load(std::memory_order_acquire); }
  std::size_t capacity() const noexcept { return ring_.capacity(); }
  /// Bytes of each lane (rounded as the lanes round them).
  std::size_t lane_bytes() const noexcept { return lane_bytes_; }

 private:
  void run_writer();
  /// Writes out everything queued in the ring and the lanes; false if there was nothing.
  bool drain_all(std::string& batch, std::vector<std::shared_ptr<detail::LineLane>>& lanes);
  /// Fills `batch` from the ring and the lanes, up to batch_bytes; returns the lines taken.
  std::uint64_t fill_batch(std::string& batch, std::vector<std::shared_ptr<detail::LineLane>>& lanes);
  void write_batch(std::string& batch, std::uint64_t lines);
  void report_drops(std::string& batch);
  void take_new_lanes(std::vector<std::shared_ptr<detail::LineLane>>& lanes);
  void wake_writer() noexcept;
  /// Wakes a sleeping writer once a quarter of the ring has filled (one producer pays for it).
  void after_push(std::uint64_t position) noexcept {
    if ((position & wake_mask_) == 0 && writer_sleeping_.load(std::memory_order_relaxed) &&
        writer_sleeping_.exchange(false)) {
      wake_writer();
    }
  }

  std::shared_ptr<Sink> downstream_;
  AsyncOptions options_;
  detail::LineRing ring_;
  std::size_t lane_bytes_;

  std::atomic<std::uint64_t> dropped_{0};
  std::atomic<std::uint64_t> written_{0};      // lines consumed and written downstream
  std::atomic<bool> writer_sleeping_{false};
  std::uint64_t wake_mask_;  // a sleeping writer is woken when a push lands on a multiple of mask+1

  std::mutex mutex_;                      // guards the members below and the condition variables
  std::condition_variable writer_cv_;     // wakes the writer
  std::condition_variable progress_cv_;   // wakes flush() callers
  bool wake_requested_ = false;
  bool stopping_ = false;                 // the destructor asks the writer to finish
  std::uint64_t flush_requested_ = 0;     // flush() calls so far
  std::uint64_t flush_done_ = 0;          // of those, the ones whose lines are written
  std::vector<std::shared_ptr<detail::LineLane>> new_lanes_;  // opened, not yet seen by the writer
  std::uint64_t reported_drops_ = 0;      // writer only
  std::size_t next_lane_ = 0;             // writer only: where fill_batch starts

  std::thread writer_;
};

}  // namespace tlatrace::instrument
