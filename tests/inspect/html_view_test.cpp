// render_html without a browser: the page is self-contained (no external resource, a CSP that
// forbids loading any), and the embedded JSON survives any string (no "</script>" breaks out).
#include <gtest/gtest.h>

#include <regex>

#include "inspect/html_view.hpp"

namespace tlatrace::inspect {
namespace {

using nlohmann::json;

json hostile_report() {
  std::string evil = "</script><script>alert(1)</script><!-- & \xE2\x80\xA8 -->";
  return {{"result", "violation"},
          {"violation", {{"kind", "invariant"}, {"name", evil}, {"message", evil}}},
          {"steps", {{{"step", 1}, {"action", evil}, {"state", {{"x", evil}}}, {"values", {{"x", evil}}},
                      {"changes", json::array()}, {"failing", true}}}},
          {"watches", json::array()}};
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

TEST(HtmlView, EmbeddedJsonCannotCloseItsScriptElement) {
  std::string html = render_html(hostile_report());
  EXPECT_EQ(count(html, "</script>"), 2u);  // the data element's and the script's own
  EXPECT_EQ(count(html, "<!--"), 0u);
  EXPECT_EQ(count(html, "<title>"), 1u);
  EXPECT_NE(html.find("&lt;/script&gt;"), std::string::npos);  // in the title, escaped
  // The data reads back to the same JSON.
  std::string open = "<script type=\"application/json\" id=\"tlatrace-data\">";
  size_t begin = html.find(open) + open.size();
  size_t end = html.find("</script>", begin);
  EXPECT_EQ(json::parse(html.substr(begin, end - begin)), hostile_report());
}

TEST(HtmlView, SelfContained) {
  std::string html = render_html(hostile_report());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
  std::regex external(R"((src|href)\s*=\s*["']?(https?:|//))", std::regex::icase);
  EXPECT_FALSE(std::regex_search(html, external));
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
}

TEST(HtmlView, InvalidUtf8IsReplacedNotFatal) {
  json bad{{"result", "violation"}, {"violation", {{"message", std::string("bad \xFF byte")}}}};
  std::string html;
  EXPECT_NO_THROW(html = render_html(bad));
  EXPECT_NE(html.find("bad \xEF\xBF\xBD byte"), std::string::npos);
}

}  // namespace
}  // namespace tlatrace::inspect
