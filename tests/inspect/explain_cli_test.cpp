// End to end: the text view after `tlatrace check` and `tlatrace validate` violations, and
// `tlatrace explain` on their JSON reports (text and annotated JSON), with --watch and
// --changed-only. Runs the real binary from the repository root.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

#include "tests/support/run_command.hpp"

namespace {

using nlohmann::json;
using tlatrace::testing::CommandResult;

CommandResult tlatrace_run(const std::string& args) {
  return tlatrace::testing::run_command("cd '" TLATRACE_SOURCE_DIR "' && NO_COLOR=1 '" TLATRACE_BINARY_DIR
                                        "/cli/tlatrace' " + args);
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

/// Writes `text` to a fresh temporary file and returns its path.
std::string temp_file(const std::string& text, const std::string& suffix) {
  static int counter = 0;
  std::string path = "/tmp/tlatrace-explain-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + suffix;
  std::ofstream(path) << text;
  return path;
}

const std::string kCheckCluster = "check tests/inspect/specs/Cluster.tla --workers 1";
const std::string kValidateCluster =
    "validate tests/inspect/specs/Cluster.tla --config tests/inspect/specs/ClusterTrace.cfg "
    "--trace tests/inspect/traces/diverge.ndjson";

// --- invariant violation (model checking) ---

TEST(ExplainInvariant, CheckTextMarksWhatEachStepChanged) {
  CommandResult r = tlatrace_run(kCheckCluster);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(has(r.out, "Error: Invariant ShortLogs is violated.\nError: The behavior up to this point is:\n")) << r.out;
  // The first state in full, nothing marked.
  EXPECT_TRUE(has(r.out, "State 1: <Initial predicate>\n  /\\ log = (n1 :> <<>> @@ n2 :> <<>>)\n  /\\ term = 0\n"))
      << r.out;
  // A record field, a set element and a scalar changed by Elect; log unchanged.
  EXPECT_TRUE(has(r.out,
                  "State 2: <Elect(n1)> at tests/inspect/specs/Cluster.tla:21:3\n"
                  "  /\\ log = (n1 :> <<>> @@ n2 :> <<>>)\n"
                  "~ /\\ term = 1   (was 0)\n"
                  "~ /\\ votes = {n1}\n"
                  "      + votes gains n1\n"
                  "~ /\\ leader = [id |-> n1, term |-> 1]\n"
                  "      ~ leader.id: None -> n1\n"
                  "      ~ leader.term: 0 -> 1\n"))
      << r.out;
  // The failing step: the sequence element appended inside the function entry.
  EXPECT_TRUE(has(r.out,
                  "State 4: <Replicate(n1)> at tests/inspect/specs/Cluster.tla:28:3  <-- violates invariant ShortLogs\n"
                  "~ /\\ log = (n1 :> <<1, 1>> @@ n2 :> <<>>)\n"
                  "      + log[n1][2] = 1  (new)\n"))
      << r.out;
  // The counts and depth TLC reports when it stops at the violation (TLC: 8, 8, 3 and 4).
  EXPECT_TRUE(has(r.out, "8 states generated, 8 distinct states found, 3 states left on queue.\n"
                         "The depth of the complete state graph search is 4.")) << r.out;
}

TEST(ExplainInvariant, ChangedOnlyAndWatches) {
  CommandResult r = tlatrace_run(kCheckCluster + " --changed-only --watch 'Len(log[n1])' --watch 'UNCHANGED log'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(has(r.out,
                  "State 3: <Replicate(n1)> at tests/inspect/specs/Cluster.tla:28:3\n"
                  "~ /\\ log = (n1 :> <<1>> @@ n2 :> <<>>)\n"
                  "      + log[n1][1] = 1  (new)\n"
                  "  (3 unchanged variables hidden)\n"
                  "~ watch Len(log[n1]) = 1\n"
                  "~ watch UNCHANGED log = FALSE\n"))
      << r.out;
  EXPECT_TRUE(has(r.out, "  watch UNCHANGED log: (action-level: no step leads into the first state)\n")) << r.out;
  EXPECT_FALSE(has(r.out, "  /\\ term = 1\n")) << r.out;  // unchanged after step 1: hidden
}

TEST(ExplainInvariant, ExplainTextAndJsonFromTheCheckReport) {
  CommandResult check = tlatrace_run(kCheckCluster + " --format json");
  ASSERT_EQ(check.exit_code, 1) << check.err;
  std::string report = temp_file(check.out, ".json");
  CommandResult text = tlatrace_run("explain " + report + " --watch 'Len(log[n1])'");
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_TRUE(has(text.out, "Invariant ShortLogs is violated.\n")) << text.out;
  EXPECT_TRUE(has(text.out, "      + log[n1][2] = 1  (new)\n")) << text.out;
  EXPECT_TRUE(has(text.out, "~ watch Len(log[n1]) = 2\n")) << text.out;

  CommandResult js = tlatrace_run("explain " + report + " --format json --watch 'Len(log[n1])' --watch \"votes' = votes\"");
  ASSERT_EQ(js.exit_code, 0) << js.err;
  json a = json::parse(js.out);
  ASSERT_EQ(a["steps"].size(), 4u);
  EXPECT_EQ(a["steps"][3]["changes"],
            (json::array({{{"variable", "log"}, {"path", "[n1][2]"}, {"kind", "added"}, {"before", nullptr}, {"after", "1"}}})));
  EXPECT_TRUE(a["steps"][3]["failing"].get<bool>());
  EXPECT_EQ(a["watches"][0]["values"], (json{"0", "0", "1", "2"}));
  EXPECT_EQ(a["watches"][1]["values"], (json{nullptr, "FALSE", "TRUE", "TRUE"}));
  EXPECT_TRUE(a["watches"][1]["action_level"].get<bool>());
  std::remove(report.c_str());
}

// --- trace divergence (validation) ---

TEST(ExplainDivergence, ValidateTextEndsWithTheFailingRecordAndTheDiagnosis) {
  CommandResult r = tlatrace_run(kValidateCluster + " --changed-only");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(has(r.out,
                  "State 4: <Drop> at tests/inspect/specs/Cluster.tla:32:1 (record 4, line 4)\n"
                  "~ /\\ log = (n1 :> <<>> @@ n2 :> <<>>)\n"
                  "      - log[n1][1] removed (was 1)\n"
                  "  (3 unchanged variables hidden)\n"))
      << r.out;
  size_t record = r.out.find(
      "State 5: record 5 (tests/inspect/traces/diverge.ndjson:5)  <-- no spec step matches this record\n");
  size_t diagnosis = r.out.find("  action Replicate [n = n2] (tests/inspect/specs/Cluster.tla:27:1): disabled\n");
  size_t stats = r.out.find("5 records, ");
  ASSERT_NE(record, std::string::npos) << r.out;
  ASSERT_NE(diagnosis, std::string::npos) << r.out;
  ASSERT_NE(stats, std::string::npos) << r.out;
  EXPECT_LT(record, diagnosis);
  EXPECT_LT(diagnosis, stats);
  EXPECT_TRUE(has(r.out, "      leader.id = n1\n      n = n2\n")) << r.out;
}

TEST(ExplainDivergence, ValidateWatchAndExplainJson) {
  CommandResult r = tlatrace_run(kValidateCluster + " --watch 'leader.id = n1'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(has(r.out, "  watch leader.id = n1 = FALSE\n")) << r.out;
  EXPECT_TRUE(has(r.out, "~ watch leader.id = n1 = TRUE\n")) << r.out;

  CommandResult v = tlatrace_run(kValidateCluster + " --format json");
  ASSERT_EQ(v.exit_code, 1) << v.err;
  std::string report = temp_file(v.out, ".json");
  CommandResult js = tlatrace_run("explain " + report + " --format json --watch 'Len(log[n1])'");
  ASSERT_EQ(js.exit_code, 0) << js.err;
  json a = json::parse(js.out);
  ASSERT_EQ(a["steps"].size(), 5u);
  EXPECT_EQ(a["steps"][3]["changes"][0]["kind"], "removed");
  EXPECT_EQ(a["steps"][3]["changes"][0]["path"], "[n1][1]");
  const json& last = a["steps"][4];
  EXPECT_TRUE(last["failing"].get<bool>());
  EXPECT_FALSE(last["has_state"].get<bool>());
  EXPECT_EQ(last["action"], "Replicate");
  EXPECT_EQ(last["diagnosis"][0]["actions"][0]["action"], "Replicate");
  EXPECT_EQ(a["watches"][0]["values"], (json{"0", "0", "1", "0", nullptr}));

  CommandResult text = tlatrace_run("explain " + report + " --changed-only");
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_TRUE(has(text.out, "Trace rejected at record 5: ")) << text.out;
  EXPECT_TRUE(has(text.out, "      - log[n1][1] removed (was 1)\n")) << text.out;
  EXPECT_TRUE(has(text.out, "Why no step from the last state above matches record 5:\n")) << text.out;
  std::remove(report.c_str());
}

// --- refinement violation (the stale-leader spec, model checking) ---

const std::string kCheckStale = "check specs/StaleLeader.tla --workers 1";

TEST(ExplainRefinement, RMNextTurnsFalseAtTheLastStep) {
  CommandResult r = tlatrace_run(kCheckStale + " --changed-only --watch 'Len(log[n1])' --watch 'RM!Next'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(has(r.out, "Error: Property RMSpec is violated.\n")) << r.out;
  EXPECT_TRUE(has(r.out,
                  "State 4: <ClientRequest(n1)> at specs/StaleLeader.tla:51:3  <-- violates property RMSpec\n"
                  "~ /\\ log = (n1 :> <<[term |-> 1]>> @@ n2 :> <<>>)\n"
                  "      + log[n1][1] = [term |-> 1]  (new)\n"
                  "~ /\\ committed = {[term |-> 1, index |-> 1]}\n"
                  "      + committed gains [term |-> 1, index |-> 1]\n"
                  "  (2 unchanged variables hidden)\n"
                  "~ watch Len(log[n1]) = 1\n"
                  "~ watch RM!Next = FALSE\n"))
      << r.out;
  EXPECT_TRUE(has(r.out, "      ~ currentTerm[n2]: 0 -> 2\n")) << r.out;
  EXPECT_TRUE(has(r.out, "  watch RM!Next = TRUE\n")) << r.out;
  // The refinement layer's explanation of the step follows the counterexample.
  EXPECT_LT(r.out.find("State 4: <ClientRequest(n1)>"), r.out.find("Refinement violation at step 4")) << r.out;
}

TEST(ExplainRefinement, ExplainJsonOfTheCheckReport) {
  CommandResult check = tlatrace_run(kCheckStale + " --format json");
  ASSERT_EQ(check.exit_code, 1) << check.err;
  std::string report = temp_file(check.out, ".json");
  CommandResult js = tlatrace_run("explain " + report + " --format json --watch 'RM!Next'");
  ASSERT_EQ(js.exit_code, 0) << js.err << js.out;
  json a = json::parse(js.out);
  ASSERT_EQ(a["steps"].size(), 4u);
  EXPECT_EQ(a["watches"][0]["values"], (json{nullptr, "TRUE", "TRUE", "FALSE"}));
  EXPECT_EQ(a["steps"][3]["changes"][0]["path"], "[n1][1]");
  EXPECT_EQ(a["steps"][3]["changes"][1]["variable"], "committed");
  EXPECT_TRUE(a["steps"][3]["changes"][1]["element"].get<bool>());
  CommandResult text = tlatrace_run("explain " + report + " --watch 'RM!Next'");
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_TRUE(has(text.out, "Property RMSpec is violated.\n")) << text.out;
  EXPECT_TRUE(has(text.out, "~ watch RM!Next = FALSE\n")) << text.out;
  std::remove(report.c_str());
}

// --- the --html and --dot files (their content is tested in html_dot_tests) ---

TEST(ExplainOutputs, HtmlAndDotFromCheckValidateAndExplain) {
  std::string html = temp_file("", ".html"), dot = temp_file("", ".dot");
  auto size = [](const std::string& path) {
    std::ifstream in(path, std::ios::ate);
    return static_cast<long>(in.tellg());
  };
  CommandResult c = tlatrace_run(kCheckCluster + " --html " + html + " --dot " + dot);
  EXPECT_EQ(c.exit_code, 1) << c.err;
  EXPECT_GT(size(html), 1000);
  EXPECT_GT(size(dot), 100);
  std::remove(html.c_str());
  CommandResult v = tlatrace_run(kValidateCluster + " --html " + html);
  EXPECT_EQ(v.exit_code, 1) << v.err;
  EXPECT_GT(size(html), 1000);
  CommandResult js = tlatrace_run(kCheckCluster + " --format json");
  std::string report = temp_file(js.out, ".json");
  std::remove(dot.c_str());
  CommandResult e = tlatrace_run("explain " + report + " --dot " + dot);
  EXPECT_EQ(e.exit_code, 0) << e.err;
  EXPECT_GT(size(dot), 100);
  CommandResult bad = tlatrace_run("explain " + report + " --html /nonexistent-dir/x.html");
  EXPECT_EQ(bad.exit_code, 2);
  for (const auto& p : {html, dot, report}) std::remove(p.c_str());
}

// --- input errors ---

TEST(ExplainErrors, BadWatchIsAClangStyleErrorWithExitCode2) {
  CommandResult r = tlatrace_run(kCheckCluster + " --watch 'Len(log[n1]'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(has(r.err, "--watch:1:12: error: syntax error")) << r.err;
  EXPECT_TRUE(has(r.err, "Len(log[n1]\n           ^")) << r.err;
  CommandResult u = tlatrace_run(kValidateCluster + " --watch 'nosuch + 1'");
  EXPECT_EQ(u.exit_code, 2);
  EXPECT_TRUE(has(u.err, "--watch:1:1: error: unknown identifier 'nosuch'")) << u.err;
}

TEST(ExplainErrors, ReportsWithoutACounterexample) {
  std::string ok = temp_file("{\"result\": \"ok\"}", ".json");
  CommandResult r = tlatrace_run("explain " + ok);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(has(r.err, ok + ": error: the report has no counterexample (result: ok)")) << r.err;
  std::string garbage = temp_file("not json", ".json");
  CommandResult g = tlatrace_run("explain " + garbage);
  EXPECT_EQ(g.exit_code, 2);
  EXPECT_TRUE(has(g.err, garbage + ": error: not a JSON document")) << g.err;
  std::remove(ok.c_str());
  std::remove(garbage.c_str());
}

}  // namespace
