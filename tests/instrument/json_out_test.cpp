// JsonOut: string escaping, UTF-8 handling, numbers.
#include "instrument/json_out.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <string>

using tlatrace::instrument::JsonOut;

namespace {

std::string json_string(std::string_view text) {
  JsonOut out;
  out.string(text);
  return out.str();
}

TEST(InstrumentJsonOutTest, PlainAsciiIsQuotedUnchanged) {
  EXPECT_EQ(json_string("hello world"), R"("hello world")");
  EXPECT_EQ(json_string(""), R"("")");
}

TEST(InstrumentJsonOutTest, QuotesAndBackslashesAreEscaped) {
  EXPECT_EQ(json_string(R"(say "hi")"), R"("say \"hi\"")");
  EXPECT_EQ(json_string(R"(C:\dir\)"), R"("C:\\dir\\")");
}

TEST(InstrumentJsonOutTest, ControlCharactersAreEscaped) {
  EXPECT_EQ(json_string("a\nb\tc\rd\be\ff"), R"("a\nb\tc\rd\be\ff")");
  EXPECT_EQ(json_string(std::string("\x01\x1f", 2)), R"("\u0001\u001f")");
  EXPECT_EQ(json_string(std::string("x\0y", 3)), R"("x\u0000y")");
  // DEL is not a control character for JSON.
  EXPECT_EQ(json_string("\x7f"), "\"\x7f\"");
}

TEST(InstrumentJsonOutTest, ValidUtf8PassesThrough) {
  EXPECT_EQ(json_string("caf\xc3\xa9"), "\"caf\xc3\xa9\"");                  // é
  EXPECT_EQ(json_string("\xe6\x97\xa5\xe6\x9c\xac"), "\"\xe6\x97\xa5\xe6\x9c\xac\"");  // 日本
  EXPECT_EQ(json_string("\xf0\x9f\x98\x80!"), "\"\xf0\x9f\x98\x80!\"");      // U+1F600
  EXPECT_EQ(json_string("\xe2\x80\xa8"), "\"\xe2\x80\xa8\"");                // U+2028 is valid JSON
}

TEST(InstrumentJsonOutTest, InvalidUtf8BytesBecomeReplacementCharacters) {
  EXPECT_EQ(json_string("a\xff" "b"), R"("a\ufffdb")");
  EXPECT_EQ(json_string("\xc3"), R"("\ufffd")");                 // truncated sequence
  EXPECT_EQ(json_string("\xc0\x80"), R"("\ufffd\ufffd")");       // overlong NUL
  EXPECT_EQ(json_string("\xed\xa0\x80"), R"("\ufffd\ufffd\ufffd")");  // UTF-16 surrogate
  EXPECT_EQ(json_string("\xf4\x90\x80\x80"), R"("\ufffd\ufffd\ufffd\ufffd")");  // above U+10FFFF
  EXPECT_EQ(json_string("\xe6\x97" "x"), R"("\ufffd\ufffdx")");  // continuation missing
}

TEST(InstrumentJsonOutTest, MixedEscapesKeepSurroundingText) {
  EXPECT_EQ(json_string("\xc3\xa9\"\n\xff" "end"), "\"\xc3\xa9\\\"\\n\\ufffdend\"");
}

TEST(InstrumentJsonOutTest, IntegersCoverTheirWholeRange) {
  JsonOut out;
  out.integer(LLONG_MIN);
  out.raw(' ');
  out.integer(0);
  out.raw(' ');
  out.unsigned_integer(ULLONG_MAX);
  out.raw(' ');
  out.boolean(true);
  out.raw(' ');
  out.boolean(false);
  EXPECT_EQ(out.view(), "-9223372036854775808 0 18446744073709551615 true false");
}

TEST(InstrumentJsonOutTest, IntegersAtEveryDigitCountBoundary) {
  // put_unsigned makes eight digits at once below 10^8, drops their leading zeros, and splits
  // at 10^8: check each edge.
  unsigned long long power = 1;
  for (int digits = 1; digits <= 20; ++digits) {
    for (unsigned long long value : {power - 1, power, power + 1, power * 5 + 7}) {
      JsonOut out;
      out.unsigned_integer(value);
      EXPECT_EQ(out.view(), std::to_string(value));
      out.clear();
      out.integer(-static_cast<long long>(value % 9223372036854775807ull));
      EXPECT_EQ(out.view(), std::to_string(-static_cast<long long>(value % 9223372036854775807ull)));
    }
    if (digits < 20) power *= 10;
  }
  for (unsigned long long value = 0; value < 100000; value += 7) {
    JsonOut out;
    out.unsigned_integer(value * 1000003);
    ASSERT_EQ(out.view(), std::to_string(value * 1000003));
  }
  for (unsigned long long value = 0; value < 100000000; value += 997) {  // every digit of every place
    JsonOut out;
    out.unsigned_integer(value);
    ASSERT_EQ(out.view(), std::to_string(value));
  }
}

TEST(InstrumentJsonOutTest, ShortStringsAreCheckedAtEveryByte) {
  // Strings of up to 16 bytes are copied and checked eight or four bytes at a time
  // (put_short_string): a byte needing an escape, at any position of any length, must still
  // be escaped, and every other byte copied.
  for (std::size_t length = 0; length <= 20; ++length) {
    std::string plain;
    for (std::size_t i = 0; i < length; ++i) plain += static_cast<char>('a' + i);
    EXPECT_EQ(json_string(plain), "\"" + plain + "\"") << length;
    char buffer[JsonOut::kShortString + 2];
    char* end = JsonOut::put_short_string(buffer, plain);
    if (length <= JsonOut::kShortString) {
      ASSERT_NE(end, nullptr) << length;
      EXPECT_EQ(std::string(buffer, end), "\"" + plain + "\"");
    } else {
      EXPECT_EQ(end, nullptr) << length;
    }
    for (std::size_t at = 0; at < length; ++at) {
      for (const char bad : {'"', '\\', '\n', '\x01', '\x80'}) {
        std::string text = plain;
        text[at] = bad;
        EXPECT_EQ(JsonOut::put_short_string(buffer, text), nullptr) << length << " " << at;
        const std::string escaped = bad == '"' ? "\\\"" : bad == '\\' ? "\\\\" : bad == '\n' ? "\\n"
                                    : bad == '\x01'                   ? "\\u0001"
                                                                      : "\\ufffd";
        EXPECT_EQ(json_string(text), "\"" + plain.substr(0, at) + escaped + plain.substr(at + 1) + "\"")
            << length << " " << at;
      }
    }
  }
}

TEST(InstrumentJsonOutTest, KeyPlacesCommasBetweenMembers) {
  JsonOut out;
  bool first = true;
  out.raw('{');
  out.key("a", first);
  out.integer(1);
  out.key("b\"", first);
  out.integer(2);
  out.raw('}');
  EXPECT_EQ(out.view(), R"({"a":1,"b\"":2})");
}

