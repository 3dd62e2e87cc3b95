// Lexical rules of cfg files (TLA+'s): comments, whitespace, identifiers, positions.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cfg/cfg_test_util.hpp"

namespace tlatrace::cfg {
namespace {

using ::testing::ElementsAre;
using testing::names;
using testing::parse_ok;

TEST(CfgLexical, LineComments) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("\\* header\nINVARIANT A \\* B is commented out\n  \\* C\n  D\n\\* last line, no newline", keep);
  EXPECT_THAT(names(c.invariants), ElementsAre("A", "D"));
}

TEST(CfgLexical, BlockCommentsNest) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("(* outer (* inner INVARIANT X *) still comment INVARIANT Y *)\nINVARIANT Z", keep);
  EXPECT_THAT(names(c.invariants), ElementsAre("Z"));
}

TEST(CfgLexical, CommentsBetweenTokensOfAnEntry) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANT N (* the size *) = \\* see below\n (* here *) 3", keep);
  ASSERT_EQ(c.constants.size(), 1u);
  EXPECT_EQ(c.constants[0].value, CfgValue::make_int(3));
}

TEST(CfgLexical, BannerCommentsLikeSpecifyingSystems) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok(
      "(***************************************************************************)\n"
      "(* A banner.                                                              *)\n"
      "(***************************************************************************)\n"
      "SPECIFICATION Spec\n",
      keep);
  ASSERT_TRUE(c.specification);
  EXPECT_EQ(c.specification->range.line, 4u);
}

TEST(CfgLexical, LineCommentInsideBlockCommentDoesNotEndIt) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("(* \\* not the end\n INVARIANT Hidden *) INVARIANT Shown", keep);
  EXPECT_THAT(names(c.invariants), ElementsAre("Shown"));
}

TEST(CfgLexical, CrLfTabsAndFormFeeds) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("SPECIFICATION\tSpec\r\nINVARIANT\r\n\tA\f B\r\n", keep);
  ASSERT_TRUE(c.specification);
  EXPECT_EQ(c.specification->text, "Spec");
  EXPECT_THAT(names(c.invariants), ElementsAre("A", "B"));
  EXPECT_EQ(c.invariants[0].range.line, 3u);
  EXPECT_EQ(c.invariants[0].range.col, 2u);
}

TEST(CfgLexical, ColumnsCountCodePoints) {
  std::unique_ptr<testing::Parsed> keep;
  // "é" and "→" are multi-byte in UTF-8 but one column each.
  Config c = parse_ok("(* é→ *) INIT Init", keep);
  ASSERT_TRUE(c.init);
  EXPECT_EQ(c.init->range.col, 15u);
  EXPECT_EQ(c.init->range.end_col, 18u);
}

TEST(CfgLexical, IdentifiersFollowTlaRules) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("INVARIANT _Inv Inv_2 2Inv a__b", keep);
  EXPECT_THAT(names(c.invariants), ElementsAre("_Inv", "Inv_2", "2Inv", "a__b"));
}

TEST(CfgLexical, KeywordMustBeAWholeWord) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("INVARIANT INITIAL NEXTSTEP", keep);
  EXPECT_THAT(names(c.invariants), ElementsAre("INITIAL", "NEXTSTEP"));
}

TEST(CfgLexical, NoSpaceNeededAroundPunctuation) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANTS S={a,b}T=-4 U<-V", keep);
  ASSERT_EQ(c.constants.size(), 3u);
  EXPECT_EQ(to_string(c.constants[0].value), "{a, b}");
  EXPECT_EQ(c.constants[1].value, CfgValue::make_int(-4));
  EXPECT_EQ(c.constants[2].substitute.text, "V");
}

}  // namespace
}  // namespace tlatrace::cfg
