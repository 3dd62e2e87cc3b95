// The ndjson reader streams: it pulls input only as records are asked for.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <streambuf>

#include "trace/ndjson_reader.hpp"

namespace tlatrace::trace {
namespace {

// An input stream of `lines` generated ndjson lines that are never all in memory; it counts
// the bytes handed out so far.
class GeneratedLines : public std::streambuf {
 public:
  explicit GeneratedLines(uint64_t lines) : lines_(lines) {}
  uint64_t bytes_served() const { return served_; }
  /// Line n (1-based) of the stream, newline included.
  static std::string line(uint64_t n) {
    return "{\"action\": \"Step\", \"x\": " + std::to_string(n) + ", \"clock\": " + std::to_string(n) +
           ", \"pad\": \"" + std::string(40, 'p') + "\"}\n";
  }

 protected:
  int_type underflow() override {
    if (next_ > lines_) return traits_type::eof();
    line_ = line(next_);
    ++next_;
    served_ += line_.size();
    setg(line_.data(), line_.data(), line_.data() + line_.size());
    return traits_type::to_int_type(line_[0]);
  }

 private:
  uint64_t lines_, next_ = 1, served_ = 0;
  std::string line_;
};

constexpr uint64_t kLines = 200'000;

TEST(NdjsonStreaming, ReadsOnlyAsFarAsAsked) {
  GeneratedLines gen(kLines);
  std::istream in(&gen);
  SourceManager sm;
  NdjsonReader reader(sm, in, "generated.ndjson");
  TraceRecord rec;
  ASSERT_TRUE(reader.next(rec));
  EXPECT_EQ(rec.vars.at("x"), 1);
  // One record asked for: about one line read, not the 200k lines (~16 MB) behind it.
  EXPECT_LT(gen.bytes_served(), 1000u);

  uint64_t count = 1;
  uint64_t served_at_half = 0;
  while (reader.next(rec)) {
    ++count;
    ASSERT_EQ(rec.number, count);
    ASSERT_EQ(rec.clock, count);
    if (count == kLines / 2) served_at_half = gen.bytes_served();
  }
  EXPECT_EQ(count, kLines);
  EXPECT_EQ(reader.lines_read(), kLines);
  // Halfway through the records, the input read is the first half of the lines (and at most
  // the line after them), nothing more.
  uint64_t first_half = 0;
  for (uint64_t n = 1; n <= kLines / 2; ++n) first_half += GeneratedLines::line(n).size();
  EXPECT_GE(served_at_half, first_half);
  EXPECT_LE(served_at_half, first_half + GeneratedLines::line(kLines / 2 + 1).size());
}

TEST(NdjsonStreaming, ReadsAGeneratedFileRecordByRecord) {
  auto path = std::filesystem::path(TLATRACE_BINARY_DIR) / "trace_streaming_200k.ndjson";
  {
    std::ofstream out(path, std::ios::binary);
    GeneratedLines gen(kLines);
    out << &gen;
  }
  SourceManager sm;
  NdjsonReader reader(sm, path.string());
  TraceRecord rec;
  uint64_t count = 0, sum = 0;
  while (reader.next(rec)) {
    ++count;
    sum += rec.vars.at("x").get<uint64_t>();
    ASSERT_EQ(rec.line, count);
  }
  EXPECT_EQ(count, kLines);
  EXPECT_EQ(sum, kLines * (kLines + 1) / 2);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace tlatrace::trace
