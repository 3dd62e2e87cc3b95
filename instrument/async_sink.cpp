#include "instrument/async_sink.hpp"

#include <cstring>


namespace tlatrace::instrument {

AsyncSink::AsyncSink(std::shared_ptr<Sink> downstream, AsyncOptions options)
    : downstream_(std::move(downstream)), options_(options), ring_(options.capacity) {
  // Producers do not wake the writer for every line (a futex call costs more than an event):
  // an idle writer sleeps at most idle_wakeup, and is woken early once a quarter of the ring
  // has filled since it fell asleep (it only sleeps when the ring is empty).
  wake_mask_ = ring_.capacity() >= 8 ? ring_.capacity() / 4 - 1 : 0;
  writer_ = std::thread([this] { run_writer(); });
}

AsyncSink::~AsyncSink() {
  {
    std::lock_guard lock(mutex_);
    stopping_.store(true, std::memory_order_seq_cst);
    wake_requested_ = true;
  }
  writer_cv_.notify_one();
  if (writer_.joinable()) writer_.join();
}

void AsyncSink::write(std::string_view lines) noexcept {
  std::chrono::steady_clock::time_point deadline{};
  for (;;) {
    std::uint64_t position;
    if (char* text = ring_.claim(lines.size(), position)) {
      std::memcpy(text, lines.data(), lines.size());
      publish_line(position, lines.size());
      return;
    }
    if (position != kRefused || !wait_for_room(deadline)) break;  // out of memory, or waited enough
  }
  drop_line();
}

bool AsyncSink::wait_for_room(std::chrono::steady_clock::time_point& deadline) noexcept {
  const auto now = std::chrono::steady_clock::now();
  if (deadline == std::chrono::steady_clock::time_point{}) {
    wake_writer();  // full: the writer must drain now
    if (options_.max_block.count() <= 0) return false;
    deadline = now + options_.max_block;
  }
  if (now >= deadline) return false;
  std::this_thread::yield();
  return true;
}

void AsyncSink::wake_writer() noexcept {
  {
    std::lock_guard lock(mutex_);
    wake_requested_ = true;
  }
  writer_cv_.notify_one();
}

void AsyncSink::flush() noexcept {
  const std::uint64_t target = ring_.pushed();
  const std::uint64_t drops = dropped_.load(std::memory_order_relaxed);
  wake_writer();
  {
    std::unique_lock lock(mutex_);
    progress_cv_.wait(lock, [&] {
      return written_.load(std::memory_order_acquire) >= target &&
             reported_drops_.load(std::memory_order_acquire) >= drops;
    });
  }
  downstream_->flush();
}

bool AsyncSink::drain_batch(std::string& batch) {
  std::uint64_t popped = 0;
  while (batch.size() < options_.batch_bytes && ring_.try_pop_append(batch)) ++popped;
  if (popped == 0) return false;
  report_drops(batch);
  downstream_->write(batch);
  written_.fetch_add(popped, std::memory_order_release);
  return true;
}

void AsyncSink::report_drops(std::string& batch) {
  const std::uint64_t dropped = dropped_.load(std::memory_order_relaxed);
  const std::uint64_t reported = reported_drops_.load(std::memory_order_relaxed);
  if (dropped == reported) return;
  batch += "{\"#meta\":{\"dropped\":";
  batch += std::to_string(dropped - reported);
  batch += "}}\n";
  // Marked reported only once `batch` is written: flush() waits for it.
  pending_report_ = dropped;
}

void AsyncSink::run_writer() {
  std::string batch;
  batch.reserve(options_.batch_bytes + 4096);
  auto publish_progress = [&] {
    if (pending_report_ != reported_drops_.load(std::memory_order_relaxed)) {
      reported_drops_.store(pending_report_, std::memory_order_release);
    }
    { std::lock_guard lock(mutex_); }
    progress_cv_.notify_all();
  };
  for (;;) {
    batch.clear();
    if (drain_batch(batch)) {
      publish_progress();
      continue;
    }
    // Caught up: say how many lines were dropped since the last report.
    report_drops(batch);
    if (!batch.empty()) downstream_->write(batch);
    publish_progress();
    if (!ring_.claimed_empty()) {
      std::this_thread::yield();  // a producer is still copying its line into the head cell
      continue;
    }
    if (stopping_.load(std::memory_order_seq_cst)) break;
    writer_sleeping_.store(true, std::memory_order_seq_cst);
    if (!ring_.claimed_empty()) {
      writer_sleeping_.store(false, std::memory_order_relaxed);
      continue;
    }
    {  // a missed wakeup only delays the writer by idle_wakeup; see the constructor
      std::unique_lock lock(mutex_);
      writer_cv_.wait_for(lock, options_.idle_wakeup, [&] { return wake_requested_; });
      wake_requested_ = false;
    }
    writer_sleeping_.store(false, std::memory_order_relaxed);
  }
  downstream_->flush();
}

}  // namespace tlatrace::instrument
