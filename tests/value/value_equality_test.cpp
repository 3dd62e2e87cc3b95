// Equality across representations and the canonical (TLC) order.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "tests/value/test_names.hpp"

using namespace tlatrace::eval;
using namespace value_test;

class ValueEquality : public ::testing::Test {
 protected:
  void SetUp() override { intern_test_names(); }
};

TEST_F(ValueEquality, HandleIsSixteenBytes) { EXPECT_EQ(sizeof(Value), 16u); }

TEST_F(ValueEquality, TupleEqualsFunctionOverOneToN) {
  Value tuple = make_tuple({I(1), I(2)});
  Value fcn = make_function({I(2), I(1)}, {I(2), I(1)});  // [i \in 1..2 |-> i], built backwards
  EXPECT_TRUE(equal(tuple, fcn));
  EXPECT_EQ(compare(tuple, fcn), 0);
  EXPECT_TRUE(fcn.as_fcn_obj().seq());  // canonical form is the sequence form
  EXPECT_EQ(fingerprint(tuple), fingerprint(fcn));
  EXPECT_FALSE(equal(tuple, make_tuple({I(2), I(1)})));
  EXPECT_FALSE(equal(tuple, make_function({I(0), I(1)}, {I(1), I(2)})));
}

TEST_F(ValueEquality, RecordEqualsFunctionOverStrings) {
  Value rec = make_record(std::vector<std::pair<std::string_view, Value>>{{"a", I(1)}});
  Value fcn = make_function({S("a")}, {I(1)});  // [x \in {"a"} |-> 1]
  EXPECT_TRUE(equal(rec, fcn));
  EXPECT_EQ(fingerprint(rec), fingerprint(fcn));
  Value rec2 = make_record(std::vector<std::pair<std::string_view, Value>>{{"b", I(2)}, {"a", I(1)}});
  Value rec3 = make_record(std::vector<std::pair<std::string_view, Value>>{{"a", I(1)}, {"b", I(2)}});
  EXPECT_TRUE(equal(rec2, rec3));
  EXPECT_FALSE(equal(rec, rec2));
}

TEST_F(ValueEquality, EmptyTupleFunctionAndRecordAreOneValue) {
  Value empty_tuple = make_tuple({});
  Value empty_fcn = make_function(std::vector<Value>{}, std::vector<Value>{});
  Value empty_rec = make_record(std::vector<std::pair<std::string_view, Value>>{});
  EXPECT_TRUE(equal(empty_tuple, empty_fcn));
  EXPECT_TRUE(equal(empty_tuple, empty_rec));
  EXPECT_EQ(fingerprint(empty_tuple), fingerprint(empty_rec));
  EXPECT_EQ(to_tla_string(empty_rec), "<<>>");
  EXPECT_FALSE(equal(empty_tuple, empty_set()));
}

TEST_F(ValueEquality, IntervalEqualsEnumeratedSet) {
  Value iv = make_interval(1, 3);
  Value set = make_set({I(3), I(1), I(2)});
  EXPECT_TRUE(equal(iv, set));
  EXPECT_EQ(compare(iv, set), 0);
  EXPECT_EQ(fingerprint(iv), fingerprint(set));
  EXPECT_FALSE(equal(iv, make_set({I(1), I(2)})));
  EXPECT_TRUE(equal(make_interval(5, 4), empty_set()));
  // An enumerated set against lo..hi (either side): the same size, other integers, a gap, a
  // non-integer, the empty set against the widest interval.
  EXPECT_TRUE(equal(set, iv));
  EXPECT_FALSE(equal(make_set({I(2), I(3), I(4)}), iv));
  EXPECT_FALSE(equal(iv, make_set({I(1), I(3), I(4)})));
  EXPECT_FALSE(equal(make_set({I(1), I(2), S("a")}), iv));
  EXPECT_FALSE(equal(make_set({I(1), I(2), I(3), I(4)}), iv));
  EXPECT_FALSE(equal(empty_set(), make_interval(INT64_MIN, INT64_MAX)));
  EXPECT_TRUE(equal(make_set({I(-1), I(0)}), make_interval(-1, 0)));
  // As set elements the two forms collapse into one.
  Value outer = make_set({iv, set, make_interval(1, 3)});
  EXPECT_EQ(cardinality(outer), 1);
}

TEST_F(ValueEquality, LazySetsEqualTheirEnumeration) {
  Value s12 = make_set({I(1), I(2)});
  Value subsets = make_set({empty_set(), make_set({I(1)}), make_set({I(2)}), s12});
  EXPECT_TRUE(equal(subset_of(s12), subsets));
  EXPECT_EQ(fingerprint(subset_of(s12)), fingerprint(subsets));
  Value fs = function_set(make_set({S("a")}), boolean_set());
  Value expected = make_set({make_record(std::vector<std::pair<std::string_view, Value>>{{"a", B(false)}}),
                             make_record(std::vector<std::pair<std::string_view, Value>>{{"a", B(true)}})});
  EXPECT_TRUE(equal(fs, expected));
  EXPECT_TRUE(equal(record_set({{intern("a"), boolean_set()}}), expected));
  EXPECT_TRUE(equal(nat_set(), nat_set()));
  EXPECT_FALSE(equal(nat_set(), int_set()));
  EXPECT_FALSE(equal(nat_set(), s12));
  EXPECT_TRUE(equal(seq_set(s12), seq_set(make_interval(1, 2))));
}

