// `tlatrace validate --junit FILE`: the JUnit XML report goes to FILE while the normal report
// (text or JSON) still goes to stdout. Runs the real binary; the file is parsed as XML and
// checked for the shape CI systems read (testsuites > testsuite > testcase [> failure]).
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "tests/raftkv/mini_xml.hpp"
#include "tests/validate/validate_support.hpp"

namespace tlatrace::testing {
namespace {

/// A path for the report under the temp directory, removed at the end of the test.
class ReportPath {
 public:
  explicit ReportPath(const std::string& stem)
      : path_(std::filesystem::temp_directory_path() /
              ("tlatrace-junit-" + stem + "-" + std::to_string(::getpid()) + ".xml")) {
    std::filesystem::remove(path_);
  }
  ~ReportPath() { std::filesystem::remove(path_); }
  std::string str() const { return path_.string(); }
  std::unique_ptr<XmlElement> parse() const {
    std::ifstream in(path_);
    EXPECT_TRUE(in) << path_ << " was not written";
    std::stringstream text;
    text << in.rdbuf();
    return parse_xml(text.str());
  }

 private:
  std::filesystem::path path_;
};

/// The single test case of a one-trace report, checking the counts on the way down.
const XmlElement& single_case(const XmlElement& root, const std::string& failures, const std::string& errors) {
  EXPECT_EQ(root.name, "testsuites");
  EXPECT_EQ(*root.attribute("tests"), "1");
  EXPECT_EQ(*root.attribute("failures"), failures);
  EXPECT_EQ(*root.attribute("errors"), errors);
  const auto suites = root.all("testsuite");
  EXPECT_EQ(suites.size(), 1u);
  const auto cases = suites.at(0)->all("testcase");
  EXPECT_EQ(cases.size(), 1u);
  return *cases.at(0);
}

/// KV.tla with KV_refine.cfg: full.ndjson breaks the refinement BoundedSpec at record 4.
std::string refine_cfg() { return "--config " + repo_path("tests/validate/specs/KV_refine.cfg") + " "; }

TEST(ValidateJunitFile, RejectedTraceFileHasTheFailureWithTheDiagnosisAndTextIsStillPrinted) {
  ReportPath report("rejected");
  CommandResult r = validate_kv("full.ndjson", refine_cfg() + "--junit " + report.str());
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  // The text verdict is on stdout as without --junit.
  const std::string headline = "error: refinement violated: refinement BoundedSpec is violated by the step that "
                               "matches record 4";
  EXPECT_NE(r.out.find(headline), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("<testsuites"), std::string::npos) << "no XML on stdout";

  auto root = report.parse();
  const XmlElement& c = single_case(*root, "1", "0");
  EXPECT_NE(c.attribute("name")->find("full.ndjson"), std::string::npos);
  const auto failures = c.all("failure");
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_EQ(*failures[0]->attribute("type"), "refinement");
  EXPECT_NE(failures[0]->attribute("message")->find(
                "full.ndjson:4: refinement BoundedSpec is violated by the step that matches record 4"),
            std::string::npos)
      << *failures[0]->attribute("message");
  // The body is the whole text report: the diagnosis with the violating step's record.
  EXPECT_NE(failures[0]->text.find(headline), std::string::npos) << failures[0]->text;
  EXPECT_NE(failures[0]->text.find(R"({"action":"Delete","params":{"k":"k1"})"), std::string::npos)
      << failures[0]->text;
}

TEST(ValidateJunitFile, AcceptedTraceIsAPassingCaseAlongsideJsonOutput) {
  ReportPath report("accepted");
  CommandResult r = validate_kv("full.ndjson", "--format json --junit " + report.str());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json out = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(out.is_discarded()) << r.out;
  EXPECT_EQ(out["result"], "ok");

  auto root = report.parse();
  const XmlElement& c = single_case(*root, "0", "0");
  EXPECT_NE(c.attribute("name")->find("full.ndjson"), std::string::npos);
  EXPECT_TRUE(c.children.empty());  // no <failure>, no <error>
}

TEST(ValidateJunitFile, InputErrorIsAnErroredCase) {
  ReportPath report("input-error");
  CommandResult r = validate_kv("full.ndjson", "--config /nonexistent/KV.cfg --junit " + report.str());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/KV.cfg"), std::string::npos) << r.err;
  auto root = report.parse();
  const XmlElement& c = single_case(*root, "0", "1");
  ASSERT_EQ(c.all("error").size(), 1u);
  EXPECT_NE(c.all("error")[0]->text.find("/nonexistent/KV.cfg"), std::string::npos);
}

TEST(ValidateJunitFile, UnwritableFileIsAnInputError) {
  CommandResult r = validate_kv("full.ndjson", "--junit /nonexistent-dir/report.xml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot write the JUnit file '/nonexistent-dir/report.xml'"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("Trace accepted"), std::string::npos) << "the verdict is still printed";
}

TEST(ValidateJunitFile, FormatJunitStillPrintsTheReport) {
  ReportPath report("both");
  CommandResult r = validate_kv("full.ndjson", refine_cfg() + "--format junit --junit " + report.str());
  EXPECT_EQ(r.exit_code, 1);
  std::ifstream in(report.str());
  std::stringstream file;
  file << in.rdbuf();
  EXPECT_NE(r.out.find("<testsuites tests=\"1\" failures=\"1\""), std::string::npos) << r.out;
  // The same report both ways, apart from the measured times.
  const std::regex time(R"(time="[^"]*")");
  EXPECT_EQ(std::regex_replace(file.str(), time, ""), std::regex_replace(r.out, time, ""));
}

}  // namespace
}  // namespace tlatrace::testing
