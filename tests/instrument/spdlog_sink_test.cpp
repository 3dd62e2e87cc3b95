// SpdlogSink: trace lines go through an spdlog logger, one message per line.
#include "instrument/spdlog/spdlog_sink.hpp"

#include <gtest/gtest.h>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sstream>

#include "instrument/tracer.hpp"
#include "tests/instrument/test_support.hpp"

namespace tlatrace::instrument {
namespace {

TEST(InstrumentSpdlogSinkTest, EachEventIsOneLogMessage) {
  std::ostringstream stream;
  auto ostream_sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(stream);
  auto logger = std::make_shared<spdlog::logger>("trace", ostream_sink);
  logger->set_pattern("%v");
  {
    Tracer tracer("n1", std::make_shared<SpdlogSink>(logger));
    tracer.event("Put").param("key", "{}").set("store", std::map<std::string, int>{{"a", 1}}).emit();
    tracer.event("Get").emit();
    tracer.flush();
  }
  const auto lines = testing::split_lines(stream.str());
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], R"({"action":"Put","params":{"key":"{}"},"node":"n1","clock":1,"vc":{"n1":1},"store":{"a":1}})");
  EXPECT_EQ(testing::parse(lines[1])["action"], "Get");
}

TEST(InstrumentSpdlogSinkTest, RespectsTheLoggerLevel) {
  std::ostringstream stream;
  auto logger = std::make_shared<spdlog::logger>("quiet", std::make_shared<spdlog::sinks::ostream_sink_mt>(stream));
  logger->set_level(spdlog::level::warn);
  SpdlogSink sink(logger, spdlog::level::debug);
  sink.write("{\"x\":1}\n");
  EXPECT_EQ(stream.str(), "");
}

}  // namespace
}  // namespace tlatrace::instrument
