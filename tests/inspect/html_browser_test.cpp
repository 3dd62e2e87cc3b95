// `--html`: the page is rendered in headless Chromium and the DOM after its script ran is
// checked against the report it was made from (step count, the changed variables and the changed
// entry marked, the failing step, the diagnosis), for an invariant violation, a trace divergence
// and the stale-leader refinement violation; a screenshot is a non-empty PNG.
#include <gtest/gtest.h>

#include "inspect/annotate.hpp"
#include "inspect/html_view.hpp"
#include "tests/inspect/html_chromium.hpp"

namespace tlatrace::testing {
namespace {

using nlohmann::json;

/// Writes the page for `annotated` and returns Chromium's DOM of it.
std::string rendered_dom(const json& annotated) {
  TempFile html(".html");
  std::ofstream(html.path) << inspect::render_html(annotated);
  return dump_dom(html.path);
}

/// The HTML of a variable's row in a step section.
std::string variable_row(const std::string& section, const std::string& var) {
  size_t at = section.find("data-var=\"" + var + "\"");
  if (at == std::string::npos) return "";
  size_t begin = section.rfind("<tr", at);
  size_t end = section.find("data-var=\"", at + 1);
  return section.substr(begin, end == std::string::npos ? std::string::npos : section.rfind("<tr", end) - begin);
}

/// The checks every counterexample page must pass, derived from the annotated report.
void expect_page_matches(const std::string& dom, const json& annotated) {
  ASSERT_NE(dom.find("data-ready=\"1\""), std::string::npos) << "the page's script did not finish:\n" << dom;
  const json& steps = annotated["steps"];
  std::vector<std::string> sections;
  for (const auto& tag : opening_tags(dom, "section"))
    if (has_class(tag, "step")) sections.push_back(tag);
  ASSERT_EQ(sections.size(), steps.size());
  for (size_t i = 0; i < steps.size(); ++i) {
    EXPECT_EQ(attribute(sections[i], "data-step"), std::to_string(steps[i]["step"].get<int>()));
    EXPECT_EQ(has_class(sections[i], "failing"), steps[i].value("failing", false)) << sections[i];
  }
  // Every change of every step is marked: the variable's row, and the entry inside the value.
  for (const auto& step : steps) {
    std::string section = step_section(dom, step["step"].get<int>());
    std::set<std::string> changed_rows;
    for (const auto& tag : opening_tags(section, "tr"))
      if (has_class(tag, "var") && has_class(tag, "changed")) changed_rows.insert(attribute(tag, "data-var"));
    std::set<std::string> expected_rows;
    for (const auto& c : step["changes"]) expected_rows.insert(c["variable"].get<std::string>());
    EXPECT_EQ(changed_rows, expected_rows) << "step " << step["step"];
    for (const auto& c : step["changes"]) {
      if (c["kind"] == "removed") continue;
      std::string row = variable_row(section, c["variable"]);
      std::set<std::string> marked;  // paths of the row's value nodes marked changed
      for (const char* tag : {"code", "details"})
        for (const auto& t : opening_tags(row, tag))
          if (has_class(t, "changed")) marked.insert(attribute(t, "data-path"));
      std::string path = c["path"];
      bool found = marked.count(path) > 0;
      if (c.value("element", false))  // a new set element: the element itself, path{element}
        for (const auto& m : marked) found |= m.rfind(path + "{", 0) == 0 && m.find('{', path.size() + 1) == std::string::npos;
      EXPECT_TRUE(found) << "step " << step["step"] << ": " << c.dump() << " is not marked in\n" << row;
    }
  }
}

TEST(HtmlBrowser, ChromiumIsInstalled) { ASSERT_FALSE(chromium_binary().empty()) << kNoChromium; }

TEST(HtmlBrowser, InvariantViolation) {
  ASSERT_FALSE(chromium_binary().empty()) << kNoChromium;
  json annotated = inspect::annotate(report_of(kClusterCheck), {});
  ASSERT_GE(annotated["steps"].size(), 3u);
  std::string dom = rendered_dom(annotated);
  expect_page_matches(dom, annotated);
  // The last step appends to a log: the entry [n] of `log` is highlighted.
  const json& last = annotated["steps"].back();
  std::string section = step_section(dom, last["step"].get<int>());
  EXPECT_NE(section.find("data-var=\"log\""), std::string::npos);
  EXPECT_TRUE(last["failing"].get<bool>());
}

TEST(HtmlBrowser, TraceDivergenceShowsTheRecordAndTheDiagnosis) {
  ASSERT_FALSE(chromium_binary().empty()) << kNoChromium;
  json annotated = inspect::annotate(report_of(kClusterValidate), {});
  std::string dom = rendered_dom(annotated);
  expect_page_matches(dom, annotated);
  const json& last = annotated["steps"].back();
  ASSERT_FALSE(last["has_state"].get<bool>());
  std::string section = step_section(dom, last["step"].get<int>());
  EXPECT_NE(section.find("class=\"record\""), std::string::npos) << section;
  EXPECT_NE(section.find("id=\"diagnosis\""), std::string::npos) << section;
  for (const auto& from : annotated["violation"]["diagnosis"])
    for (const auto& a : from["actions"])
      EXPECT_NE(section.find("data-action=\"" + a["action"].get<std::string>() + "\""), std::string::npos) << a.dump();
}

TEST(HtmlBrowser, StaleLeaderRefinementViolationWithAWatch) {
  ASSERT_FALSE(chromium_binary().empty()) << kNoChromium;
  json report = report_of(kStaleLeaderCheck);
  ASSERT_EQ(report["violation"]["kind"], "property");
  // A watch as annotate() receives it from --watch: its value per step.
  inspect::WatchResult watch{"Len(log[n1])", {}, {}};
  for (size_t i = 0; i < report["violation"]["trace"].size(); ++i) watch.values.push_back(std::to_string(i));
  json annotated = inspect::annotate(report, {watch});
  std::string dom = rendered_dom(annotated);
  expect_page_matches(dom, annotated);
  EXPECT_NE(dom.find("id=\"watch-timeline\""), std::string::npos);
  EXPECT_NE(dom.find("Len(log[n1])"), std::string::npos);
  // The refinement step explained: each abstract action tried, in the failing step.
  std::string failing = step_section(dom, annotated["steps"].back()["step"].get<int>());
  if (report["violation"].contains("refinement")) {
    EXPECT_NE(failing.find("id=\"refinement\""), std::string::npos) << failing;
    for (const auto& t : report["violation"]["refinement"]["tried"])
      EXPECT_NE(failing.find("data-action=\"" + t["action"].get<std::string>() + "\""), std::string::npos) << t.dump();
  }
  for (const auto& d : report["violation"]["details"]) {
    std::string text = d.get<std::string>();
    EXPECT_NE(html_decode(dom).find(text.substr(0, 40)), std::string::npos) << text;
  }
}

TEST(HtmlBrowser, ScreenshotIsANonEmptyPng) {
  ASSERT_FALSE(chromium_binary().empty()) << kNoChromium;
  json annotated = inspect::annotate(report_of(kClusterCheck), {});
  TempFile html(".html"), png(".png");
  std::ofstream(html.path) << inspect::render_html(annotated);
  CommandResult r = run_chromium("--screenshot=" + png.path + " --window-size=1000,1400 --hide-scrollbars", html.path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string bytes = slurp(png.path);
  ASSERT_GT(bytes.size(), 2000u) << r.err;
  EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

}  // namespace
}  // namespace tlatrace::testing
