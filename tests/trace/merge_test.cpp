// Merging per-node logs: causal order, Lamport order, initial lines, and every violation
// reported with both lines involved.
#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "trace/merge.hpp"
#include "trace_test_util.hpp"

namespace tlatrace::trace {
namespace {

using nlohmann::json;
using testing::data;

struct MergeRun {
  int code = 0;
  std::vector<std::string> lines;  // the merged ndjson
  std::string err;
};

MergeRun merge(const std::vector<std::string>& names) {
  std::vector<std::string> paths;
  for (const auto& n : names) paths.push_back(data("merge/" + n));
  std::ostringstream out, err;
  MergeRun run;
  run.code = merge_files(paths, out, err);
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) run.lines.push_back(line);
  run.err = err.str();
  return run;
}

// The "ev" of each merged event line (lines without one are skipped).
std::vector<std::string> events(const MergeRun& run) {
  std::vector<std::string> out;
  for (const auto& line : run.lines) {
    json j = json::parse(line);
    if (j.contains("ev")) out.push_back(j["ev"]);
  }
  return out;
}

TEST(Merge, VectorClocksGiveACausalOrder) {
  MergeRun run = merge({"vc_a.ndjson", "vc_b.ndjson", "vc_c.ndjson"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  // a1 -> b2 (receive), b3 -> c2 (receive), c2 -> a3 (receive); among ready events the
  // smallest vc sum, then node id, goes first.
  EXPECT_EQ(events(run), (std::vector<std::string>{"a1", "b1", "c1", "a2", "b2", "b3", "c2", "a3"}));
  // The initial lines of A and B combine; C has none.
  ASSERT_EQ(run.lines.size(), 9u);
  EXPECT_EQ(json::parse(run.lines[0]), json::parse(R"({"inbox_A": [], "inbox_B": []})"));
  // Event lines are passed on verbatim.
  EXPECT_EQ(run.lines[5], R"({"node":"B","ev":"b2",   "action":"Recv", "vc":{"A":1,"B":2}})");
}

TEST(Merge, VectorClockOrderDoesNotDependOnArgumentOrder) {
  MergeRun forward = merge({"vc_a.ndjson", "vc_b.ndjson", "vc_c.ndjson"});
  MergeRun backward = merge({"vc_c.ndjson", "vc_b.ndjson", "vc_a.ndjson"});
  ASSERT_EQ(backward.code, 0) << backward.err;
  EXPECT_EQ(events(forward), events(backward));
}

TEST(Merge, LamportClocksOrderByClockThenNumericNodeId) {
  MergeRun run = merge({"lamport_10.ndjson", "lamport_9.ndjson", "lamport_anon.ndjson"});
  ASSERT_EQ(run.code, 0) << run.err;
  // Node 9 before node 10 at equal clocks (numerically); the anonymous log is node "2".
  EXPECT_EQ(events(run), (std::vector<std::string>{"q1", "p1", "q2", "p3", "r4", "q5", "p5"}));
  ASSERT_EQ(run.lines.size(), 9u);
  EXPECT_EQ(run.lines[0], R"({"#meta": {"host": "anon"}})");
  EXPECT_EQ(run.lines[1], R"({"x": 0})");  // the only initial line, verbatim
}

// Logs as the instrumentation library writes them carry both clocks: vector clocks win.
TEST(Merge, EventsWithBothClocksMergeByVectorClock) {
  MergeRun run = merge({"both_b.ndjson", "both_a.ndjson"});
  ASSERT_EQ(run.code, 0) << run.err;
  // a2 and b1 both have vc sum 2: node A first.
  EXPECT_EQ(events(run), (std::vector<std::string>{"a1", "a2", "b1", "b2"}));
  EXPECT_EQ(run.lines[0], R"({"#meta": {"format": "tlatrace-ndjson", "version": 1}})");
  EXPECT_EQ(run.lines[1], "{}");
}

// When one log has only Lamport clocks, all are merged by Lamport clock.
TEST(Merge, LamportWhenSomeLogHasNoVectorClocks) {
  MergeRun run = merge({"both_a.ndjson", "lamport_9.ndjson"});
  ASSERT_EQ(run.code, 0) << run.err;
  // Equal clocks: node "9" before node "A" (numbers first).
  EXPECT_EQ(events(run), (std::vector<std::string>{"q1", "a1", "q2", "a2", "q5"}));
}

TEST(Merge, NoInitialLineGivesAnEmptyOne) {
  MergeRun run = merge({"lamport_10.ndjson"});
  ASSERT_EQ(run.code, 0) << run.err;
  ASSERT_EQ(run.lines.size(), 4u);
  EXPECT_EQ(run.lines[0], "{}");
}

TEST(Merge, AgreeingInitialLinesCombine) {
  MergeRun run = merge({"init_x0.ndjson", "init_same.ndjson"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(json::parse(run.lines[0]), json::parse(R"({"x": 0, "y": [1], "z": "c"})"));
}

// Expects exit code 2 and an error naming `at` (file:line) whose text has `fragment`, with
// the other line `other` named too (in the message and in a note).
void expect_violation(const std::vector<std::string>& logs, const std::string& at, const std::string& fragment,
                      const std::string& other) {
  MergeRun run = merge(logs);
  SCOPED_TRACE(run.err);
  EXPECT_EQ(run.code, 2);
  std::string head = data("merge/" + at) + ": error: ";
  ASSERT_EQ(run.err.rfind(head, 0), 0u);
  EXPECT_NE(run.err.find(fragment), std::string::npos);
  if (!other.empty()) {
    EXPECT_NE(run.err.find("(see " + data("merge/" + other) + ")"), std::string::npos);
    EXPECT_NE(run.err.find(data("merge/" + other) + ":1: note: "), std::string::npos);
  }
}

TEST(MergeViolations, LamportClockGoingBackwards) {
  expect_violation({"lamport_backwards.ndjson"}, "lamport_backwards.ndjson:3:1", "clock goes backwards on node \"A\": 3 after 4",
                   "lamport_backwards.ndjson:2");
}

TEST(MergeViolations, LamportClockNotIncreasing) {
  expect_violation({"lamport_equal.ndjson"}, "lamport_equal.ndjson:3:1", "clock does not increase on node \"A\": 2 after 2",
                   "lamport_equal.ndjson:2");
}

TEST(MergeViolations, VectorClockNotMonotone) {
  expect_violation({"vc_not_monotone.ndjson", "vc_short_b.ndjson"}, "vc_not_monotone.ndjson:2:1", "entry \"B\" goes from 2 to 1",
                   "vc_not_monotone.ndjson:1");
  expect_violation({"vc_own_stuck.ndjson", "vc_short_b.ndjson"}, "vc_own_stuck.ndjson:2:1", "for its own events does not increase: 1 after 1",
                   "vc_own_stuck.ndjson:1");
}

TEST(MergeViolations, ReceiveClaimingMoreEventsThanTheSenderLogged) {
  expect_violation({"vc_claims_more.ndjson", "vc_short_b.ndjson"}, "vc_claims_more.ndjson:2:1",
                   "claims 5 event(s) of node \"B\", but its log ends after 2", "vc_short_b.ndjson:2");
}

TEST(MergeViolations, ReceiveBeforeItsSend) {
  expect_violation({"vc_cycle_a.ndjson", "vc_cycle_b.ndjson"}, "vc_cycle_a.ndjson:1:1",
                   "a receive before its send", "vc_cycle_b.ndjson:1");
}

TEST(MergeViolations, VectorClockNamingANodeWithoutALog) {
  expect_violation({"vc_unknown_node.ndjson"}, "vc_unknown_node.ndjson:1:1", "no log is for that node", "");
}

TEST(MergeViolations, LogsMixingClockKinds) {
  expect_violation({"vc_short_b.ndjson", "mixed_clock.ndjson"}, "mixed_clock.ndjson:1:1", "the logs mix clock kinds",
                   "vc_short_b.ndjson:1");
}

TEST(MergeViolations, LaterEventWithoutTheChosenClockKind) {
  expect_violation({"clock_then_vc_only.ndjson", "lamport_9.ndjson"}, "clock_then_vc_only.ndjson:2:1",
                   "this event lacks a Lamport clock", "clock_then_vc_only.ndjson:1");
}

TEST(MergeViolations, InitialLinesThatDisagree) {
  expect_violation({"init_x0.ndjson", "init_x1.ndjson"}, "init_x1.ndjson:1:1", "the initial lines disagree on \"x\"",
                   "init_x0.ndjson:1");
}

TEST(MergeViolations, OneLogPerNode) {
  expect_violation({"init_x0.ndjson", "node_mix.ndjson"}, "node_mix.ndjson:1:1", "two logs are for node \"A\"",
                   "init_x0.ndjson:1");
  expect_violation({"node_mix.ndjson"}, "node_mix.ndjson:2:1", "this log mixes nodes \"B\" and \"A\"",
                   "node_mix.ndjson:1");
}

TEST(MergeViolations, EventWithoutAClock) {
  expect_violation({"no_clock.ndjson"}, "no_clock.ndjson:3:1", "an event needs a \"clock\" or a \"vc\"", "");
}

TEST(MergeViolations, BadInputInALog) {
  MergeRun run = merge({"lamport_10.ndjson", "../errors/torn.ndjson"});
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.err.find("torn.ndjson:2:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("torn last line"), std::string::npos) << run.err;
}

TEST(MergeViolations, NoLogsAtAll) {
  std::ostringstream out, err;
  EXPECT_EQ(merge_files({}, out, err), 2);
  EXPECT_NE(err.str().find("at least one log"), std::string::npos);
}

}  // namespace
}  // namespace tlatrace::trace
