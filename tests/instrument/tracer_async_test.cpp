// A Tracer on an AsyncSink formats each line straight into a ring cell (Tracer::emit_into_ring):
// the same lines as through any other sink, a node's lines in clock order across threads,
// long lines, and a full ring that drops, counts and ticks the clocks without blocking.
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
  ev.set("v", std::string(300, 'z'));  // longer than a ring cell's inline text
  ev.param("p", true);
  ev.emit();
  tracer.event("Esc\"aped").param(std::string("k\n"), 1).set(std::string_view("v\t"), 2).emit();
}

TEST(InstrumentTracerAsyncTest, RingPathWritesTheSameLinesAsAPlainSink) {
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

TEST(InstrumentTracerAsyncTest, ThreadsSharingOneTracerReachTheRingInClockOrder) {
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

TEST(InstrumentTracerAsyncTest, FullRingDropsCountsAndStillTicksTheClocks) {
  auto stalling = std::make_shared<StallingSink>();
  auto async = std::make_shared<AsyncSink>(stalling, AsyncOptions{.capacity = 2});
  Tracer tracer("n1", async);
  tracer.event("E").param("k", 0).emit();
  stalling->wait_until_stalled();  // the writer holds event 0
  const auto start = std::chrono::steady_clock::now();
  for (int k = 1; k <= 6; ++k) tracer.event("E").param("k", k).emit();  // 2 fit, 4 dropped
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1)) << "the host must not wait";
  EXPECT_EQ(async->dropped(), 4u);
  EXPECT_EQ(tracer.lamport_time(), 7u);  // dropped events ticked too: the gap shows
  stalling->release();
  tracer.flush();  // the ring has room again
  tracer.event("E").param("k", 7).emit();
  tracer.flush();
  const auto lines = stalling->inner().lines();
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(parse(lines[0])["clock"], 1);
  EXPECT_EQ(parse(lines[1])["clock"], 2);
  EXPECT_EQ(parse(lines[2])["clock"], 3);
  EXPECT_EQ(parse(lines[3])["#meta"]["dropped"], 4);
  EXPECT_EQ(parse(lines[4])["clock"], 8);
  EXPECT_EQ(parse(lines[4])["params"]["k"], 7);
}

TEST(InstrumentTracerAsyncTest, FullRingWaitsAtMostMaxBlockThenDrops) {
  auto stalling = std::make_shared<StallingSink>();
  auto async = std::make_shared<AsyncSink>(
      stalling, AsyncOptions{.capacity = 2, .max_block = std::chrono::milliseconds(5)});
  Tracer tracer("n1", async);
  tracer.event("E").emit();
  stalling->wait_until_stalled();
  tracer.event("E").emit();
  tracer.event("E").emit();  // the ring is full
  const auto start = std::chrono::steady_clock::now();
  tracer.event("E").emit();
  const auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_GE(waited, std::chrono::milliseconds(5));
  EXPECT_LT(waited, std::chrono::seconds(1));
  EXPECT_EQ(async->dropped(), 1u);
  stalling->release();
  tracer.flush();
  EXPECT_EQ(parse(stalling->inner().lines().back())["#meta"]["dropped"], 1);
}

TEST(InstrumentTracerAsyncTest, AThreadWaitingForRoomDoesNotHoldTheClocks) {
  auto stalling = std::make_shared<StallingSink>();
  auto async = std::make_shared<AsyncSink>(stalling, AsyncOptions{.capacity = 2, .max_block = std::chrono::seconds(3)});
  Tracer tracer("n1", async);
  tracer.event("E").emit();
  stalling->wait_until_stalled();
  tracer.event("E").emit();
  tracer.event("E").emit();  // the ring is full
  std::thread waiter([&] { tracer.event("E").emit(); });  // waits up to 3 s for room
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  const auto start = std::chrono::steady_clock::now();
  const Stamp stamp = tracer.on_send();  // needs the clocks
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1500));
  EXPECT_EQ(stamp.lamport, 3u);
  stalling->release();
  waiter.join();
  tracer.flush();
  EXPECT_EQ(async->dropped(), 0u);
  EXPECT_EQ(parse(stalling->inner().lines().back())["clock"], 4);
}

}  // namespace
}  // namespace tlatrace::instrument
