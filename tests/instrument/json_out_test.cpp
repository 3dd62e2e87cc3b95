// JsonOut: string escaping, UTF-8 handling, numbers.
#include "instrument/json_out.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <string>

using tlatrace::instrument::JsonOut;

namespace {

std::string json_string(std::string_view text) {
  std::string buffer;
  JsonOut(buffer).string(text);
  return buffer;
}

TEST(JsonOutTest, PlainAsciiIsQuotedUnchanged) {
  EXPECT_EQ(json_string("hello world"), R"("hello world")");
  EXPECT_EQ(json_string(""), R"("")");
}

TEST(JsonOutTest, QuotesAndBackslashesAreEscaped) {
  EXPECT_EQ(json_string(R"(say "hi")"), R"("say \"hi\"")");
  EXPECT_EQ(json_string(R"(C:\dir\)"), R"("C:\\dir\\")");
}

TEST(JsonOutTest, ControlCharactersAreEscaped) {
  EXPECT_EQ(json_string("a\nb\tc\rd\be\ff"), R"("a\nb\tc\rd\be\ff")");
  EXPECT_EQ(json_string(std::string("\x01\x1f", 2)), R"("\u0001\u001f")");
  EXPECT_EQ(json_string(std::string("x\0y", 3)), R"("x\u0000y")");
  // DEL is not a control character for JSON.
  EXPECT_EQ(json_string("\x7f"), "\"\x7f\"");
}

TEST(JsonOutTest, ValidUtf8PassesThrough) {
  EXPECT_EQ(json_string("caf\xc3\xa9"), "\"caf\xc3\xa9\"");                  // é
  EXPECT_EQ(json_string("\xe6\x97\xa5\xe6\x9c\xac"), "\"\xe6\x97\xa5\xe6\x9c\xac\"");  // 日本
  EXPECT_EQ(json_string("\xf0\x9f\x98\x80!"), "\"\xf0\x9f\x98\x80!\"");      // U+1F600
  EXPECT_EQ(json_string("\xe2\x80\xa8"), "\"\xe2\x80\xa8\"");                // U+2028 is valid JSON
}

TEST(JsonOutTest, InvalidUtf8BytesBecomeReplacementCharacters) {
  EXPECT_EQ(json_string("a\xff" "b"), R"("a\ufffdb")");
  EXPECT_EQ(json_string("\xc3"), R"("\ufffd")");                 // truncated sequence
  EXPECT_EQ(json_string("\xc0\x80"), R"("\ufffd\ufffd")");       // overlong NUL
  EXPECT_EQ(json_string("\xed\xa0\x80"), R"("\ufffd\ufffd\ufffd")");  // UTF-16 surrogate
  EXPECT_EQ(json_string("\xf4\x90\x80\x80"), R"("\ufffd\ufffd\ufffd\ufffd")");  // above U+10FFFF
  EXPECT_EQ(json_string("\xe6\x97" "x"), R"("\ufffd\ufffdx")");  // continuation missing
}

TEST(JsonOutTest, MixedEscapesKeepSurroundingText) {
  EXPECT_EQ(json_string("\xc3\xa9\"\n\xff" "end"), "\"\xc3\xa9\\\"\\n\\ufffdend\"");
}

TEST(JsonOutTest, IntegersCoverTheirWholeRange) {
  std::string buffer;
  JsonOut out(buffer);
  out.integer(LLONG_MIN);
  out.raw(' ');
  out.integer(0);
  out.raw(' ');
  out.unsigned_integer(ULLONG_MAX);
  out.raw(' ');
  out.boolean(true);
  out.raw(' ');
  out.boolean(false);
  EXPECT_EQ(buffer, "-9223372036854775808 0 18446744073709551615 true false");
}

TEST(JsonOutTest, KeyPlacesCommasBetweenMembers) {
  std::string buffer;
  JsonOut out(buffer);
  bool first = true;
  out.raw('{');
  out.key("a", first);
  out.integer(1);
  out.key("b\"", first);
  out.integer(2);
  out.raw('}');
  EXPECT_EQ(buffer, R"({"a":1,"b\"":2})");
}

}  // namespace
