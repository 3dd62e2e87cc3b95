// Printing exactly as TLC prints (expected strings follow TLC's toString rules).
#include <gtest/gtest.h>

#include "tests/value/test_names.hpp"

using namespace tlatrace::eval;
using namespace value_test;

namespace {
class ValuePrint : public ::testing::Test {
 protected:
  void SetUp() override { intern_test_names(); }
};

using Fields = std::vector<std::pair<std::string_view, Value>>;

/// {x \in base : x is even}, described like TLC's SetPredValue.
class EvenFilter : public SetFilter {
 public:
  bool test(const Value& v) const override { return v.is_int() && v.raw_int() % 2 == 0; }
  std::string describe(const Value& base) const override {
    return "{x \\in " + to_tla_string(base) + " : <expression x % 2 = 0> }";
  }
};
}  // namespace

TEST_F(ValuePrint, Scalars) {
  EXPECT_EQ(to_tla_string(B(true)), "TRUE");
  EXPECT_EQ(to_tla_string(B(false)), "FALSE");
  EXPECT_EQ(to_tla_string(I(42)), "42");
  EXPECT_EQ(to_tla_string(I(-7)), "-7");
  EXPECT_EQ(to_tla_string(S("str")), "\"str\"");
  EXPECT_EQ(to_tla_string(S("a\"b\\c\nd\te\rf\fg")), "\"a\\\"b\\\\c\\nd\\te\\rf\\fg\"");
  EXPECT_EQ(to_tla_string(M("m1")), "m1");
}

TEST_F(ValuePrint, SetsAndIntervals) {
  EXPECT_EQ(to_tla_string(make_set({I(2), I(1)})), "{1, 2}");
  EXPECT_EQ(to_tla_string(empty_set()), "{}");
  EXPECT_EQ(to_tla_string(make_interval(1, 3)), "1..3");
  EXPECT_EQ(to_tla_string(make_interval(3, 1)), "{}");
  EXPECT_EQ(to_tla_string(make_set({make_interval(1, 2)})), "{1..2}");
  EXPECT_EQ(to_tla_string(boolean_set()), "{FALSE, TRUE}");
}

TEST_F(ValuePrint, FunctionsRecordsTuples) {
  EXPECT_EQ(to_tla_string(make_tuple({I(1), I(2)})), "<<1, 2>>");
  EXPECT_EQ(to_tla_string(make_tuple({})), "<<>>");
  EXPECT_EQ(to_tla_string(make_record(Fields{{"b", I(2)}, {"a", I(1)}})), "[a |-> 1, b |-> 2]");
  // A function over 1..n prints as a tuple; over another interval as :> @@.
  EXPECT_EQ(to_tla_string(make_function({I(1), I(2)}, {S("x"), S("y")})), "<<\"x\", \"y\">>");
  EXPECT_EQ(to_tla_string(make_function({I(0), I(1)}, {S("x"), S("y")})),
            "(0 :> \"x\" @@ 1 :> \"y\")");
  EXPECT_EQ(to_tla_string(make_function({M("m2"), M("m1")}, {I(2), I(1)})), "(m1 :> 1 @@ m2 :> 2)");
  // String domain that is not all names: not a record.
  EXPECT_EQ(to_tla_string(make_function({S("a"), S("1")}, {I(1), I(2)})),
            "(\"a\" :> 1 @@ \"1\" :> 2)");
  EXPECT_EQ(to_tla_string(make_function({S("a b")}, {I(1)})), "(\"a b\" :> 1)");
  EXPECT_EQ(to_tla_string(make_function({S("WF_x")}, {I(1)})), "(\"WF_x\" :> 1)");
  // Nested.
  Value nested = make_record(Fields{{"a", make_set({make_tuple({I(1)})})},
                                    {"b", make_function({I(5)}, {B(true)})}});
  EXPECT_EQ(to_tla_string(nested), "[a |-> {<<1>>}, b |-> (5 :> TRUE)]");
}

TEST_F(ValuePrint, InfiniteSets) {
  EXPECT_EQ(to_tla_string(nat_set()), "Nat");
  EXPECT_EQ(to_tla_string(int_set()), "Int");
  EXPECT_EQ(to_tla_string(string_set()), "STRING");
  EXPECT_EQ(to_tla_string(seq_set(make_set({I(1), I(2)}))), "Seq({1, 2})");
  EXPECT_EQ(to_tla_string(seq_set(empty_set())), "Seq({})");
  EXPECT_EQ(to_tla_string(function_set(make_set({I(1)}), nat_set())), "[{1} -> Nat]");
  EXPECT_EQ(to_tla_string(subset_of(nat_set())), "SUBSET Nat");
  EXPECT_EQ(to_tla_string(set_union(nat_set(), make_set({I(-1)}))), "Nat \\cup {-1}");
  EXPECT_EQ(to_tla_string(set_difference(int_set(), nat_set())), "Int \\ Nat");
  EXPECT_EQ(to_tla_string(cartesian_product({nat_set(), make_set({I(1)})})), "(Nat \\X {1})");
  EXPECT_EQ(to_tla_string(record_set({{intern("a"), nat_set()}})), "[a: Nat]");
  EXPECT_EQ(to_tla_string(filter_set(nat_set(), std::make_shared<EvenFilter>())),
            "{x \\in Nat : <expression x % 2 = 0> }");
}

TEST_F(ValuePrint, SmallLazySetsPrintEnumerated) {
  // TLC expands SUBSET S when |S| < 7 and function/record/tuple sets under 2000 elements.
  EXPECT_EQ(to_tla_string(subset_of(make_set({I(1), I(2)}))), "{{}, {1}, {2}, {1, 2}}");
  EXPECT_EQ(to_tla_string(subset_of(make_interval(1, 7))), "SUBSET (1..7)");
  EXPECT_EQ(to_tla_string(subset_of(make_set({I(1), I(2), I(3), I(4), I(5), I(6), I(7)}))),
            "SUBSET {1, 2, 3, 4, 5, 6, 7}");
  EXPECT_EQ(to_tla_string(function_set(make_set({I(1)}), make_set({I(2)}))), "{<<2>>}");
  EXPECT_EQ(to_tla_string(function_set(make_set({S("a")}), make_set({I(2), I(3)}))),
            "{[a |-> 2], [a |-> 3]}");
  EXPECT_EQ(to_tla_string(function_set(make_interval(1, 11), make_interval(1, 2))),
            "[1..11 -> 1..2]");  // 2^11 = 2048 >= 2000
  EXPECT_EQ(to_tla_string(cartesian_product({make_set({I(1), I(2)}), make_set({S("a")})})),
            "{<<1, \"a\">>, <<2, \"a\">>}");
  EXPECT_EQ(to_tla_string(record_set({{intern("b"), make_set({I(1)})}, {intern("a"), boolean_set()}})),
            "{[a |-> FALSE, b |-> 1], [a |-> TRUE, b |-> 1]}");
  EXPECT_EQ(to_tla_string(set_intersection(nat_set(), make_set({I(-1), I(3)}))), "{3}");
  EXPECT_EQ(to_tla_string(union_of(make_set({make_set({I(3)}), make_interval(1, 2)}))),
            "{1, 2, 3}");
  EXPECT_EQ(to_tla_string(filter_set(make_interval(1, 6), std::make_shared<EvenFilter>())),
            "{2, 4, 6}");
  EXPECT_EQ(to_tla_string(seq_set(empty_set())), "Seq({})");
}
