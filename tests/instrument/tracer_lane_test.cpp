// Tracers on an AsyncSink each write into a lane of their own: lanes wrap around, lines
// longer than a lane keep their place, several tracers (and plain write() calls) share one
// sink, a tracer may die before its sink, and a node's lines stay in clock order across the
// threads that share its tracer even through a small lane.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "instrument/instrument.hpp"
#include "tests/instrument/test_support.hpp"

namespace tlatrace::instrument {
namespace {

using testing::parse;

constexpr std::size_t kTinyLane = 256;  // a few short events: wraps around all the time
const AsyncOptions kLossless{.max_block = std::chrono::seconds(30), .lane_bytes = kTinyLane};

TEST(InstrumentTracerLaneTest, ATinyLaneWrapsAroundAndLosesNothing) {
  auto plain = std::make_shared<MemorySink>();
  auto memory = std::make_shared<MemorySink>();
  auto async = std::make_shared<AsyncSink>(memory, kLossless);
  Tracer expected_tracer("n1", plain);
  Tracer tracer("n1", async);
  for (int i = 0; i < 3000; ++i) {
    // Lengths vary, so records land at every offset of the lane.
    const std::string text(static_cast<std::size_t>(i % 50), 'a');
    expected_tracer.event("E").param("i", i).set("s", text).emit();
    tracer.event("E").param("i", i).set("s", text).emit();
  }
  tracer.flush();
  EXPECT_EQ(async->dropped(), 0u);
  EXPECT_EQ(async->written(), 3000u);
  EXPECT_EQ(memory->lines(), plain->lines());
}

TEST(InstrumentTracerLaneTest, LinesLongerThanTheLaneKeepTheirPlace) {
  auto memory = std::make_shared<MemorySink>();
  auto async = std::make_shared<AsyncSink>(memory, kLossless);
  Tracer tracer("n1", async);
  for (int i = 0; i < 100; ++i) {
    const std::size_t size = i % 3 == 0 ? 10000 : static_cast<std::size_t>(i);  // every third: far too long
    tracer.event("E").param("i", i).set("s", std::string(size, 'q')).emit();
  }
  tracer.flush();
  const auto lines = memory->lines();
  ASSERT_EQ(lines.size(), 100u);
  for (int i = 0; i < 100; ++i) {
    const auto event = parse(lines[static_cast<std::size_t>(i)]);
    EXPECT_EQ(event["params"]["i"], i);
    EXPECT_EQ(event["clock"], i + 1);
    EXPECT_EQ(event["s"].get<std::string>().size(), i % 3 == 0 ? 10000u : static_cast<std::size_t>(i));
  }
}

TEST(InstrumentTracerLaneTest, SeveralTracersAndPlainWritesShareOneSink) {
  constexpr int kNodes = 4;
  constexpr int kEvents = 20000;
  auto memory = std::make_shared<MemorySink>();
  auto async = std::make_shared<AsyncSink>(memory, kLossless);
  std::vector<std::thread> threads;
  for (int t = 0; t < kNodes; ++t) {
    threads.emplace_back([async, t] {
      Tracer tracer("t" + std::to_string(t), async);
      for (int i = 0; i < kEvents; ++i) tracer.event("Step").param("i", i).emit();
    });
  }
  threads.emplace_back([async] {
    for (int i = 0; i < kEvents; ++i) async->write("{\"plain\":" + std::to_string(i) + "}\n");
  });
  for (auto& thread : threads) thread.join();
  async->flush();
  EXPECT_EQ(async->dropped(), 0u);
  std::map<std::string, int> next;  // per node (and the plain writer): the next expected number
  for (const auto& line : memory->lines()) {
    const auto json = parse(line);
    if (json.contains("plain")) {
      ASSERT_EQ(json["plain"], next["plain"]++);
      continue;
    }
    const std::string node = json["node"];
    ASSERT_EQ(json["params"]["i"], next[node]);
    ASSERT_EQ(json["clock"], ++next[node]);
  }
  EXPECT_EQ(next.size(), static_cast<std::size_t>(kNodes) + 1);
  for (const auto& [node, count] : next) EXPECT_EQ(count, kEvents) << node;
}

TEST(InstrumentTracerLaneTest, ATracerMayDieBeforeItsSink) {
  auto memory = std::make_shared<MemorySink>();
  auto async = std::make_shared<AsyncSink>(memory, AsyncOptions{.lane_bytes = 1 << 16});
  for (int round = 0; round < 50; ++round) {  // many short-lived tracers: their lanes are let go
    Tracer tracer("n" + std::to_string(round), async);
    for (int i = 0; i < 10; ++i) tracer.event("E").param("i", i).emit();
  }  // not flushed: the lines are still queued when each tracer dies
  async->flush();
  EXPECT_EQ(memory->size(), 500u);
  Tracer late("late", async);
  late.event("E").emit();
  late.flush();
  EXPECT_EQ(memory->size(), 501u);
}

TEST(InstrumentTracerLaneTest, ASinkDestroyedFirstStillWritesTheTracersLines) {
  auto memory = std::make_shared<MemorySink>();
  {
    auto tracer = std::make_unique<Tracer>("n1", std::make_shared<AsyncSink>(memory, kLossless));
    for (int i = 0; i < 100; ++i) tracer->event("E").param("i", i).emit();
  }  // the tracer held the last reference to the sink, whose destructor drains the lane
  EXPECT_EQ(memory->size(), 100u);
}

TEST(InstrumentTracerLaneTest, ThreadsSharingATracerKeepClockOrderThroughATinyLane) {
  auto memory = std::make_shared<MemorySink>();
  constexpr int kThreads = 4;
  constexpr int kEvents = 5000;
  {
    auto async = std::make_shared<AsyncSink>(memory, kLossless);
    Tracer tracer("n1", async);
    testing::emit_from_threads(tracer, kThreads, kEvents);
    tracer.flush();
    EXPECT_EQ(async->dropped(), 0u);
  }
  testing::expect_clock_order(memory->lines(), kThreads, kEvents, 1);
}

TEST(InstrumentTracerLaneTest, ClockTextStaysRightForLongNamesManyNodesAndLargeCounts) {
  // The tail of a line is written from copies of its rarely changing parts (padded for
  // fixed-size moves; longer ones take another path) and counters that keep their digits:
  // check a node name longer than the padding, a vector clock whose other entries outgrow
  // it, and clocks carrying past 10^8, against what the clocks themselves say.
  const std::string node(40, 'n');
  auto memory = std::make_shared<MemorySink>();
  auto async = std::make_shared<AsyncSink>(memory, kLossless);
  Tracer tracer(node, async);
  Tracer other("short", std::make_shared<MemorySink>());
  std::vector<std::string> expected;
  auto emit = [&](int i) {
    tracer.event("E").param("i", i).set("s", std::string(static_cast<std::size_t>(i % 20), 'x')).emit();
    expected.push_back(std::to_string(tracer.lamport_time()) + " " + testing::vector_clock_json(tracer.vector_clock()));
  };
  for (int i = 0; i < 5; ++i) emit(i);
  for (int k = 0; k < 6; ++k) {  // six more nodes: the other entries take ~100 bytes
    Stamp stamp;
    stamp.lamport = 99999990 + static_cast<std::uint64_t>(k);
    stamp.vc.set("node-" + std::to_string(k), 99999995 + static_cast<std::uint64_t>(k));
    stamp.vc.set(node, 99999990);  // our own entry pushed to just below 10^8
    tracer.on_receive(stamp);
    for (int i = 0; i < 4; ++i) emit(i);
  }
  tracer.flush();
  const auto lines = memory->lines();
  ASSERT_EQ(lines.size(), expected.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto event = parse(lines[i]);
    EXPECT_EQ(event["node"], node);
    EXPECT_EQ(std::to_string(event["clock"].get<std::uint64_t>()) + " " + event["vc"].dump(), expected[i]) << lines[i];
  }
  EXPECT_GT(parse(lines.back())["clock"].get<std::uint64_t>(), 100000000u);  // the carry past 10^8 was written
  EXPECT_GT(parse(lines.back())["vc"][node].get<std::uint64_t>(), 100000000u);
}

TEST(InstrumentTracerLaneTest, StringParamsAndVariablesOfEveryShortLength) {
  // Short strings with plain names take a shortcut past to_tla: the text must be the same,
  // escapes included, at every length around the shortcut's limit.
  auto memory = std::make_shared<MemorySink>();
  auto async = std::make_shared<AsyncSink>(memory, kLossless);
  Tracer tracer("n1", async);
  std::vector<std::string> texts, heads;
  for (std::size_t length = 0; length <= 20; ++length) {
    std::string text;
    for (std::size_t i = 0; i < length; ++i) text += static_cast<char>('A' + i);
    texts.push_back(text);
    if (length > 0) {
      texts.push_back(text);
      texts.back()[length / 2] = '"';
      texts.push_back(text);
      texts.back()[length - 1] = '\n';
    }
  }
  for (const std::string& text : texts) {
    tracer.event("S").param("p", text).set("v", std::string_view(text)).param("q", std::string_view(text)).set("w", text).emit();
    const std::string json = to_tla_string(text);
    heads.push_back(R"({"action":"S","params":{"p":)" + json + R"(,"q":)" + json);
  }
  tracer.flush();
  const auto lines = memory->lines();
  ASSERT_EQ(lines.size(), texts.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto event = parse(lines[i]);
    EXPECT_EQ(event["params"]["p"], texts[i]);
    EXPECT_EQ(event["params"]["q"], texts[i]);
    EXPECT_EQ(event["v"], texts[i]);
    EXPECT_EQ(event["w"], texts[i]);
    EXPECT_EQ(lines[i].substr(0, lines[i].find("},\"node\"")), heads[i]);
  }
}

}  // namespace
}  // namespace tlatrace::instrument
