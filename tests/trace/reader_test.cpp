// The three readers on the same small trace, and format detection.
#include <gtest/gtest.h>

#include "trace/itf_reader.hpp"
#include "trace/ndjson_reader.hpp"
#include "trace/read_trace.hpp"
#include "trace/tlc_json_reader.hpp"
#include "trace/values.hpp"
#include "trace_test_util.hpp"

namespace tlatrace::trace {
namespace {

using nlohmann::json;
using testing::data;

TEST(NdjsonReader, ReadsRecordsWithReservedKeysAndLineNumbers) {
  SourceManager sm;
  Trace t = read_ndjson(data("counter.ndjson"), sm);
  EXPECT_EQ(t.format, TraceFormat::Ndjson);
  ASSERT_EQ(t.metadata.size(), 1u);
  EXPECT_EQ(t.metadata[0].line, 1u);
  EXPECT_EQ(t.metadata[0].value["source"], "Counter.tla");
  ASSERT_EQ(t.records.size(), 4u);

  const TraceRecord& init = t.records[0];
  EXPECT_EQ(init.number, 2u);  // line 1 is the #meta line
  EXPECT_EQ(init.line, 2u);
  EXPECT_EQ(init.file, data("counter.ndjson"));
  EXPECT_FALSE(init.action);
  EXPECT_EQ(init.vars.at("x"), 0);
  EXPECT_EQ(init.vars.at("msgs"), json::parse(R"({"#set": []})"));
  EXPECT_EQ(init.vars.at("log"), json::array());
  EXPECT_EQ(init.vars.at("cfg"), json::parse(R"({"mode": "fast", "n": 2})"));
  // #map pairs come out sorted by key.
  EXPECT_EQ(init.vars.at("owner"), json::parse(R"({"#map": [["a", 1], ["b", 2]]})"));
  EXPECT_EQ(init.vars.at("big"), int64_t{1099511627776});
  EXPECT_EQ(init.vars.size(), 6u);

  const TraceRecord& third = t.records[2];
  EXPECT_EQ(third.number, 5u);  // a blank line 4 is skipped but counted
  EXPECT_EQ(third.action, "Send");
  EXPECT_EQ(*third.params, json::parse(R"({"m": "m2"})"));
  // #set elements come out sorted.
  EXPECT_EQ(third.vars.at("msgs"), json::parse(R"({"#set": ["m1", "m2"]})"));
  EXPECT_EQ(third.vars.count("action"), 0u);
  EXPECT_EQ(third.raw.substr(0, 20), R"({"action": "Send", ")");
}

TEST(NdjsonReader, ReadsClocksNodesAndVectorClocks) {
  SourceManager sm;
  Trace a = read_ndjson(data("merge/vc_a.ndjson"), sm);
  ASSERT_EQ(a.records.size(), 4u);
  EXPECT_EQ(a.records[0].node, "A");
  EXPECT_FALSE(a.records[0].vc);
  EXPECT_EQ(a.records[3].vc, (VectorClock{{"A", 3}, {"B", 3}, {"C", 2}}));
  EXPECT_EQ(a.records[3].vars.at("ev"), "a3");
  Trace p = read_ndjson(data("merge/lamport_10.ndjson"), sm);
  EXPECT_EQ(p.records[1].node, "10");  // an integer node id becomes its decimal text
  EXPECT_EQ(p.records[1].clock, 3u);
}

TEST(ItfReader, ReadsStatesMetaAndQuintActions) {
  SourceManager sm;
  Trace t = read_itf(data("counter.itf.json"), sm);
  EXPECT_EQ(t.format, TraceFormat::Itf);
  ASSERT_EQ(t.records.size(), 4u);
  ASSERT_EQ(t.metadata.size(), 1u);
  EXPECT_EQ(t.metadata[0].value["source"], "Counter.qnt");
  EXPECT_EQ(t.metadata[0].line, 2u);
  EXPECT_EQ(t.declared_vars.front(), "x");
  EXPECT_FALSE(t.loop);

  const TraceRecord& r = t.records[1];
  EXPECT_EQ(r.number, 2u);
  EXPECT_EQ(r.line, 6u);
  EXPECT_EQ(r.action, "Send");
  EXPECT_EQ(*r.params, json::parse(R"({"m": "m1"})"));
  EXPECT_EQ(r.vars.at("x"), 1);  // {"#bigint": "1"} fits in 64 bits
  EXPECT_EQ(r.vars.at("log"), json::parse("[1]"));
  EXPECT_EQ(r.vars.count("#meta"), 0u);
  EXPECT_EQ(r.vars.count("mbt::actionTaken"), 0u);
  // A None pick is no parameter.
  EXPECT_EQ(*t.records[0].params, json::object());
}

TEST(TlcJsonReader, OrdersStatesByNumberAndNamesActions) {
  SourceManager sm;
  Trace t = read_tlc_json(data("counter_tlc.json"), sm);
  EXPECT_EQ(t.format, TraceFormat::TlcJson);
  ASSERT_EQ(t.records.size(), 4u);
  EXPECT_EQ(t.declared_vars, (std::vector<std::string>{"x", "msgs", "log", "cfg", "owner", "big"}));
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(t.records[i].number, i + 1);
    EXPECT_EQ(t.records[i].vars.at("x"), static_cast<int64_t>(i));
  }
  EXPECT_EQ(t.records[0].line, 6u);  // state 1 is written second
  EXPECT_EQ(t.records[1].line, 5u);
  EXPECT_FALSE(t.records[0].action);
  EXPECT_EQ(t.records[1].action, "Send");
  EXPECT_EQ(t.records[2].action, "Send");
  EXPECT_EQ(t.records[3].action, "Recv");
  // Sets are plain arrays in TLC's dump.
  EXPECT_EQ(t.records[2].vars.at("msgs"), json::parse(R"(["m1", "m2"])"));
  EXPECT_FALSE(t.loop);
}

TEST(TlcJsonReader, BackEdgeClosesALasso) {
  SourceManager sm;
  Trace t = read_tlc_json(data("lasso_tlc.json"), sm);
  ASSERT_EQ(t.records.size(), 3u);
  ASSERT_TRUE(t.loop);
  EXPECT_EQ(*t.loop, 1u);  // back to state 2
  EXPECT_EQ(t.records[2].action, "Reset");
}

TEST(TlcJsonReader, ReadsASerialisedSequenceOfStates) {
  SourceManager sm;
  Trace t = read_tlc_json(data("states_tlc.json"), sm);
  ASSERT_EQ(t.records.size(), 2u);
  EXPECT_EQ(t.records[1].vars.at("s"), json::parse(R"(["a", "b"])"));
  EXPECT_EQ(t.records[1].line, 3u);
}

// The same behaviour written by three writers: the same records once the container tags,
// which only TLC cannot write, are stripped; ndjson and ITF agree exactly.
TEST(Formats, SameTraceNormalisesToSameRecords) {
  SourceManager sm;
  Trace nd = read_trace(data("counter.ndjson"), sm);
  Trace itf = read_trace(data("counter.itf.json"), sm);
  Trace tlc = read_trace(data("counter_tlc.json"), sm);
  ASSERT_EQ(nd.records.size(), 4u);
  ASSERT_EQ(itf.records.size(), 4u);
  ASSERT_EQ(tlc.records.size(), 4u);
  for (size_t i = 0; i < 4; ++i) {
    SCOPED_TRACE("record " + std::to_string(i));
    EXPECT_EQ(nd.records[i].vars, itf.records[i].vars);
    ASSERT_EQ(nd.records[i].vars.size(), tlc.records[i].vars.size());
    for (const auto& [name, value] : nd.records[i].vars)
      EXPECT_EQ(strip_container_tags(value), tlc.records[i].vars.at(name)) << name;
    if (i > 0) {
      EXPECT_EQ(nd.records[i].action, itf.records[i].action);
      EXPECT_EQ(nd.records[i].action, tlc.records[i].action);
      EXPECT_EQ(nd.records[i].params, itf.records[i].params);
    }
  }
}

TEST(Formats, DetectsByExtensionThenContent) {
  SourceManager sm;
  EXPECT_EQ(detect_format(data("counter.ndjson"), sm), TraceFormat::Ndjson);
  EXPECT_EQ(detect_format(data("counter.itf.json"), sm), TraceFormat::Itf);
  EXPECT_EQ(detect_format(data("counter_itf.json"), sm), TraceFormat::Itf);  // pretty-printed, no .itf
  EXPECT_EQ(detect_format(data("counter_tlc.json"), sm), TraceFormat::TlcJson);
  EXPECT_EQ(detect_format(data("lasso_tlc.json"), sm), TraceFormat::TlcJson);  // one line
  EXPECT_EQ(detect_format(data("states_tlc.json"), sm), TraceFormat::TlcJson);
  EXPECT_EQ(detect_format(data("counter_ndjson.log"), sm), TraceFormat::Ndjson);
  // A variable called "state" does not make an ndjson line look like TLC's dump.
  EXPECT_EQ(detect_format(data("state_var.log"), sm), TraceFormat::Ndjson);
  Trace t = read_trace(data("counter_ndjson.log"), sm);
  EXPECT_EQ(t.format, TraceFormat::Ndjson);
  EXPECT_EQ(t.records.size(), 4u);
  EXPECT_EQ(read_trace(data("counter_itf.json"), sm).format, TraceFormat::Itf);
}

TEST(Formats, UndetectableFormatIsAnError) {
  auto e = testing::read_error(data("errors/unknown_object.json"));
  ASSERT_TRUE(e.thrown);
  EXPECT_EQ(e.line, 1u);
  EXPECT_NE(e.message.find("cannot tell the trace format"), std::string::npos) << e.message;
  auto junk = testing::read_error(data("errors/unknown_format.txt"));
  ASSERT_TRUE(junk.thrown);
  EXPECT_EQ(junk.line, 1u);
  EXPECT_EQ(junk.col, 1u);
  EXPECT_NE(junk.message.find("not a trace"), std::string::npos) << junk.message;
  auto dir = testing::read_error(data("merge"));
  ASSERT_TRUE(dir.thrown);
  EXPECT_NE(dir.message.find("is a directory"), std::string::npos) << dir.message;
  auto missing = testing::read_error(data("no_such_file.ndjson"));
  ASSERT_TRUE(missing.thrown);
  EXPECT_NE(missing.message.find("cannot open trace file"), std::string::npos);
}

TEST(Formats, FormatNamesRoundTrip) {
  for (TraceFormat f : {TraceFormat::Auto, TraceFormat::Ndjson, TraceFormat::Itf, TraceFormat::TlcJson}) {
    TraceFormat back = TraceFormat::Auto;
    ASSERT_TRUE(parse_format_name(format_name(f), back));
    EXPECT_EQ(back, f);
  }
  TraceFormat unused;
  EXPECT_FALSE(parse_format_name("csv", unused));
}

}  // namespace
}  // namespace tlatrace::trace
