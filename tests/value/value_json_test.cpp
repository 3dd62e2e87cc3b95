// JSON (TLC Json module style) and ITF conversions.
#include <gtest/gtest.h>

#include "tests/value/test_names.hpp"
#include "evaluator/value/json.hpp"

using namespace tlatrace::eval;
using namespace value_test;
using nlohmann::json;

namespace {
class ValueJson : public ::testing::Test {
 protected:
  void SetUp() override { intern_test_names(); }
};
using Fields = std::vector<std::pair<std::string_view, Value>>;
}  // namespace

TEST_F(ValueJson, TlcJsonModuleStyle) {
  Value v = make_record(Fields{{"a", make_set({I(2), I(1)})},
                              {"b", make_tuple({S("x"), B(true)})},
                              {"c", make_function({I(0)}, {M("m1")})}});
  EXPECT_EQ(to_json(v).dump(), R"({"a":[1,2],"b":["x",true],"c":{"0":"m1"}})");
  EXPECT_EQ(to_json(make_tuple({})).dump(), "[]");
  EXPECT_EQ(to_json(make_interval(1, 3)).dump(), "[1,2,3]");
  Value back = from_json(json::parse(R"({"b": ["x", true], "a": [1, 2]})"));
  EXPECT_EQ(to_tla_string(back), "[a |-> <<1, 2>>, b |-> <<\"x\", TRUE>>]");
  EXPECT_NE(error_of([] { from_json(json::parse("1.5")); }), "<no error>");
  EXPECT_NE(error_of([] { from_json(json::parse("null")); }), "<no error>");
  EXPECT_NE(error_of([] { to_json(nat_set()); }), "<no error>");
}

TEST_F(ValueJson, ItfRoundTrip) {
  Value v = make_record(Fields{{"a", make_set({I(2), I(1)})},
                              {"b", make_tuple({S("x"), B(true)})},
                              {"c", make_function({I(0)}, {M("m1")})}});
  json itf = to_itf(v);
  EXPECT_EQ(itf.dump(),
            R"({"a":{"#set":[{"#bigint":"1"},{"#bigint":"2"}]},"b":{"#tup":["x",true]},)"
            R"("c":{"#map":[[{"#bigint":"0"},{"#unserializable":"m1"}]]}})");
  Value back = from_itf(itf);
  EXPECT_TRUE(equal(back, v));
  EXPECT_EQ(fingerprint(back), fingerprint(v));
  EXPECT_TRUE(equal(from_itf(json::parse("[1, 2]")), make_tuple({I(1), I(2)})));
  EXPECT_TRUE(equal(from_itf(json::parse(R"({"#bigint": "-9223372036854775808"})")),
                    I(std::numeric_limits<int64_t>::min())));
  EXPECT_NE(error_of([] { from_itf(json::parse(R"({"#bigint": "99999999999999999999"})")); }),
            "<no error>");
  EXPECT_NE(error_of([] { from_itf(json::parse(R"({"#bogus": 1})")); }), "<no error>");
}
