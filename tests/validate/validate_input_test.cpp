// Bad trace input is an input error (exit 2) naming file:line, never a verdict.
#include <gtest/gtest.h>

#include "tests/validate/validate_support.hpp"

namespace tlatrace::testing {
namespace {

void expect_input_error(const std::string& trace, const std::string& location, const std::string& message) {
  CommandResult r = validate_kv(trace);
  EXPECT_EQ(r.exit_code, 2) << trace << "\n" << r.out << r.err;
  std::string where = repo_path("tests/validate/traces/" + trace) + ":" + location;
  EXPECT_NE(r.err.find(where), std::string::npos) << trace << "\n" << r.err;
  EXPECT_NE(r.err.find(message), std::string::npos) << trace << "\n" << r.err;
  EXPECT_EQ(r.out.find("Trace accepted"), std::string::npos) << r.out;
}

TEST(ValidateInput, MalformedJson) {
  expect_input_error("malformed.ndjson", "3:20: error: ", "syntax error while parsing object key - unexpected ','");
}

TEST(ValidateInput, TornLastLine) {
  expect_input_error("torn.ndjson", "4:21: error: ", "torn last line (the writer stopped mid-record?)");
}

TEST(ValidateInput, NameThatIsNoSpecVariable) {
  expect_input_error("unknown_var.ndjson", "2:",
                     "'stor' is not a variable of the spec (its variables: store, version, history, written)");
}

TEST(ValidateInput, NumberOutOfRange) {
  expect_input_error("out_of_range.ndjson", "2:42: error: ",
                     "number 99999999999999999999 is outside the 64-bit integer range");
}

TEST(ValidateInput, ItfNameThatIsNoSpecVariable) {
  expect_input_error("unknown_var.itf.json", "3:", "'stor' is not a variable of the spec");
}

TEST(ValidateInput, ItfNumberOutOfRange) {
  expect_input_error("out_of_range.itf.json", "3:",
                     "the value of 'version': the number \"123456789012345678901234\" is out of range (64-bit integers)");
}

TEST(ValidateInput, NonIntegerNumber) { expect_input_error("fraction.ndjson", "2:", "the number 1.5 is not an integer"); }

TEST(ValidateInput, JsonReportOfAnInputError) {
  CommandResult r = validate_kv("unknown_var.ndjson", "--format json");
  EXPECT_EQ(r.exit_code, 2);
  auto out = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(out.is_discarded()) << r.out;
  EXPECT_EQ(out["result"], "error");
  EXPECT_EQ(out["errors"][0]["line"], 2);
}

TEST(ValidateInput, UnknownMatchOperator) {
  CommandResult r = validate_kv("full.ndjson", "--match NoSuchOp");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--match NoSuchOp"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace tlatrace::testing
