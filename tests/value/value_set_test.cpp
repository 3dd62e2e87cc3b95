// Set operations: membership and cardinality of lazy sets without enumeration, TLC's
// enumeration order, set algebra.
#include <gtest/gtest.h>

#include <limits>

#include "tests/value/test_names.hpp"

using namespace tlatrace::eval;
using namespace value_test;

namespace {
class ValueSets : public ::testing::Test {
 protected:
  void SetUp() override { intern_test_names(); }
};

std::string enumeration(const Value& set) {
  std::string out;
  for_each_element(set, [&](const Value& e) {
    if (!out.empty()) out += " ";
    out += to_tla_string(e);
    return true;
  });
  return out;
}
}  // namespace

TEST_F(ValueSets, MembershipInInfiniteSets) {
  EXPECT_TRUE(is_member(I(0), nat_set()));
  EXPECT_FALSE(is_member(I(-1), nat_set()));
  EXPECT_TRUE(is_member(I(-1), int_set()));
  EXPECT_TRUE(is_member(S("x"), string_set()));
  EXPECT_FALSE(is_member(M("m1"), nat_set()));  // untyped model value: not a member
  EXPECT_EQ(error_of([] { is_member(S("a"), nat_set()); }),
            "Attempted to check if the value:\n\"a\"\nis an element of Nat.");
  Value seqs = seq_set(make_set({I(1), I(2)}));
  EXPECT_TRUE(is_member(make_tuple({}), seqs));
  EXPECT_TRUE(is_member(make_tuple({I(1), I(2), I(1), I(1)}), seqs));
  EXPECT_FALSE(is_member(make_tuple({I(3)}), seqs));
  EXPECT_FALSE(is_member(make_function({I(0)}, {I(1)}), seqs));
  // [Nat -> BOOLEAN] style sets with a finite domain.
  Value fs = function_set(make_interval(1, 3), nat_set());
  EXPECT_TRUE(is_member(make_tuple({I(5), I(0), I(99)}), fs));
  EXPECT_FALSE(is_member(make_tuple({I(5), I(0)}), fs));
  EXPECT_FALSE(is_member(make_tuple({I(5), I(0), I(-1)}), fs));
  Value big_subsets = subset_of(make_interval(1, 1000));
  EXPECT_TRUE(is_member(make_set({I(3), I(999)}), big_subsets));
  EXPECT_FALSE(is_member(make_set({I(0)}), big_subsets));
  EXPECT_TRUE(is_member(make_interval(10, 20), big_subsets));
  Value rs = record_set({{intern("a"), nat_set()}, {intern("b"), string_set()}});
  EXPECT_TRUE(is_member(make_record(std::vector<std::pair<std::string_view, Value>>{{"a", I(1)}, {"b", S("q")}}), rs));
  EXPECT_FALSE(is_member(make_record(std::vector<std::pair<std::string_view, Value>>{{"a", I(1)}}), rs));
  Value prod = cartesian_product({nat_set(), string_set()});
  EXPECT_TRUE(is_member(make_tuple({I(1), S("z")}), prod));
  EXPECT_NE(error_of([&] { is_member(make_tuple({S("z"), I(1)}), prod); }), "<no error>");
  EXPECT_TRUE(is_member(I(-5), set_union(nat_set(), make_set({I(-5)}))));
  EXPECT_FALSE(is_member(I(5), set_difference(nat_set(), make_interval(0, 9))));
  EXPECT_TRUE(is_member(I(10), set_difference(nat_set(), make_interval(0, 9))));
}

TEST_F(ValueSets, CardinalityWithoutEnumeration) {
  EXPECT_EQ(cardinality(make_interval(-5, 5)), 11);
  EXPECT_EQ(cardinality(make_interval(1, int64_t{1} << 40)), int64_t{1} << 40);
  EXPECT_EQ(cardinality(subset_of(make_interval(1, 40))), int64_t{1} << 40);
  EXPECT_EQ(cardinality(function_set(make_interval(1, 10), make_interval(1, 60))),
            int64_t{604661760000000000});  // 60^10
  EXPECT_EQ(cardinality(function_set(empty_set(), nat_set())), 1);
  EXPECT_EQ(cardinality(function_set(nat_set(), empty_set())), 0);
  EXPECT_EQ(cardinality(record_set({{intern("a"), make_interval(1, 1000000)},
                                    {intern("b"), make_interval(1, 1000000)}})),
            int64_t{1000000000000});
  EXPECT_EQ(cardinality(cartesian_product({make_interval(1, 3), boolean_set()})), 6);
  EXPECT_EQ(cardinality(seq_set(empty_set())), 1);
  EXPECT_EQ(cardinality(boolean_set()), 2);
  EXPECT_NE(error_of([] { cardinality(nat_set()); }), "<no error>");
  EXPECT_NE(error_of([] { cardinality(seq_set(boolean_set())); }), "<no error>");
  EXPECT_NE(error_of([] { cardinality(subset_of(make_interval(1, 70))); }), "<no error>");
  EXPECT_FALSE(is_finite(function_set(make_set({I(1)}), nat_set())));
  EXPECT_TRUE(is_finite(function_set(empty_set(), nat_set())));
}

