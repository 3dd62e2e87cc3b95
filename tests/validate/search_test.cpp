// The depth-first search with memoisation and the frontier search give the same verdicts,
// the same failing record and the same diagnosis (refinement/depth_first.hpp). Traces of
// tests/validate/specs/Ambiguous.tla observe only some variables, so several states stay
// consistent and the depth-first search's first choice often dead-ends: hand-written cases,
// then randomly generated traces with faults, with and without hidden steps, with a window
// of records so small that the search keeps falling back to frontier passes.
#include <gtest/gtest.h>

#include "tests/validate/search_support.hpp"

namespace tlatrace::refine::search_testing {
namespace {

std::string lines(std::initializer_list<const char*> ls) {
  std::string out;
  for (const char* l : ls) out += std::string(l) + "\n";
  return out;
}

TEST(ValidateSearch, FirstChoiceDeadEndsThenAccepted) {
  // x alone is observed until record 5, which reveals y = 2: the depth-first search first
  // follows IncX (y stays 0) and must come back.
  std::string t = lines({R"({"x": 0})", R"({"x": 1})", R"({"x": 2})", R"({"x": 3})", R"({"x": 3, "y": 2})",
                         R"({"x": 4, "y": 3})"});
  ValidationResult dfs = validate(plain(), t, Search::DepthFirst);
  ValidationResult bfs = validate(plain(), t, Search::Frontier);
  EXPECT_EQ(dfs.verdict, Verdict::Accepted) << result_json(dfs).dump(2);
  EXPECT_EQ(bfs.verdict, Verdict::Accepted);
  EXPECT_GT(dfs.backtracks, 0u);
  EXPECT_LT(dfs.transitions, bfs.transitions * 4);  // memoised: no state re-explored at a record
  EXPECT_EQ(dfs.search, "depth-first");
}

TEST(ValidateSearch, RejectedAfterBacktrackingAtTheSameRecordWithTheSameDiagnosis) {
  // y = 5 cannot be reached in 4 steps: every branch dies at record 5.
  std::string t = lines({R"({"x": 0})", R"({"x": 1})", R"({"x": 2})", R"({"x": 3})", R"({"x": 4, "y": 5})"});
  ValidationResult dfs = validate(plain(), t, Search::DepthFirst);
  ValidationResult bfs = validate(plain(), t, Search::Frontier);
  ASSERT_EQ(dfs.verdict, Verdict::Rejected);
  EXPECT_EQ(dfs.step, 5u);
  EXPECT_GT(dfs.consistent_states, 1u);  // the full frontier, not the one state the search followed
  EXPECT_EQ(essentials(dfs), essentials(bfs)) << essentials(dfs).dump(2) << "\n" << essentials(bfs).dump(2);
}

TEST(ValidateSearch, HiddenStepsAndPartialObservation) {
  // Records 3 and 5 each follow one unlogged step (--max-hidden 1); z is never observed.
  std::string t = lines({R"({"x": 0, "y": 0})", R"({"x": 1})", R"({"x": 3})", R"({"x": 4, "y": 1})",
                         R"({"x": 1, "y": 2})"});  // hidden Reset, then IncBoth
  EXPECT_EQ(validate(plain(), t, Search::Frontier, 0).verdict, Verdict::Rejected);
  EXPECT_EQ(validate(plain(), t, Search::DepthFirst, 0).verdict, Verdict::Rejected);
  EXPECT_EQ(essentials(validate(plain(), t, Search::Frontier, 0)), essentials(validate(plain(), t, Search::DepthFirst, 0)));
  EXPECT_EQ(validate(plain(), t, Search::DepthFirst, 1).verdict, Verdict::Accepted);
  EXPECT_EQ(validate(plain(), t, Search::Frontier, 1).verdict, Verdict::Accepted);
}

TEST(ValidateSearch, SmallWindowFallsBackToFrontierPasses) {
  std::string t = lines({R"({"x": 0})", R"({"x": 1})", R"({"x": 2})", R"({"x": 3})", R"({"x": 4})", R"({"x": 0})",
                         R"({"x": 1, "y": 4})", R"({"x": 2})", R"({"x": 2, "y": 5})"});
  ValidationResult dfs = validate(plain(), t, Search::DepthFirst, 0, 2);
  EXPECT_EQ(dfs.verdict, Verdict::Accepted) << result_json(dfs).dump(2);
  EXPECT_GT(dfs.frontier_passes, 0u);
  EXPECT_LE(dfs.max_window, 2u);
  EXPECT_EQ(validate(plain(), t, Search::Frontier).verdict, Verdict::Accepted);
}

TEST(ValidateSearch, UnambiguousTraceKeepsOneRecord) {
  std::string t;
  for (int i = 0; i < 40; ++i) t += "{\"x\": " + std::to_string(i % 5) + ", \"y\": 0, \"z\": 0}\n";
  ValidationResult dfs = validate(plain(), t, Search::DepthFirst);
  EXPECT_EQ(dfs.verdict, Verdict::Accepted) << result_json(dfs).dump(2);
  EXPECT_EQ(dfs.max_window, 1u);
  EXPECT_EQ(dfs.backtracks, 0u);
}

}  // namespace
}  // namespace tlatrace::refine::search_testing
