// Tracer and EventBuilder: the exact line shape, params and state, disabled modes, threads.
#include "instrument/tracer.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "instrument/memory_sink.hpp"
#include "instrument/record.hpp"
#include "tests/instrument/test_support.hpp"

namespace raft_log {
struct Entry {
  int term;
  std::string value;
};
TLATRACE_RECORD(Entry, term, value)
}  // namespace raft_log

namespace tlatrace::instrument {
namespace {

using testing::parse;

TEST(InstrumentTracerTest, WritesTheDocumentedLineShape) {
  auto sink = std::make_shared<MemorySink>();
  Tracer tracer("n1", sink);
  std::vector<raft_log::Entry> log{{1, "x"}, {2, "y"}};
  tracer.event("ClientRequest").param("i", tracer.node()).set("log", log).set("currentTerm", 2).emit();
  ASSERT_EQ(sink->size(), 1u);
  EXPECT_EQ(sink->lines()[0],
            R"({"action":"ClientRequest","params":{"i":"n1"},"node":"n1","clock":1,"vc":{"n1":1},)"
            R"("log":[{"term":1,"value":"x"},{"term":2,"value":"y"}],"currentTerm":2})");
}

TEST(InstrumentTracerTest, ParamsAndVariablesMayInterleave) {
  auto sink = std::make_shared<MemorySink>();
  Tracer tracer("n2", sink);
  tracer.event("Vote")
      .set("votedFor", std::map<std::string, std::string>{{"n2", "n1"}})
      .param("i", "n2")
      .set("votes", std::set<std::string>{"n1", "n2"})
      .param("j", "n1")
      .emit();
  EXPECT_EQ(sink->lines()[0],
            R"({"action":"Vote","params":{"i":"n2","j":"n1"},"node":"n2","clock":1,"vc":{"n2":1},)"
            R"("votedFor":{"n2":"n1"},"votes":{"#set":["n1","n2"]}})");
}

TEST(InstrumentTracerTest, IntegersOfEveryKindAsParamsAndVariables) {
  // Integers take a shortcut past to_tla when the name is plain; the text must be the same.
  auto memory = std::make_shared<MemorySink>();
  Tracer tracer("n1", memory);
  const std::int64_t low = std::numeric_limits<std::int64_t>::min();
  const std::uint64_t high = std::numeric_limits<std::uint64_t>::max();
  const std::uint8_t byte = 200;
  const short small = -7;
  tracer.event("E")
      .param("low", low)
      .param("high", high)
      .param(std::string("esc\"aped"), -1)
      .set("byte", byte)
      .set("small", small)
      .set("zero", 0u)
      .set(std::string("v\t"), 12345678901ll)
      .emit();
  const auto lines = memory->lines();
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0], "{\"action\":\"E\",\"params\":{\"low\":" + to_tla_string(low) + ",\"high\":" + to_tla_string(high) +
                          ",\"esc\\\"aped\":-1},\"node\":\"n1\",\"clock\":1,\"vc\":{\"n1\":1},\"byte\":200,"
                          "\"small\":-7,\"zero\":0,\"v\\t\":12345678901}");
  EXPECT_EQ(parse(lines[0])["params"]["low"], low);
  EXPECT_EQ(parse(lines[0])["params"]["high"], high);
}

TEST(InstrumentTracerTest, EventWithoutFieldsAndEscapedNames) {
  auto sink = std::make_shared<MemorySink>();
  Tracer tracer("node \"7\"", sink);
  tracer.event("Tick\n").emit();
  EXPECT_EQ(sink->lines()[0],
            R"({"action":"Tick\n","params":{},"node":"node \"7\"","clock":1,"vc":{"node \"7\"":1}})");
}

TEST(InstrumentTracerTest, AnEventNotEmittedIsDiscarded) {
  auto sink = std::make_shared<MemorySink>();
  Tracer tracer("n1", sink);
  {
    auto forgotten = tracer.event("Forgotten");
    forgotten.set("x", 1);
  }
  tracer.event("Kept").emit();
  ASSERT_EQ(sink->size(), 1u);
  EXPECT_EQ(parse(sink->lines()[0])["action"], "Kept");
  EXPECT_EQ(parse(sink->lines()[0])["clock"], 1) << "a discarded event does not tick the clock";
}

