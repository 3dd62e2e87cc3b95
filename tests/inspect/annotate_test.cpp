// annotate(): the uniform steps, the per-step changes and the watches, for both report shapes.
#include <gtest/gtest.h>

#include "inspect/annotate.hpp"
#include "inspect/counterexample.hpp"
#include "inspect/text_view.hpp"
#include "tests/inspect/itf_values.hpp"

namespace tlatrace::inspect {
namespace {

using nlohmann::json;
using itf::num;

json check_step(int n, const std::string& action, int x, std::vector<int> log) {
  json seq = json::array();
  std::string printed = "<<";
  for (size_t i = 0; i < log.size(); ++i) {
    seq.push_back(num(log[i]));
    printed += (i ? ", " : "") + std::to_string(log[i]);
  }
  printed += ">>";
  json s{{"step", n},
         {"action", action},
         {"location", n == 1 ? "" : "line 8, col 3 to line 9, col 20 of module M"},
         {"state", {{"x", std::to_string(x)}, {"log", printed}}},
         {"values", {{"x", num(x)}, {"log", {{"#tup", seq}}}}}};
  if (n > 1) s["source"] = {{"file", "M.tla"}, {"line", 8}, {"col", 3}, {"end_line", 9}, {"end_col", 20}};
  return s;
}

json check_report() {
  return {{"result", "violation"},
          {"spec", "M.tla"},
          {"config", "M.cfg"},
          {"violation",
           {{"kind", "invariant"},
            {"name", "Small"},
            {"variables", {"x", "log"}},
            {"trace", {check_step(1, "Initial predicate", 0, {}), check_step(2, "Inc", 1, {1}),
                       check_step(3, "Inc", 1, {1, 1})}}}}};
}

TEST(Annotate, CheckReportGetsUniformStepsWithChanges) {
  json a = annotate(check_report(), {});
  ASSERT_EQ(a["steps"].size(), 3u);
  EXPECT_EQ(a["steps"][0]["changes"], json::array());
  EXPECT_EQ(a["steps"][1]["location"], "M.tla:8:3");
  const json& c1 = a["steps"][1]["changes"];
  ASSERT_EQ(c1.size(), 2u);
  EXPECT_EQ(c1[0], (json{{"variable", "x"}, {"path", ""}, {"kind", "modified"}, {"before", "0"}, {"after", "1"}}));
  EXPECT_EQ(c1[1], (json{{"variable", "log"}, {"path", "[1]"}, {"kind", "added"}, {"before", nullptr}, {"after", "1"}}));
  const json& c2 = a["steps"][2]["changes"];
  ASSERT_EQ(c2.size(), 1u);
  EXPECT_EQ(c2[0]["path"], "[2]");
  EXPECT_FALSE(a["steps"][1]["failing"].get<bool>());
  EXPECT_TRUE(a["steps"][2]["failing"].get<bool>());
  // The input's own trace entries get the same changes; the rest of the report is kept.
  EXPECT_EQ(a["violation"]["trace"][1]["changes"], c1);
  EXPECT_EQ(a["spec"], "M.tla");
  EXPECT_EQ(a["watches"], json::array());
}

TEST(Annotate, WatchesArePerStepAndTopLevel) {
  WatchResult w{"Len(log)", {std::string("0"), std::string("1"), std::nullopt}, {"", "", "boom"}, false};
  json a = annotate(check_report(), {w});
  ASSERT_EQ(a["watches"].size(), 1u);
  EXPECT_EQ(a["watches"][0]["expr"], "Len(log)");
  EXPECT_EQ(a["watches"][0]["values"], (json{"0", "1", nullptr}));
  EXPECT_EQ(a["watches"][0]["errors"][2], "boom");
  EXPECT_EQ(a["steps"][1]["watches"], (json{"1"}));
}

json validate_report() {
  json path = json::array();
  for (int i = 1; i <= 2; ++i) {
    json s = check_step(i, i == 1 ? "Initial predicate" : "Inc", i - 1, {});
    s.erase("source");
    s["record"] = i;
    s["line"] = i;
    s["hidden"] = false;
    if (i > 1) s["location"] = {{"file", "M.tla"}, {"line", 8}, {"col", 3}, {"end_line", 9}, {"end_col", 20}};
    else s.erase("location");
    path.push_back(s);
  }
  json diagnosis = json::array({{{"state_index", 1},
                                 {"actions",
                                  {{{"action", "Inc"},
                                    {"enabled", true},
                                    {"differences",
                                     {{{"variable", "x"}, {"path", ""}, {"spec", "2"}, {"trace", "5"}, {"reason", ""}}}}}}}}});
  return {{"result", "violation"},
          {"variables", {"x", "log"}},
          {"violation",
           {{"kind", "trace"},
            {"step", 3},
            {"file", "t.ndjson"},
            {"line", 3},
            {"record", "{\"action\":\"Inc\",\"x\":5}"},
            {"message", "no step matches"},
            {"consistent_states", 1},
            {"path_elided", 0},
            {"path", path},
            {"diagnosis", diagnosis}}}};
}

TEST(Annotate, ValidateReportEndsWithTheFailingRecord) {
  json a = annotate(validate_report(), {});
  ASSERT_EQ(a["steps"].size(), 3u);
  EXPECT_EQ(a["steps"][1]["location"], "M.tla:8:3");
  EXPECT_EQ(a["steps"][1]["changes"].size(), 1u);
  EXPECT_EQ(a["steps"][1]["record_number"], 2);
  const json& last = a["steps"][2];
  EXPECT_TRUE(last["failing"].get<bool>());
  EXPECT_FALSE(last["has_state"].get<bool>());
  EXPECT_EQ(last["step"], 3);
  EXPECT_EQ(last["action"], "Inc");  // from the record's "action"
  EXPECT_EQ(last["record"], "{\"action\":\"Inc\",\"x\":5}");
  EXPECT_EQ(last["changes"], json::array());
  EXPECT_EQ(last["diagnosis"][0]["actions"][0]["action"], "Inc");
}

TEST(Annotate, NoViolationIsNotACounterexample) {
  EXPECT_THROW(annotate(json{{"result", "ok"}}, {}), NotACounterexample);
  EXPECT_THROW(annotate(json::array(), {}), NotACounterexample);
}

TEST(TextView, MarksChangesAndShowsTheDiagnosisLast) {
  std::string text = render_text_view(annotate(validate_report(), {}), {});
  EXPECT_NE(text.find("State 2: <Inc> at M.tla:8:3 (record 2, line 2)\n~ /\\ x = 1   (was 0)\n"), std::string::npos)
      << text;
  size_t record = text.find("State 3: record 3 (t.ndjson:3)  <-- no spec step matches this record");
  size_t diagnosis = text.find("      x: spec 2, trace 5");
  ASSERT_NE(record, std::string::npos) << text;
  ASSERT_NE(diagnosis, std::string::npos) << text;
  EXPECT_LT(record, diagnosis);
}

TEST(TextView, ChangedOnlyHidesUnchangedVariablesAfterTheFirstStep) {
  TextViewOptions o;
  o.changed_only = true;
  std::string text = render_text_view(annotate(check_report(), {}), o);
  EXPECT_NE(text.find("State 1: <Initial predicate>\n  /\\ x = 0\n  /\\ log = <<>>\n"), std::string::npos) << text;
  EXPECT_NE(text.find("~ /\\ log = <<1, 1>>\n      + log[2] = 1  (new)\n  (1 unchanged variable hidden)\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("<-- violates invariant Small"), std::string::npos) << text;
}

}  // namespace
}  // namespace tlatrace::inspect
