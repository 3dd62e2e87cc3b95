// Function application, DOMAIN, EXCEPT paths, records and sequence operators.
#include <gtest/gtest.h>

#include "tests/value/test_names.hpp"

using namespace tlatrace::eval;
using namespace value_test;

namespace {
class ValueFunctions : public ::testing::Test {
 protected:
  void SetUp() override { intern_test_names(); }
};
using Fields = std::vector<std::pair<std::string_view, Value>>;
}  // namespace

TEST_F(ValueFunctions, ApplyAndDomain) {
  Value f = make_function({S("a"), S("b")}, {I(1), I(2)});
  EXPECT_EQ(apply(f, S("b")).as_int(), 2);
  EXPECT_EQ(select_field(f, "a").as_int(), 1);
  EXPECT_EQ(try_apply(f, S("c")), nullptr);
  EXPECT_EQ(error_of([&] { apply(f, S("c")); }),
            "Attempted to apply function:\n[a |-> 1, b |-> 2]\nto argument \"c\", which is not in "
            "the domain of the function.");
  EXPECT_EQ(error_of([&] { select_field(f, "zz"); }),
            "Attempted to access nonexistent field 'zz' of record\n[a |-> 1, b |-> 2]");
  EXPECT_NE(error_of([] { apply(I(1), I(1)); }), "<no error>");
  EXPECT_EQ(to_tla_string(domain(f)), "{\"a\", \"b\"}");
  EXPECT_EQ(to_tla_string(domain(make_tuple({}))), "{}");
  Value t = make_tuple({S("x"), S("y")});
  EXPECT_EQ(to_tla_string(apply(t, I(2))), "\"y\"");
  EXPECT_EQ(try_apply(t, I(0)), nullptr);
  EXPECT_EQ(try_apply(t, S("a")), nullptr);
  EXPECT_NE(error_of([] { make_function({I(1), I(1)}, {I(1), I(2)}); }), "<no error>");
  EXPECT_NE(error_of([] { make_record(Fields{{"a", I(1)}, {"a", I(2)}}); }), "<no error>");
}

TEST_F(ValueFunctions, ExceptPaths) {
  Value inner = make_record(Fields{{"a", make_tuple({I(1), I(2), I(3)})}, {"b", B(false)}});
  Value f = make_function({M("m1"), M("m2")}, {inner, inner});
  // [f EXCEPT ![m2].a[3] = 30]
  std::vector<Value> path = {M("m2"), S("a"), I(3)};
  Value g = except(f, path, I(30));
  EXPECT_EQ(to_tla_string(g),
            "(m1 :> [a |-> <<1, 2, 3>>, b |-> FALSE] @@ m2 :> [a |-> <<1, 2, 30>>, b |-> FALSE])");
  EXPECT_EQ(to_tla_string(f),  // the original is untouched
            "(m1 :> [a |-> <<1, 2, 3>>, b |-> FALSE] @@ m2 :> [a |-> <<1, 2, 3>>, b |-> FALSE])");
  // [f EXCEPT ![m1].b = ~@]
  std::vector<Value> path2 = {M("m1"), S("b")};
  Value h = except_with(f, path2, [](const Value& old) { return B(!old.as_bool()); });
  EXPECT_TRUE(apply(apply(h, M("m1")), S("b")).as_bool());
  // Outside the domain: unchanged, as TLC.
  std::vector<Value> outside = {M("m3")};
  EXPECT_TRUE(equal(except(f, outside, I(0)), f));
  // Unchanged parts are shared, not copied.
  EXPECT_EQ(apply(g, M("m1")).raw_heap(), apply(f, M("m1")).raw_heap());
  // EXCEPT keeps equality with other forms: a tuple stays a tuple.
  std::vector<Value> one = {I(1)};
  EXPECT_TRUE(equal(except(make_tuple({I(1), I(2)}), one, I(5)), make_function({I(2), I(1)}, {I(2), I(5)})));
  EXPECT_NE(error_of([] {
              std::vector<Value> p = {I(1), I(1)};
              except(make_tuple({I(1)}), p, I(0));
            }),
            "<no error>");
}

TEST_F(ValueFunctions, SequenceOperators) {
  Value s = make_tuple({I(1), I(2), I(3)});
  EXPECT_EQ(seq_len(s), 3);
  EXPECT_EQ(to_tla_string(seq_append(s, I(4))), "<<1, 2, 3, 4>>");
  EXPECT_EQ(to_tla_string(seq_head(s)), "1");
  EXPECT_EQ(to_tla_string(seq_tail(s)), "<<2, 3>>");
  EXPECT_EQ(to_tla_string(seq_concat(s, make_tuple({I(9)}))), "<<1, 2, 3, 9>>");
  EXPECT_EQ(to_tla_string(seq_subseq(s, 2, 3)), "<<2, 3>>");
  EXPECT_EQ(to_tla_string(seq_subseq(s, 3, 2)), "<<>>");
  EXPECT_EQ(error_of([] { seq_head(make_tuple({})); }), "Attempted to apply Head to the empty sequence.");
  EXPECT_EQ(error_of([] { seq_tail(make_tuple({})); }), "Attempted to apply Tail to the empty sequence.");
  EXPECT_NE(error_of([&] { seq_subseq(s, 0, 2); }), "<no error>");
  EXPECT_NE(error_of([] { seq_len(make_set({})); }), "<no error>");
  // A function whose domain is 1..n is a sequence; a record is not.
  EXPECT_EQ(seq_len(make_function({I(2), I(1)}, {I(0), I(0)})), 2);
  EXPECT_NE(error_of([] { seq_len(make_function({I(0)}, {I(0)})); }), "<no error>");
  EXPECT_EQ(seq_len(make_record(Fields{})), 0);
  // Strings are sequences for Len, \o and SubSeq.
  EXPECT_EQ(seq_len(S("hello")), 5);
  EXPECT_EQ(to_tla_string(seq_concat(S("ab"), S("cd"))), "\"abcd\"");
  EXPECT_EQ(to_tla_string(seq_subseq(S("hello"), 2, 4)), "\"ell\"");
}

TEST_F(ValueFunctions, TlcModuleOperators) {
  Value f = fcn_singleton(S("a"), I(1));
  EXPECT_EQ(to_tla_string(f), "[a |-> 1]");
  Value g = fcn_merge(f, make_function({S("a"), S("b")}, {I(9), I(2)}));
  EXPECT_EQ(to_tla_string(g), "[a |-> 1, b |-> 2]");
  EXPECT_EQ(to_tla_string(fcn_merge(fcn_singleton(I(2), S("y")), fcn_singleton(I(1), S("x")))),
            "<<\"x\", \"y\">>");
}