TEST(InstrumentTracerTest, EventsMayBeBuiltInsideOneAnother) {
  auto sink = std::make_shared<MemorySink>();
  Tracer tracer("n1", sink);
  auto outer = tracer.event("Outer");
  outer.set("a", 1);
  {
    auto inner = tracer.event("Inner");
    inner.set("b", 2);
    inner.emit();
  }
  outer.set("c", 3);
  outer.emit();
  const auto lines = sink->lines();
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(parse(lines[0])["b"], 2);
  EXPECT_EQ(parse(lines[1])["a"], 1);
  EXPECT_EQ(parse(lines[1])["c"], 3);
  EXPECT_FALSE(parse(lines[1]).contains("b"));
}

/// Emits one event from its destructor: a thread_local made before the thread's first event
/// is destroyed after the thread's own scratch.
struct EmitsAtThreadExit {
  Tracer* tracer = nullptr;
  ~EmitsAtThreadExit() {
    if (tracer) tracer->event("AtExit").set("x", 7).emit();
  }
};

TEST(InstrumentTracerTest, EventsMayBeEmittedWhileTheThreadExits) {
  auto sink = std::make_shared<MemorySink>();
  Tracer tracer("n1", sink);
  std::thread([&] {
    static thread_local EmitsAtThreadExit at_exit;
    at_exit.tracer = &tracer;  // made first, destroyed last
    tracer.event("Before").set("x", 1).emit();
  }).join();
  const auto lines = sink->lines();
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(parse(lines[0])["action"], "Before");
  EXPECT_EQ(parse(lines[1])["action"], "AtExit");
  EXPECT_EQ(parse(lines[1])["x"], 7);
}

TEST(InstrumentTracerTest, BuilderCanBeMovedAndFilledAcrossStatements) {
  auto sink = std::make_shared<MemorySink>();
  Tracer tracer("n1", sink);
  auto event = tracer.event("Step");
  for (int i = 0; i < 3; ++i) event.set("v" + std::to_string(i), i);
  EventBuilder moved = std::move(event);
  EXPECT_FALSE(event.enabled());
  event.emit();  // moved-from: does nothing
  moved.emit();
  moved.emit();  // already emitted: does nothing
  ASSERT_EQ(sink->size(), 1u);
  EXPECT_EQ(parse(sink->lines()[0])["v2"], 2);
}

TEST(InstrumentTracerTest, TracerWithoutSinkIsDisabledAndEmitsNothing) {
  Tracer tracer("n1", nullptr);
  EXPECT_FALSE(tracer.enabled());
  auto event = tracer.event("X");
  EXPECT_FALSE(event.enabled());
  event.param("i", 1).set("log", std::vector<int>{1, 2}).emit();
  EXPECT_EQ(tracer.lamport_time(), 0u);
}

TEST(InstrumentTracerTest, RunTimeSwitchTurnsEveryTracerOff) {
  auto sink = std::make_shared<MemorySink>();
  Tracer tracer("n1", sink);
  set_tracing_enabled(false);
  EXPECT_FALSE(tracing_enabled());
  EXPECT_FALSE(tracer.enabled());
  tracer.event("Hidden").set("x", 1).emit();
  set_tracing_enabled(true);
  tracer.event("Shown").emit();
  ASSERT_EQ(sink->size(), 1u);
  EXPECT_EQ(parse(sink->lines()[0])["action"], "Shown");
}

TEST(InstrumentTracerTest, ThreadsSharingOneTracerGetDistinctClocksInOrder) {
  auto sink = std::make_shared<MemorySink>();
  Tracer tracer("n1", sink);
  testing::emit_from_threads(tracer, 8, 2000);
  testing::expect_clock_order(sink->lines(), 8, 2000, 1);
}

}  // namespace
}  // namespace tlatrace::instrument
