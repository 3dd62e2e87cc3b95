// The diagnosis explains primed conjuncts against the record (the value the record gives, the
// value the action requires), and hints at the usual causes of a rejection: a missing record,
// a wrong action hint, a record logged twice.
#include <gtest/gtest.h>

#include "tests/validate/validate_support.hpp"

namespace tlatrace::testing {
namespace {

using json = nlohmann::json;

json run_json(const std::string& spec, const std::string& trace, int expected_exit, const std::string& extra = "") {
  std::string dir = repo_path("tests/validate/");
  CommandResult r = run_command(tlatrace_binary() + " validate " + dir + "specs/" + spec + " --trace " + dir +
                                "traces/" + trace + " --format json " + extra);
  EXPECT_EQ(r.exit_code, expected_exit) << trace << "\n" << r.out << r.err;
  json out = json::parse(r.out, nullptr, false);
  EXPECT_FALSE(out.is_discarded()) << r.out;
  return out;
}

TEST(ValidateDiagnosis, EnabledActionPrimedConjunctShowsRecordAndRequiredValue) {
  json out = run_json("Counter.tla", "counter_wrong_value.ndjson", 1);
  EXPECT_EQ(out["violation"]["step"], 2);
  json inc = action_diagnosis(out, "Inc");
  ASSERT_FALSE(inc.is_null()) << out.dump(2);
  EXPECT_TRUE(inc["enabled"]);
  ASSERT_TRUE(inc.contains("record_conjunct")) << inc.dump(2);
  const json& c = inc["record_conjunct"];
  EXPECT_EQ(c["text"], "x' = x + 1");
  EXPECT_EQ(c["location"]["line"], 11);
  EXPECT_EQ(c["explanation"], "the record gives x' = 5; the action requires x' = x + 1, which is 1");
  EXPECT_TRUE(c["against_record"]);
}

TEST(ValidateDiagnosis, ActionDisabledByAPrimedConjunct) {
  json out = run_json("Counter.tla", "counter_disabled.ndjson", 1);
  EXPECT_EQ(out["violation"]["step"], 4);
  json inc = action_diagnosis(out, "Inc");
  ASSERT_FALSE(inc.is_null()) << out.dump(2);
  EXPECT_FALSE(inc["enabled"]);
  ASSERT_TRUE(inc.contains("false_conjunct")) << inc.dump(2);
  EXPECT_EQ(inc["false_conjunct"]["text"], "x' <= 2");
  EXPECT_EQ(inc["false_conjunct"]["explanation"], "the record gives x' = 3");
  EXPECT_NE(out["violation"]["message"].get<std::string>().find("Inc is disabled: x' <= 2 is false"), std::string::npos)
      << out["violation"]["message"];
  // The text report shows it with its caret.
  std::string dir = repo_path("tests/validate/");
  CommandResult r = run_command(tlatrace_binary() + " validate " + dir + "specs/Counter.tla --trace " + dir +
                                "traces/counter_disabled.ndjson");
  EXPECT_NE(r.out.find("Counter.tla:12:6: note: this conjunct is false against the record"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("the record gives x' = 3"), std::string::npos) << r.out;
}

TEST(ValidateDiagnosis, WrongValueOfACounter) {
  json out = run_json("KV.tla", "wrong_version.ndjson", 1);
  json put = action_diagnosis(out, "Put");
  ASSERT_TRUE(put.contains("record_conjunct")) << put.dump(2);
  EXPECT_EQ(put["record_conjunct"]["text"], "version' = version + 1");
  EXPECT_EQ(put["record_conjunct"]["explanation"],
            "the record gives version' = 5; the action requires version' = version + 1, which is 2");
}

TEST(ValidateDiagnosis, UnchangedAgainstTheRecord) {
  json out = run_json("KV.tla", "unchanged_broken.ndjson", 1);
  json del = action_diagnosis(out, "Delete");
  ASSERT_TRUE(del.contains("record_conjunct")) << del.dump(2);
  EXPECT_EQ(del["record_conjunct"]["text"], "UNCHANGED written");
  EXPECT_EQ(del["record_conjunct"]["explanation"],
            "the record gives written' = {}; UNCHANGED requires the values before the step: written = {\"k1\"}");
}

TEST(ValidateDiagnosis, WrongValueInAHistoryNamesTheConjunct) {
  json out = run_json("KV.tla", "wrong_value.ndjson", 1);
  json put = action_diagnosis(out, "Put");
  ASSERT_TRUE(put.contains("record_conjunct")) << put.dump(2);
  EXPECT_EQ(put["record_conjunct"]["text"], "history' = Append(history, [op |-> \"put\", key |-> k, val |-> v])");
}

TEST(ValidateDiagnosis, MissingRecordHintsAtMaxHidden) {
  json out = run_json("KV.tla", "missing_step.ndjson", 1);
  std::string hint = out["violation"].value("hint", "");
  EXPECT_NE(hint.find("the record matches after 1 unlogged step (Put)"), std::string::npos) << hint;
  EXPECT_NE(hint.find("--max-hidden 1 accepts this step"), std::string::npos) << hint;
}

TEST(ValidateDiagnosis, WrongActionHintNamesTheActionThatMatches) {
  json out = run_json("KV.tla", "wrong_hint.ndjson", 1);
  std::string hint = out["violation"].value("hint", "");
  EXPECT_NE(hint.find("without its action hint the record matches a step of Delete: it names Put"), std::string::npos)
      << hint;
}

TEST(ValidateDiagnosis, RepeatedRecordHintsAtALogWrittenTwice) {
  for (const char* trace : {"extra_step.ndjson", "disabled.ndjson"}) {
    json out = run_json("KV.tla", trace, 1);
    std::string hint = out["violation"].value("hint", "");
    EXPECT_NE(hint.find("equal the state before it, but it names action"), std::string::npos) << hint;
    EXPECT_NE(hint.find("was the step logged twice?"), std::string::npos) << hint;
  }
}

TEST(ValidateDiagnosis, WrongValueHasNoHint) {
  json out = run_json("KV.tla", "wrong_value.ndjson", 1);
  EXPECT_FALSE(out["violation"].contains("hint")) << out["violation"].dump(2);
}

}  // namespace
}  // namespace tlatrace::testing
