// AsyncSink: ordering, flushing, bounded queue with counted drops, never blocking the host.
#include "instrument/async_sink.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "instrument/memory_sink.hpp"
#include "tests/instrument/test_support.hpp"

namespace tlatrace::instrument {
namespace {

using testing::parse;
using testing::StallingSink;

std::string numbered_line(int i) { return "{\"n\":" + std::to_string(i) + "}\n"; }

TEST(InstrumentAsyncSinkTest, DeliversLinesInOrderAndFlushWaitsForThem) {
  auto memory = std::make_shared<MemorySink>();
  AsyncSink sink(memory);
  for (int i = 0; i < 1000; ++i) sink.write(numbered_line(i));
  sink.flush();
  const auto lines = memory->lines();
  ASSERT_EQ(lines.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(lines[static_cast<std::size_t>(i)], numbered_line(i).substr(0, numbered_line(i).size() - 1));
  EXPECT_EQ(sink.dropped(), 0u);
  EXPECT_EQ(sink.written(), 1000u);
}

TEST(InstrumentAsyncSinkTest, DestructionWritesEverythingQueued) {
  auto memory = std::make_shared<MemorySink>();
  {
    AsyncSink sink(memory);
    for (int i = 0; i < 500; ++i) sink.write(numbered_line(i));
  }
  EXPECT_EQ(memory->size(), 500u);
}

TEST(InstrumentAsyncSinkTest, LongLinesTakeTheOverflowPath) {
  auto memory = std::make_shared<MemorySink>();
  AsyncSink sink(memory, AsyncOptions{.capacity = 4});
  const std::string long_line = "{\"s\":\"" + std::string(10000, 'y') + "\"}\n";
  for (int i = 0; i < 3; ++i) {
    sink.write(long_line);
    sink.flush();
  }
  const auto lines = memory->lines();
  ASSERT_EQ(lines.size(), 3u);
  for (const auto& line : lines) EXPECT_EQ(line + "\n", long_line);
}

TEST(InstrumentAsyncSinkTest, FullQueueDropsCountsAndReportsTheDrops) {
  auto stalling = std::make_shared<StallingSink>();
  AsyncSink sink(stalling, AsyncOptions{.capacity = 4});
  sink.write(numbered_line(0));
  stalling->wait_until_stalled();  // the writer holds line 0 and is stuck downstream
  const auto start = std::chrono::steady_clock::now();
  for (int i = 1; i <= 10; ++i) sink.write(numbered_line(i));  // 4 fit, 6 are dropped
  const auto host_time = std::chrono::steady_clock::now() - start;
  EXPECT_LT(host_time, std::chrono::seconds(1)) << "the host must not wait on a full queue";
  EXPECT_EQ(sink.dropped(), 6u);
  stalling->release();
  sink.flush();
  const auto lines = stalling->inner().lines();
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[0], R"({"n":0})");
  for (int i = 1; i <= 4; ++i) EXPECT_EQ(lines[static_cast<std::size_t>(i)], "{\"n\":" + std::to_string(i) + "}");
  EXPECT_EQ(lines[5], R"({"#meta":{"dropped":6}})");
  EXPECT_EQ(parse(lines[5])["#meta"]["dropped"], 6);

  // Without new drops no further drop line appears.
  sink.write(numbered_line(11));
  sink.flush();
  const auto after = stalling->inner().lines();
  ASSERT_EQ(after.size(), 7u);
  EXPECT_EQ(after.back(), R"({"n":11})");
}

TEST(InstrumentAsyncSinkTest, MaxBlockWaitsForRoomInsteadOfDropping) {
  auto stalling = std::make_shared<StallingSink>();
  AsyncSink sink(stalling, AsyncOptions{.capacity = 2, .max_block = std::chrono::seconds(10)});
  sink.write(numbered_line(0));
  stalling->wait_until_stalled();
  sink.write(numbered_line(1));
  sink.write(numbered_line(2));  // the ring is now full
  std::thread releaser([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    stalling->release();
  });
  sink.write(numbered_line(3));  // waits until the writer makes room
  releaser.join();
  sink.flush();
  EXPECT_EQ(sink.dropped(), 0u);
  EXPECT_EQ(stalling->inner().size(), 4u);
}

TEST(InstrumentAsyncSinkTest, MaxBlockIsABound) {
  auto stalling = std::make_shared<StallingSink>();
  AsyncSink sink(stalling, AsyncOptions{.capacity = 2, .max_block = std::chrono::milliseconds(5)});
  sink.write(numbered_line(0));
  stalling->wait_until_stalled();
  sink.write(numbered_line(1));
  sink.write(numbered_line(2));
  const auto start = std::chrono::steady_clock::now();
  sink.write(numbered_line(3));  // still full after 5 ms: dropped
  const auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_GE(waited, std::chrono::milliseconds(5));
  EXPECT_LT(waited, std::chrono::seconds(1));
  EXPECT_EQ(sink.dropped(), 1u);
  stalling->release();
  sink.flush();
  EXPECT_EQ(stalling->inner().lines().back(), R"({"#meta":{"dropped":1}})");
}

TEST(InstrumentAsyncSinkTest, ManyProducersLoseNothingWhenAllowedToWait) {
  auto memory = std::make_shared<MemorySink>();
  AsyncSink sink(memory, AsyncOptions{.capacity = 64, .max_block = std::chrono::seconds(10)});
  constexpr int kThreads = 4;
  constexpr int kLines = 5000;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&sink, t] {
      for (int i = 0; i < kLines; ++i) sink.write("{\"t\":" + std::to_string(t) + ",\"i\":" + std::to_string(i) + "}\n");
    });
  }
  for (auto& thread : threads) thread.join();
  sink.flush();
  std::vector<int> next(kThreads, 0);
  for (const auto& line : memory->lines()) {
    const auto json = parse(line);
    const int t = json["t"];
    EXPECT_EQ(json["i"], next[static_cast<std::size_t>(t)]) << "per-producer order";
    ++next[static_cast<std::size_t>(t)];
  }
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(next[static_cast<std::size_t>(t)], kLines);
  EXPECT_EQ(sink.dropped(), 0u);
}

}  // namespace
}  // namespace tlatrace::instrument
