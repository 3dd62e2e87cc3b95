#pragma once
// Helpers shared by the cfg reader tests.
#include <memory>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "parser/ast/diagnostics.hpp"
#include "parser/cfg/config.hpp"

namespace tlatrace::cfg::testing {

/// One parse: keeps the source file alive as long as the Config points into it.
struct Parsed {
  std::unique_ptr<SourceFile> file;
  Diagnostics diags;
  std::optional<Config> config;

  std::string messages() const {
    std::string out;
    for (const auto& d : diags.all()) out += render_diagnostic(d);
    return out;
  }
};

inline std::unique_ptr<Parsed> parse(std::string text, std::string path = "test.cfg") {
  auto p = std::make_unique<Parsed>();
  p->file = std::make_unique<SourceFile>(std::move(path), std::move(text));
  p->config = parse_config(*p->file, p->diags);
  return p;
}

/// Parses text that must be valid; fails the test with the diagnostics otherwise.
inline Config parse_ok(const std::string& text, std::unique_ptr<Parsed>& keep) {
  keep = parse(text);
  EXPECT_TRUE(keep->config.has_value()) << keep->messages();
  EXPECT_FALSE(keep->diags.has_errors()) << keep->messages();
  return keep->config ? *keep->config : Config{};
}

inline std::vector<std::string> names(const std::vector<CfgName>& v) {
  std::vector<std::string> out;
  for (const auto& n : v) out.push_back(n.text);
  return out;
}

}  // namespace tlatrace::cfg::testing
