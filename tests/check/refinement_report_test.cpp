// End-to-end: the refinement violation report of `tlatrace check` on the seed scenario
// specs/StaleLeader.tla (a stale-term leader commits), text and JSON, and its corrected
// version specs/StaleLeaderFixed.tla (runs the real binary).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/run_command.hpp"

using ::testing::HasSubstr;
using tlatrace::testing::CommandResult;
using tlatrace::testing::repo_path;
using tlatrace::testing::run_command;
using tlatrace::testing::tlatrace_binary;

namespace {

CommandResult check(const std::string& spec, const std::string& args) {
  return run_command("'" + tlatrace_binary() + "' check '" + repo_path("specs/" + spec) + "' " + args);
}

/// `tlatrace check ARGS` run inside tests/check/specs/ (specs of this suite, named by file).
CommandResult check_test_spec(const std::string& args) {
  return run_command("cd '" + repo_path("tests/check/specs") + "' && '" + tlatrace_binary() + "' check " + args);
}

/// The text between `from` and the next blank line.
std::string paragraph(const std::string& text, const std::string& from) {
  size_t b = text.find(from);
  if (b == std::string::npos) return "";
  size_t e = text.find("\n\n", b);
  return text.substr(b, e == std::string::npos ? std::string::npos : e - b);
}

TEST(RefinementReport, StaleLeaderShortestCounterexampleInText) {
  CommandResult r = check("StaleLeader.tla", "--workers 2");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("Error: Property RMSpec is violated."));
  // Exactly four states: Init, BecomeLeader(n1) (term 1), BecomeLeader(n2) (term 2), ClientRequest(n1).
  EXPECT_EQ(paragraph(r.out, "State 5:"), "");
  std::string s2 = paragraph(r.out, "State 2:"), s3 = paragraph(r.out, "State 3:"), s4 = paragraph(r.out, "State 4:");
  EXPECT_THAT(paragraph(r.out, "State 1:"), HasSubstr("<Initial predicate>"));
  EXPECT_THAT(s2, HasSubstr("<BecomeLeader"));
  EXPECT_THAT(s2, HasSubstr("currentTerm = (n1 :> 1 @@ n2 :> 0)"));
  EXPECT_THAT(s3, HasSubstr("<BecomeLeader"));
  EXPECT_THAT(s3, HasSubstr("currentTerm = (n1 :> 1 @@ n2 :> 2)"));
  EXPECT_THAT(s3, HasSubstr("state = (n1 :> \"Leader\" @@ n2 :> \"Leader\")"));
  EXPECT_THAT(s4, HasSubstr("<ClientRequest"));
  EXPECT_THAT(s4, HasSubstr("log = (n1 :> <<[term |-> 1]>> @@ n2 :> <<>>)"));
}

TEST(RefinementReport, StaleLeaderStepExplainedInText) {
  CommandResult r = check("StaleLeader.tla", "--workers 1");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  std::string rep = paragraph(r.out, "Refinement violation at step");
  ASSERT_FALSE(rep.empty()) << r.out;
  // The step, the concrete action, the abstract property.
  EXPECT_THAT(rep, HasSubstr("Refinement violation at step 4 (ClientRequest): property RMSpec (via RM!Spec)."));
  EXPECT_THAT(rep, HasSubstr("[Next]_vars of StaleLeaderAbs is FALSE on this step: no action of it holds, and it is "
                             "not a stuttering step."));
  // The abstract variables before and after; which changed.
  EXPECT_THAT(rep, HasSubstr("Abstract variables (StaleLeaderAbs) at step 3 -> step 4:"));
  EXPECT_THAT(rep, HasSubstr("/\\ maxTerm = 2  (unchanged)"));
  EXPECT_THAT(rep, HasSubstr("/\\ leader = n2  (unchanged)"));
  EXPECT_THAT(rep, HasSubstr("/\\ committed = {}  ->  {[term |-> 1, index |-> 1]}"));
  EXPECT_THAT(rep, HasSubstr("Abstract variables that changed: committed."));
  // The abstract actions tried, each false with its first false conjunct and location.
  EXPECT_THAT(rep, HasSubstr("Elect(n = n1) [line 26, col 1 to line 29, col 24 of module StaleLeaderAbs]: FALSE"));
  EXPECT_THAT(rep, HasSubstr("first false conjunct: maxTerm' = maxTerm + 1 [line 27, col 6 to line 27, col 27 of "
                             "module StaleLeaderAbs]"));
  EXPECT_THAT(rep, HasSubstr("maxTerm' = 2"));
  EXPECT_THAT(rep, HasSubstr("maxTerm + 1 = 3"));
  // Write: the instance that got furthest (the leader n2), false at the commit itself.
  EXPECT_THAT(rep, HasSubstr("Write(n = n2) [line 32, col 1 to line 36, col 34 of module StaleLeaderAbs]: FALSE"));
  EXPECT_THAT(rep, HasSubstr("first false conjunct: \\E i \\in 1..Cardinality(committed) + 1 :"));
}

