// `tlatrace validate` rejects each fault at the exact record and explains it: a wrong value,
// a missing step, an extra step, an action disabled by its guard, a wrong action hint, a value
// of the wrong type, a broken refinement; the same verdict in every trace format.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/validate/validate_support.hpp"

namespace tlatrace::testing {
namespace {

using json = nlohmann::json;

json rejected(const std::string& trace, uint64_t step, const std::string& extra = "") {
  int code = -1;
  json out = validate_kv_json(trace, &code, extra);
  EXPECT_FALSE(out.is_discarded()) << trace;
  if (out.is_discarded()) return out;
  EXPECT_EQ(code, 1) << trace << "\n" << out.dump(2);
  EXPECT_EQ(out["result"], "violation") << trace;
  EXPECT_EQ(out["violation"]["step"], step) << trace << "\n" << out.dump(2);
  EXPECT_EQ(out["violation"]["line"], step) << trace;
  return out;
}

/// The differences listed for `action` as "var<path>: spec -> trace" strings: those of its
/// closest successor, then those of the successors exactly as close.
std::vector<std::string> differences(const json& report, const std::string& action) {
  std::vector<std::string> out;
  json a = action_diagnosis(report, action);
  if (a.is_null()) return out;
  auto add = [&](const json& diffs) {
    for (const auto& d : diffs)
      out.push_back(d["variable"].get<std::string>() + d["path"].get<std::string>() + ": " +
                    d["spec"].get<std::string>() + " -> " + d["trace"].get<std::string>());
  };
  if (a.contains("differences")) add(a["differences"]);
  if (a.contains("also_closest"))
    for (const auto& alt : a["also_closest"]) add(alt["differences"]);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST(ValidateReject, WrongValueNamesTheFunctionEntry) {
  json out = rejected("wrong_value.ndjson", 3);
  EXPECT_EQ(out["violation"]["kind"], "trace");
  // Matched path: the initial state and the step of record 2.
  ASSERT_EQ(out["violation"]["path"].size(), 2u);
  EXPECT_EQ(out["violation"]["path"][0]["action"], "Initial predicate");
  EXPECT_EQ(out["violation"]["path"][1]["action"], "Put");
  EXPECT_EQ(out["violation"]["path"][1]["state"]["store"], "[k1 |-> 2, k2 |-> NoVal]");
  json put = action_diagnosis(out, "Put");
  ASSERT_FALSE(put.is_null());
  EXPECT_TRUE(put["enabled"]);
  // Two Puts are one value away from the record: Put(k2, 1) (the history differs) and
  // Put(k2, 3) (the store entry differs); both are shown.
  EXPECT_EQ(differences(out, "Put"), (std::vector<std::string>{"history[2].val: 1 -> 3", "store.k2: 3 -> 1"}));
  EXPECT_EQ(put["arguments"], "k = \"k2\", v = 1");
  EXPECT_EQ(put["also_closest"][0]["arguments"], "k = \"k2\", v = 3");
  json del = action_diagnosis(out, "Delete");
  ASSERT_FALSE(del.is_null());
  EXPECT_TRUE(del["enabled"]);  // Delete(k1) is enabled, but far from the record
}

TEST(ValidateReject, WrongValueTextReportIsClangStyle) {
  CommandResult r = validate_kv("wrong_value.ndjson");
  EXPECT_EQ(r.exit_code, 1);
  std::string file = repo_path("tests/validate/traces/wrong_value.ndjson");
  EXPECT_NE(r.out.find(file + ":3:1: error: trace rejected: record 3 matches no step"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("State 2: <Put> at "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("      ~ store.k1: NoVal -> 2\n"), std::string::npos) << r.out;  // the changed entry
  EXPECT_NE(r.out.find("/\\ store = [k1 |-> 2, k2 |-> NoVal]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("history[2].val: spec 1, trace 3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("as close: Put [k = \"k2\", v = 3], differing in:\n      store.k2: spec 3, trace 1"),
            std::string::npos)
      << r.out;
}

TEST(ValidateReject, MissingStep) {
  json out = rejected("missing_step.ndjson", 3);
  json del = action_diagnosis(out, "Delete");  // the record names Delete: only it is diagnosed
  ASSERT_FALSE(del.is_null()) << out.dump(2);
  EXPECT_EQ(out["violation"]["diagnosis"][0]["actions"].size(), 1u);
  EXPECT_TRUE(del["enabled"]);
  auto diffs = differences(out, "Delete");
  EXPECT_TRUE(has(diffs, "store.k2: NoVal -> 3")) << out.dump(2);
  EXPECT_TRUE(has(diffs, "version: 2 -> 3")) << out.dump(2);
}

TEST(ValidateReject, ExtraStep) {
  json out = rejected("extra_step.ndjson", 4);
  auto diffs = differences(out, "Put");
  EXPECT_TRUE(has(diffs, "version: 3 -> 2")) << out.dump(2);
}

TEST(ValidateReject, ActionDisabledByItsGuard) {
  json out = rejected("disabled.ndjson", 5);
  json del = action_diagnosis(out, "Delete");
  ASSERT_FALSE(del.is_null()) << out.dump(2);
  EXPECT_FALSE(del["enabled"]);
  EXPECT_EQ(del["arguments"], "k = \"k1\"");
  EXPECT_EQ(del["false_conjunct"]["text"], "store[k] # NoVal");
  EXPECT_EQ(del["false_conjunct"]["location"]["line"], 26);
  EXPECT_EQ(del["false_conjunct"]["location"]["col"], 6);
  EXPECT_EQ(del["false_conjunct"]["values"][0]["expr"], "store[k]");
  EXPECT_EQ(del["false_conjunct"]["values"][0]["value"], "NoVal");
  CommandResult r = validate_kv("disabled.ndjson");
  // The caret under the false conjunct of the spec.
  EXPECT_NE(r.out.find("KV.tla:26:6: note: this conjunct is false"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  /\\ store[k] # NoVal"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("     ^~~~~~~~~~~~~~~"), std::string::npos) << r.out;
}

TEST(ValidateReject, WrongActionHint) {
  json out = rejected("wrong_hint.ndjson", 4);
  EXPECT_EQ(out["violation"]["diagnosis"][0]["actions"].size(), 1u);
  json put = action_diagnosis(out, "Put");
  ASSERT_FALSE(put.is_null()) << out.dump(2);
  EXPECT_TRUE(put["enabled"]);
  EXPECT_EQ(put["arguments"], "k = \"k1\", v = 2");  // the instance the record's params name
  auto diffs = differences(out, "Put");
  EXPECT_TRUE(has(diffs, "store.k1: 2 -> \"NoVal\"")) << out.dump(2);
}

TEST(ValidateReject, ValueOfTheWrongType) {
  json out = rejected("wrong_type.ndjson", 3);
  json put = action_diagnosis(out, "Put");
  ASSERT_FALSE(put.is_null());
  bool found = false;
  for (const auto& d : put["differences"])
    if (d["variable"] == "version") {
      found = true;
      EXPECT_EQ(d["reason"], "type: the spec has an integer, the trace a string");
      EXPECT_EQ(d["trace"], "\"two\"");
    }
  EXPECT_TRUE(found) << out.dump(2);
}

TEST(ValidateReject, SameVerdictInEveryFormat) {
  for (const char* t : {"wrong_value.ndjson", "wrong_value.itf.json", "wrong_value_tlc.json"}) {
    int code = -1;
    json out = validate_kv_json(t, &code);
    EXPECT_EQ(code, 1) << t;
    EXPECT_EQ(out["violation"]["kind"], "trace") << t;
    EXPECT_EQ(out["violation"]["step"], 3) << t;
    EXPECT_EQ(differences(out, "Put"), (std::vector<std::string>{"history[2].val: 1 -> 3", "store.k2: 3 -> 1"})) << t;
  }
}

TEST(ValidateReject, RefinementViolationAtItsStep) {
  std::string cfg = repo_path("tests/validate/specs/KV_refine.cfg");
  json out = rejected("full.ndjson", 4, "--config " + cfg);
  EXPECT_EQ(out["violation"]["kind"], "refinement");
  EXPECT_EQ(out["violation"]["name"], "BoundedSpec");
  EXPECT_EQ(out["violation"]["violating_step"]["state"]["version"], "3");
}

TEST(ValidateReject, MatchOperatorRejection) {
  json out = rejected("impl_names_bad.ndjson", 4, "--match ImplMatch");
  json del = action_diagnosis(out, "Delete");
  ASSERT_FALSE(del.is_null()) << out.dump(2);
  ASSERT_TRUE(del.contains("false_conjunct")) << out.dump(2);
  EXPECT_EQ(del["false_conjunct"]["text"], "l.op = IF history'[Len(history')].op = \"put\" THEN \"set\" ELSE \"unset\"");
}

TEST(ValidateReject, JunitFailsWithTheMessage) {
  CommandResult r = validate_kv("wrong_value.ndjson", "--format junit");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("<testsuites tests=\"1\" failures=\"1\" errors=\"0\">"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("<failure type=\"trace\" message=\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("wrong_value.ndjson:3: record 3 matches no step"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("history[2].val: spec 1, trace 3"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace tlatrace::testing
