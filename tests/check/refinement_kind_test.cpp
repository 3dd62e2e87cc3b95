// End-to-end: which properties are reported as refinements. A property that names another
// module's spec through instances without entering one of its definitions
// (`R!L!Init /\ [][R!L!Next]_x`, tests/check/specs/Nest.tla) is a refinement; one over the
// spec's own variables is a property. validate's JSON kind and its text say the same word.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/run_command.hpp"

using ::testing::HasSubstr;
using ::testing::Not;
using tlatrace::testing::CommandResult;
using tlatrace::testing::repo_path;
using tlatrace::testing::run_command;
using tlatrace::testing::tlatrace_binary;

namespace {

CommandResult validate_nest(const std::string& cfg, const std::string& args) {
  std::string dir = repo_path("tests/check/specs/");
  return run_command("'" + tlatrace_binary() + "' validate '" + dir + "Nest.tla' --config '" + dir + cfg +
                     "' --trace '" + dir + "nest.ndjson' " + args);
}

TEST(RefinementKind, NestedInstancePropertyIsARefinementInJson) {
  CommandResult r = validate_nest("NestRefines.cfg", "--format json");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["violation"]["kind"], "refinement") << r.out;
  EXPECT_EQ(j["violation"]["name"], "Refines");
  EXPECT_EQ(j["violation"]["step"], 3);
}

TEST(RefinementKind, NestedInstancePropertyIsARefinementInText) {
  CommandResult r = validate_nest("NestRefines.cfg", "");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  std::string all = r.out + r.err;
  EXPECT_THAT(all, HasSubstr("<-- violates refinement Refines")) << all;
  EXPECT_THAT(all, HasSubstr("refinement Refines is violated")) << all;
  EXPECT_THAT(all, Not(HasSubstr("violates property"))) << all;
}

TEST(RefinementKind, PropertyOverOwnVariablesStaysAProperty) {
  CommandResult r = validate_nest("NestOwn.cfg", "--format json");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["violation"]["kind"], "property") << r.out;
  CommandResult t = validate_nest("NestOwn.cfg", "");
  EXPECT_THAT(t.out + t.err, HasSubstr("<-- violates property Own"));
}

TEST(RefinementKind, CheckFindsTheNestedRefinementViolation) {
  CommandResult r = run_command("'" + tlatrace_binary() + "' check '" + repo_path("tests/check/specs/Nest.tla") +
                                "' --config '" + repo_path("tests/check/specs/NestRefines.cfg") +
                                "' --workers 1 --format json");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["violation"]["name"], "Refines");
  EXPECT_EQ(j["violation"]["trace"].size(), 3u) << r.out;
}

// [A]_v is decided by v' = v first: on a step that leaves y unchanged, A (which divides by y,
// here 0) is not evaluated, so the check completes (evaluating A first fails on \div by 0).
TEST(StutterFirst, ActionNotEvaluatedWhenTheSubscriptIsUnchanged) {
  CommandResult r = run_command("'" + tlatrace_binary() + "' check '" + repo_path("tests/check/specs/StutterFirst.tla") +
                                "' --workers 1 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["result"], "ok");
  EXPECT_EQ(j["stats"]["distinct"], 3);
}

}  // namespace
