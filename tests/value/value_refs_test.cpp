// Reference counts of heap payloads, in the default (atomic) mode and under SingleThreadedValues.
#include <gtest/gtest.h>

#include "evaluator/value/heap.hpp"
#include "tests/value/test_names.hpp"

using namespace tlatrace::eval;
using namespace value_test;

namespace {
uint32_t refs_of(const Value& v) { return v.raw_heap()->refs.load(); }
}  // namespace

TEST(ValueRefs, PlainOnlyWhileSingleThreadedValuesLives) {
  EXPECT_FALSE(plain_refs());
  {
    SingleThreadedValues off(false);
    EXPECT_FALSE(plain_refs());
  }
  {
    SingleThreadedValues on(true);
    EXPECT_TRUE(plain_refs());
  }
  EXPECT_FALSE(plain_refs());
}

TEST(ValueRefs, CountsAreExactInBothModes) {
  for (bool plain : {false, true}) {
    SingleThreadedValues mode(plain);
    Value set = make_set({I(1), I(2)});
    EXPECT_EQ(refs_of(set), 1u) << plain;
    {
      Value a = set;
      Value b = a;
      EXPECT_EQ(refs_of(set), 3u) << plain;
      b = Value::integer(3);  // releases one reference
      EXPECT_EQ(refs_of(set), 2u) << plain;
      Value c = std::move(a);  // moves do not count
      EXPECT_EQ(refs_of(set), 2u) << plain;
    }
    EXPECT_EQ(refs_of(set), 1u) << plain;
    // The last reference frees the payload (ASan reports a leak or a double free otherwise).
    Value fcn = make_tuple({set, set});
    EXPECT_EQ(refs_of(set), 3u) << plain;
    fcn = Value();
    EXPECT_EQ(refs_of(set), 1u) << plain;
  }
}

// A value made in one mode is released correctly in the other (the checker switches the mode
// around a run while the model's values live on).
TEST(ValueRefs, ValuesOutliveTheMode) {
  Value outer = make_set({I(7)});
  Value kept;
  {
    SingleThreadedValues on(true);
    Value inner = make_tuple({outer});
    kept = inner;
    EXPECT_EQ(refs_of(outer), 2u);
  }
  EXPECT_EQ(refs_of(kept), 1u);
  kept = Value();
  EXPECT_EQ(refs_of(outer), 1u);
}
