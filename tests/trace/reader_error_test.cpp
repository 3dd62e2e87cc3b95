// Bad input: every error names file:line:col and says what is wrong.
#include <gtest/gtest.h>

#include "trace_test_util.hpp"

namespace tlatrace::trace {
namespace {

using testing::data;
using testing::read_error;

// Expects an error at line:col whose message contains `fragment`.
void expect_error(const std::string& file, uint32_t line, uint32_t col, const std::string& fragment) {
  SCOPED_TRACE(file);
  auto e = read_error(data(file));
  ASSERT_TRUE(e.thrown) << "no error";
  EXPECT_EQ(e.file, data(file));
  EXPECT_EQ(e.line, line) << e.rendered;
  if (col != 0) {
    EXPECT_EQ(e.col, col) << e.rendered;
  }
  EXPECT_NE(e.message.find(fragment), std::string::npos) << e.rendered;
  // The rendered diagnostic starts with file:line:col and shows the offending line.
  std::string head = data(file) + ":" + std::to_string(line) + ":";
  EXPECT_EQ(e.rendered.rfind(head, 0), 0u) << e.rendered;
}

TEST(NdjsonErrors, MalformedJsonPointsAtTheColumn) {
  expect_error("errors/malformed.ndjson", 2, 15, "syntax error");
  auto e = read_error(data("errors/malformed.ndjson"));
  EXPECT_NE(e.rendered.find("{\"x\": 1, \"y\": tru}\n              ^"), std::string::npos) << e.rendered;
}

TEST(NdjsonErrors, LineThatIsNotAnObject) {
  expect_error("errors/not_object.ndjson", 2, 3, "must be a JSON object, not an array");
}

TEST(NdjsonErrors, TornLastLine) {
  expect_error("errors/torn.ndjson", 2, 30, "torn last line (the writer stopped mid-record?)");
}

TEST(NdjsonErrors, ReservedKeysWithWrongTypes) {
  expect_error("errors/clock_type.ndjson", 2, 10, "\"clock\" must be an integer, not \"5\"");
  expect_error("errors/clock_float.ndjson", 2, 10, "\"clock\" must be an integer, not 1.5");
  expect_error("errors/vc_entry_type.ndjson", 2, 10, "\"vc\" entry \"b\" must be an integer");
  expect_error("errors/vc_not_object.ndjson", 2, 10, "\"vc\" must be an object");
  expect_error("errors/action_type.ndjson", 2, 10, "\"action\" must be a string");
  expect_error("errors/params_type.ndjson", 2, 10, "\"params\" must be an object (by name) or an array");
  expect_error("errors/unknown_reserved.ndjson", 2, 10, "unknown reserved key \"#clock\"");
}

TEST(NdjsonErrors, NumbersOutsideSixtyFourBits) {
  expect_error("errors/big_number.ndjson", 3, 7, "number 123456789012345678901234 is outside the 64-bit");
  expect_error("errors/big_unsigned.ndjson", 2, 15, "number 18446744073709551615 is outside the 64-bit");
}

TEST(NdjsonErrors, BadValues) {
  expect_error("errors/two_tags.ndjson", 2, 2, "must be the only key of its object");
  expect_error("errors/duplicate_key.ndjson", 1, 10, "duplicate key \"x\"");
  expect_error("errors/null_value.ndjson", 1, 2, "null is not a value");
}

TEST(ItfErrors, SyntaxErrorInAPrettyPrintedFile) {
  expect_error("errors/itf_syntax.itf.json", 5, 13, "syntax error");
}

TEST(ItfErrors, TruncatedFile) {
  expect_error("errors/itf_truncated.itf.json", 5, 0, "the file ends inside a JSON value");
}

TEST(ItfErrors, MalformedBigintNamesTheStateLine) {
  expect_error("errors/itf_bad_bigint.itf.json", 5, 29, "#bigint \"12a\" is not a decimal integer");
}

TEST(ItfErrors, EmptyFile) {
  expect_error("errors/empty.itf.json", 1, 1, "the trace file is empty");
}

TEST(ItfErrors, MissingVars) {
  expect_error("errors/itf_no_vars.itf.json", 1, 1, "an ITF trace needs \"vars\"");
}

TEST(TlcErrors, MissingStateNumber) {
  expect_error("errors/tlc_missing_state.json", 4, 5, "state 2 is missing");
}

TEST(TlcErrors, EntryThatIsNotAPair) {
  expect_error("errors/tlc_bad_entry.json", 4, 5, "must be [number, {variables}]");
}

}  // namespace
}  // namespace tlatrace::trace
