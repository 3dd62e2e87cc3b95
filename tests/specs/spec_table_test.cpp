// Runs `tlatrace check` on every specs/*.cfg and asserts the verdict and the number of distinct
// states written in specs/README.md's table. Compiled twice: the fast suite runs the rows whose
// suite is "fast" (and checks the table itself), the slow suite the rows whose suite is "slow".
// A cfg without a row runs in the fast suite and fails there.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "readme_table.hpp"
#include "tests/support/run_command.hpp"

#ifndef SPECS_SUITE
#error "SPECS_SUITE must be \"fast\" or \"slow\""
#endif

namespace tlatrace::testing {
namespace {

std::vector<SpecRow> table() { return parse_spec_table(read_text(repo_path("specs/README.md"))); }

/// The cfgs this suite runs, by the README's suite column (no row: the fast suite).
std::vector<std::string> cfgs_of_this_suite() {
  std::vector<SpecRow> rows = table();
  std::vector<std::string> out;
  for (const auto& cfg : cfg_files(repo_path("specs"))) {
    std::optional<SpecRow> r = find_row(rows, cfg);
    if ((r ? r->suite : std::string("fast")) == SPECS_SUITE) out.push_back(cfg);
  }
  return out;
}

/// The exit code `tlatrace check` gives a verdict (124: killed by `timeout`).
int expected_exit(const std::string& verdict) {
  if (verdict == "ok") return 0;
  if (verdict == "violation") return 1;
  return 3;  // limit
}

class SpecCfg : public ::testing::TestWithParam<std::string> {};

TEST_P(SpecCfg, VerdictAndDistinctStatesAsInTheReadme) {
  std::optional<SpecRow> row = find_row(table(), GetParam());
  ASSERT_TRUE(row) << "specs/" << GetParam() << " has no row in the table of specs/README.md";
  ASSERT_TRUE(std::filesystem::exists(repo_path("specs/" + row->spec))) << row->spec;
  // A hang fails the test instead of blocking the suite.
  std::string limit = std::string("timeout ") + (std::string(SPECS_SUITE) == "slow" ? "1800 " : "120 ");
  std::string cmd = limit + "'" + tlatrace_binary() + "' check '" + repo_path("specs/" + row->spec) + "' --config '" +
                    repo_path("specs/" + row->cfg) + "' --format json " + row->options;
  CommandResult r = run_command(cmd);
  nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << cmd << "\n" << r.out << r.err;
  EXPECT_EQ(j.value("result", ""), row->verdict) << cmd << "\n" << r.out.substr(0, 4000) << r.err;
  EXPECT_EQ(j["stats"].value("distinct", -1LL), row->distinct) << cmd;
  EXPECT_EQ(r.exit_code, expected_exit(row->verdict)) << cmd;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string out;
  for (char ch : info.param.substr(0, info.param.size() - 4)) out += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
  return out;
}

INSTANTIATE_TEST_SUITE_P(Specs, SpecCfg, ::testing::ValuesIn(cfgs_of_this_suite()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(SpecCfg);

#if SPECS_FAST_SUITE
// The table and the folder agree: one row per cfg, one cfg per row, rows well formed.
TEST(SpecTable, OneRowPerCfgAndOneCfgPerRow) {
  std::vector<SpecRow> rows = table();
  ASSERT_FALSE(rows.empty()) << "specs/README.md has no table after <!-- spec-table -->";
  std::vector<std::string> cfgs = cfg_files(repo_path("specs"));
  for (const auto& cfg : cfgs) EXPECT_TRUE(find_row(rows, cfg)) << "specs/" << cfg << " has no row";
  for (size_t i = 0; i < rows.size(); ++i) {
    const SpecRow& r = rows[i];
    EXPECT_NE(std::find(cfgs.begin(), cfgs.end(), r.cfg), cfgs.end()) << "row for a missing cfg: " << r.cfg;
    EXPECT_TRUE(std::filesystem::exists(repo_path("specs/" + r.spec))) << "row names a missing spec: " << r.spec;
    EXPECT_TRUE(r.suite == "fast" || r.suite == "slow") << r.cfg << ": suite " << r.suite;
    EXPECT_TRUE(r.verdict == "ok" || r.verdict == "violation" || r.verdict == "limit") << r.cfg << ": " << r.verdict;
    EXPECT_GE(r.distinct, 0) << r.cfg << ": distinct states must be a number";
    for (size_t k = 0; k < i; ++k) EXPECT_NE(rows[k].cfg, r.cfg) << "two rows for " << r.cfg;
  }
}

// The parser of the table: a row is | spec | cfg | options | suite | verdict | distinct | time |.
TEST(SpecTable, ParsesRowsAfterTheMarker) {
  std::string text =
      "intro | not | a | row |\n<!-- spec-table -->\n\n| spec | cfg | options | suite | verdict | distinct states | time |\n"
      "|---|---|---|---|---|---|---|\n| `A.tla` | `A.cfg` | `--workers 2` | fast | ok | 1,234 | 0.1 s |\n"
      "| B.tla | B.cfg |  | slow | limit | 7 | 40 s |\n\n| C.tla | C.cfg | | fast | ok | 1 | 0 s |\n";
  std::vector<SpecRow> rows = parse_spec_table(text);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].spec, "A.tla");
  EXPECT_EQ(rows[0].options, "--workers 2");
  EXPECT_EQ(rows[0].distinct, 1234);
  EXPECT_EQ(rows[1].suite, "slow");
  EXPECT_EQ(rows[1].options, "");
  EXPECT_FALSE(find_row(rows, "C.cfg"));
}
#endif

}  // namespace
}  // namespace tlatrace::testing
