#pragma once
// Headless Chromium for the HTML tests: the DOM after the page's script ran, and screenshots.
// Chromium is a test dependency (scripts/install-deps.sh installs it for `make test`): when it
// is missing the tests fail with a message saying so, they never skip.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "tests/inspect/html_reports.hpp"

namespace tlatrace::testing {

/// The Chromium binary on PATH ("" when none).
inline std::string chromium_binary() {
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    CommandResult r = run_command(std::string("command -v ") + name);
    if (r.exit_code == 0 && !r.out.empty()) return r.out.substr(0, r.out.find('\n'));
  }
  return "";
}

inline const char* kNoChromium =
    "chromium is not installed: the HTML tests render pages in headless Chromium. Install it with "
    "`make deps` / `make test` (scripts/install-deps.sh) or `apt-get install chromium`.";

/// Runs headless Chromium on a local file with extra flags; a private profile per run.
inline CommandResult run_chromium(const std::string& flags, const std::string& html_path) {
  TempFile profile("-profile");
  std::string cmd = chromium_binary() + " --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions "
                    "--disable-dev-shm-usage --user-data-dir=" + profile.path + " " + flags + " 'file://" + html_path + "'";
  CommandResult r = run_command(cmd);
  std::filesystem::remove_all(profile.path);
  return r;
}

/// The serialized DOM after the page's script ran.
inline std::string dump_dom(const std::string& html_path) {
  CommandResult r = run_chromium("--dump-dom", html_path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

/// The opening tags named `tag` in `html` (e.g. every "<section ...>").
inline std::vector<std::string> opening_tags(const std::string& html, const std::string& tag) {
  std::vector<std::string> out;
  std::regex re("<" + tag + "(\\s[^>]*)?>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back(it->str());
  return out;
}

/// Text with the entities a DOM serializer writes replaced by their characters.
inline std::string html_decode(std::string s) {
  static const std::pair<const char*, const char*> entities[] = {
      {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", "\xC2\xA0"}, {"&amp;", "&"}};
  for (auto [from, to] : entities)
    for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + 1)) s.replace(p, std::string(from).size(), to);
  return s;
}

/// An attribute's value in an opening tag, decoded ("" when absent).
inline std::string attribute(const std::string& tag, const std::string& name) {
  std::smatch m;
  std::regex re("\\s" + name + "=\"([^\"]*)\"");
  return std::regex_search(tag, m, re) ? html_decode(m[1].str()) : "";
}

/// Whether an opening tag's class list has `cls`.
inline bool has_class(const std::string& tag, const std::string& cls) {
  std::string classes = " " + attribute(tag, "class") + " ";
  return classes.find(" " + cls + " ") != std::string::npos;
}

/// The HTML of the step section `data-step=N` (up to the next section or the end of <main>).
inline std::string step_section(const std::string& dom, int step) {
  size_t at = dom.find("data-step=\"" + std::to_string(step) + "\"");
  if (at == std::string::npos) return "";
  size_t begin = dom.rfind("<section", at);
  size_t end = dom.find("<section class=\"step", at);
  if (end == std::string::npos) end = dom.find("</main>", at);
  return dom.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

}  // namespace tlatrace::testing
