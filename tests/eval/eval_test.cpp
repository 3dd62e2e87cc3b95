// Expression semantics: each form evaluates to what TLC prints for it.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "eval_fixture.hpp"

namespace tlatrace::eval::testing {
namespace {

class Eval : public ::testing::Test {
 protected:
  EvalFixture fx;
};

TEST_F(Eval, Arithmetic) {
  EXPECT_EQ(fx.value("2 + 3 * 4"), "14");
  EXPECT_EQ(fx.value("(-7) \\div 2"), "-4");  // floor division
  EXPECT_EQ(fx.value("-7 \\div 2"), "-3");    // unary minus binds looser than \div
  EXPECT_EQ(fx.value("(-7) % 2"), "1");
  EXPECT_EQ(fx.value("2 ^ 10"), "1024");
  EXPECT_EQ(fx.value("3 - 5"), "-2");
  EXPECT_EQ(fx.value("<<1 < 2, 2 <= 2, 3 >= 4, 5 > 4>>"), "<<TRUE, TRUE, FALSE, TRUE>>");
  EXPECT_EQ(fx.value("2..5"), "2..5");
}

TEST_F(Eval, Logic) {
  EXPECT_EQ(fx.value("TRUE /\\ ~FALSE"), "TRUE");
  EXPECT_EQ(fx.value("FALSE => (1 \\div 0 = 1)"), "TRUE");  // short-circuit
  EXPECT_EQ(fx.value("FALSE /\\ (1 \\div 0 = 1)"), "FALSE");
  EXPECT_EQ(fx.value("TRUE \\/ (1 \\div 0 = 1)"), "TRUE");
  EXPECT_EQ(fx.value("(1 = 1) <=> (2 = 2)"), "TRUE");
  EXPECT_EQ(fx.value("1 # 2"), "TRUE");
}

TEST_F(Eval, SetsAreCanonical) {
  EXPECT_EQ(fx.value("{3, 1, 2, 1}"), "{1, 2, 3}");
  EXPECT_EQ(fx.value("{1, 2} \\cup {5}"), "{1, 2, 5}");
  EXPECT_EQ(fx.value("{1, 2, 3} \\cap {2, 3, 4}"), "{2, 3}");
  EXPECT_EQ(fx.value("{1, 2, 3} \\ {2}"), "{1, 3}");
  // S \ {x}: removing the first, the last, an absent element; from an interval, from {}.
  EXPECT_EQ(fx.value("{1, 2, 3} \\ {1}"), "{2, 3}");
  EXPECT_EQ(fx.value("{1, 2, 3} \\ {3}"), "{1, 2}");
  EXPECT_EQ(fx.value("{1, 3} \\ {2}"), "{1, 3}");
  EXPECT_EQ(fx.value("(1..3) \\ {2}"), "{1, 3}");
  // lo..hi \ {i} without building {i}: the ends, an absent integer, the only one; equal to {..}.
  EXPECT_EQ(fx.value("<<(1..3) \\ {1}, (1..3) \\ {3}, (1..3) \\ {7}, (1..1) \\ {1}, ((1..3) \\ {2}) = {1, 3}>>"),
            "<<{2, 3}, {1, 2}, {1, 2, 3}, {}, TRUE>>");
  EXPECT_EQ(fx.value("{} \\ {1}"), "{}");
  EXPECT_EQ(fx.value("{{1}, {1, 2}} \\ {{1, 2}}"), "{{1}}");
  // S = {} (tested without building {} when S is enumerated).
  EXPECT_EQ(fx.value("<<{1} = {}, {} = {}, ({1} \\ {1}) = {}, (1..2) = {}, {} = {1}>>"),
            "<<FALSE, TRUE, TRUE, FALSE, FALSE>>");
  // Set maps of up to 8 images are collected in a buffer first: 8, 9 and 20 images.
  EXPECT_EQ(fx.value("{9 - x : x \\in 1..8}"), "{1, 2, 3, 4, 5, 6, 7, 8}");
  EXPECT_EQ(fx.value("{x % 3 : x \\in 1..9}"), "{0, 1, 2}");
  EXPECT_EQ(fx.value("Cardinality({20 - x : x \\in 1..20})"), "20");
  EXPECT_EQ(fx.value("<<(1..3) \\ {2}, (1..3) \\ {1, 3, 7}, (1..2) \\ {}, (1..2) \\ {1, 2}>>"), "<<{1, 3}, {2}, {1, 2}, {}>>");
  EXPECT_EQ(fx.value("SUBSET {1, 2}"), "{{}, {1}, {2}, {1, 2}}");
  EXPECT_EQ(fx.value("UNION {{1}, {2, 3}}"), "{1, 2, 3}");
  EXPECT_EQ(fx.value("{x \\in 1..6 : x % 2 = 0}"), "{2, 4, 6}");
  EXPECT_EQ(fx.value("{x * x : x \\in -2..2}"), "{0, 1, 4}");
  EXPECT_EQ(fx.value("{<<x, y>> : x \\in 1..2, y \\in {\"a\"}}"), "{<<1, \"a\">>, <<2, \"a\">>}");
  EXPECT_EQ(fx.value("Cardinality(SUBSET (1..10))"), "1024");
  EXPECT_EQ(fx.value("{1, 2} \\subseteq 1..3"), "TRUE");
  EXPECT_EQ(fx.value("4 \\in {n \\in Nat : n % 2 = 0}"), "TRUE");
  EXPECT_EQ(fx.value("<<1, 2>> \\in Seq(Nat)"), "TRUE");
  EXPECT_EQ(fx.value("[i \\in 0..1 |-> TRUE] \\in [0..1 -> BOOLEAN]"), "TRUE");
}

TEST_F(Eval, Quantifiers) {
  EXPECT_EQ(fx.value("\\A x \\in {} : FALSE"), "TRUE");
  EXPECT_EQ(fx.value("\\E x \\in 1..3 : x = 2"), "TRUE");
  EXPECT_EQ(fx.value("\\A x, y \\in 1..3 : x + y <= 6"), "TRUE");
  EXPECT_EQ(fx.value("\\E <<a, b>> \\in {<<1, 2>>, <<3, 4>>} : a + b = 7"), "TRUE");
  // One binder of one or two names, over an enumerated set, an interval or a lazy set.
  EXPECT_EQ(fx.value("\\A p, q \\in {1, 2} : p = q \\/ p + q = 3"), "TRUE");
  EXPECT_EQ(fx.value("\\E p, q \\in {\"a\", \"b\"} : p # q"), "TRUE");
  EXPECT_EQ(fx.value("\\A p, q \\in 1..3 : p # q"), "FALSE");
  EXPECT_EQ(fx.value("\\E x, y \\in 1..3 : x = 3 /\\ y = 1"), "TRUE");
  EXPECT_EQ(fx.value("\\A s, t \\in SUBSET {1} : s \\subseteq {1} /\\ t \\subseteq {1}"), "TRUE");
  EXPECT_EQ(fx.value("\\E s \\in SUBSET {1, 2} : Cardinality(s) = 2"), "TRUE");
  EXPECT_EQ(fx.value("\\A x \\in 1..3 : \\E y \\in 1..3 : x + y = 4"), "TRUE");
  EXPECT_EQ(fx.value("\\A x \\in {} : \\A y, z \\in {} : FALSE"), "TRUE");
}

// f[a] over 1..n by index, nested applications read in place, DOMAIN f = S in [S -> T].
TEST_F(Eval, ApplicationsAndFunctionSets) {
  EXPECT_EQ(fx.value("<<<<1, 2>>, <<3>>>>[1][2] + <<<<1, 2>>, <<3>>>>[2][1]"), "5");
  EXPECT_EQ(fx.value("LET f == [i \\in 1..2 |-> [j \\in 1..2 |-> i * j]] IN f[2][2]"), "4");
  EXPECT_EQ(fx.value("[a |-> [b |-> 7]].a.b"), "7");
  EXPECT_EQ(fx.value("<<0, 0>> \\in [1..2 -> {0}]"), "TRUE");
  EXPECT_EQ(fx.value("<<0, 0>> \\in [{1, 2} -> {0}]"), "TRUE");
  EXPECT_EQ(fx.value("<<0, 0>> \\in [0..1 -> {0}]"), "FALSE");
  EXPECT_EQ(fx.value("[i \\in 2..3 |-> 0] \\in [2..3 -> {0}]"), "TRUE");
  EXPECT_EQ(fx.value("[i \\in {1, 3} |-> 0] \\in [1..2 -> {0}]"), "FALSE");
  EXPECT_EQ(fx.value("[i \\in {\"a\"} |-> 0] \\in [{\"a\"} -> {0}]"), "TRUE");
  EXPECT_EQ(fx.value("<< >> \\in [{} -> {0}]"), "TRUE");
  EXPECT_EQ(fx.value("<<{1}, {}>> \\in [1..2 -> SUBSET {1}]"), "TRUE");
  EXPECT_EQ(fx.value("<<Tail(<<1>>), << >>, Tail(<<1, 2>>)>>"), "<<<<>>, <<>>, <<2>>>>");
  EXPECT_EQ(fx.value("<<<<1>> # << >>, << >> # << >>, Tail(<<1>>) # << >>, [a |-> 1] # << >>>>"), "<<TRUE, FALSE, FALSE, TRUE>>");
  EXPECT_EQ(fx.value("[x \\in 1..2 |-> << >>][1] = Tail(<<3>>)"), "TRUE");
}

// CHOOSE takes the first element in TLC's order.
TEST_F(Eval, ChooseIsDeterministic) {
  EXPECT_EQ(fx.value("CHOOSE x \\in 1..10 : x > 3"), "4");
  EXPECT_EQ(fx.value("CHOOSE s \\in SUBSET {1, 2, 3} : Cardinality(s) = 2"), "{1, 2}");
  EXPECT_EQ(fx.value("CHOOSE <<a, b>> \\in (1..2) \\X (1..2) : a > b"), "<<2, 1>>");
  // CHOOSE x \in S : TRUE (taken without binding x): the first element.
  EXPECT_EQ(fx.value("CHOOSE x \\in {3, 1, 2} : TRUE"), "1");
  EXPECT_EQ(fx.value("CHOOSE x \\in 4..6 : TRUE"), "4");
  EXPECT_EQ(fx.value("CHOOSE s \\in SUBSET {1, 2} : TRUE"), "{}");
  EXPECT_EQ(fx.value("CHOOSE p \\in {<<2, 1>>, <<1, 2>>} : TRUE"), "<<1, 2>>");
}

TEST_F(Eval, FunctionsRecordsTuples) {
  EXPECT_EQ(fx.value("[x \\in 1..3 |-> x * x]"), "<<1, 4, 9>>");
  EXPECT_EQ(fx.value("[x \\in {0, 2} |-> x + 1]"), "(0 :> 1 @@ 2 :> 3)");
  EXPECT_EQ(fx.value("[<<1, 2, 3>> EXCEPT ![2] = @ + 10]"), "<<1, 12, 3>>");
  EXPECT_EQ(fx.value("[[a |-> 1, b |-> [c |-> 2]] EXCEPT !.b.c = 5, !.a = @ - 1]"), "[a |-> 0, b |-> [c |-> 5]]");
  EXPECT_EQ(fx.value("[a |-> 1, b |-> 2].b"), "2");
  EXPECT_EQ(fx.value("DOMAIN [a |-> 1, b |-> 2]"), "{\"a\", \"b\"}");
  EXPECT_EQ(fx.value("[x, y \\in 1..2 |-> x * 10 + y][2, 1]"), "21");
  EXPECT_EQ(fx.value("Cardinality([1..2 -> {\"a\", \"b\"}])"), "4");
  EXPECT_EQ(fx.value("[a : {1}, b : {2, 3}]"), "{[a |-> 1, b |-> 2], [a |-> 1, b |-> 3]}");
  EXPECT_EQ(fx.value("(1..2) \\X {\"x\"}"), "{<<1, \"x\">>, <<2, \"x\">>}");
}

TEST_F(Eval, ControlForms) {
  EXPECT_EQ(fx.value("IF 1 > 2 THEN \"a\" ELSE \"b\""), "\"b\"");
  EXPECT_EQ(fx.value("CASE 1 > 2 -> \"a\" [] 2 > 1 -> \"b\" [] OTHER -> \"c\""), "\"b\"");
  EXPECT_EQ(fx.value("CASE 1 > 2 -> \"a\" [] OTHER -> \"c\""), "\"c\"");
  EXPECT_EQ(fx.value("LET a == 2\n    b == a * 3\nIN a + b"), "8");
  EXPECT_EQ(fx.value("LET sq(n) == n * n IN sq(sq(3))"), "81");
}

TEST_F(Eval, RecursionAndHigherOrder) {
  EXPECT_EQ(fx.value("Fact(5)", "RECURSIVE Fact(_)\nFact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)"), "120");
  EXPECT_EQ(fx.value("fact[6]", "fact[n \\in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]"), "720");
  EXPECT_EQ(fx.value("Apply(LAMBDA y : y + 1, 3)", "Apply(F(_), x) == F(x)"), "4");
  EXPECT_EQ(fx.value("Twice(Double, 3)", "Double(x) == 2 * x\nTwice(F(_), x) == F(F(x))"), "12");
  EXPECT_EQ(fx.value("LET f[i \\in 0..4] == IF i = 0 THEN 0 ELSE i + f[i - 1] IN f[4]"), "10");
  EXPECT_EQ(fx.value("LET k == 5 IN Apply(LAMBDA y : y + k, 1)", "Apply(F(_), x) == F(x)"), "6");
  EXPECT_EQ(fx.value("\\E x \\in 1..3 : Apply(LAMBDA y : y = x + 1, 3)", "Apply(F(_), x) == F(x)"), "TRUE");
}

// A LET definition is evaluated once per evaluation of its LET (core/let_memo.cpp): the value
// must be that of the LET's own activation, never of another activation of the same LET.
TEST_F(Eval, LetDefinitionsKeepTheValueOfTheirOwnActivation) {
  // The lazy argument `acc + x` of the outer call is forced inside the inner call, where the
  // inner activation's x is open too.
  EXPECT_EQ(fx.value("F(3, 0)", "RECURSIVE F(_, _)\nF(n, acc) == LET x == n * 10 IN IF n = 0 THEN acc ELSE F(n - 1, acc + x)"),
            "60");
  EXPECT_EQ(fx.value("Sum([i \\in 1..4 |-> i * i], 1..4)",
                     "RECURSIVE Sum(_, _)\nSum(f, S) == IF S = {} THEN 0 ELSE LET x == CHOOSE x \\in S : TRUE IN f[x] + Sum(f, S \\ {x})"),
            "30");
  // Each iteration of a binder opens the LET again.
  EXPECT_EQ(fx.value("{LET d == i * i IN d + d : i \\in 1..3}"), "{2, 8, 18}");
  EXPECT_EQ(fx.value("\\A i \\in 1..3 : LET d == i * 2 IN d = i + i"), "TRUE");
  EXPECT_EQ(fx.value("[i \\in 1..3 |-> LET r == 1..i IN \\E z \\in r : z = i]"), "<<TRUE, TRUE, TRUE>>");
  EXPECT_EQ(fx.value("\\E j \\in 1..2 : LET s == {k + j : k \\in 1..2} IN s = {1 + j, 2 + j} /\\ s = {k + j : k \\in 1..2}"),
            "TRUE");
  EXPECT_EQ(fx.value("LET a == 1 IN LET b == a + 1 IN LET c == b * 10 IN <<a, b, c, b>>"), "<<1, 2, 20, 2>>");
  // A definition read from inside a binder of another definition, and from a LAMBDA.
  EXPECT_EQ(fx.value("LET m == 3\n    n == {m + k : k \\in 1..2}\nIN <<n, m, Apply(LAMBDA y : y + m, 1)>>",
                     "Apply(F(_), x) == F(x)"),
            "<<{4, 5}, 3, 4>>");
}

// Arguments evaluated at once inside an EXCEPT value (because of @) must not put their frames
// over the frame of the call they are arguments of.
TEST_F(Eval, CallsInsideExceptValues) {
  EXPECT_EQ(fx.value("[<<1, 2>> EXCEPT ![1] = G(2, H(@))]", "G(s, m) == s * 10 + m\nH(x) == x"), "<<21, 2>>");
  EXPECT_EQ(fx.value("[<<1, 2>> EXCEPT ![2] = G(@, H(@ + 1))]", "G(s, m) == s * 10 + m\nH(x) == x"), "<<1, 23>>");
}

TEST_F(Eval, Sequences) {
  EXPECT_EQ(fx.value("Append(<<1>>, 2) \\o <<3>>"), "<<1, 2, 3>>");
  EXPECT_EQ(fx.value("<<Len(<<4, 5>>), Head(<<4, 5>>)>>"), "<<2, 4>>");
  EXPECT_EQ(fx.value("Tail(<<4, 5, 6>>)"), "<<5, 6>>");
  EXPECT_EQ(fx.value("SubSeq(<<1, 2, 3, 4>>, 2, 3)"), "<<2, 3>>");
  EXPECT_EQ(fx.value("SelectSeq(<<1, 2, 3, 4>>, LAMBDA x : x % 2 = 0)"), "<<2, 4>>");
  EXPECT_EQ(fx.value("Len(\"abc\")"), "3");
  EXPECT_EQ(fx.value("Reverse(<<1, 2, 3>>)"), "<<3, 2, 1>>");
  EXPECT_EQ(fx.value("<<IsPrefix(<<>>, <<>>), IsPrefix(<<1>>, <<1, 2>>), IsPrefix(<<1, 2>>, <<1>>), "
                     "IsPrefix(<<2>>, <<1, 2>>), IsPrefix(<<\"SYN\">>, <<\"SYN\", \"ACK\">>), "
                     "IsStrictPrefix(<<1>>, <<1>>)>>"),
            "<<TRUE, TRUE, FALSE, FALSE, TRUE, FALSE>>");
  EXPECT_EQ(fx.value("FoldLeft(LAMBDA a, b : a - b, 10, <<1, 2>>)"), "7");
  EXPECT_EQ(fx.value("SortSeq(<<3, 1, 2>>, LAMBDA a, b : a < b)"), "<<1, 2, 3>>");
}

// Membership in function, sequence and record sets is memoized by handle identity: the same
// function tested against different sets (and again) keeps each set's answer.
TEST_F(Eval, MembershipOfOneValueInSeveralSets) {
  EXPECT_EQ(fx.value("<<f \\in [1..2 -> Seq({1, 2})], f \\in [1..2 -> Seq({1})], f \\in [1..2 -> Seq({1, 2})], "
                     "f \\in [1..2 -> {s \\in Seq({1, 2}) : Len(s) = 1}], f \\in [1..2 -> {s \\in Seq({1, 2}) : Len(s) = 2}], "
                     "[a |-> f] \\in [a : [1..2 -> Seq({1, 2})]], [a |-> f] \\in [a : [1..2 -> Seq({2})]]>>",
                     "f == [i \\in 1..2 |-> <<i>>]"),
            "<<TRUE, FALSE, TRUE, TRUE, FALSE, TRUE, FALSE>>");
}

// Membership shortcuts: an integer in an enumerated set of integers (a binary search), a set in
// a SUBSET (memoized by handle like functions), a record found as the set's own element.
TEST_F(Eval, MembershipShortcuts) {
  EXPECT_EQ(fx.value("<<<<1, 5>> \\in [1..2 -> {1, 3, 5}], <<1, 4>> \\in [1..2 -> {1, 3, 5}], "
                     "<<0>> \\in [1..1 -> {1, 3, 5}], <<6>> \\in [1..1 -> {1, 3, 5}], <<1>> \\in [1..1 -> {\"a\", 1}], "
                     "<<1>> \\in [1..1 -> {}]>>"),
            "<<TRUE, FALSE, FALSE, FALSE, TRUE, FALSE>>");
  EXPECT_EQ(fx.value("<<s \\in SUBSET {1}, s \\in SUBSET {1, 2}, s \\in SUBSET {1}, {} \\in SUBSET {}, "
                     "<<s, {3}>> \\in [1..2 -> SUBSET (1..2)]>>",
                     "s == {1, 2}"),
            "<<FALSE, TRUE, FALSE, TRUE, FALSE>>");
  EXPECT_EQ(fx.value("<<<<A, B>> \\in Seq({A, B}), <<[a |-> 1]>> \\in Seq({A, B}), <<[a |-> 3]>> \\in Seq({A, B})>>",
                     "A == [a |-> 1]\nB == [a |-> 2]"),
            "<<TRUE, TRUE, FALSE>>");
}

TEST_F(Eval, TlcModule) {
  EXPECT_EQ(fx.value("(\"a\" :> 1) @@ (\"b\" :> 2)"), "[a |-> 1, b |-> 2]");
  EXPECT_EQ(fx.value("(1 :> \"x\") @@ (1 :> \"y\")"), "<<\"x\">>");
  EXPECT_EQ(fx.value("Cardinality(Permutations({1, 2, 3}))"), "6");
  EXPECT_EQ(fx.value("ToString(<<1, \"a\">>)"), "\"<<1, \\\"a\\\">>\"");
  EXPECT_EQ(fx.value("Assert(1 = 1, \"fine\")"), "TRUE");
}

TEST_F(Eval, CommunityModules) {
  EXPECT_EQ(fx.value("SumSet({1, 2, 3})"), "6");
  EXPECT_EQ(fx.value("<<Max({4, 9, 2}), Min({4, 9, 2})>>"), "<<9, 2>>");
  EXPECT_EQ(fx.value("kSubset(2, {1, 2, 3})"), "{{1, 2}, {1, 3}, {2, 3}}");
  EXPECT_EQ(fx.value("FoldSet(LAMBDA x, acc : x + acc, 0, 1..4)"), "10");
  EXPECT_EQ(fx.value("Range([a |-> 1, b |-> 1])"), "{1}");
  EXPECT_EQ(fx.value("IsInjective(<<1, 2, 1>>)"), "FALSE");
  EXPECT_EQ(fx.value("BagToSet(SetToBag({1, 2})) = {1, 2}"), "TRUE");
  EXPECT_EQ(fx.value("CopiesIn(1, SetToBag({1}) (+) SetToBag({1}))"), "2");
}

}  // namespace
}  // namespace tlatrace::eval::testing

