// Bulleted /\ and \/ lists scoped by column, as SANY reads them. Each case is a definition
// body; (/\ ..) and (\/ ..) are bulleted lists, (and ..) (or ..) infix junctions.
#include <gtest/gtest.h>

#include "syntax_test_util.hpp"

namespace tlatrace::test {
namespace {

// The S-expression of the body of `F` in a module holding `text`.
std::string body(const std::string& text) {
  std::string m = defs_sexpr(text);
  const std::string prefix = "(module T (def F () ";
  if (m.rfind(prefix, 0) != 0) return m;
  return m.substr(prefix.size(), m.size() - prefix.size() - 2);
}

TEST(JunctionLists, SimpleConjunctionList) {
  EXPECT_EQ(body("F == /\\ a\n     /\\ b\n     /\\ c"), "(/\\ a b c)");
}

TEST(JunctionLists, SingleItemList) { EXPECT_EQ(body("F == /\\ a"), "(/\\ a)"); }

TEST(JunctionLists, InfixOperatorOnTheBulletLineBelongsToTheItem) {
  EXPECT_EQ(body("F == /\\ a \\/ b\n     /\\ c"), "(/\\ (or a b) c)");
}

TEST(JunctionLists, SameBulletOnOneLineIsInfix) {
  EXPECT_EQ(body("F == /\\ a /\\ b\n     /\\ c"), "(/\\ (and a b) c)");
}

TEST(JunctionLists, NestedThreeDeep) {
  EXPECT_EQ(body("F == /\\ a\n"
                 "     /\\ \\/ b\n"
                 "        \\/ /\\ c\n"
                 "           /\\ d\n"
                 "        \\/ e\n"
                 "     /\\ f"),
            "(/\\ a (\\/ b (/\\ c d) e) f)");
}

TEST(JunctionLists, DisjunctionOfConjunctions) {
  EXPECT_EQ(body("F == \\/ /\\ a\n        /\\ b\n     \\/ c"), "(\\/ (/\\ a b) c)");
}

TEST(JunctionLists, ClosingParenthesisClosesTheList) {
  EXPECT_EQ(body("F == (/\\ a\n      /\\ b) /\\ c"), "(and (/\\ a b) c)");
}

TEST(JunctionLists, ListsInsideArgumentsEndAtComma) {
  EXPECT_EQ(body("F == f(/\\ a\n       /\\ b, c)"), "(f (/\\ a b) c)");
  EXPECT_EQ(body("F == <</\\ a, b>>"), "(tuple (/\\ a) b)");
}

TEST(JunctionLists, IfInsideAnItem) {
  EXPECT_EQ(body("F == /\\ IF a THEN b ELSE c\n     /\\ d"), "(/\\ (if a b c) d)");
}

TEST(JunctionLists, ListInsideIfConditionEndsAtThen) {
  EXPECT_EQ(body("F == IF /\\ a\n        /\\ b\n     THEN 1 ELSE 2"), "(if (/\\ a b) 1 2)");
  EXPECT_EQ(body("F == IF c THEN /\\ a\n               /\\ b ELSE 2"), "(if c (/\\ a b) 2)");
}

TEST(JunctionLists, ListFollowedByInfixConjunctionLeftOfBullets) {
  EXPECT_EQ(body("F ==\n  /\\ a\n  /\\ b\n /\\ c"), "(and (/\\ a b) c)");
}

TEST(JunctionLists, BulletRightOfTheColumnIsInfix) {
  EXPECT_EQ(body("F == /\\ a\n      /\\ b"), "(/\\ (and a b))");
}

TEST(JunctionLists, BulletLeftOfTheColumnClosesTheList) {
  EXPECT_EQ(body("F ==   /\\ a\n     /\\ b"), "(and (/\\ a) b)");
}

TEST(JunctionLists, CommentsBetweenBullets) {
  EXPECT_EQ(body("F == /\\ a \\* comment\n     (* block\n  comment *)\n     /\\ b"), "(/\\ a b)");
}

TEST(JunctionLists, BulletLeftOfEnclosingListClosesBoth) {
  EXPECT_EQ(body("F == /\\ \\/ a\n   /\\ b"), "(and (/\\ (\\/ a)) b)");
}

TEST(JunctionLists, OuterBulletClosesInnerList) {
  EXPECT_EQ(body("F == /\\ \\/ a\n        \\/ b\n     /\\ c"), "(/\\ (\\/ a b) c)");
}

TEST(JunctionLists, DifferentKindAtSameColumnClosesTheList) {
  EXPECT_EQ(body("F == \\/ a\n     \\/ b\n     /\\ c"), "(and (\\/ a b) c)");
}

TEST(JunctionLists, NextDefinitionClosesTheList) {
  EXPECT_EQ(defs_sexpr("F == /\\ a\n     /\\ b\nG == 1"),
            "(module T (def F () (/\\ a b)) (def G () 1))");
}

TEST(JunctionLists, LetInsideAnItem) {
  EXPECT_EQ(body("F == /\\ x = 1\n"
                 "     /\\ LET y == /\\ p\n"
                 "                 /\\ q\n"
                 "        IN y\n"
                 "     /\\ z"),
            "(/\\ (= x 1) (let ((def y () (/\\ p q))) y) z)");
}

TEST(JunctionLists, QuantifierBody) {
  EXPECT_EQ(body("F == \\A x \\in S : /\\ a\n                  /\\ b"), "(A (in x S) (/\\ a b))");
  EXPECT_EQ(body("F == /\\ \\E s \\in A, v \\in B : P(s, v)\n     /\\ b"),
            "(/\\ (E (in s A) (in v B) (P s v)) b)");
}

TEST(JunctionLists, CaseArms) {
  EXPECT_EQ(body("F == CASE /\\ a\n          /\\ b -> 1\n       [] c -> /\\ d\n               /\\ e\n"
                 "       [] OTHER -> 3"),
            "(case (-> (/\\ a b) 1) (-> c (/\\ d e)) (other 3))");
}

TEST(JunctionLists, SetAndFunctionBodies) {
  EXPECT_EQ(body("F == {x \\in S : /\\ a\n                /\\ b}"), "(filter (in x S) (/\\ a b))");
  EXPECT_EQ(body("F == [x \\in S |-> /\\ a\n                  /\\ b]"), "(fn (in x S) (/\\ a b))");
  EXPECT_EQ(body("F == [a |-> /\\ p\n            /\\ q, b |-> 2]"), "(record (a (/\\ p q)) (b 2))");
}

TEST(JunctionLists, TemporalItems) {
  EXPECT_EQ(body("F == /\\ Init\n     /\\ [][Next]_<<x, y>>\n     /\\ WF_vars(Next)"),
            "(/\\ Init ([] ([]_ Next (tuple x y))) (WF vars Next))");
}

TEST(JunctionLists, UnicodeBulletsCountCodePoints) {
  EXPECT_EQ(body("F == \u2227 \u2227 x\n       \u2227 y\n     \u2227 z"), "(/\\ (/\\ x y) z)");
}

TEST(JunctionLists, TokenLeftOfBulletEndsTheItem) {
  // `1` is left of the bullets: the list ends after `x =`, which is an error in SANY too.
  EXPECT_EQ(body("F == /\\ x =\n   1").substr(0, 9), "ERROR 3:4");
}

TEST(JunctionLists, ListAfterImplication) {
  EXPECT_EQ(body("F == a => /\\ b\n          /\\ c"), "(=> a (/\\ b c))");
}

TEST(JunctionLists, ItemsContainingPrimedEquations) {
  EXPECT_EQ(body("F == /\\ x' = x + 1\n     /\\ UNCHANGED y"), "(/\\ (= (' x) (+ x 1)) (UNCHANGED y))");
}

}  // namespace
}  // namespace tlatrace::test
