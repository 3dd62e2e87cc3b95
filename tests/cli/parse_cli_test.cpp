// `tlatrace parse`: verdicts, clang-style diagnostics, JSON output, exit codes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/run_command.hpp"

namespace tlatrace::testing {
namespace {

TEST(ParseCli, ShippedSpecsParse) {
  CommandResult r = run_command(tlatrace_binary() + " parse " + repo_path("specs/Log.tla") + " " +
                                repo_path("specs/DistLog.tla") + " " + repo_path("specs/DistLogMC.tla"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Module Log ("), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Module DistLogMC ("), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("EXTENDS Naturals Sequences FiniteSets"), std::string::npos) << r.out;
}

TEST(ParseCli, ResolutionErrorIsClangStyleWithCaret) {
  std::string path = repo_path("tests/cli/data/Unknown.tla");
  CommandResult r = run_command(tlatrace_binary() + " parse " + path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(path + ":4:18: error: unknown identifier 'y'\nInit == x = 0 /\\ y = 1\n                 ^\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("1 error generated."), std::string::npos) << r.err;
}

TEST(ParseCli, IndependentErrorsAreAllReported) {
  CommandResult r = run_command(tlatrace_binary() + " parse " + repo_path("tests/cli/data/TwoErrors.tla"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("TwoErrors.tla:3:6: error: unknown identifier 'a'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("TwoErrors.tla:4:6: error: unknown identifier 'b'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 errors generated."), std::string::npos) << r.err;
}

TEST(ParseCli, SyntaxErrorNamesFileLineAndColumn) {
  CommandResult r = run_command(tlatrace_binary() + " parse " + repo_path("tests/cli/data/Syntax.tla"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("Syntax.tla:3:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(": error: "), std::string::npos) << r.err;
}

TEST(ParseCli, JsonOutputCarriesErrorsWithLocations) {
  CommandResult r = run_command(tlatrace_binary() + " parse --format json " + repo_path("tests/cli/data/Unknown.tla"));
  EXPECT_EQ(r.exit_code, 2);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["result"], "error");
  ASSERT_EQ(j["errors"].size(), 1u);
  EXPECT_EQ(j["errors"][0]["line"], 4);
  EXPECT_EQ(j["errors"][0]["col"], 18);
  EXPECT_EQ(j["errors"][0]["message"], "unknown identifier 'y'");
}

TEST(ParseCli, JsonOutputSummarisesModules) {
  CommandResult r = run_command(tlatrace_binary() + " parse --format json " + repo_path("specs/DistLogMC.tla"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["result"], "ok");
  EXPECT_EQ(j["modules"][0]["module"], "DistLogMC");
  EXPECT_EQ(j["modules"][0]["state_variables"], nlohmann::json::array({"log"}));
  EXPECT_EQ(j["modules"][0]["all_constants"], nlohmann::json::array({"Server", "Value", "MaxLen"}));
}

TEST(ParseCli, ArbitraryBytesAreAnInputErrorNotACrash) {
  CommandResult r = run_command(tlatrace_binary() + " parse " + repo_path("tests/cli/data/Garbage.tla"));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("Garbage.tla:"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace tlatrace::testing
