#pragma once
// The table of specs/README.md that lists every specs/*.cfg with its expected verdict and
// number of distinct states: the tests read their expectations from it, so the README and the
// tests cannot drift apart.
#include <optional>
#include <string>
#include <vector>

namespace tlatrace::testing {

/// One row: | spec | cfg | options | suite | verdict | distinct states | time |
struct SpecRow {
  std::string spec;     // e.g. "StaleLeader.tla"
  std::string cfg;      // e.g. "StaleLeader.cfg"
  std::string options;  // extra `tlatrace check` options, e.g. "--max-states 20000" (may be empty)
  std::string suite;    // "fast" or "slow"
  std::string verdict;  // "ok", "violation" or "limit" (the JSON report's "result")
  long long distinct = -1;
  std::string time;     // as measured, for readers (not asserted)
};

/// The rows of the table that follows the line "<!-- spec-table -->" in `readme`.
std::vector<SpecRow> parse_spec_table(const std::string& readme);

/// The row of `cfg`, if the table has one.
std::optional<SpecRow> find_row(const std::vector<SpecRow>& rows, const std::string& cfg);

/// The names of the *.cfg files directly in `dir`, sorted.
std::vector<std::string> cfg_files(const std::string& dir);

/// The whole text of a file ("" when it cannot be read).
std::string read_text(const std::string& path);

}  // namespace tlatrace::testing
