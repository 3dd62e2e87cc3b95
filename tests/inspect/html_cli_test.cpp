// `--html FILE` and `--dot FILE` end to end on check, validate and explain: the files are
// written, the page embeds the annotated report, the DOT highlights the counterexample path.
#include <gtest/gtest.h>

#include <regex>

#include "tests/inspect/html_reports.hpp"

namespace tlatrace::testing {
namespace {

using nlohmann::json;

/// The report embedded in a page written by --html.
json embedded_report(const std::string& html) {
  std::string open = "<script type=\"application/json\" id=\"tlatrace-data\">";
  size_t begin = html.find(open);
  EXPECT_NE(begin, std::string::npos);
  if (begin == std::string::npos) return nullptr;
  begin += open.size();
  return json::parse(html.substr(begin, html.find("</script>", begin) - begin), nullptr, false);
}

/// Number of highlighted (counterexample) edges in a DOT text.
size_t path_edges(const std::string& dot) {
  std::regex re(R"re(^\d+->\d+ .*class="path")re", std::regex::multiline);
  return std::distance(std::sregex_iterator(dot.begin(), dot.end(), re), std::sregex_iterator());
}

/// Runs `tlatrace ARGS --html H --dot D`; checks both files against the counterexample.
void expect_outputs(const std::string& args, size_t states_on_path, int exit_code = 1) {
  TempFile html(".html"), dot(".dot");
  CommandResult r = run_in_repo(args + " --html " + html.path + " --dot " + dot.path);
  EXPECT_EQ(r.exit_code, exit_code) << args << "\n" << r.out << r.err;
  json report = embedded_report(slurp(html.path));
  ASSERT_TRUE(report.is_object()) << args;
  ASSERT_TRUE(report.contains("steps")) << "the page's report is not annotated";
  EXPECT_EQ(report["result"], "violation");
  std::string text = slurp(dot.path);
  EXPECT_EQ(text.rfind("digraph G {", 0), 0u) << text;
  EXPECT_EQ(path_edges(text), states_on_path - 1) << text;
}

TEST(InspectCli, CheckWritesHtmlAndDot) {
  json report = report_of(kClusterCheck);
  expect_outputs(kClusterCheck, report["violation"]["trace"].size());
}

TEST(InspectCli, ValidateWritesHtmlAndDot) {
  json report = report_of(kClusterValidate);
  expect_outputs(kClusterValidate, report["violation"]["path"].size());
}

TEST(InspectCli, ExplainWritesHtmlAndDotFromASavedReport) {
  TempFile saved(".json");
  CommandResult r = run_in_repo(std::string(kStaleLeaderCheck) + " --format json");
  ASSERT_EQ(r.exit_code, 1) << r.err;
  std::ofstream(saved.path) << r.out;
  json report = json::parse(r.out);
  expect_outputs("explain " + saved.path, report["violation"]["trace"].size(), 0);  // explain succeeded
}

TEST(InspectCli, UnwritableFileIsAnError) {
  CommandResult r = run_in_repo(std::string(kClusterCheck) + " --html /nonexistent-dir/x.html");
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("cannot write the HTML file '/nonexistent-dir/x.html'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace tlatrace::testing