namespace tlatrace::eval::testing {
namespace {

TEST(EvalJson, SerializeAndDeserialize) {
  EvalFixture fx;
  EXPECT_EQ(fx.value("ToJson(<<1, \"a\", TRUE>>)"), "\"[1,\\\"a\\\",true]\"");
  std::string path = "/tmp/tlatrace_eval_json_" + std::to_string(::getpid()) + ".ndjson";
  EXPECT_EQ(fx.value("ndJsonSerialize(\"" + path + "\", <<[a |-> 1], [a |-> 2]>>)"), "TRUE");
  EXPECT_EQ(fx.value("ndJsonDeserialize(\"" + path + "\")"), "<<[a |-> 1], [a |-> 2]>>");
  std::remove(path.c_str());
  EXPECT_EQ(fx.value("atoi(\"-17\") + 1"), "-16");
}

}  // namespace
}  // namespace tlatrace::eval::testing

namespace tlatrace::eval::testing {
namespace {

// SVG's operators TLC implements in Java (tlc2/overrides/SVG.java): the element as XML text
// (attribute names with '_' written '-', values single-quoted, << >> escaped in inner text),
// and the points of a ring.
TEST(EvalSvg, ElementTextAndRingNodes) {
  EvalFixture fx;
  const std::string svg = "S == INSTANCE SVG";
  EXPECT_EQ(fx.value("S!SVGElemToString(S!SVGElem(\"g\", [stroke_width |-> \"2\"], "
                     "<<S!SVGElem(\"text\", <<>>, <<>>, \"<<1, 2>>\"), S!SVGElem(\"rect\", <<>>, <<>>, \"\")>>, \"\"))",
                     svg),
            "\"<g stroke-width='2'><text>&lt;&lt;1, 2&gt;&gt;</text><rect></rect></g>\"");
  EXPECT_EQ(fx.value("S!NodeOfRingNetwork(10, 10, 5, 1, 4)", svg), "[x |-> 10, y |-> 15]");
  EXPECT_EQ(fx.value("S!NodeOfRingNetwork(10, 10, 5, 2, 4)", svg), "[x |-> 5, y |-> 10]");
  Outcome bad = fx.eval("S!SVGElemToString(42)", svg);
  EXPECT_NE(bad.message.find("An SVG element must be a record"), std::string::npos) << bad.message;
}

// IOUtils' Serialize with the TXT format writes the string and equals TLC's result record; the
// open options decide whether an existing file is kept, truncated or appended to.
TEST(EvalIOUtils, SerializeWritesText) {
  EvalFixture fx;
  const std::string path = "/tmp/tlatrace_eval_serialize_" + std::to_string(::getpid()) + ".txt";
  std::remove(path.c_str());
  auto serialize = [&](const std::string& text, const std::string& options) {
    return fx.value("Serialize(\"" + text + "\", \"" + path + "\", [format |-> \"TXT\", charset |-> \"UTF-8\", "
                    "openOptions |-> <<" + options + ">>])");
  };
  const std::string ok = "[exitValue |-> 0, stdout |-> \"Finish writing to the file with success!\", stderr |-> \"\"]";
  EXPECT_NE(serialize("a", "\"WRITE\"").find("exitValue |-> 1"), std::string::npos);  // no CREATE: not created
  EXPECT_EQ(serialize("first", "\"WRITE\", \"CREATE\", \"TRUNCATE_EXISTING\""), ok);
  EXPECT_EQ(serialize("+more", "\"APPEND\""), ok);
  EXPECT_NE(serialize("x", "\"WRITE\", \"CREATE_NEW\"").find("exitValue |-> 1"), std::string::npos);  // exists
  std::ifstream in(path);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(content, "first+more");
  std::remove(path.c_str());
  Outcome bin = fx.eval("Serialize(1, \"" + path + "\", [format |-> \"BIN\", absolute |-> TRUE])");
  EXPECT_NE(bin.message.find("format \"BIN\" is not implemented"), std::string::npos) << bin.message;
}

}  // namespace
}  // namespace tlatrace::eval::testing
