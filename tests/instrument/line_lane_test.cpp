// detail::LineLane, the single-producer byte ring behind each Tracer of an AsyncSink: lines
// come out whole and in order across many wrap-arounds, a full lane refuses a claim, an
// uncommitted claim is forgotten, heap records keep their place, the producer asks for the
// consumer to be woken once an eighth of the lane has filled.
#include "instrument/detail/line_lane.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

namespace tlatrace::instrument::detail {
namespace {

/// Writes `line` through claim/commit; false if the lane refused it.
bool push(LineLane& lane, const std::string& line) {
  char* room = lane.claim(line.size());
  if (room == nullptr) return false;
  std::memcpy(room, line.data(), line.size());
  lane.commit(room + line.size());
  return true;
}

std::string numbered(int i) { return "{\"n\":" + std::to_string(i) + "}\n"; }

TEST(InstrumentLineLaneTest, CapacityIsAPowerOfTwoAndLongLinesAreNotClaimed) {
  LineLane lane(1000);
  EXPECT_EQ(lane.capacity(), 1024u);
  EXPECT_EQ(lane.max_line(), 504u);
  EXPECT_EQ(LineLane(1).capacity(), 256u);
  EXPECT_EQ(LineLane::rounded_capacity(4096), 4096u);
}

TEST(InstrumentLineLaneTest, LinesComeOutInOrderAcrossManyWrapArounds) {
  LineLane lane(256);
  std::string expected, got;
  int next = 0;
  for (int round = 0; round < 500; ++round) {
    // Lines of varying length, so records land at every offset and the lap end is padded.
    while (push(lane, numbered(next) + std::string(static_cast<std::size_t>(next % 37), ' '))) {
      expected += numbered(next) + std::string(static_cast<std::size_t>(next % 37), ' ');
      ++next;
    }
    lane.pop_append(got, 1 << 20);
    EXPECT_TRUE(lane.empty());
  }
  EXPECT_GT(next, 1000);
  EXPECT_EQ(got, expected);
}

TEST(InstrumentLineLaneTest, AFullLaneRefusesAndAcceptsAgainOnceDrained) {
  LineLane lane(256);
  const std::string line(56, 'x');  // a 64-byte record with its header
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(push(lane, line)) << i;
  EXPECT_FALSE(push(lane, line));
  std::string out;
  EXPECT_EQ(lane.pop_append(out, 1), 1u) << "stops once `limit` bytes are taken";
  EXPECT_TRUE(push(lane, line));
  EXPECT_EQ(lane.pop_append(out, 1 << 20), 4u);
  EXPECT_EQ(out.size(), 5 * line.size());
}

TEST(InstrumentLineLaneTest, AClaimThatIsNotCommittedIsForgotten) {
  LineLane lane(256);
  std::string out;
  for (int i = 0; i < 12; ++i) ASSERT_TRUE(push(lane, "a\n"));  // 12 records of 16 bytes
  EXPECT_EQ(lane.pop_append(out, 1 << 20), 12u);
  ASSERT_NE(lane.claim(100), nullptr);  // does not fit before the lap end: padding written
  ASSERT_TRUE(push(lane, "b\n"));        // replaces the forgotten claim and its padding
  out.clear();
  EXPECT_EQ(lane.pop_append(out, 1 << 20), 1u);
  EXPECT_EQ(out, "b\n");
}

TEST(InstrumentLineLaneTest, HeapRecordsKeepTheirPlace) {
  LineLane lane(256);
  const std::string long_line = std::string(1000, 'y') + "\n";
  ASSERT_TRUE(push(lane, "a\n"));
  char* room = lane.claim(LineLane::kHeapRecord);
  ASSERT_NE(room, nullptr);
  auto* text = static_cast<char*>(std::malloc(long_line.size()));
  std::memcpy(text, long_line.data(), long_line.size());
  lane.commit_heap(text, long_line.size());
  ASSERT_TRUE(push(lane, "b\n"));
  std::string out;
  EXPECT_EQ(lane.pop_append(out, 1 << 20), 3u);
  EXPECT_EQ(out, "a\n" + long_line + "b\n");
}

TEST(InstrumentLineLaneTest, AnUndrainedHeapRecordIsFreedWithTheLane) {
  LineLane lane(256);  // LeakSanitizer checks the heap line is freed
  ASSERT_NE(lane.claim(LineLane::kHeapRecord), nullptr);
  lane.commit_heap(static_cast<char*>(std::malloc(10)), 10);
}

TEST(InstrumentLineLaneTest, AsksToWakeTheConsumerOnceAnEighthHasFilled) {
  LineLane lane(2048);  // checks every 128 bytes, wakes from 256 bytes on
  const std::string line(24, 'x');  // a 32-byte record
  int first_wake = -1;
  for (int i = 0; i < 16 && first_wake < 0; ++i) {
    char* room = lane.claim(line.size());
    ASSERT_NE(room, nullptr);
    std::memcpy(room, line.data(), line.size());
    if (lane.commit(room + line.size())) first_wake = i;
  }
  EXPECT_EQ(first_wake, 7) << "the eighth record brings the fill to 256 bytes";
  std::string out;
  lane.pop_append(out, 1 << 20);
  char* room = lane.claim(line.size());
  EXPECT_FALSE(lane.commit(room + line.size())) << "drained: no wakeup needed";
}

TEST(InstrumentLineLaneTest, AConsumerThreadGetsEveryLineOfAProducerThread) {
  LineLane lane(512);
  constexpr int kLines = 200000;
  std::thread producer([&] {
    for (int i = 0; i < kLines; ++i) {
      const std::string line = numbered(i);
      while (!push(lane, line)) std::this_thread::yield();
    }
    lane.close();
  });
  int next = 0;
  while (!lane.finished()) {
    std::string got;  // whole lines only
    lane.pop_append(got, 4096);
    for (std::size_t start = 0, end; (end = got.find('\n', start)) != std::string::npos; start = end + 1) {
      ASSERT_EQ(got.substr(start, end + 1 - start), numbered(next)) << "line " << next;
      ++next;
    }
  }
  producer.join();
  EXPECT_EQ(next, kLines);
}

}  // namespace
}  // namespace tlatrace::instrument::detail
