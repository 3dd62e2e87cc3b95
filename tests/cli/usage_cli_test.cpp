// Command-line usage: help, unknown subcommands and options, missing files, merge.
#include <gtest/gtest.h>

#include "tests/support/run_command.hpp"

namespace tlatrace::testing {
namespace {

TEST(UsageCli, HelpExitsZeroAndListsSubcommands) {
  CommandResult r = run_command(tlatrace_binary() + " --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("parse"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("merge"), std::string::npos) << r.out;
}

TEST(UsageCli, SubcommandHelpExitsZero) {
  CommandResult r = run_command(tlatrace_binary() + " parse --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--include"), std::string::npos) << r.out;
}

TEST(UsageCli, NoSubcommandIsAUsageError) {
  EXPECT_EQ(run_command(tlatrace_binary()).exit_code, 2);
}

TEST(UsageCli, UnknownOptionIsAUsageError) {
  CommandResult r = run_command(tlatrace_binary() + " parse --no-such-option x.tla");
  EXPECT_EQ(r.exit_code, 2);
}

TEST(UsageCli, MissingFileIsAnInputError) {
  CommandResult r = run_command(tlatrace_binary() + " parse /nonexistent/Spec.tla");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/Spec.tla"), std::string::npos) << r.err;
}

TEST(UsageCli, MergeOrdersLogsByLamportClock) {
  CommandResult r = run_command(tlatrace_binary() + " merge " + repo_path("tests/cli/data/node_a.ndjson") + " " +
                                repo_path("tests/cli/data/node_b.ndjson"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // No log has an initial-state line, so the merged trace starts with an empty observation.
  EXPECT_EQ(r.out,
            "{}\n"
            "{\"node\": \"a\", \"clock\": 1, \"action\": \"Send\"}\n"
            "{\"node\": \"b\", \"clock\": 2, \"action\": \"Receive\"}\n"
            "{\"node\": \"a\", \"clock\": 3, \"action\": \"Send\"}\n");
}

TEST(UsageCli, MergeReportsAClockGoingBackwards) {
  CommandResult r = run_command(tlatrace_binary() + " merge " + repo_path("tests/cli/data/node_backwards.ndjson"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("node_backwards.ndjson:2:"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace tlatrace::testing
