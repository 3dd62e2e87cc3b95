#pragma once
// AsyncSink: hands lines to a background writer thread through a bounded lock-free ring.
// The host thread only copies the line into the ring; the writer batches whole lines into
// one write to the downstream sink. When the ring is full the host waits at most
// `AsyncOptions::max_block` (zero by default: it never waits), then drops the line and counts
// it. Once the writer has caught up it writes `{"#meta":{"dropped":N}}` (N = lines dropped
// since the previous such line) so the trace itself says where lines are missing.
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

#include "instrument/detail/line_ring.hpp"
#include "instrument/sink.hpp"

namespace tlatrace::instrument {

/// Tuning of an AsyncSink.
struct AsyncOptions {
  std::size_t capacity = 16384;                  // lines the ring holds (rounded up to 2^k)
  std::chrono::nanoseconds max_block{0};         // longest a host thread waits on a full ring
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

  // The Tracer's path: claim a ring cell, format the line straight into it, publish it.
  // Between claim and publish the writer waits for that cell, so keep it short.

  /// A cell for a line of at most `bytes` bytes (`position` identifies it), or nullptr: the
  /// ring is full (`position` is kRefused; wait_for_room, then claim again or drop_line) or
  /// memory for a long line ran out (the line is lost; count it with drop_line).
  char* claim_line(std::size_t bytes, std::uint64_t& position) noexcept { return ring_.claim(bytes, position); }
  static constexpr std::uint64_t kRefused = detail::LineRing::kRefused;
  /// Hands the claimed cell's line (`size` bytes, ending in '\n') to the writer.
  void publish_line(std::uint64_t position, std::size_t size) noexcept {
    ring_.publish(position, size);
    after_push(position);
  }
  /// Called when the ring is full: wakes the writer, then waits a little for room. False once
  /// the caller has waited max_block in all (`deadline`: zero before the first call).
  bool wait_for_room(std::chrono::steady_clock::time_point& deadline) noexcept;
  /// Counts a line that could not be queued.
  void drop_line() noexcept { dropped_.fetch_add(1, std::memory_order_relaxed); }

  /// Lines the writer has handed downstream so far (drop reports not included).
  std::uint64_t written() const noexcept { return written_.load(std::memory_order_acquire); }
  std::size_t capacity() const noexcept { return ring_.capacity(); }

 private:
  void run_writer();
  bool drain_batch(std::string& batch);
  void report_drops(std::string& batch);
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

  std::atomic<std::uint64_t> dropped_{0};
  std::atomic<std::uint64_t> reported_drops_{0};
  std::atomic<std::uint64_t> written_{0};      // lines consumed and written downstream
  std::atomic<bool> writer_sleeping_{false};
  std::uint64_t wake_mask_;  // a sleeping writer is woken when a push lands on a multiple of mask+1
  std::atomic<bool> stopping_{false};

  std::mutex mutex_;                      // guards wake_requested_ and the condition variables
  std::condition_variable writer_cv_;     // wakes the writer
  std::condition_variable progress_cv_;   // wakes flush() callers
  bool wake_requested_ = false;
  std::uint64_t pending_report_ = 0;      // writer only: drops covered by the batch being written

  std::thread writer_;
};

}  // namespace tlatrace::instrument
