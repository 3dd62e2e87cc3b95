// The value convention: normalisation and tag stripping.
#include <gtest/gtest.h>

#include "trace/json_strict.hpp"
#include "trace/values.hpp"

namespace tlatrace::trace {
namespace {

using nlohmann::json;

json norm(const char* text) { return normalize_value(json::parse(text)); }

std::string value_error(const char* text) {
  try {
    norm(text);
  } catch (const ValueError& e) {
    return e.what();
  }
  return "";
}

TEST(Values, BigintsBecomeIntegersWhenTheyFit) {
  EXPECT_EQ(norm(R"({"#bigint": "-0042"})"), -42);
  EXPECT_EQ(norm(R"({"#bigint": "-0"})"), 0);
  EXPECT_EQ(norm(R"({"#bigint": "9223372036854775807"})"), INT64_MAX);
  EXPECT_EQ(norm(R"({"#bigint": "009223372036854775808"})"), json::parse(R"({"#bigint": "9223372036854775808"})"));
  EXPECT_NE(value_error(R"({"#bigint": "1e3"})").find("not a decimal integer"), std::string::npos);
  EXPECT_NE(value_error(R"({"#bigint": 5})").find("must hold a string"), std::string::npos);
}

TEST(Values, SetsAreSortedAndUniqueMapsSortedByKey) {
  EXPECT_EQ(norm(R"({"#set": [3, 1, 3, {"#bigint": "1"}]})"), json::parse(R"({"#set": [1, 3]})"));
  EXPECT_EQ(norm(R"({"#map": [[2, "b"], [1, "a"], [2, "b"]]})"), json::parse(R"({"#map": [[1, "a"], [2, "b"]]})"));
  EXPECT_NE(value_error(R"({"#map": [[1, "a"], [1, "b"]]})").find("binds key 1 to two values"), std::string::npos);
  EXPECT_NE(value_error(R"({"#map": [[1]]})").find("not a [key, value] pair"), std::string::npos);
  // Plain arrays keep their order: they may be sequences.
  EXPECT_EQ(norm("[3, 1]"), json::parse("[3, 1]"));
}

TEST(Values, ErrorsSayWhereInsideTheValue) {
  EXPECT_EQ(value_error(R"({"a": [1, {"#what": 2}]})"),
            "unknown tag \"#what\" (known: #bigint, #set, #tup, #map, #partial, #unserializable) at .a[1]");
  EXPECT_EQ(value_error("[null]"), "null is not a value (leave the key out when it is unobserved) at [0]");
}

TEST(Values, PartialFunctionsHoldTheObservedEntries) {
  EXPECT_EQ(norm(R"({"#partial": {"n1": [{"#bigint": "2"}]}})"), json::parse(R"({"#partial": {"n1": [2]}})"));
  EXPECT_EQ(norm(R"({"#partial": {}})"), json::parse(R"({"#partial": {}})"));
  EXPECT_EQ(norm(R"({"#partial": {"#map": [[2, "b"], [1, "a"]]}})"),
            json::parse(R"({"#partial": {"#map": [[1, "a"], [2, "b"]]}})"));
  EXPECT_NE(value_error(R"({"#partial": [1, 2]})").find("#partial must hold an object"), std::string::npos);
  EXPECT_NE(value_error(R"({"#partial": {"#set": [1]}})").find("only #map may be used there"), std::string::npos);
  EXPECT_EQ(value_error(R"({"log": {"#partial": {"n1": null}}})"),
            "null is not a value (leave the key out when it is unobserved) at .log.n1");
}

TEST(Values, StrippingTagsGivesWhatTlcWrites) {
  EXPECT_EQ(strip_container_tags(norm(R"({"#set": [2, 1]})")), json::parse("[1, 2]"));
  EXPECT_EQ(strip_container_tags(json::parse(R"({"#tup": [1, {"#set": []}]})")), json::parse("[1, []]"));
  EXPECT_EQ(strip_container_tags(json::parse(R"({"#map": [[1, "a"], [2, "b"]]})")), json::parse(R"(["a", "b"])"));
  EXPECT_EQ(strip_container_tags(json::parse(R"({"#map": [[0, "a"], ["k", "b"]]})")),
            json::parse(R"({"0": "a", "k": "b"})"));
  EXPECT_EQ(strip_container_tags(json::parse(R"({"#map": [[[1], "a"]]})")), json::parse(R"([[[1], "a"]])"));
}

TEST(StrictJson, RejectsWhatNlohmannWouldBend) {
  auto big = parse_json_strict(R"({"a": 1, "b": -99999999999999999999})");
  EXPECT_EQ(big.status, JsonParseResult::Status::OutOfRange);
  EXPECT_EQ(big.byte, 14u);  // the minus sign
  auto dup = parse_json_strict(R"({"a": 1, "a": 2})");
  EXPECT_EQ(dup.status, JsonParseResult::Status::DuplicateKey);
  EXPECT_EQ(dup.byte, 9u);
  auto deep = parse_json_strict(std::string(100000, '[') + std::string(100000, ']'));
  EXPECT_EQ(deep.status, JsonParseResult::Status::TooDeep);
  EXPECT_EQ(deep.byte, kMaxJsonDepth);
  auto cut = parse_json_strict(R"({"a": [1, 2)");
  EXPECT_EQ(cut.status, JsonParseResult::Status::Syntax);
  EXPECT_TRUE(cut.at_end);
  auto ok = parse_json_strict(R"( {"a": 1.5, "b": 18} )");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value["a"], 1.5);
}

}  // namespace
}  // namespace tlatrace::trace
