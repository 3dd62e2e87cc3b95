// Every section keyword of a cfg file, read into the Config.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cfg/cfg_test_util.hpp"

namespace tlatrace::cfg {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::names;
using testing::parse;
using testing::parse_ok;

TEST(CfgSections, EmptyFileGivesEmptyConfig) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("", keep);
  EXPECT_FALSE(c.specification);
  EXPECT_FALSE(c.init);
  EXPECT_FALSE(c.next);
  EXPECT_TRUE(c.constants.empty());
  EXPECT_TRUE(c.invariants.empty());
  EXPECT_FALSE(c.check_deadlock.has_value());
  EXPECT_EQ(c.file, keep->file.get());
}

TEST(CfgSections, SpecificationWithRange) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("\nSPECIFICATION\n   Spec\n", keep);
  ASSERT_TRUE(c.specification);
  EXPECT_EQ(c.specification->text, "Spec");
  EXPECT_EQ(c.specification->range.line, 3u);
  EXPECT_EQ(c.specification->range.col, 4u);
  EXPECT_EQ(c.specification->range.end_col, 7u);
  EXPECT_EQ(c.specification->range.file, keep->file.get());
}

TEST(CfgSections, InitAndNext) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("INIT MyInit NEXT MyNext", keep);
  ASSERT_TRUE(c.init && c.next);
  EXPECT_EQ(c.init->text, "MyInit");
  EXPECT_EQ(c.next->text, "MyNext");
  EXPECT_EQ(c.next->range.col, 18u);
}

TEST(CfgSections, InvariantListsAccumulateInOrderAcrossSpellings) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("INVARIANT TypeOK\nINVARIANTS Safety\n  NoLoss Agreement\nINVARIANT Last\n", keep);
  EXPECT_THAT(names(c.invariants), ElementsAre("TypeOK", "Safety", "NoLoss", "Agreement", "Last"));
  EXPECT_EQ(c.invariants[2].range.line, 3u);
  EXPECT_EQ(c.invariants[2].range.col, 3u);
}

TEST(CfgSections, PropertiesBothSpellings) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("PROPERTY Liveness\nPROPERTIES Termination EventuallyDone", keep);
  EXPECT_THAT(names(c.properties), ElementsAre("Liveness", "Termination", "EventuallyDone"));
}

TEST(CfgSections, ConstraintsAndActionConstraints) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok(
      "CONSTRAINT Bound\nCONSTRAINTS QueueBound\nACTION_CONSTRAINT NoStutter\n"
      "ACTION_CONSTRAINTS A1 A2\n",
      keep);
  EXPECT_THAT(names(c.constraints), ElementsAre("Bound", "QueueBound"));
  EXPECT_THAT(names(c.action_constraints), ElementsAre("NoStutter", "A1", "A2"));
}

TEST(CfgSections, PostconditionsBothSpellings) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("POSTCONDITION TraceAccepted\nPOSTCONDITIONS Stats", keep);
  EXPECT_THAT(names(c.postconditions), ElementsAre("TraceAccepted", "Stats"));
}

TEST(CfgSections, SymmetryViewAlias) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("SYMMETRY Perms\nVIEW vars_view\nALIAS TraceAlias\n", keep);
  ASSERT_TRUE(c.symmetry && c.view && c.alias);
  EXPECT_EQ(c.symmetry->text, "Perms");
  EXPECT_EQ(c.view->text, "vars_view");
  EXPECT_EQ(c.alias->text, "TraceAlias");
  EXPECT_EQ(c.alias->range.line, 3u);
}

TEST(CfgSections, CheckDeadlock) {
  std::unique_ptr<testing::Parsed> keep;
  EXPECT_EQ(parse_ok("CHECK_DEADLOCK FALSE", keep).check_deadlock, std::optional<bool>(false));
  Config c = parse_ok("CHECK_DEADLOCK\n  TRUE", keep);
  EXPECT_EQ(c.check_deadlock, std::optional<bool>(true));
  EXPECT_EQ(c.check_deadlock_range.line, 1u);
  EXPECT_EQ(c.check_deadlock_range.end_line, 2u);
  EXPECT_EQ(c.check_deadlock_range.end_col, 6u);
}