TEST(RefinementReport, StaleLeaderStepExplainedInJson) {
  CommandResult r = check("StaleLeader.tla", "--workers 2 --format json");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  const auto& v = j["violation"];
  EXPECT_EQ(v["kind"], "property");
  EXPECT_EQ(v["name"], "RMSpec");
  ASSERT_EQ(v["trace"].size(), 4u);
  EXPECT_EQ(v["trace"][1]["action"], "BecomeLeader");
  EXPECT_EQ(v["trace"][2]["state"]["currentTerm"], "(n1 :> 1 @@ n2 :> 2)");
  EXPECT_EQ(v["trace"][3]["action"], "ClientRequest");
  ASSERT_TRUE(v.contains("refinement")) << v.dump(2);
  const auto& ref = v["refinement"];
  EXPECT_EQ(ref["step"], 4);
  EXPECT_EQ(ref["action"], "ClientRequest");
  EXPECT_EQ(ref["property"], "RMSpec");
  EXPECT_EQ(ref["via"], nlohmann::json::array({"RM!Spec"}));
  EXPECT_EQ(ref["module"], "StaleLeaderAbs");
  EXPECT_EQ(ref["relation"], "[Next]_vars");
  EXPECT_EQ(ref["abstract_variables"], nlohmann::json::array({"maxTerm", "leader", "committed"}));
  EXPECT_EQ(ref["abstract_before"], (nlohmann::json{{"maxTerm", "2"}, {"leader", "n2"}, {"committed", "{}"}}));
  EXPECT_EQ(ref["abstract_after"],
            (nlohmann::json{{"maxTerm", "2"}, {"leader", "n2"}, {"committed", "{[term |-> 1, index |-> 1]}"}}));
  EXPECT_EQ(ref["changed"], nlohmann::json::array({"committed"}));
  ASSERT_EQ(ref["tried"].size(), 2u);
  const auto& elect = ref["tried"][0];
  EXPECT_EQ(elect["action"], "Elect");
  EXPECT_EQ(elect["holds"], false);
  EXPECT_EQ(elect["location"], "line 26, col 1 to line 29, col 24 of module StaleLeaderAbs");
  EXPECT_EQ(elect["false_conjunct"]["text"], "maxTerm' = maxTerm + 1");
  EXPECT_EQ(elect["false_conjunct"]["location"], "line 27, col 6 to line 27, col 27 of module StaleLeaderAbs");
  EXPECT_EQ(elect["false_conjunct"]["values"]["maxTerm'"], "2");
  const auto& write = ref["tried"][1];
  EXPECT_EQ(write["action"], "Write");
  EXPECT_EQ(write["arguments"], "n = n2");
  EXPECT_EQ(write["holds"], false);
  EXPECT_THAT(write["false_conjunct"]["location"].get<std::string>(), HasSubstr("line 34, col 6"));
}

