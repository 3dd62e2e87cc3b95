// detail::DecimalCounter, the clocks' counter that keeps its decimal text: its text always
// equals the number's, through carries, sets and the wrap-around; and the clocks built on it
// write the right digits after ticks, merges and sets.
#include "instrument/detail/decimal_counter.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "instrument/clock.hpp"
#include "tests/instrument/test_support.hpp"

namespace tlatrace::instrument {
namespace {

using detail::DecimalCounter;

TEST(InstrumentDecimalCounterTest, TextFollowsEveryIncrement) {
  DecimalCounter counter;
  EXPECT_EQ(counter.text(), "0");
  for (std::uint64_t n = 1; n <= 200000; ++n) {
    counter.increment();
    ASSERT_EQ(counter.value(), n);
    ASSERT_EQ(counter.text(), std::to_string(n));
  }
}

TEST(InstrumentDecimalCounterTest, SetThenIncrementCarriesThroughEveryDigit) {
  DecimalCounter counter;
  for (std::uint64_t nines = 9; nines < 10000000000000000000ull; nines = nines * 10 + 9) {
    counter.set(nines);
    EXPECT_EQ(counter.text(), std::to_string(nines));
    counter.increment();
    EXPECT_EQ(counter.text(), std::to_string(nines + 1));
    counter.set(3);  // shorter again: the old digits must not show
    EXPECT_EQ(counter.text(), "3");
  }
}

TEST(InstrumentDecimalCounterTest, TheLargestValueAndTheWrapAround) {
  constexpr auto kMax = std::numeric_limits<std::uint64_t>::max();
  DecimalCounter counter;
  counter.set(kMax - 1);
  counter.increment();
  EXPECT_EQ(counter.text(), std::to_string(kMax));
  char out[20];
  EXPECT_EQ(std::string(out, counter.put(out)), std::to_string(kMax));
  counter.increment();
  EXPECT_EQ(counter.value(), 0u);
  EXPECT_EQ(counter.text(), "0");
}

TEST(InstrumentDecimalCounterTest, ClocksWriteTheirCurrentValue) {
  LamportClock lamport;
  for (int i = 0; i < 12; ++i) lamport.tick();
  lamport.merge(99);
  lamport.tick();
  char out[20];
  EXPECT_EQ(std::string(out, lamport.put(out)), "100");

  VectorClock own("n1");
  for (int i = 0; i < 9; ++i) own.tick();
  EXPECT_EQ(testing::vector_clock_json(own), R"({"n1":9})");
  VectorClock other("n2");
  other.set("n1", 41);  // merging raises the owner's own entry
  own.merge(other);
  own.tick();
  EXPECT_EQ(testing::vector_clock_json(own), R"({"n1":42,"n2":0})");
  own.set("n1", 7);
  EXPECT_EQ(testing::vector_clock_json(own), R"({"n1":7,"n2":0})");

  VectorClock adopted;  // no owner yet: the first entry set owns it
  adopted.set("n3", 5);
  adopted.tick();
  EXPECT_EQ(testing::vector_clock_json(adopted), R"({"n3":6})");
  VectorClock merged;
  merged.merge(adopted);
  EXPECT_EQ(testing::vector_clock_json(merged), R"({"n3":6})");
}

}  // namespace
}  // namespace tlatrace::instrument
