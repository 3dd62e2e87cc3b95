// A Tracer on an AsyncSink formats each line straight into its lane (Tracer::emit_into_lane):
// the same lines as through any other sink, a node's lines in clock order across threads,
// long lines, and a full lane that drops, counts and ticks the clocks without blocking.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "instrument/instrument.hpp"
#include "tests/instrument/test_support.hpp"

namespace tlatrace::instrument {
namespace {

using testing::parse;
using testing::StallingSink;

/// The lines `emit_events` gives through `sink` (flushed).
template <class EmitEvents>
std::vector<std::string> lines_through(std::shared_ptr<Sink> sink, const MemorySink& memory, EmitEvents emit_events) {
  Tracer tracer("n1", sink);
  emit_events(tracer);
  tracer.flush();
  return memory.lines();
}

void mixed_events(Tracer& tracer) {
  tracer.event("NoFields").emit();
  tracer.event("OnlyParams").param("i", 1).param("j", "x").emit();
  tracer.event("OnlyVars").set("x", -42).set("y", std::vector<int>{1, 2}).emit();
  auto ev = tracer.event("Both");
  ev.set("v", std::string(300, 'z'));
  ev.param("p", true);
  ev.emit();
  tracer.event("Esc\"aped").param(std::string("k\n"), 1).set(std::string_view("v\t"), 2).emit();
}

TEST(InstrumentTracerAsyncTest, LanePathWritesTheSameLinesAsAPlainSink) {
  auto plain = std::make_shared<MemorySink>();
  const auto expected = lines_through(plain, *plain, mixed_events);
  auto memory = std::make_shared<MemorySink>();
  const auto got = lines_through(std::make_shared<AsyncSink>(memory), *memory, mixed_events);
  EXPECT_EQ(got, expected);
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0], R"({"action":"NoFields","params":{},"node":"n1","clock":1,"vc":{"n1":1}})");
  EXPECT_EQ(got[1], R"({"action":"OnlyParams","params":{"i":1,"j":"x"},"node":"n1","clock":2,"vc":{"n1":2}})");
  EXPECT_EQ(got[2], R"({"action":"OnlyVars","params":{},"node":"n1","clock":3,"vc":{"n1":3},"x":-42,"y":[1,2]})");
  EXPECT_EQ(parse(got[3])["v"], std::string(300, 'z'));
  EXPECT_EQ(parse(got[4])["params"]["k\n"], 1);
}

TEST(InstrumentTracerAsyncTest, ThreadsSharingOneTracerReachTheLaneInClockOrder) {
  auto memory = std::make_shared<MemorySink>();
  constexpr int kThreads = 8;
  constexpr int kEvents = 5000;
  {
    auto async = std::make_shared<AsyncSink>(memory, AsyncOptions{.capacity = 64, .max_block = std::chrono::seconds(30)});
    Tracer tracer("n1", async);
    tracer.on_receive(Stamp{10, [] {
                              VectorClock vc;
                              vc.set("n2", 4);
                              return vc;
                            }()});
    testing::emit_from_threads(tracer, kThreads, kEvents);
    tracer.flush();
    EXPECT_EQ(async->dropped(), 0u);
  }
  const auto lines = memory->lines();
  testing::expect_clock_order(lines, kThreads, kEvents, 11);  // after the received Lamport time 10
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const auto vc = parse(lines[k])["vc"];
    ASSERT_EQ(vc["n1"], k + 1);
    ASSERT_EQ(vc["n2"], 4);
  }
}

constexpr std::size_t kSmallLane = 256;  // holds a few short events

TEST(InstrumentTracerAsyncTest, FullLaneDropsCountsAndStillTicksTheClocks) {
  auto stalling = std::make_shared<StallingSink>();
  auto async = std::make_shared<AsyncSink>(stalling, AsyncOptions{.lane_bytes = kSmallLane});
  Tracer tracer("n1", async);
  tracer.event("E").param("k", 0).emit();
  stalling->wait_until_stalled();  // the writer holds event 0, the lane is empty
  const auto start = std::chrono::steady_clock::now();
  int k = 1;
  for (; async->dropped() == 0; ++k) {
    ASSERT_LT(k, 100) << "a 256-byte lane cannot hold 100 events";
    tracer.event("E").param("k", k).emit();
  }
  const int fitted = k - 2;  // events 1 .. k-2 fit, event k-1 was dropped
  ASSERT_GE(fitted, 1);
  for (int more = 0; more < 3; ++more, ++k) tracer.event("E").param("k", k).emit();  // dropped too
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1)) << "the host must not wait";
  EXPECT_EQ(async->dropped(), 4u);
  EXPECT_EQ(tracer.lamport_time(), static_cast<std::uint64_t>(k));  // dropped events ticked too: the gap shows
  stalling->release();
  tracer.flush();  // the lane has room again
  tracer.event("E").param("k", k).emit();
  tracer.flush();
  const auto lines = stalling->inner().lines();
  ASSERT_EQ(lines.size(), static_cast<std::size_t>(fitted) + 3);
  for (int i = 0; i <= fitted; ++i) {
    EXPECT_EQ(parse(lines[static_cast<std::size_t>(i)])["clock"], i + 1);
    EXPECT_EQ(parse(lines[static_cast<std::size_t>(i)])["params"]["k"], i);
  }
  EXPECT_EQ(parse(lines[static_cast<std::size_t>(fitted) + 1])["#meta"]["dropped"], 4);
  EXPECT_EQ(parse(lines.back())["clock"], k + 1);
  EXPECT_EQ(parse(lines.back())["params"]["k"], k);
}

