// Per-node partial-function observations: {"store": {"#partial": {"k1": 2}}} observes the entry
// store["k1"] only; the other entries are unobserved. A plain object stays a whole function.
#include <gtest/gtest.h>

#include "tests/validate/validate_support.hpp"

namespace tlatrace::testing {
namespace {

using json = nlohmann::json;

TEST(ValidatePartialFunction, EntriesObservedOneAtATimeAreAccepted) {
  int code = -1;
  json out = validate_kv_json("partial_fn.ndjson", &code);
  EXPECT_EQ(code, 0) << out.dump(2);
  EXPECT_EQ(out["result"], "ok");
  EXPECT_EQ(out["statistics"]["records"], 5);
}

TEST(ValidatePartialFunction, WrongEntryIsRejectedDownToTheEntry) {
  int code = -1;
  json out = validate_kv_json("partial_fn_bad.ndjson", &code);
  EXPECT_EQ(code, 1) << out.dump(2);
  EXPECT_EQ(out["violation"]["step"], 3);
  bool found = false;
  auto look = [&](const json& diffs) {
    for (const auto& d : diffs)
      found |= d["variable"] == "store" && d["path"] == ".k2" && d["spec"] == "3" && d["trace"] == "1";
  };
  for (const auto& a : out["violation"]["diagnosis"][0]["actions"]) {
    look(a.value("differences", json::array()));
    for (const auto& alt : a.value("also_closest", json::array())) look(alt["differences"]);
  }
  EXPECT_TRUE(found) << out.dump(2);
}

TEST(ValidatePartialFunction, PlainObjectWithSomeKeysIsAWholeFunction) {
  int code = -1;
  json out = validate_kv_json("partial_fn_not_partial.ndjson", &code);
  EXPECT_EQ(code, 1) << out.dump(2);
  EXPECT_EQ(out["violation"]["step"], 1);
  const json& d = out["violation"]["diagnosis"][0]["actions"][0]["differences"][0];
  EXPECT_EQ(d["path"], ".k2");
  EXPECT_EQ(d["reason"], "missing in the trace");
}

TEST(ValidatePartialFunction, EntryOutsideTheDomain) {
  int code = -1;
  json out = validate_kv_json("partial_fn_bad_key.ndjson", &code);
  EXPECT_EQ(code, 1) << out.dump(2);
  const json& d = out["violation"]["diagnosis"][0]["actions"][0]["differences"][0];
  EXPECT_EQ(d["reason"], "the trace has an entry the spec's value has not");
}

TEST(ValidatePartialFunction, MalformedBodyIsAnInputError) {
  CommandResult r = validate_kv("partial_fn_malformed.ndjson");
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find(repo_path("tests/validate/traces/partial_fn_malformed.ndjson") + ":2:"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("#partial must hold an object"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace tlatrace::testing
