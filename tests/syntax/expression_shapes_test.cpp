// AST shapes of expressions: every operator class, precedence and associativity as in SANY,
// and every expression form, checked through their S-expressions.
#include <gtest/gtest.h>

#include "syntax_test_util.hpp"

namespace tlatrace::test {
namespace {

struct Case {
  const char* text;
  const char* sexpr;
};

void check_all(const std::vector<Case>& cases) {
  for (const auto& c : cases) EXPECT_EQ(expr_sexpr(c.text), c.sexpr) << "input: " << c.text;
}

TEST(ExpressionShapes, MixedLogicAndMembership) {
  EXPECT_EQ(expr_sexpr("x = 1 /\\ (y \\in S \\/ z')"), "(and (= x 1) (or (in y S) (' z)))");
}

TEST(ExpressionShapes, ArithmeticPrecedenceAndAssociativity) {
  check_all({
      {"a + b * c", "(+ a (* b c))"},
      {"a * b + c", "(+ (* a b) c)"},
      {"a - b - c", "(- (- a b) c)"},
      {"a - b + c", "(+ (- a b) c)"},
      {"a + b - c", "(+ a (- b c))"},
      {"a * b * c", "(* (* a b) c)"},
      {"a ^ b * c", "(* (^ a b) c)"},
      {"-a + b", "(+ (-. a) b)"},
      {"- a ^ 2", "(-. (^ a 2))"},
      {"-x'", "(-. (' x))"},
      {"a \\div b", "(div a b)"},
      {"a .. b + 1", "(.. a (+ b 1))"},
      {"1..N", "(.. 1 N)"},
      {"a ... b", "(... a b)"},
  });
}

TEST(ExpressionShapes, LogicAndComparison) {
  check_all({
      {"~a /\\ b", "(and (lnot a) b)"},
      {"~a = b", "(lnot (= a b))"},
      {"\\lnot a", "(lnot a)"},
      {"\\neg a", "(lnot a)"},
      {"a /\\ b /\\ c", "(and a b c)"},
      {"(a /\\ b) /\\ c", "(and (and a b) c)"},
      {"a \\/ b \\/ c", "(or a b c)"},
      {"a \\land b \\lor c", "ERROR 1:11 precedence conflict between '\\land' and '\\lor'; add parentheses"},
      {"a => b /\\ c", "(=> a (and b c))"},
      {"a <=> b", "(equiv a b)"},
      {"a \\equiv b", "(equiv a b)"},
      {"a # b", "(/= a b)"},
      {"a /= b", "(/= a b)"},
      {"a <= b", "(leq a b)"},
      {"a =< b", "(leq a b)"},
      {"a \\leq b", "(leq a b)"},
      {"a >= b", "(geq a b)"},
      {"a \\geq b", "(geq a b)"},
      {"a < b", "(< a b)"},
      {"a > b", "(> a b)"},
  });
}

TEST(ExpressionShapes, SetOperators) {
  check_all({
      {"a \\in S \\cup T", "(in a (union S T))"},
      {"a \\notin S \\cap T", "(notin a (intersect S T))"},
      {"S \\union T \\intersect U", "ERROR 1:12 precedence conflict between '\\union' and '\\intersect'; add parentheses"},
      {"S \\ T", "(\\ S T)"},
      {"S \\subseteq T", "(subseteq S T)"},
      {"S \\subset T", "(subset S T)"},
      {"S \\supseteq T", "(supseteq S T)"},
      {"S \\supset T", "(supset S T)"},
      {"A \\X B \\X C", "(X A B C)"},
      {"A \\times B", "(X A B)"},
      {"(A \\X B) \\X C", "(X (X A B) C)"},
      {"SUBSET S \\cup T", "(union (SUBSET S) T)"},
      {"UNION S", "(UNION S)"},
      {"DOMAIN f[x]", "(DOMAIN (app f x))"},
  });
}

TEST(ExpressionShapes, TemporalAndActionOperators) {
  check_all({
      {"[]P => <>Q", "(=> ([] P) (<> Q))"},
      {"P ~> Q", "(~> P Q)"},
      {"A -+-> B", "(-+-> A B)"},
      {"ENABLED A /\\ B", "(and (ENABLED A) B)"},
      {"UNCHANGED <<x, y>>", "(UNCHANGED (tuple x y))"},
      {"A \\cdot B", "(cdot A B)"},
      {"x' = x + 1", "(= (' x) (+ x 1))"},
      {"[][Next]_vars", "([] ([]_ Next vars))"},
      {"[A]_v", "([]_ A v)"},
      {"[A]_(x + y)", "([]_ A (+ x y))"},
      {"[A]_<<x, y>>", "([]_ A (tuple x y))"},
      {"[A]_M!vars", "([]_ A (! M vars))"},
      {"<<A>>_v", "(<>_ A v)"},
      {"<<A>>_<<x, y>>", "(<>_ A (tuple x y))"},
      {"WF_v(A)", "(WF v A)"},
      {"SF_<<x, y>>(A)", "(SF (tuple x y) A)"},
      {"WF_vars(Next) /\\ SF_vars(Recv)", "(and (WF vars Next) (SF vars Recv))"},
      {"<>[]P", "(<> ([] P))"},
  });
}

TEST(ExpressionShapes, UserDefinableOperators) {
  check_all({
      {"a \\prec b", "(prec a b)"},     {"a \\preceq b", "(preceq a b)"},
      {"a \\succ b", "(succ a b)"},     {"a \\succeq b", "(succeq a b)"},
      {"a \\oplus b", "(oplus a b)"},   {"a (+) b", "(oplus a b)"},
      {"a (-) b", "(ominus a b)"},      {"a (\\X) b", "(otimes a b)"},
      {"a (.) b", "(odot a b)"},        {"a (/) b", "(oslash a b)"},
      {"a \\sqcup b", "(sqcup a b)"},   {"a \\sqcap b", "(sqcap a b)"},
      {"a \\sqsubseteq b", "(sqsubseteq a b)"},
      {"a \\uplus b", "(uplus a b)"},   {"a \\star b", "(star a b)"},
      {"a \\bullet b", "(bullet a b)"}, {"a \\bigcirc b", "(bigcirc a b)"},
      {"a \\sim b", "(sim a b)"},       {"a \\simeq b", "(simeq a b)"},
      {"a \\approx b", "(approx a b)"}, {"a \\cong b", "(cong a b)"},
      {"a \\asymp b", "(asymp a b)"},   {"a \\doteq b", "(doteq a b)"},
      {"a \\propto b", "(propto a b)"}, {"a \\wr b", "(wr a b)"},
      {"a \\o b", "(o a b)"},           {"a \\circ b", "(o a b)"},
      {"a ++ b", "(++ a b)"},           {"a -- b", "(-- a b)"},
      {"a ** b", "(** a b)"},           {"a // b", "(// a b)"},
      {"a ^^ b", "(^^ a b)"},           {"a |- b", "(|- a b)"},
      {"a -| b", "(-| a b)"},           {"a |= b", "(|= a b)"},
      {"a =| b", "(=| a b)"},           {"a <: b", "(<: a b)"},
      {"a :> b", "(:> a b)"},           {"a := b", "(:= a b)"},
      {"a ::= b", "(::= a b)"},         {"a & b", "(& a b)"},
      {"a && b", "(&& a b)"},           {"a $ b", "($ a b)"},
      {"a $$ b", "($$ a b)"},           {"a ?? b", "(?? a b)"},
      {"a %% b", "(%% a b)"},           {"a ## b", "(## a b)"},
      {"a || b", "(|| a b)"},           {"a !! b", "(!! a b)"},
      {"a @@ b", "(@@ a b)"},           {"a % b", "(% a b)"},
      {"a :> b @@ c :> d", "(@@ (:> a b) (:> c d))"},
      {"x^+", "(^+ x)"},                {"x^*", "(^* x)"},
      {"x^#", "(^# x)"},
  });
}

TEST(ExpressionShapes, PrecedenceConflictsAreErrors) {
  check_all({
      {"a = b = c", "ERROR 1:7 precedence conflict between '=' and '=' ('=' is not associative); add parentheses"},
      {"a \\/ b /\\ c", "ERROR 1:8 precedence conflict between '\\lor' and '\\land'; add parentheses"},
      {"a => b => c", "ERROR 1:8 precedence conflict between '=>' and '=>' ('=>' is not associative); add parentheses"},
      {"a % b + c", "ERROR 1:7 precedence conflict between '%' and '+'; add parentheses"},
      {"a \\in S = TRUE", "ERROR 1:9 precedence conflict between '\\in' and '='; add parentheses"},
      {"[]x'", "ERROR 1:4 precedence conflict between '[]' and '''; add parentheses"},
  });
}

TEST(ExpressionShapes, Quantifiers) {
  check_all({
      {"\\A x, y \\in S, z \\in T : P", "(A (in x y S) (in z T) P)"},
      {"\\E <<a, b>> \\in S : a = b", "(E (in <<a b>> S) (= a b))"},
      {"\\A x : P", "(A x P)"},
      {"\\E x, y : P", "(E x y P)"},
      {"\\AA x : F", "(AA x F)"},
      {"\\EE x, y : F", "(EE x y F)"},
      {"CHOOSE x \\in S : P", "(CHOOSE (in x S) P)"},
      {"CHOOSE x : P", "(CHOOSE x P)"},
      {"CHOOSE <<a, b>> \\in S : a", "(CHOOSE (in <<a b>> S) a)"},
      {"a /\\ \\E x \\in S : b /\\ c", "(and a (E (in x S) (and b c)))"},
  });
}

TEST(ExpressionShapes, SetsFunctionsRecordsTuples) {
  check_all({
      {"{}", "(set)"},
      {"{1, 2, 3}", "(set 1 2 3)"},
      {"{x \\in S : x > 1}", "(filter (in x S) (> x 1))"},
      {"{<<a, b>> \\in S : a < b}", "(filter (in <<a b>> S) (< a b))"},
      {"{x + y : x \\in S, y \\in T}", "(map (+ x y) (in x S) (in y T))"},
      {"{x : x, y \\in S}", "(map x (in x y S))"},
      {"[x \\in S |-> x + 1]", "(fn (in x S) (+ x 1))"},
      {"[x, y \\in S |-> x]", "(fn (in x y S) x)"},
      {"[x \\in S, y \\in T |-> x]", "(fn (in x S) (in y T) x)"},
      {"[S -> T]", "(-> S T)"},
      {"[a |-> 1, b |-> 2]", "(record (a 1) (b 2))"},
      {"[a : S, b : T]", "(recset (a S) (b T))"},
      {"[f EXCEPT ![1] = 2]", "(except f (! [1] 2))"},
      {"[r EXCEPT !.f = 1, !.g = @ + 1]", "(except r (! .f 1) (! .g (+ @ 1)))"},
      {"[f EXCEPT ![i, j] = 0]", "(except f (! [i j] 0))"},
      {"[f EXCEPT ![i].f[j] = @]", "(except f (! [i] .f [j] @))"},
      {"<<>>", "(tuple)"},
      {"<<1, \"a\">>", "(tuple 1 \"a\")"},
      {"<<1, <<2>>>>", "(tuple 1 (tuple 2))"},
      {"f[a]", "(app f a)"},
      {"f[a, b]", "(app f a b)"},
      {"f[a][b]", "(app (app f a) b)"},
      {"r.f", "(. r f)"},
      {"r.f.g[1].h", "(. (app (. (. r f) g) 1) h)"},
      {"x'[1].f", "(. (app (' x) 1) f)"},
      {"DOMAIN f", "(DOMAIN f)"},
  });
}

TEST(ExpressionShapes, ControlForms) {
  check_all({
      {"IF a THEN b ELSE c", "(if a b c)"},
      {"IF a THEN b ELSE c + 1", "(if a b (+ c 1))"},
      {"CASE a -> 1 [] b -> 2", "(case (-> a 1) (-> b 2))"},
      {"CASE a -> 1 [] OTHER -> 2", "(case (-> a 1) (other 2))"},
      {"LET a == 1\n    b(x) == x\n    c[i \\in S] == i\nIN a + b(1)",
       "(let ((def a () 1) (def b (x) x) (fndef c ((in i S)) i)) (+ a (b 1)))"},
      {"LET RECURSIVE f(_)\n    f(n) == f(n)\nIN f(1)", "(let ((def* f (n) (f n))) (f 1))"},
      {"LAMBDA x, y : x + y", "(lambda (x y) (+ x y))"},
      {"F(LAMBDA x : x, +)", "(F (lambda (x) x) +)"},
      {"L:: x + 1", "(:: L (+ x 1))"},
      {"L(x, y):: x", "(:: L (x y) x)"},
  });
}

TEST(ExpressionShapes, NamesAndReferences) {
  check_all({
      {"x", "x"},
      {"Op(1, 2)", "(Op 1 2)"},
      {"M!Op(1, 2)", "(! M (Op 1 2))"},
      {"M!Op!Sub", "(! M Op Sub)"},
      {"P(1)!Op", "(! (P 1) Op)"},
      {"Init!1", "(! Init 1)"},
      {"Op!2!1", "(! Op 2 1)"},
      {"Op!<<", "(! Op <<)"},
      {"Op!>>", "(! Op >>)"},
      {"Op!:", "(! Op :)"},
      {"Op!2!(x)", "(! Op 2 (() x))"},
      {"BOOLEAN \\cup STRING", "(union BOOLEAN STRING)"},
      {"@", "@"},
  });
}

TEST(ExpressionShapes, Literals) {
  check_all({
      {"42", "42"},
      {"\\b101", "\\b101"},
      {"\\o17", "\\o17"},
      {"\\hFF", "\\hFF"},
      {"1.5", "1.5"},
      {"99999999999999999999999", "99999999999999999999999"},
      {"TRUE /\\ FALSE", "(and TRUE FALSE)"},
      {"\"a\\\"b\\\\c\\nd\\te\"", "\"a\\\"b\\\\c\\nd\\te\""},
  });
}

TEST(ExpressionShapes, UnicodeForms) {
  check_all({
      {"\u2200 x \u2208 S : x \u2209 T \u21D2 x \u2286 U",
       "(A (in x S) (=> (notin x T) (subseteq x U)))"},
      {"\u2203 x : x", "(E x x)"},
      {"\u27E81, 2\u27E9", "(tuple 1 2)"},
      {"[x \u2208 S \u21A6 x]", "(fn (in x S) x)"},
      {"\u25A1\u25C7P", "([] (<> P))"},
      {"a \u2264 b \u2227 c \u2260 d", "(and (leq a b) (/= c d))"},
      {"a \u2265 b \u2228 \u00ACc", "(or (geq a b) (lnot c))"},
      {"S \u222A T \u222A U", "(union (union S T) U)"},
      {"S \u2229 T", "(intersect S T)"},
      {"A \u00D7 B", "(X A B)"},
      {"a \u2261 b", "(equiv a b)"},
      {"[S \u2192 T]", "(-> S T)"},
  });
}

}  // namespace
}  // namespace tlatrace::test