/// How many events E{k} (k = 1, 2, ...) a lane of kSmallLane bytes takes after event 0.
int events_a_small_lane_holds() {
  auto stalling = std::make_shared<StallingSink>();
  auto async = std::make_shared<AsyncSink>(stalling, AsyncOptions{.lane_bytes = kSmallLane});
  Tracer tracer("n1", async);
  tracer.event("E").param("k", 0).emit();
  stalling->wait_until_stalled();
  int k = 1;
  for (; async->dropped() == 0 && k < 100; ++k) tracer.event("E").param("k", k).emit();
  stalling->release();
  return k - 2;
}

TEST(InstrumentTracerAsyncTest, FullLaneWaitsAtMostMaxBlockThenDrops) {
  const int fits = events_a_small_lane_holds();
  auto stalling = std::make_shared<StallingSink>();
  auto async = std::make_shared<AsyncSink>(
      stalling, AsyncOptions{.max_block = std::chrono::milliseconds(5), .lane_bytes = kSmallLane});
  Tracer tracer("n1", async);
  tracer.event("E").param("k", 0).emit();
  stalling->wait_until_stalled();
  for (int k = 1; k <= fits; ++k) tracer.event("E").param("k", k).emit();  // the lane is now full
  EXPECT_EQ(async->dropped(), 0u);
  const auto start = std::chrono::steady_clock::now();
  tracer.event("E").param("k", fits + 1).emit();
  const auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_GE(waited, std::chrono::milliseconds(5));
  EXPECT_LT(waited, std::chrono::seconds(1));
  EXPECT_EQ(async->dropped(), 1u);
  stalling->release();
  tracer.flush();
  EXPECT_EQ(parse(stalling->inner().lines().back())["#meta"]["dropped"], 1);
}

TEST(InstrumentTracerAsyncTest, FullLaneWithMaxBlockWaitsForRoomInsteadOfDropping) {
  const int fits = events_a_small_lane_holds();
  auto stalling = std::make_shared<StallingSink>();
  auto async = std::make_shared<AsyncSink>(
      stalling, AsyncOptions{.max_block = std::chrono::seconds(10), .lane_bytes = kSmallLane});
  Tracer tracer("n1", async);
  tracer.event("E").param("k", 0).emit();
  stalling->wait_until_stalled();
  for (int k = 1; k <= fits; ++k) tracer.event("E").param("k", k).emit();  // the lane is now full
  std::thread releaser([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    stalling->release();
  });
  tracer.event("E").param("k", fits + 1).emit();  // waits until the writer makes room
  releaser.join();
  tracer.flush();
  EXPECT_EQ(async->dropped(), 0u);
  const auto lines = stalling->inner().lines();
  ASSERT_EQ(lines.size(), static_cast<std::size_t>(fits) + 2);
  for (std::size_t i = 0; i < lines.size(); ++i) EXPECT_EQ(parse(lines[i])["params"]["k"], i);
}

TEST(InstrumentTracerAsyncTest, AThreadWaitingForRoomDoesNotHoldTheClocks) {
  const int fits = events_a_small_lane_holds();
  auto stalling = std::make_shared<StallingSink>();
  auto async = std::make_shared<AsyncSink>(
      stalling, AsyncOptions{.max_block = std::chrono::seconds(3), .lane_bytes = kSmallLane});
  Tracer tracer("n1", async);
  tracer.event("E").param("k", 0).emit();
  stalling->wait_until_stalled();
  for (int k = 1; k <= fits; ++k) tracer.event("E").param("k", k).emit();  // the lane is now full
  std::thread waiter([&] { tracer.event("E").param("k", fits + 1).emit(); });  // waits up to 3 s for room
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  const auto start = std::chrono::steady_clock::now();
  const Stamp stamp = tracer.on_send();  // needs the clocks
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1500));
  EXPECT_EQ(stamp.lamport, static_cast<std::uint64_t>(fits) + 1);
  stalling->release();
  waiter.join();
  tracer.flush();
  EXPECT_EQ(async->dropped(), 0u);
  EXPECT_EQ(parse(stalling->inner().lines().back())["clock"], fits + 2);
}

}  // namespace
}  // namespace tlatrace::instrument
