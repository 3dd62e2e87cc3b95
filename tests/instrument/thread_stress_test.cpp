// 8 threads x 1,000,000 events through the asynchronous path: none is lost.
#include <gtest/gtest.h>

#include <atomic>
#include <charconv>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "instrument/async_sink.hpp"
#include "instrument/tracer.hpp"

namespace tlatrace::instrument {
namespace {

/// Counts lines per node and checks each node's "clock" runs 1, 2, 3, ... without a gap
/// (or, when gaps are allowed, only increases), and adds up the reported drops.
class CheckingSink final : public Sink {
 public:
  explicit CheckingSink(int nodes, bool gaps_allowed = false)
      : next_clock_(static_cast<std::size_t>(nodes), 1), gaps_allowed_(gaps_allowed) {}

  void write(std::string_view lines) noexcept override {
    std::lock_guard lock(mutex_);
    while (!lines.empty()) {
      const auto end = lines.find('\n');
      check(lines.substr(0, end));
      lines.remove_prefix(end + 1);
    }
  }
  std::uint64_t lines() const { return lines_; }
  std::uint64_t errors() const { return errors_; }
  std::uint64_t meta() const { return meta_; }
  std::uint64_t reported_drops() const { return reported_drops_; }

 private:
  static std::uint64_t number_after(std::string_view line, std::string_view key) {
    const auto at = line.find(key);
    if (at == std::string_view::npos) return ~0ull;
    std::uint64_t value = ~0ull;
    std::from_chars(line.data() + at + key.size(), line.data() + line.size(), value);
    return value;
  }
  void check(std::string_view line) {
    ++lines_;
    if (line.starts_with("{\"#meta\"")) {
      ++meta_;
      reported_drops_ += number_after(line, "\"dropped\":");
      return;
    }
    const auto node = number_after(line, "\"node\":\"t");
    const auto clock = number_after(line, "\"clock\":");
    const auto seq = number_after(line, "\"params\":{\"seq\":");
    if (node >= next_clock_.size()) {
      ++errors_;
      return;
    }
    const bool in_order = gaps_allowed_ ? clock >= next_clock_[node] : clock == next_clock_[node];
    if (!in_order || seq + 1 != clock) {
      ++errors_;
      return;
    }
    next_clock_[node] = clock + 1;
  }

  std::mutex mutex_;
  std::vector<std::uint64_t> next_clock_;
  std::uint64_t lines_ = 0;
  std::uint64_t errors_ = 0;
  std::uint64_t meta_ = 0;
  std::uint64_t reported_drops_ = 0;
  bool gaps_allowed_;
};

TEST(InstrumentThreadStressTest, EightThreadsTimesOneMillionEventsLoseNothing) {
  constexpr int kThreads = 8;
  constexpr int kEvents = 1'000'000;
  auto checking = std::make_shared<CheckingSink>(kThreads);
  {
    // Producers may wait for the writer (a lossless configuration); drops would show up as
    // missing lines, a #meta line and a non-zero dropped() count.
    auto async = std::make_shared<AsyncSink>(checking, AsyncOptions{.capacity = 1 << 14, .max_block = std::chrono::seconds(30)});
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([async, t] {
        Tracer tracer("t" + std::to_string(t), async);
        for (int i = 0; i < kEvents; ++i) tracer.event("Step").param("seq", i).set("x", i & 7).emit();
      });
    }
    for (auto& thread : threads) thread.join();
    async->flush();
    EXPECT_EQ(async->dropped(), 0u);
    EXPECT_EQ(async->written(), static_cast<std::uint64_t>(kThreads) * kEvents);
  }
  EXPECT_EQ(checking->lines(), static_cast<std::uint64_t>(kThreads) * kEvents);
  EXPECT_EQ(checking->errors(), 0u);
  EXPECT_EQ(checking->meta(), 0u);
}

TEST(InstrumentThreadStressTest, DroppingModeAccountsForEveryEvent) {
  // The default configuration never waits: with a small ring some events are dropped, but
  // written events plus the drops reported in the trace add up to every event.
  constexpr int kThreads = 8;
  constexpr int kEvents = 200'000;
  auto checking = std::make_shared<CheckingSink>(kThreads, /*gaps_allowed=*/true);
  std::uint64_t dropped = 0;
  {
    auto async = std::make_shared<AsyncSink>(checking, AsyncOptions{.capacity = 256});
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([async, t] {
        Tracer tracer("t" + std::to_string(t), async);
        for (int i = 0; i < kEvents; ++i) tracer.event("Step").param("seq", i).emit();
      });
    }
    for (auto& thread : threads) thread.join();
    async->flush();
    dropped = async->dropped();
  }
  const std::uint64_t total = static_cast<std::uint64_t>(kThreads) * kEvents;
  RecordProperty("dropped", std::to_string(dropped));  // timing-dependent, usually most of them
  EXPECT_EQ(checking->errors(), 0u);
  EXPECT_EQ(checking->reported_drops(), dropped);
  EXPECT_EQ(checking->lines() - checking->meta() + dropped, total);
}

}  // namespace
}  // namespace tlatrace::instrument