// Write(n2)'s first false conjunct is an \E: the report says, for its witness i = 1, which
// conjunct of the body is false and with which values (text and JSON).
TEST(RefinementReport, FalseExistsExplainedPerWitness) {
  CommandResult r = check("StaleLeader.tla", "--workers 1");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  std::string rep = paragraph(r.out, "Refinement violation at step");
  EXPECT_THAT(rep, HasSubstr("      no witness: i = 1: committed' = committed \\cup {[index |-> i, term |-> maxTerm]}  "
                             "(committed' = {[term |-> 1, index |-> 1]}, committed \\cup {[index |-> i, term |-> "
                             "maxTerm]} = {[term |-> 2, index |-> 1]})"))
      << rep;
  CommandResult j = check("StaleLeader.tla", "--workers 1 --format json");
  nlohmann::json out = nlohmann::json::parse(j.out);
  const auto& write = out["violation"]["refinement"]["tried"][1];
  ASSERT_EQ(write["false_conjunct"]["witnesses"].size(), 1u) << write.dump(2);
  EXPECT_THAT(write["false_conjunct"]["witnesses"][0].get<std::string>(),
              HasSubstr("i = 1: committed' = committed \\cup"));
  // Elect's false conjunct is not a quantifier: no witnesses.
  EXPECT_FALSE(out["violation"]["refinement"]["tried"][0]["false_conjunct"].contains("witnesses"));
}

// Quorum-guarded client requests refine the abstract log under the same mapping.
TEST(RefinementReport, StaleLeaderFixedHolds) {
  CommandResult r = check("StaleLeaderFixed.tla", "--workers 2");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("Model checking completed. No error has been found."));
  EXPECT_THAT(r.out, ::testing::Not(HasSubstr("Refinement violation")));
}

// Results other than a refinement violation carry no refinement report.
TEST(RefinementReport, NoReportForAnInvariantViolation) {
  CommandResult r = check_test_spec("Counter.tla --workers 1 --format json");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["violation"]["kind"], "invariant");
  EXPECT_FALSE(j["violation"].contains("refinement"));
}

// A refinement without named abstract variables (WrapBad: a <- x % 5 against Mod3) is explained too.
TEST(RefinementReport, WrapStepExplained) {
  CommandResult r = check_test_spec("Wrap.tla --config WrapBad.cfg --workers 1 --format json");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  const auto& ref = j["violation"]["refinement"];
  EXPECT_EQ(ref["step"], 6);
  EXPECT_EQ(ref["abstract_before"]["a"], "1");
  EXPECT_EQ(ref["abstract_after"]["a"], "0");
  EXPECT_EQ(ref["changed"], nlohmann::json::array({"a"}));
  ASSERT_FALSE(ref["tried"].empty());
  EXPECT_EQ(ref["tried"][0]["holds"], false);
}

// A [][A]_v property over the spec's own variables: the components of v are the "abstract"
// variables, each disjunct of A an action tried.
TEST(RefinementReport, PropertyOverOwnVariables) {
  CommandResult r = check_test_spec("StepProperty.tla --workers 1 --format json");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  const auto& ref = j["violation"]["refinement"];
  EXPECT_EQ(ref["step"], 2);
  EXPECT_EQ(ref["property"], "Mono");
  EXPECT_EQ(ref["relation"], "[Inc \\/ Up]_<<x, y>>");
  EXPECT_EQ(ref["abstract_variables"], nlohmann::json::array({"x", "y"}));
  EXPECT_EQ(ref["abstract_after"]["y"], "2");
  EXPECT_EQ(ref["changed"], nlohmann::json::array({"y"}));
  ASSERT_EQ(ref["tried"].size(), 2u);
  EXPECT_EQ(ref["tried"][0]["action"], "Inc");
  EXPECT_EQ(ref["tried"][0]["false_conjunct"]["text"], "x' = x + 1");
  EXPECT_EQ(ref["tried"][1]["action"], "Up");
  EXPECT_EQ(ref["tried"][1]["false_conjunct"]["text"], "y' = y");
  EXPECT_EQ(ref["tried"][1]["false_conjunct"]["values"]["y'"], "2");
}

// With an ALIAS the trace holds its fields, not the variables: the report says so.
TEST(RefinementReport, AliasLeavesANote) {
  CommandResult r = check_test_spec("StepProperty.tla --config StepPropertyAlias.cfg --workers 1");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("Refinement violation at step 2 (Next): property Mono."));
  EXPECT_THAT(r.out, HasSubstr("(the trace shows ALIAS fields, not the variables"));
}

}  // namespace
