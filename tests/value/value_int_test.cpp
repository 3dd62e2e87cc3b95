// Checked integer arithmetic with TLC's semantics.
#include <gtest/gtest.h>

#include <limits>

#include "evaluator/value/values.hpp"
#include "tests/value/test_names.hpp"

using namespace tlatrace::eval;
using value_test::error_of;

namespace {
constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
}  // namespace

TEST(IntOps, DivFloorsTowardMinusInfinity) {
  EXPECT_EQ(checked_div(7, 2), 3);
  EXPECT_EQ(checked_div(-7, 2), -4);
  EXPECT_EQ(checked_div(7, -2), -4);
  EXPECT_EQ(checked_div(-7, -2), 3);
  EXPECT_EQ(checked_div(-8, 2), -4);
  EXPECT_EQ(error_of([] { checked_div(1, 0); }), "The second argument of \\div is 0.");
  EXPECT_EQ(error_of([] { checked_div(kMin, -1); }),
            "Overflow when computing -9223372036854775808 \\div -1");
}

TEST(IntOps, ModNeedsPositiveDivisorAndIsNonNegative) {
  EXPECT_EQ(checked_mod(7, 3), 1);
  EXPECT_EQ(checked_mod(-7, 3), 2);
  EXPECT_EQ(checked_mod(-9, 3), 0);
  EXPECT_EQ(error_of([] { checked_mod(7, -3); }),
            "The second argument of % should be a positive number, but instead it is:\n-3");
  EXPECT_EQ(error_of([] { checked_mod(7, 0); }),
            "The second argument of % should be a positive number, but instead it is:\n0");
}

TEST(IntOps, OverflowIsAnErrorNotAWrap) {
  EXPECT_EQ(checked_add(kMax - 1, 1), kMax);
  EXPECT_EQ(error_of([] { checked_add(kMax, 1); }),
            "Overflow when computing 9223372036854775807 + 1");
  EXPECT_EQ(error_of([] { checked_sub(kMin, 1); }),
            "Overflow when computing -9223372036854775808 - 1");
  EXPECT_EQ(error_of([] { checked_mul(int64_t{1} << 32, int64_t{1} << 31); }),
            "Overflow when computing 4294967296 * 2147483648");
  EXPECT_NE(error_of([] { checked_neg(kMin); }), "<no error>");
  EXPECT_EQ(checked_neg(5), -5);
}

TEST(IntOps, Power) {
  EXPECT_EQ(checked_pow(2, 10), 1024);
  EXPECT_EQ(checked_pow(-3, 3), -27);
  EXPECT_EQ(checked_pow(2, 62), int64_t{1} << 62);
  EXPECT_EQ(checked_pow(-2, 63), kMin);
  EXPECT_EQ(checked_pow(1, 1000000), 1);
  EXPECT_EQ(checked_pow(5, 0), 1);
  EXPECT_EQ(error_of([] { checked_pow(2, 63); }), "Overflow when computing 2 ^ 63");
  EXPECT_EQ(error_of([] { checked_pow(0, 0); }), "0^0 is undefined.");
  EXPECT_EQ(error_of([] { checked_pow(2, -1); }),
            "The second argument of ^ should be a natural number, but instead it is:\n-1");
}
