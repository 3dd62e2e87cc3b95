// Randomly generated traces of tests/validate/specs/Ambiguous.tla, with faults, validated by
// both searches (depth-first with several window sizes, and the frontier): the same verdict,
// failing record and diagnosis every time. SLOW: a few thousand validations.
#include <gtest/gtest.h>

#include <random>

#include "tests/validate/search_support.hpp"

namespace tlatrace::refine::search_testing {
namespace {

/// A random behavior of Ambiguous.tla, written with some variables unobserved and perhaps a
/// fault (a wrong value, a missing record, a repeated record, two records swapped).
std::string random_trace(std::mt19937& rng) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  int x = 0, y = 0, z = pick(2);
  std::vector<json> records;
  int len = 3 + pick(10);
  for (int i = 0; i < len; ++i) {
    std::string action;
    if (i > 0) {
      for (;;) {
        int a = pick(4);
        if (a == 0 && x < 4) { ++x; action = "IncX"; break; }
        if (a == 1 && x < 4) { ++x; ++y; action = "IncBoth"; break; }
        if (a == 2) { z = 1 - z; action = "Flip"; break; }
        if (a == 3 && x == 4) { x = 0; action = "Reset"; break; }
      }
    }
    json r = json::object();
    if (pick(10) < 7) r["x"] = x;
    if (pick(10) < 3) r["y"] = y;
    if (pick(10) < 2) r["z"] = z;
    if (i > 0 && pick(10) < 2) r["action"] = action;
    records.push_back(r);
  }
  switch (pick(6)) {
    case 0: {  // a wrong value
      json& r = records[1 + pick(len - 1)];
      r["x"] = r.value("x", 0) + 1;
      break;
    }
    case 1: records.erase(records.begin() + 1 + pick(len - 1)); break;  // a missing record
    case 2: {                                                           // a repeated record
      int i = 1 + pick(len - 1);
      records.insert(records.begin() + i, records[i]);
      break;
    }
    case 3: std::swap(records[1 + pick(len - 1)], records[1 + pick(len - 1)]); break;
    default: break;
  }
  std::string out;
  for (const auto& r : records) out += r.dump() + "\n";
  return out;
}

TEST(ValidateSearch, RandomTracesSameVerdictAndDiagnosisInBothSearches) {
  std::mt19937 rng(20240605);
  int accepted = 0, rejected = 0, backtracked = 0;
  for (int n = 0; n < 150; ++n) {
    std::string t = random_trace(rng);
    for (Spec* spec : {&plain(), &with_invariant()})
      for (int hidden : {0, 1}) {
        ValidationResult bfs = validate(*spec, t, Search::Frontier, hidden);
        json expected = essentials(bfs);
        for (size_t window : {size_t{1}, size_t{3}, size_t{10000}}) {
          ValidationResult dfs = validate(*spec, t, Search::DepthFirst, hidden, window);
          ASSERT_EQ(essentials(dfs), expected) << "trace:\n" << t << "max-hidden " << hidden << ", window " << window
                                               << "\n" << essentials(dfs).dump(2) << "\n" << expected.dump(2);
          backtracked += dfs.backtracks > 0;
        }
        (bfs.verdict == Verdict::Accepted ? accepted : rejected)++;
      }
  }
  // The sample covers both verdicts and makes the depth-first search come back.
  EXPECT_GT(accepted, 50);
  EXPECT_GT(rejected, 50);
  EXPECT_GT(backtracked, 20);
}

}  // namespace
}  // namespace tlatrace::refine::search_testing
