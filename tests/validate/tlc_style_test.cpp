// TLC's own trace-validation style (ndJsonDeserialize, IOEnv, CausalOrder, TLCGet("level"),
// VIEW, ACTION_CONSTRAINT, POSTCONDITION, ALIAS) runs unmodified through `tlatrace check`:
// examples/tlc-style-trace is accepted, and rejected when one log line has a "failure" key.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/run_command.hpp"

namespace tlatrace::testing {
namespace {

CommandResult check_with_log(const std::string& log, const std::string& format = "text") {
  std::string dir = repo_path("examples/tlc-style-trace/");
  return run_command("JSON=" + dir + log + " " + tlatrace_binary() + " check " + dir +
                     "PingPongTrace.tla --workers 1 --format " + format);
}

TEST(ValidateTlcStyle, CausallyOrderedLogIsAccepted) {
  CommandResult r = check_with_log("PingPongTrace.ndjson");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("No error has been found"), std::string::npos) << r.out;
  // Nine states: the initial one and one per log line (the VIEW keeps them apart).
  EXPECT_NE(r.out.find("9 distinct states found"), std::string::npos) << r.out;
}

TEST(ValidateTlcStyle, FailureKeyRejectsTheTrace) {
  CommandResult r = check_with_log("PingPongTrace_failure.ndjson", "json");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  auto out = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(out.is_discarded()) << r.out;
  EXPECT_EQ(out["result"], "violation");
  EXPECT_EQ(out["violation"]["kind"], "postcondition") << r.out;
  EXPECT_EQ(out["violation"]["name"], "TraceAccepted") << r.out;
  // TraceAccepted prints the log line that could not be matched.
  EXPECT_NE(r.err.find("token lost"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace tlatrace::testing
