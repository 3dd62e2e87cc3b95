// Structural matching of trace JSON against spec values (refinement/json_match.hpp).
#include <gtest/gtest.h>

#include "evaluator/value/values.hpp"
#include "refinement/json_match.hpp"

namespace tlatrace::refine {
namespace {

using eval::Value;
using json = nlohmann::json;

Value ints(std::initializer_list<int64_t> xs) {
  std::vector<Value> v;
  for (auto x : xs) v.push_back(Value::integer(x));
  return eval::make_tuple(v);
}

TEST(ValidateJsonMatch, ScalarsMatchByType) {
  EXPECT_TRUE(json_matches(json(3), Value::integer(3)));
  EXPECT_FALSE(json_matches(json(4), Value::integer(3)));
  EXPECT_TRUE(json_matches(json("a"), Value::string("a")));
  EXPECT_TRUE(json_matches(json("m1"), Value::model("m1")));
  EXPECT_TRUE(json_matches(json(true), Value::boolean(true)));
  Difference d;
  EXPECT_FALSE(json_matches(json("3"), Value::integer(3), &d));
  EXPECT_EQ(d.reason, "type: the spec has an integer, the trace a string");
  EXPECT_EQ(d.spec, "3");
  EXPECT_EQ(d.trace, "\"3\"");
}

TEST(ValidateJsonMatch, ArraysAreSequencesOrSetsAsTheSpecSays) {
  EXPECT_TRUE(json_matches(json::parse("[1, 2]"), ints({1, 2})));
  EXPECT_FALSE(json_matches(json::parse("[2, 1]"), ints({1, 2})));
  Value set = eval::make_set({Value::integer(1), Value::integer(2)});
  EXPECT_TRUE(json_matches(json::parse("[2, 1]"), set));
  EXPECT_TRUE(json_matches(json::parse(R"({"#set": [1, 2]})"), set));
  EXPECT_FALSE(json_matches(json::parse(R"({"#tup": [1, 2]})"), set));
  EXPECT_TRUE(json_matches(json::parse("[]"), eval::empty_set()));
  EXPECT_TRUE(json_matches(json::parse("[]"), eval::make_tuple({})));
  Difference d;
  EXPECT_FALSE(json_matches(json::parse("[1, 3]"), set, &d));
  EXPECT_EQ(d.reason, "the trace's element 3 is not in the spec's set");
}

TEST(ValidateJsonMatch, ObjectsAreRecordsOrFunctions) {
  Value rec = eval::make_record(std::vector<std::pair<std::string_view, Value>>{{"a", Value::integer(1)},
                                                                                 {"b", Value::string("x")}});
  EXPECT_TRUE(json_matches(json::parse(R"({"b": "x", "a": 1})"), rec));
  Difference d;
  EXPECT_FALSE(json_matches(json::parse(R"({"a": 2, "b": "x"})"), rec, &d));
  EXPECT_EQ(d.path, ".a");
  EXPECT_EQ(d.spec, "1");
  EXPECT_EQ(d.trace, "2");
  // A function over model values and one over integers, written as objects.
  Value byModel = eval::make_function({Value::model("n1"), Value::model("n2")}, {Value::integer(5), Value::integer(6)});
  EXPECT_TRUE(json_matches(json::parse(R"({"n1": 5, "n2": 6})"), byModel));
  Value byInt = eval::make_function({Value::integer(0), Value::integer(7)}, {Value::boolean(true), Value::boolean(false)});
  EXPECT_TRUE(json_matches(json::parse(R"({"0": true, "7": false})"), byInt));
  EXPECT_TRUE(json_matches(json::parse(R"({"#map": [[0, true], [7, false]]})"), byInt));
  EXPECT_FALSE(json_matches(json::parse(R"({"0": true})"), byInt, &d));
  EXPECT_EQ(d.path, "[7]");
  EXPECT_EQ(d.reason, "missing in the trace");
}

TEST(ValidateJsonMatch, DifferencesReachTheNestedEntry) {
  Value inner = eval::make_record(std::vector<std::pair<std::string_view, Value>>{{"val", Value::integer(3)}});
  Value seq = eval::make_tuple({inner});
  Value store = eval::make_function({Value::string("k1")}, {seq});
  Difference d;
  EXPECT_FALSE(json_matches(json::parse(R"({"k1": [{"val": 4}]})"), store, &d));
  EXPECT_EQ(d.path, ".k1[1].val");  // a function over strings reads as a record, as TLC prints it
  EXPECT_EQ(d.spec, "3");
  EXPECT_EQ(d.trace, "4");
}

TEST(ValidateJsonMatch, PartialFunctionsCompareOnlyTheEntriesGiven) {
  Value log = eval::make_function({Value::string("n1"), Value::string("n2")}, {ints({1, 2}), ints({1})});
  EXPECT_TRUE(json_matches(json::parse(R"({"#partial": {"n1": [1, 2]}})"), log));
  EXPECT_TRUE(json_matches(json::parse(R"({"#partial": {}})"), log));
  EXPECT_FALSE(json_matches(json::parse(R"({"n1": [1, 2]})"), log));  // a plain object is the whole function
  Difference d;
  EXPECT_FALSE(json_matches(json::parse(R"({"#partial": {"n2": [1, 3]}})"), log, &d));
  EXPECT_EQ(d.path, ".n2");
  EXPECT_EQ(d.reason, "length: the spec's sequence has 1 elements, the trace's 2");
  EXPECT_FALSE(json_matches(json::parse(R"({"#partial": {"n3": []}})"), log, &d));
  EXPECT_EQ(d.reason, "the trace has an entry the spec's value has not");
  EXPECT_FALSE(json_matches(json::parse(R"({"#partial": {"n1": [1]}})"), Value::integer(3), &d));
  EXPECT_EQ(d.reason, "type: the spec has an integer, the trace a partial function");
  // Non-string keys through #map; nested partial functions.
  Value byInt = eval::make_function({Value::integer(1), Value::integer(2)}, {log, log});
  EXPECT_TRUE(json_matches(json::parse(R"({"#partial": {"#map": [[2, {"#partial": {"n2": [1]}}]]}})"), byInt));
  EXPECT_FALSE(json_matches(json::parse(R"({"#partial": {"#map": [[2, {"#partial": {"n2": [2]}}]]}})"), byInt, &d));
  EXPECT_EQ(d.path, "[2].n2[1]");
  // Shaped like a spec value, the entries not given are the spec value's.
  Value filled = json_to_value_like(json::parse(R"({"#partial": {"n2": [5]}})"), log);
  EXPECT_EQ(eval::to_tla_string(filled), "[n1 |-> <<1, 2>>, n2 |-> <<5>>]");
}

TEST(ValidateJsonMatch, ValuesShapedLikeTheSpecs) {
  Value model_fn = eval::make_function({Value::model("a")}, {Value::model("NoVal")});
  EXPECT_EQ(eval::to_tla_string(json_to_value_like(json::parse(R"({"a": "v1"})"), model_fn)), "(a :> v1)");
  Value set = eval::make_set({Value::integer(1)});
  EXPECT_EQ(eval::to_tla_string(json_to_value_like(json::parse("[3, 2]"), set)), "{2, 3}");
}

TEST(ValidateJsonMatch, UnrepresentableValuesAreNamed) {
  EXPECT_EQ(unrepresentable(json::parse("[1, 2]")), "");
  EXPECT_EQ(unrepresentable(json::parse(R"({"a": [1.5]})")), "the number 1.5 is not an integer");
  EXPECT_EQ(unrepresentable(json::parse(R"({"#bigint": "123456789012345678901234"})")),
            "the number \"123456789012345678901234\" is out of range (64-bit integers)");
}

TEST(ValidateJsonMatch, GuidelessConversionForMatchOperators) {
  Value v = json_to_value(json::parse(R"({"kv": {"k1": 2}, "ops": [1, 2], "s": {"#set": [2, 1]}})"));
  EXPECT_EQ(eval::to_tla_string(v), "[kv |-> [k1 |-> 2], ops |-> <<1, 2>>, s |-> {1, 2}]");
}

}  // namespace
}  // namespace tlatrace::refine
