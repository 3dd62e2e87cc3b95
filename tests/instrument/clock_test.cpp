// Clocks: Lamport ticks and merges, vector clock merges, stamps on messages.
#include "instrument/clock.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "instrument/memory_sink.hpp"
#include "instrument/tracer.hpp"
#include "tests/instrument/test_support.hpp"

namespace tlatrace::instrument {
namespace {

using testing::parse;

TEST(InstrumentLamportClockTest, TicksAndMergesTakeTheMaximum) {
  LamportClock clock;
  EXPECT_EQ(clock.value(), 0u);
  EXPECT_EQ(clock.tick(), 1u);
  EXPECT_EQ(clock.tick(), 2u);
  clock.merge(10);
  EXPECT_EQ(clock.value(), 10u);
  clock.merge(3);  // an older message does not move the clock back
  EXPECT_EQ(clock.value(), 10u);
  EXPECT_EQ(clock.tick(), 11u);
}

TEST(InstrumentVectorClockTest, OwnerFirstAndMergeIsComponentwiseMaximum) {
  VectorClock a("n1");
  a.tick();
  a.tick();
  VectorClock b("n2");
  b.tick();
  b.set("n1", 1);
  b.set("n3", 4);
  a.merge(b);
  EXPECT_EQ(testing::vector_clock_json(a), R"({"n1":2,"n2":1,"n3":4})");
  EXPECT_EQ(a.get("n1"), 2u);
  EXPECT_EQ(a.get("unknown"), 0u);
  EXPECT_TRUE(b.less_or_equal(a));
  EXPECT_FALSE(a.less_or_equal(b));
}

TEST(InstrumentVectorClockTest, NodeNamesAreEscapedInJson) {
  VectorClock clock("a\"b");
  clock.tick();
  EXPECT_EQ(testing::vector_clock_json(clock), R"({"a\"b":1})");
}

TEST(InstrumentStampTest, EncodeDecodeRoundTrip) {
  Stamp stamp;
  stamp.lamport = 7;
  stamp.vc = VectorClock("n1");
  stamp.vc.set("n1", 3);
  stamp.vc.set("odd;name=%", 1);
  const std::string text = stamp.encode();
  EXPECT_EQ(text, "7;n1=3;odd%3Bname%3D%25=1");
  const auto decoded = Stamp::decode(text);
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(decoded->lamport, 7u);
  EXPECT_EQ(decoded->vc.get("n1"), 3u);
  EXPECT_EQ(decoded->vc.get("odd;name=%"), 1u);
  EXPECT_EQ(Stamp::decode("12")->lamport, 12u);
}

TEST(InstrumentStampTest, MalformedTextIsRejected) {
  for (const char* bad : {"", "x", "1;", "1;n1", "1;n1=", "1;n1=x", "1;%4=2", "1;%zz=2", "-1", "1;n1=2;"}) {
    EXPECT_FALSE(Stamp::decode(bad).has_value()) << bad;
  }
}

TEST(InstrumentTracerClockTest, EveryEventTicksTheLamportClockAndOwnEntry) {
  auto sink = std::make_shared<MemorySink>();
  Tracer tracer("n1", sink);
  for (int i = 0; i < 3; ++i) tracer.event("Step").emit();
  const auto lines = sink->lines();
  ASSERT_EQ(lines.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    const auto event = parse(lines[static_cast<std::size_t>(i)]);
    EXPECT_EQ(event["clock"], i + 1);
    EXPECT_EQ(event["vc"], nlohmann::json({{"n1", i + 1}}));
  }
  EXPECT_EQ(tracer.lamport_time(), 3u);
}

TEST(InstrumentTracerClockTest, ReceivingOrdersAfterTheSend) {
  auto sink = std::make_shared<MemorySink>();
  Tracer sender("n1", sink);
  Tracer receiver("n2", sink);
  for (int i = 0; i < 5; ++i) sender.event("Work").emit();
  sender.event("Send").emit();  // clock 6
  const Stamp stamp = sender.on_send();
  EXPECT_EQ(stamp.lamport, 6u);
  receiver.event("Idle").emit();  // clock 1
  // The stamp travels as text in a message header.
  receiver.on_receive(*Stamp::decode(stamp.encode()));
  receiver.event("Receive").emit();
  const auto receive = parse(sink->lines().back());
  EXPECT_EQ(receive["node"], "n2");
  EXPECT_EQ(receive["clock"], 7);
  EXPECT_EQ(receive["vc"], nlohmann::json({{"n2", 2}, {"n1", 6}}));
  EXPECT_EQ(sink->lines().back(),
            R"({"action":"Receive","params":{},"node":"n2","clock":7,"vc":{"n2":2,"n1":6}})");
}

TEST(InstrumentTracerClockTest, DisabledTracerSendsEmptyStampsAndIgnoresReceives) {
  Tracer off("n1", nullptr);
  const Stamp stamp = off.on_send();
  EXPECT_TRUE(stamp.empty());
  EXPECT_EQ(stamp.encode(), "0");
  off.on_receive(Stamp{5, VectorClock("n9")});
  EXPECT_EQ(off.lamport_time(), 0u);
}

}  // namespace
}  // namespace tlatrace::instrument
