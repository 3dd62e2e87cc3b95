// The TLATRACE environment variables: parsing, per-node paths, sinks made from them.
#include "instrument/environment.hpp"

#include <gtest/gtest.h>

#include "instrument/tracer.hpp"
#include "tests/instrument/test_support.hpp"

namespace tlatrace::instrument {
namespace {

using testing::parse;
using testing::read_file;
using testing::split_lines;
using testing::TempPath;

TEST(InstrumentTraceConfigTest, UnsetOrFalseValuesDisable) {
  for (const char* value : {static_cast<const char*>(nullptr), "", "0", "off", "false", "no", "OFF"}) {
    EXPECT_FALSE(parse_trace_config(value).enabled) << (value ? value : "(unset)");
  }
}

TEST(InstrumentTraceConfigTest, TrueValuesMeanOneFilePerNode) {
  for (const char* value : {"1", "on", "true", "yes"}) {
    const auto config = parse_trace_config(value);
    EXPECT_TRUE(config.enabled);
    EXPECT_TRUE(config.per_node_files);
  }
  const auto config = parse_trace_config("1", "/var/traces/");
  EXPECT_EQ(trace_path_for_node(config, "n1"), "/var/traces/tlatrace-n1.ndjson");
  EXPECT_EQ(trace_path_for_node(config, "a/b c"), "/var/traces/tlatrace-a_b_c.ndjson");
  EXPECT_EQ(trace_path_for_node(parse_trace_config("1"), "n2"), "./tlatrace-n2.ndjson");
  EXPECT_EQ(trace_path_for_node(parse_trace_config("1"), ""), "./tlatrace-node.ndjson");
}

TEST(InstrumentTraceConfigTest, AnyOtherValueIsOneSharedFile) {
  const auto config = parse_trace_config("out/trace.ndjson");
  EXPECT_TRUE(config.enabled);
  EXPECT_FALSE(config.per_node_files);
  EXPECT_EQ(trace_path_for_node(config, "n1"), "out/trace.ndjson");
  EXPECT_EQ(trace_path_for_node(config, "n2"), "out/trace.ndjson");
  EXPECT_TRUE(config.async);
  EXPECT_EQ(config.queue_capacity, 16384u);
}

TEST(InstrumentTraceConfigTest, ModeQueueAndBlock) {
  const auto config = parse_trace_config("t.ndjson", nullptr, "sync", "1024", "250");
  EXPECT_FALSE(config.async);
  EXPECT_EQ(config.queue_capacity, 1024u);
  EXPECT_EQ(config.max_block, std::chrono::microseconds(250));
  EXPECT_TRUE(config.warnings.empty());
}

TEST(InstrumentTraceConfigTest, BadValuesWarnAndFallBack) {
  const auto config = parse_trace_config("t.ndjson", nullptr, "fast", "lots", "-3");
  EXPECT_TRUE(config.async);
  EXPECT_EQ(config.queue_capacity, 16384u);
  EXPECT_EQ(config.max_block, std::chrono::microseconds(0));
  ASSERT_EQ(config.warnings.size(), 3u);
  EXPECT_EQ(config.warnings[0], "TLATRACE_MODE='fast' is neither 'async' nor 'sync'; using async");
  EXPECT_EQ(config.warnings[1], "TLATRACE_QUEUE='lots' is not a line count in 1..67108864; using 16384");
  EXPECT_EQ(config.warnings[2], "TLATRACE_BLOCK_US='-3' is not a number of microseconds in 0..10000000; using 0");
}

TEST(InstrumentOpenTraceSinkTest, DisabledConfigGivesNoSink) {
  std::string error;
  EXPECT_EQ(open_trace_sink(parse_trace_config(nullptr), "n1", &error), nullptr);
  EXPECT_TRUE(error.empty());
}

TEST(InstrumentOpenTraceSinkTest, PerNodeFilesInTheDirectory) {
  TempPath dir("env-dir");
  std::filesystem::create_directories(dir.path());
  for (const char* mode : {"sync", "async"}) {
    const auto config = parse_trace_config("1", dir.str().c_str(), mode);
    std::string error;
    {
      Tracer n1("n1", open_trace_sink(config, "n1", &error));
      Tracer n2("n2", open_trace_sink(config, "n2", &error));
      ASSERT_TRUE(n1.enabled()) << error;
      n1.event("A").set("mode", mode).emit();
      n2.event("B").emit();
    }
    const auto lines1 = split_lines(read_file(dir.path() / "tlatrace-n1.ndjson"));
    const auto lines2 = split_lines(read_file(dir.path() / "tlatrace-n2.ndjson"));
    ASSERT_EQ(lines1.size(), 2u) << mode;
    EXPECT_TRUE(parse(lines1[0]).contains("#meta"));
    EXPECT_EQ(parse(lines1[1])["mode"], mode);
    ASSERT_EQ(lines2.size(), 2u);
    EXPECT_EQ(parse(lines2[1])["action"], "B");
    std::filesystem::remove(dir.path() / "tlatrace-n1.ndjson");
    std::filesystem::remove(dir.path() / "tlatrace-n2.ndjson");
  }
}

TEST(InstrumentOpenTraceSinkTest, UnwritablePathIsAnErrorNotACrash) {
  std::string error;
  EXPECT_EQ(open_trace_sink(parse_trace_config("/nonexistent-dir-tlatrace/t.ndjson"), "n1", &error), nullptr);
  EXPECT_NE(error.find("/nonexistent-dir-tlatrace/t.ndjson"), std::string::npos) << error;
}

}  // namespace
}  // namespace tlatrace::instrument
