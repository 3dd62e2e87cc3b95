// Sinks: memory, file (one write(2) per call, meta line, appending), and torn-write safety.
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "instrument/async_sink.hpp"
#include "instrument/file_sink.hpp"
#include "instrument/memory_sink.hpp"
#include "instrument/record.hpp"
#include "instrument/tracer.hpp"
#include "tests/instrument/test_support.hpp"

namespace tlatrace::instrument {
namespace {

using testing::parse;
using testing::read_file;
using testing::split_lines;
using testing::TempPath;

TEST(InstrumentMemorySinkTest, SplitsWritesIntoLines) {
  MemorySink sink;
  sink.write("{\"a\":1}\n");
  sink.write("{\"b\":2}\n{\"c\":3}\n");
  EXPECT_EQ(sink.lines(), (std::vector<std::string>{R"({"a":1})", R"({"b":2})", R"({"c":3})"}));
  EXPECT_EQ(sink.text(), "{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n");
  EXPECT_EQ(sink.size(), 3u);
  sink.clear();
  EXPECT_EQ(sink.size(), 0u);
}

TEST(InstrumentFileSinkTest, NewFileStartsWithMetaLineThenAppends) {
  TempPath file("file-sink");
  {
    auto sink = FileSink::open(file.str());
    ASSERT_NE(sink, nullptr);
    sink->write("{\"x\":1}\n");
    EXPECT_EQ(sink->write_calls(), 2u);  // the meta line and the event, one call each
  }
  {
    auto sink = FileSink::open(file.str());  // reopened: appended, no second meta line
    ASSERT_NE(sink, nullptr);
    sink->write("{\"x\":2}\n");
  }
  const auto lines = split_lines(read_file(file.path()));
  ASSERT_EQ(lines.size(), 3u);
  const auto meta = parse(lines[0]);
  EXPECT_EQ(meta["#meta"]["format"], "tlatrace-ndjson");
  EXPECT_EQ(meta["#meta"]["version"], 1);
  EXPECT_EQ(meta["#meta"]["pid"], ::getpid());
  EXPECT_EQ(lines[1], R"({"x":1})");
  EXPECT_EQ(lines[2], R"({"x":2})");
}

TEST(InstrumentFileSinkTest, TruncateOptionStartsOver) {
  TempPath file("file-truncate");
  FileSink::open(file.str())->write("{\"old\":1}\n");
  FileSinkOptions options;
  options.truncate = true;
  options.meta_line = false;
  FileSink::open(file.str(), options)->write("{\"new\":1}\n");
  EXPECT_EQ(read_file(file.path()), "{\"new\":1}\n");
}

TEST(InstrumentFileSinkTest, UnopenableFileReportsWhy) {
  std::string error;
  auto sink = FileSink::open("/nonexistent-dir-tlatrace/x.ndjson", {}, &error);
  EXPECT_EQ(sink, nullptr);
  EXPECT_NE(error.find("cannot open trace file '/nonexistent-dir-tlatrace/x.ndjson'"), std::string::npos) << error;
  EXPECT_NE(error.find("No such file or directory"), std::string::npos) << error;
}

TEST(InstrumentFileSinkTest, WriteErrorsAreCountedNotThrown) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  ::close(fds[1]);
  FileSink sink(fds[0], true, "read end");  // writing to a read end fails with EBADF
  sink.write("{}\n");
  sink.write("{}\n");
  EXPECT_EQ(sink.dropped(), 2u);
}

// A SOCK_SEQPACKET socket keeps message boundaries: every read returns exactly one write(2).
// This proves that each event reaches the kernel as ONE write of whole lines, so a crash can
// tear at most the last line.
std::vector<std::string> read_messages(int fd) {
  std::vector<std::string> messages;
  std::vector<char> buffer(1 << 20);
  for (;;) {
    const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
    if (n <= 0) break;
    messages.emplace_back(buffer.data(), static_cast<std::size_t>(n));
  }
  return messages;
}

struct Payload {
  int id;
  std::string text;
};
TLATRACE_RECORD(Payload, id, text)

TEST(InstrumentTornWriteTest, EverySynchronousEventIsOneWriteOfOneLine) {
  int fds[2];
  ASSERT_EQ(::socketpair(AF_UNIX, SOCK_SEQPACKET, 0, fds), 0);
  std::vector<std::string> messages;
  std::thread reader([&] { messages = read_messages(fds[1]); });
  {
    Tracer tracer("n1", std::make_shared<FileSink>(fds[0], true));
    for (int i = 0; i < 200; ++i) {
      // Sizes from a few bytes to several kilobytes, with text needing escapes.
      tracer.event("Step").param("i", i).set("p", Payload{i, std::string(static_cast<std::size_t>(i) * 37, '"')}).emit();
    }
  }  // closes the socket: the reader sees end of stream
  reader.join();
  ASSERT_EQ(messages.size(), 200u);
  for (int i = 0; i < 200; ++i) {
    const std::string& message = messages[static_cast<std::size_t>(i)];
    ASSERT_EQ(message.back(), '\n');
    ASSERT_EQ(message.find('\n'), message.size() - 1) << "more than one line in one write";
    const auto event = parse(message);
    EXPECT_EQ(event["params"]["i"], i);
    EXPECT_EQ(event["p"]["text"].get<std::string>().size(), static_cast<std::size_t>(i) * 37);
  }
}

TEST(InstrumentTornWriteTest, AsynchronousBatchesAreWholeLines) {
  int fds[2];
  ASSERT_EQ(::socketpair(AF_UNIX, SOCK_SEQPACKET, 0, fds), 0);
  std::vector<std::string> messages;
  std::thread reader([&] { messages = read_messages(fds[1]); });
  {
    AsyncOptions options;
    options.batch_bytes = 4096;
    options.max_block = std::chrono::seconds(5);
    Tracer tracer("n1", std::make_shared<AsyncSink>(std::make_shared<FileSink>(fds[0], true), options));
    for (int i = 0; i < 2000; ++i) tracer.event("Step").param("i", i).set("pad", std::string(i % 300, 'x')).emit();
  }
  reader.join();
  int next = 0;
  for (const auto& message : messages) {
    ASSERT_EQ(message.back(), '\n');
    for (const auto& line : split_lines(message)) {
      EXPECT_EQ(parse(line)["params"]["i"], next);
      ++next;
    }
  }
  EXPECT_EQ(next, 2000);
  EXPECT_LT(messages.size(), 2000u);  // the writer batched lines
}

}  // namespace
}  // namespace tlatrace::instrument
