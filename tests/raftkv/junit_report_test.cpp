// The JUnit reports that `tlatrace validate --format junit` wrote in the trace-check tests
// (tests/raftkv/CMakeLists.txt, tlatrace_add_trace_check ... JUNIT): parsed as XML and
// checked for the shape CI systems read: testsuites > testsuite > testcase [> failure].
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "tests/raftkv/mini_xml.hpp"

namespace {

using tlatrace::testing::parse_xml;
using tlatrace::testing::XmlElement;

std::unique_ptr<XmlElement> read_report(const std::string& name) {
  std::ifstream in(std::string(RAFTKV_JUNIT_DIR) + "/" + name);
  EXPECT_TRUE(in) << name << " was not written (run the trace-check tests first)";
  std::stringstream text;
  text << in.rdbuf();
  return parse_xml(text.str());
}

/// The single testcase of a one-trace report, after checking the counts on the way down.
const XmlElement& single_case(const XmlElement& root, const std::string& failures) {
  EXPECT_EQ(root.name, "testsuites");
  EXPECT_EQ(*root.attribute("tests"), "1");
  EXPECT_EQ(*root.attribute("failures"), failures);
  EXPECT_EQ(*root.attribute("errors"), "0");
  const auto suites = root.all("testsuite");
  EXPECT_EQ(suites.size(), 1u);
  const XmlElement& suite = *suites.at(0);
  EXPECT_EQ(*suite.attribute("name"), "tlatrace validate");
  EXPECT_EQ(*suite.attribute("tests"), "1");
  EXPECT_EQ(*suite.attribute("failures"), failures);
  EXPECT_TRUE(suite.attribute("time"));
  const auto cases = suite.all("testcase");
  EXPECT_EQ(cases.size(), 1u);
  return *cases.at(0);
}

TEST(RaftkvJunitReport, AnAcceptedTraceIsAPassingTestCase) {
  auto root = read_report("recorded.xml");
  const XmlElement& c = single_case(*root, "0");
  EXPECT_EQ(*c.attribute("classname"), "tlatrace.validate");
  EXPECT_NE(c.attribute("name")->find("raftkv-sim-7-300.ndjson"), std::string::npos);
  EXPECT_GE(std::stod(*c.attribute("time")), 0.0);
  EXPECT_TRUE(c.children.empty());  // no <failure>, no <error>
}

TEST(RaftkvJunitReport, TheStaleLeaderBugIsAFailureNamingTheBrokenRefinementAndItsStep) {
  auto root = read_report("stale-leader.xml");
  const XmlElement& c = single_case(*root, "1");
  EXPECT_NE(c.attribute("name")->find("raftkv-sim-38.ndjson"), std::string::npos);
  const auto failures = c.all("failure");
  ASSERT_EQ(failures.size(), 1u);
  const XmlElement& f = *failures[0];
  EXPECT_EQ(*f.attribute("type"), "refinement");
  // message: FILE:LINE: summary, as CI systems show it in their test list.
  std::smatch m;
  const std::string message = *f.attribute("message");
  ASSERT_TRUE(std::regex_match(message, m, std::regex(
      R"((.*raftkv-sim-38\.ndjson):(\d+): refinement LogRefinement is violated by the step that matches record (\d+))")))
      << message;
  EXPECT_EQ(m[2], m[3]);  // the trace's line is its record (no #meta line)
  // The body is the full text report, with the matched path and the violating step's event.
  EXPECT_NE(f.text.find("error: refinement violated: refinement LogRefinement is violated by the step that "
                        "matches record " + m[3].str()),
            std::string::npos)
      << f.text;
  EXPECT_NE(f.text.find("<TruncateLog"), std::string::npos);  // the event; '<' decoded from &lt;
}

TEST(RaftkvJunitReport, TheXmlReaderRejectsMalformedDocuments) {
  EXPECT_THROW(parse_xml("<a><b></a>"), std::runtime_error);
  EXPECT_THROW(parse_xml("<a x=\"1\" x=\"2\"/>"), std::runtime_error);
  EXPECT_THROW(parse_xml("<a>&bogus;</a>"), std::runtime_error);
  EXPECT_THROW(parse_xml("<a/><b/>"), std::runtime_error);
  auto ok = parse_xml("<?xml version=\"1.0\"?>\n<a k='&lt;&amp;&#65;'><!-- c --><b/>t&gt;</a>\n");
  EXPECT_EQ(*ok->attribute("k"), "<&A");
  EXPECT_EQ(ok->text, "t>");
  EXPECT_EQ(ok->all("b").size(), 1u);
}

}  // namespace
