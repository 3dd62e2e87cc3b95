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

  /// Lines the writer has handed downstream so far (drop reports not included).
  std::uint64_t written() const noexcept { return written_.load(std::memory_order_acquire); }
  std::size_t capacity() const noexcept { return ring_.capacity(); }

 private:
  void run_writer();
  bool drain_batch(std::string& batch);
  void report_drops(std::string& batch);
  void wake_writer() noexcept;

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