TEST(CfgSections, ExperimentalUnderscoreSections) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("_PERIODIC Report\n_RL_REWARD Reward\n_POSSIBLE P1 P2", keep);
  ASSERT_TRUE(c.periodic && c.rl_reward);
  EXPECT_EQ(c.periodic->text, "Report");
  EXPECT_EQ(c.rl_reward->text, "Reward");
  EXPECT_THAT(names(c.possible), ElementsAre("P1", "P2"));
}

TEST(CfgSections, EmptyListSectionIsAllowed) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("INVARIANT\nPROPERTY Live\nCONSTANTS\nCONSTRAINT", keep);
  EXPECT_TRUE(c.invariants.empty());
  EXPECT_THAT(names(c.properties), ElementsAre("Live"));
  EXPECT_TRUE(c.constants.empty());
}

TEST(CfgSections, SectionsInAnyOrder) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("INVARIANT Inv CONSTANT N = 3 SPECIFICATION Spec PROPERTY P CONSTANT M = 4", keep);
  ASSERT_TRUE(c.specification);
  EXPECT_EQ(c.specification->text, "Spec");
  ASSERT_EQ(c.constants.size(), 2u);
  EXPECT_EQ(c.constants[0].name.text, "N");
  EXPECT_EQ(c.constants[1].name.text, "M");
}

TEST(CfgSections, SingleNameKeywordTwiceIsAnError) {
  for (const char* kw : {"SPECIFICATION", "INIT", "NEXT", "SYMMETRY", "VIEW", "ALIAS"}) {
    std::string text = std::string(kw) + " A\n" + kw + " B\n";
    auto p = parse(text);
    EXPECT_FALSE(p->config) << kw;
    ASSERT_GE(p->diags.all().size(), 2u) << kw;
    EXPECT_EQ(p->diags.all()[0].range.line, 2u);
    EXPECT_THAT(p->diags.all()[0].message, HasSubstr("appears more than once"));
    EXPECT_EQ(p->diags.all()[1].severity, Severity::Note);
    EXPECT_EQ(p->diags.all()[1].range.line, 1u);
  }
}

TEST(CfgSections, CheckDeadlockTwiceIsAnError) {
  auto p = parse("CHECK_DEADLOCK TRUE\nCHECK_DEADLOCK TRUE");
  EXPECT_FALSE(p->config);
  EXPECT_THAT(p->messages(), HasSubstr("test.cfg:2:1: error: 'CHECK_DEADLOCK' appears more than once"));
}

TEST(CfgSections, KeywordsAreCaseSensitive) {
  auto p = parse("Init Init");
  EXPECT_FALSE(p->config);
  EXPECT_THAT(p->messages(), HasSubstr("test.cfg:1:1: error: unknown keyword 'Init'; did you mean 'INIT'?"));
}

TEST(CfgSections, ToStringRoundTrips) {
  const char* text =
      "SPECIFICATION Spec\nCONSTANTS\n  N = 3\n  S = {a, {b, \"x\"}, -2, TRUE}\n"
      "  F(1, x) = FALSE\n  Op <- [M] Def\n  C = [M] c\n  + <- Plus\n"
      "INVARIANTS I1 I2\nPROPERTY P\nCONSTRAINT C1\nACTION_CONSTRAINT A1\n"
      "POSTCONDITION Post\nSYMMETRY Sym\nVIEW V\nALIAS Al\nCHECK_DEADLOCK FALSE\n";
  std::unique_ptr<testing::Parsed> a, b;
  Config first = parse_ok(text, a);
  std::string printed = to_string(first);
  Config second = parse_ok(printed, b);
  EXPECT_EQ(to_string(second), printed);
  ASSERT_EQ(second.constants.size(), first.constants.size());
  for (size_t i = 0; i < first.constants.size(); ++i) {
    EXPECT_EQ(second.constants[i].name.text, first.constants[i].name.text);
    EXPECT_EQ(second.constants[i].kind, first.constants[i].kind);
    EXPECT_EQ(second.constants[i].value, first.constants[i].value);
    EXPECT_EQ(second.constants[i].args, first.constants[i].args);
  }
  EXPECT_THAT(printed, HasSubstr("  S = {a, {b, \"x\"}, -2, TRUE}\n"));
  EXPECT_THAT(printed, HasSubstr("  Op <- [M] Def\n"));
  EXPECT_THAT(printed, HasSubstr("CHECK_DEADLOCK FALSE\n"));
}

}  // namespace
}  // namespace tlatrace::cfg
