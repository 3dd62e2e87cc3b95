#include "instrument/async_sink.hpp"

#include <algorithm>
#include <cstring>

namespace tlatrace::instrument {

namespace {
/// A lane's size when AsyncOptions leaves it to the sink: room for `capacity` lines of 128 bytes.
std::size_t default_lane_bytes(const AsyncOptions& options) {
  if (options.lane_bytes != 0) return options.lane_bytes;
  return std::min(options.capacity, detail::LineLane::kMaxCapacity / 128) * 128;
}
}  // namespace

AsyncSink::AsyncSink(std::shared_ptr<Sink> downstream, AsyncOptions options)
    : downstream_(std::move(downstream)),
      options_(options),
      ring_(options.capacity),
      lane_bytes_(detail::LineLane::rounded_capacity(default_lane_bytes(options))) {
  // Producers do not wake the writer for every line (a futex call costs more than an event):
  // a writer that has caught up sleeps at most idle_wakeup, and is woken early once a quarter
  // of the ring or an eighth of a lane has filled (see LineLane::commit).
  wake_mask_ = ring_.capacity() >= 8 ? ring_.capacity() / 4 - 1 : 0;
  writer_ = std::thread([this] { run_writer(); });
}

AsyncSink::~AsyncSink() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    wake_requested_ = true;
  }
  writer_cv_.notify_one();
  if (writer_.joinable()) writer_.join();
}

void AsyncSink::write(std::string_view lines) noexcept {
  std::chrono::steady_clock::time_point deadline{};
  for (;;) {
    const std::uint64_t position = ring_.try_push(lines);
    if (position != detail::LineRing::kRefused) {
      after_push(position);
      return;
    }
    if (!wait_for_room(deadline)) break;  // full (or out of memory) for longer than max_block
  }
  drop_line();
}

std::shared_ptr<detail::LineLane> AsyncSink::open_lane() {
  auto lane = std::make_shared<detail::LineLane>(lane_bytes_);
  {
    std::lock_guard lock(mutex_);
    new_lanes_.push_back(lane);
  }
  return lane;
}

bool AsyncSink::wait_for_room(std::chrono::steady_clock::time_point& deadline) noexcept {
  // Full: the writer must drain now. Only a sleeping writer needs the (costly) wakeup; the
  // test is repeated while waiting in case the writer falls asleep meanwhile.
  if (writer_sleeping_.load(std::memory_order_relaxed) && writer_sleeping_.exchange(false)) wake_writer();
  if (options_.max_block.count() <= 0) return false;
  const auto now = std::chrono::steady_clock::now();
  if (deadline == std::chrono::steady_clock::time_point{}) {
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
  std::uint64_t ticket;
  {
    std::lock_guard lock(mutex_);
    ticket = ++flush_requested_;
    wake_requested_ = true;
  }
  writer_cv_.notify_one();
  {
    std::unique_lock lock(mutex_);
    progress_cv_.wait(lock, [&] { return flush_done_ >= ticket; });
  }
  downstream_->flush();
}

std::uint64_t AsyncSink::fill_batch(std::string& batch, std::vector<std::shared_ptr<detail::LineLane>>& lanes) {
  std::uint64_t lines = 0;
  while (batch.size() < options_.batch_bytes && ring_.try_pop_append(batch)) ++lines;
  // Start at a different lane each time, so a busy lane cannot keep the others waiting.
  for (std::size_t k = 0; k < lanes.size() && batch.size() < options_.batch_bytes; ++k) {
    next_lane_ = next_lane_ + 1 < lanes.size() ? next_lane_ + 1 : 0;
    lines += lanes[next_lane_]->pop_append(batch, options_.batch_bytes);
  }
  return lines;
}

void AsyncSink::write_batch(std::string& batch, std::uint64_t lines) {
  report_drops(batch);
  downstream_->write(batch);
  written_.fetch_add(lines, std::memory_order_release);
}

bool AsyncSink::drain_all(std::string& batch, std::vector<std::shared_ptr<detail::LineLane>>& lanes) {
  bool any = false;
  std::uint64_t lines;
  for (;;) {
    batch.clear();
    lines = fill_batch(batch, lanes);
    const bool full = batch.size() >= options_.batch_bytes;
    if (lines != 0) {
      write_batch(batch, lines);  // with the drop report, after the lines queued before the drops
      any = true;
    }
    if (full) continue;  // more may be waiting
    if (ring_.claimed_empty()) break;
    // A producer is still copying its line into the ring; lines after it may have been
    // published before a flush() this drain must cover.
    if (lines == 0) std::this_thread::yield();
  }
  if (lines == 0) {  // nothing was queued: say how many lines were dropped since the last report
    batch.clear();
    report_drops(batch);
    if (!batch.empty()) downstream_->write(batch);
  }
  std::erase_if(lanes, [](const auto& lane) { return lane->finished(); });
  return any;
}

void AsyncSink::report_drops(std::string& batch) {
  const std::uint64_t dropped = dropped_.load(std::memory_order_relaxed);
  if (dropped == reported_drops_) return;
  batch += "{\"#meta\":{\"dropped\":";
  batch += std::to_string(dropped - reported_drops_);
  batch += "}}\n";
  reported_drops_ = dropped;
}

void AsyncSink::take_new_lanes(std::vector<std::shared_ptr<detail::LineLane>>& lanes) {
  lanes.insert(lanes.end(), new_lanes_.begin(), new_lanes_.end());
  new_lanes_.clear();
}

void AsyncSink::run_writer() {
  std::string batch;
  batch.reserve(options_.batch_bytes + 4096);
  std::vector<std::shared_ptr<detail::LineLane>> lanes;  // writer only
  for (;;) {
    std::uint64_t flush_request;
    bool stopping;
    {
      std::lock_guard lock(mutex_);
      flush_request = flush_requested_;
      stopping = stopping_;
      take_new_lanes(lanes);
    }
    // Everything queued before the flush requests read above is written by this drain.
    drain_all(batch, lanes);
    bool flushed = false;
    {
      std::lock_guard lock(mutex_);
      if (flush_done_ != flush_request) {
        flush_done_ = flush_request;
        flushed = true;
      }
    }
    if (flushed) progress_cv_.notify_all();
    if (stopping) break;
    // Caught up: sleep even if lines arrived meanwhile. A writer that kept polling the lanes
    // would take each line as soon as it is written, and pay (and make the producer pay) a
    // transfer of its cache lines between cores per line; it takes them in bulk instead.
    writer_sleeping_.store(true, std::memory_order_seq_cst);
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