TEST_F(ValueSets, EnumerationOrderMatchesTlc) {
  EXPECT_EQ(enumeration(subset_of(make_set({I(1), I(2)}))), "{} {1} {2} {1, 2}");
  EXPECT_EQ(enumeration(subset_of(make_interval(1, 3))),
            "{} {1} {2} {3} {1, 2} {1, 3} {2, 3} {1, 2, 3}");
  EXPECT_EQ(enumeration(function_set(make_set({S("a"), S("b")}), make_set({I(0), I(1)}))),
            "[a |-> 0, b |-> 0] [a |-> 0, b |-> 1] [a |-> 1, b |-> 0] [a |-> 1, b |-> 1]");
  EXPECT_EQ(enumeration(cartesian_product({make_interval(1, 2), make_set({S("x"), S("y")})})),
            "<<1, \"x\">> <<1, \"y\">> <<2, \"x\">> <<2, \"y\">>");
  EXPECT_EQ(enumeration(make_interval(-1, 1)), "-1 0 1");
  // Enumeration order is the canonical order: materializing keeps it.
  Value fs = function_set(make_interval(1, 2), make_interval(1, 3));
  EXPECT_EQ(enumeration(fs), enumeration(materialize(fs)));
  EXPECT_EQ(enumeration(set_union(make_interval(5, 6), subset_of(empty_set()))), "5 6 {}");
  EXPECT_NE(error_of([] { enumeration(nat_set()); }), "<no error>");
  // Stopping early.
  int visited = 0;
  bool completed = for_each_element(subset_of(make_interval(1, 30)), [&](const Value&) {
    return ++visited < 5;
  });
  EXPECT_FALSE(completed);
  EXPECT_EQ(visited, 5);
}

TEST_F(ValueSets, Algebra) {
  Value a = make_set({I(1), I(2), I(3)});
  Value b = make_set({I(3), I(4)});
  EXPECT_EQ(to_tla_string(set_union(a, b)), "{1, 2, 3, 4}");
  EXPECT_EQ(to_tla_string(set_intersection(a, b)), "{3}");
  EXPECT_EQ(to_tla_string(set_difference(a, b)), "{1, 2}");
  EXPECT_EQ(to_tla_string(set_union(make_interval(1, 2), make_interval(4, 5))), "{1, 2, 4, 5}");
  EXPECT_EQ(to_tla_string(union_of(make_set({a, b}))), "{1, 2, 3, 4}");
  EXPECT_TRUE(is_subset(make_set({I(1)}), a));
  EXPECT_FALSE(is_subset(b, a));
  EXPECT_TRUE(is_subset(make_interval(1, 10), nat_set()));
  EXPECT_TRUE(is_subset(nat_set(), int_set()));
  EXPECT_FALSE(is_subset(int_set(), make_interval(1, 3)));
  EXPECT_TRUE(is_subset(seq_set(make_set({I(1)})), seq_set(a)));
  EXPECT_EQ(to_tla_string(set_insert(a, I(0))), "{0, 1, 2, 3}");
  EXPECT_EQ(to_tla_string(set_insert(a, I(2))), "{1, 2, 3}");
  EXPECT_EQ(to_tla_string(domain(make_tuple({I(7), I(8)}))), "1..2");
  EXPECT_NE(error_of([] { set_union(I(1), empty_set()); }), "<no error>");
  EXPECT_EQ(to_tla_string(map_set(make_interval(-2, 2), [](const Value& x) {
              return I(checked_mul(x.as_int(), x.as_int()));
            })),
            "{0, 1, 4}");
  // Extreme intervals: counted and compared without overflow.
  Value whole = make_interval(std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max());
  EXPECT_TRUE(is_member(I(0), whole));
  EXPECT_NE(error_of([&] { cardinality(whole); }), "<no error>");
  EXPECT_LT(compare(make_interval(0, 10), whole), 0);
}

// Canonical inputs skip the sort and enumerated differences are one merge; the results are the
// same canonical sets (duplicates and late inversions still sorted out).
TEST_F(ValueSets, SortedInputsAndMergedDifferences) {
  EXPECT_EQ(to_tla_string(make_set({I(1), I(2), I(2)})), "{1, 2}");
  EXPECT_EQ(to_tla_string(make_set({I(1), I(2), I(4), I(3)})), "{1, 2, 3, 4}");
  Value pairs = make_set({make_tuple({I(1), I(1)}), make_tuple({I(1), I(2)}), make_tuple({I(2), I(0)})});
  EXPECT_EQ(to_tla_string(pairs), "{<<1, 1>>, <<1, 2>>, <<2, 0>>}");
  Value a = make_set({I(1), I(2), I(3)});
  EXPECT_TRUE(set_difference(a, make_set({I(5)})).identical(a));  // nothing removed: a itself
  EXPECT_TRUE(set_difference(a, empty_set()).identical(a));
  EXPECT_EQ(to_tla_string(set_difference(a, make_set({I(2)}))), "{1, 3}");
  EXPECT_EQ(to_tla_string(set_difference(a, make_set({I(0), I(1), I(3), I(9)}))), "{2}");
  EXPECT_EQ(to_tla_string(set_difference(pairs, make_set({make_tuple({I(1), I(2)})}))), "{<<1, 1>>, <<2, 0>>}");
}

// Regression: a function over an interval other than 1..n is a member of [lo..hi -> T]
// (EWD840's [0..N-1 -> ...] and Disruptor's sets depend on it).
TEST_F(ValueSets, FunctionOverAnyIntervalIsAMemberOfItsFunctionSet) {
  Value fs = function_set(make_interval(0, 1), boolean_set());
  EXPECT_TRUE(is_member(make_function({I(0), I(1)}, {Value::boolean(true), Value::boolean(false)}), fs));
  EXPECT_FALSE(is_member(make_function({I(0), I(2)}, {Value::boolean(true), Value::boolean(false)}), fs));
  EXPECT_FALSE(is_member(make_function({I(0)}, {Value::boolean(true)}), fs));
  EXPECT_FALSE(is_member(make_tuple({Value::boolean(true), Value::boolean(true)}), fs));  // domain 1..2
  Value empty_dom = function_set(make_interval(3, 2), boolean_set());
  EXPECT_TRUE(is_member(make_tuple({}), empty_dom));
}