TEST_F(ValueEquality, CanonicalOrderIndependentOfConstruction) {
  std::vector<Value> elems;
  for (int i = 0; i < 200; ++i) {
    elems.push_back(I(i % 37));
    elems.push_back(make_tuple({I(i % 5), S(i % 2 ? "a" : "b")}));
    elems.push_back(make_set({I(i % 3), I(i % 7)}));
  }
  Value first = make_set(elems);
  std::mt19937 rng(42);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(elems.begin(), elems.end(), rng);
    Value again = make_set(elems);
    ASSERT_EQ(again.as_set_obj().elems().size(), first.as_set_obj().elems().size());
    for (size_t i = 0; i < elems.size() && i < first.as_set_obj().elems().size(); ++i) {
      EXPECT_EQ(to_tla_string(again.as_set_obj().elems()[i]),
                to_tla_string(first.as_set_obj().elems()[i]));
    }
    EXPECT_EQ(to_tla_string(again), to_tla_string(first));
  }
  // Incremental insertion reaches the same canonical structure.
  Value built = empty_set();
  for (const Value& e : elems) built = set_insert(built, e);
  EXPECT_EQ(to_tla_string(built), to_tla_string(first));
  EXPECT_TRUE(equal(built, first));
}

TEST_F(ValueEquality, TlcOrderWithinTypes) {
  // Integers numerically; sets by size first, then element-wise.
  EXPECT_EQ(to_tla_string(make_set({I(10), I(2), I(1)})), "{1, 2, 10}");
  EXPECT_EQ(to_tla_string(make_set({make_set({I(1), I(2)}), make_set({I(3)}), empty_set()})),
            "{{}, {3}, {1, 2}}");
  EXPECT_EQ(to_tla_string(make_set({B(true), B(false)})), "{FALSE, TRUE}");
  // Strings and model values by first interning, as TLC's UniqueString tokens.
  EXPECT_EQ(to_tla_string(make_set({S("b"), S("a")})), "{\"a\", \"b\"}");
  EXPECT_EQ(to_tla_string(make_set({M("m3"), M("m1"), M("m2")})), "{m1, m2, m3}");
  Value late_z = S("zz_interned_first");
  Value late_a = S("aa_interned_second");
  EXPECT_EQ(to_tla_string(make_set({late_a, late_z})),
            "{\"zz_interned_first\", \"aa_interned_second\"}");
  // Tuples: by length, then element-wise.
  EXPECT_EQ(to_tla_string(make_set({make_tuple({I(2)}), make_tuple({I(1), I(5)}), make_tuple({I(1)})})),
            "{<<1>>, <<2>>, <<1, 5>>}");
}

TEST_F(ValueEquality, CrossTypeTotalOrder) {
  // Model values first (TLC: an untyped model value is below everything), then our ranking.
  Value mixed = make_set({make_tuple({I(1)}), empty_set(), S("a"), I(1), B(true), M("m1")});
  EXPECT_EQ(to_tla_string(mixed), "{m1, TRUE, 1, \"a\", {}, <<1>>}");
}

TEST_F(ValueEquality, TlcEqualityReportsIncomparableTypes) {
  EXPECT_TRUE(tlc_equal(I(1), I(1)));
  EXPECT_FALSE(tlc_equal(M("m1"), I(1)));   // untyped model value: just unequal
  EXPECT_FALSE(tlc_equal(S("a"), M("m2")));
  EXPECT_FALSE(tlc_equal(M("x_1"), M("x_2")));
  EXPECT_TRUE(tlc_equal(M("x_1"), M("x_1")));
  EXPECT_FALSE(tlc_equal(M("x_1"), M("m1")));  // typed vs untyped: allowed
  EXPECT_EQ(error_of([] { tlc_equal(I(1), S("a")); }),
            "Attempted to check equality of an integer 1 with a string:\n\"a\"");
  EXPECT_EQ(error_of([] { tlc_equal(M("x_1"), M("y_1")); }),
            "Attempted to check equality of the differently-typed model values x_1 and y_1");
  EXPECT_EQ(error_of([] { tlc_equal(M("x_1"), I(3)); }),
            "Attempted to check equality of the typed model value x_1 and the non-model value\n3");
  EXPECT_NE(error_of([] { tlc_equal(make_set({I(1)}), make_set({S("a")})); }), "<no error>");
  EXPECT_FALSE(tlc_equal(make_set({I(1)}), make_set({I(1), I(2)})));
  // The plain equality never complains.
  EXPECT_FALSE(equal(I(1), S("a")));
}

TEST_F(ValueEquality, InfiniteSetsCompareOnlyWhenBuiltAlike) {
  EXPECT_EQ(compare(nat_set(), nat_set()), 0);
  EXPECT_LT(compare(make_interval(1, 100), nat_set()), 0);  // finite below infinite
  EXPECT_NE(error_of([] { compare(subset_of(nat_set()), function_set(nat_set(), nat_set())); }),
            "<no error>");
}
