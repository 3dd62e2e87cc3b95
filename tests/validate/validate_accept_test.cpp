// `tlatrace validate` accepts behaviors of the spec however they are written: full state or
// partial, with or without action hints, stuttering, hidden steps, three formats, merged logs,
// and the implementation's own names through --match.
#include <gtest/gtest.h>

#include "tests/validate/validate_support.hpp"

namespace tlatrace::testing {
namespace {

void expect_accepted(const std::string& trace, const std::string& extra = "", uint64_t records = 5) {
  int code = -1;
  nlohmann::json out = validate_kv_json(trace, &code, extra);
  ASSERT_FALSE(out.is_discarded()) << trace;
  EXPECT_EQ(code, 0) << trace << "\n" << out.dump(2);
  EXPECT_EQ(out["result"], "ok") << trace;
  EXPECT_EQ(out["statistics"]["records"], records) << trace;
}

TEST(ValidateAccept, FullStateTraceWithHints) {
  CommandResult r = validate_kv("full.ndjson");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("Trace accepted"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("5 records"), std::string::npos) << r.out;
}

TEST(ValidateAccept, FullStateTraceWithoutHints) { expect_accepted("full_nohint.ndjson"); }

TEST(ValidateAccept, PartialTraceNeverLoggingSomeVariables) {
  expect_accepted("partial.ndjson");
  expect_accepted("partial_hint.ndjson");
}

TEST(ValidateAccept, PositionalParams) { expect_accepted("params_array.ndjson"); }

TEST(ValidateAccept, RecordThatChangesNothingIsAStutteringStep) { expect_accepted("stutter.ndjson", "", 6); }

TEST(ValidateAccept, MissingStepIsAcceptedAsAHiddenStep) { expect_accepted("missing_step.ndjson", "--max-hidden 1", 4); }

TEST(ValidateAccept, SameBehaviorAsItfAndTlcJson) {
  expect_accepted("full.itf.json");
  expect_accepted("full_tlc.json");
  expect_accepted("full.itf.json", "--trace-format itf");
  expect_accepted("full_tlc.json", "--trace-format tlc-json");
}

TEST(ValidateAccept, PerNodeLogsAreMergedByTheirClocks) {
  std::string dir = repo_path("tests/validate/traces/");
  expect_accepted("node_a.ndjson", "--trace " + dir + "node_b.ndjson");
}

TEST(ValidateAccept, MatchOperatorMapsTheImplementationsNames) {
  expect_accepted("impl_names.ndjson", "--match ImplMatch");
}

TEST(ValidateAccept, JunitReportOfAnAcceptedTrace) {
  CommandResult r = validate_kv("full.ndjson", "--format junit");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("<testsuites tests=\"1\" failures=\"0\" errors=\"0\">"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("full.ndjson\" time="), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("<failure"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace tlatrace::testing