TEST(InstrumentJsonOutTest, PlainDetectionLooksAtEveryByte) {
  // Each troublesome byte at each position of a 19-byte string (word-wise and tail checks).
  for (char bad : {'"', '\\', '\n', '\x1f', '\x80', '\xff'}) {
    for (std::size_t at = 0; at < 19; ++at) {
      std::string text(19, 'a');
      text[at] = bad;
      EXPECT_FALSE(JsonOut::is_plain(text)) << "byte " << int(static_cast<unsigned char>(bad)) << " at " << at;
    }
  }
  // And in every shorter string (the short ones are checked as one word of repeated bytes).
  for (std::size_t size = 1; size < 19; ++size) {
    EXPECT_TRUE(JsonOut::is_plain(std::string(size, 'a'))) << size;
    for (std::size_t at = 0; at < size; ++at) {
      for (char bad : {'"', '\\', '\x01', '\x80'}) {
        std::string text(size, 'a');
        text[at] = bad;
        EXPECT_FALSE(JsonOut::is_plain(text)) << "size " << size << " at " << at;
      }
    }
  }
  EXPECT_TRUE(JsonOut::is_plain(""));
  std::string printable;
  for (int c = 0x20; c < 0x7f; ++c) {
    if (c != '"' && c != '\\') printable += static_cast<char>(c);
  }
  EXPECT_TRUE(JsonOut::is_plain(printable));
  EXPECT_EQ(json_string(printable), "\"" + printable + "\"");
}

TEST(InstrumentJsonOutTest, PutCopiesEveryLength) {
  std::string source;
  for (int i = 0; i < 200; ++i) source += static_cast<char>('a' + i % 26);
  for (std::size_t size = 0; size <= source.size(); ++size) {
    std::string target(size + 2, '#');
    char* end = JsonOut::put(target.data() + 1, std::string_view(source.data(), size));
    ASSERT_EQ(end, target.data() + 1 + size);
    ASSERT_EQ(target, "#" + source.substr(0, size) + "#") << size;
  }
}

TEST(InstrumentJsonOutTest, GrowsForLongTextAndClearKeepsWorking) {
  JsonOut out;
  const std::string long_text(100000, 'z');
  out.string(long_text);
  EXPECT_EQ(out.size(), long_text.size() + 2);
  out.clear();
  EXPECT_TRUE(out.empty());
  out.raw("{}");
  EXPECT_EQ(out.view(), "{}");
  JsonOut moved = std::move(out);
  EXPECT_EQ(moved.view(), "{}");
}

}  // namespace
