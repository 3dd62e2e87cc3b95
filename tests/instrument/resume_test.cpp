// Resuming a node's clocks from its trace after a restart (instrument/resume.hpp).
#include "instrument/resume.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>

#include "instrument/file_sink.hpp"
#include "instrument/tracer.hpp"
#include "tests/instrument/test_support.hpp"

namespace tlatrace::instrument {
namespace {

using testing::TempPath;

TEST(InstrumentResumeTest, ReadsTheClocksOfTheNodesOwnEventLine) {
  auto s = stamp_of_line(R"({"action":"A","params":{"node":"x","s":"\"}"},"node":"n1","clock":7,"vc":{"n1":5,"n2":3},"v":[1,{"a":"}"}]})", "n1");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->lamport, 7u);
  EXPECT_EQ(s->vc.get("n1"), 5u);
  EXPECT_EQ(s->vc.get("n2"), 3u);
  EXPECT_FALSE(stamp_of_line(R"({"action":"A","node":"n2","clock":7,"vc":{"n2":1}})", "n1"));
  EXPECT_FALSE(stamp_of_line(R"({"#meta":{"format":"tlatrace-ndjson","version":1}})", "n1"));
  EXPECT_FALSE(stamp_of_line(R"({"action":"A","node":"n1","clock":7,"vc":{"n1":)", "n1"));  // torn
}

TEST(InstrumentResumeTest, ARestartedTracerContinuesItsClocksFromTheTrace) {
  TempPath file("resume");
  {
    Tracer first("n1", FileSink::open(file.str()));
    Stamp from_n2;
    from_n2.lamport = 40;
    from_n2.vc = VectorClock("n2");
    from_n2.vc.set("n2", 9);
    first.on_receive(from_n2);
    for (int k = 0; k < 3; ++k) first.event("Step").param("k", k).emit();
    first.flush();
  }
  {
    std::ofstream torn(file.path(), std::ios::app);
    torn << R"({"action":"Step","node":"n1","clock":99)";  // a crash tore the last line
  }
  auto stamp = last_stamp_in_trace(file.str(), "n1");
  ASSERT_TRUE(stamp);
  EXPECT_EQ(stamp->lamport, 43u);  // 40 merged, then three events
  EXPECT_EQ(stamp->vc.get("n1"), 3u);
  EXPECT_EQ(stamp->vc.get("n2"), 9u);

  EXPECT_FALSE(last_stamp_in_trace(file.str() + ".missing", "n1"));
  EXPECT_FALSE(last_stamp_in_trace(file.str(), "n7"));
}

TEST(InstrumentResumeTest, FindsTheLastLineOfTheNodeBeyondTheFirstChunk) {
  TempPath file("resume-long");
  {
    Tracer n1("n1", FileSink::open(file.str()));
    Tracer n2("n2", FileSink::open(file.str()));
    n1.event("Early").emit();
    const std::string filler(1000, 'x');
    for (int k = 0; k < 300; ++k) n2.event("Noise").set("pad", filler).emit();  // ~300 KB after n1's line
    n1.flush();
    n2.flush();
  }
  auto stamp = last_stamp_in_trace(file.str(), "n1");
  ASSERT_TRUE(stamp);
  EXPECT_EQ(stamp->lamport, 1u);
  EXPECT_EQ(stamp->vc.get("n1"), 1u);
}

}  // namespace
}  // namespace tlatrace::instrument
