// Module-level structure: header/footer, units, definitions of every form, instances,
// theorems and proofs, nested modules; source ranges.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "parser/ast/print.hpp"
#include "parser/syntax/parse.hpp"
#include "syntax_test_util.hpp"

namespace tlatrace::test {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(ModuleShapes, EveryUnitKind) {
  std::string text = read_file(std::string(TLATRACE_SOURCE_DIR) + "/tests/syntax/modules/Full.tla");
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(module_sexpr(text),
            "(module Full (extends Naturals Sequences) (constant N) (constant F/2) "
            "(constant \\prec/2) (constant A) (constant B) (variable x) (variable y) (variable z) "
            "(assume (> N 0)) (assume NPos (> N 0)) (assume Ax TRUE) (recursive Fact/1) "
            "(def* Fact (n) (if (= n 0) 1 (* n (Fact (- n 1))))) (local (def Helper () 1)) "
            "(def \\prec (a b) (< a b)) (def -. (a) (- 0 a)) (def ^+ (a) a) "
            "(fndef f ((in i Nat)) (if (= i 0) 0 (app f (- i 1)))) (def Apply (G/1 v) (G v)) "
            "(def I () (instance Inner (<- c 1) (<- + Plus))) (def P (q) (instance Inner (<- c q))) "
            "(instance Inner) (local (instance Inner (<- c 2))) (module Inner (constant c) "
            "(def Val () c)) (theorem T1 (> N 0)) (theorem (=> (> N 0) TRUE)) "
            "(theorem assume-prove) (theorem C1 TRUE) (theorem TRUE))");
}

TEST(ModuleShapes, HeaderAndFooterOfAnyLength) {
  EXPECT_EQ(module_sexpr("---- MODULE M ----\nx == 1\n===="), "(module M (def x () 1))");
  EXPECT_EQ(module_sexpr("-------------MODULE M------\nx == 1\n=================== junk (*"),
            "(module M (def x () 1))");
  EXPECT_EQ(module_sexpr("\u2500\u2500\u2500\u2500 MODULE M \u2500\u2500\u2500\u2500\nx \u225C 1\n"
                         "\u2550\u2550\u2550\u2550"),
            "(module M (def x () 1))");
}

TEST(ModuleShapes, SeparatorsBetweenUnits) {
  EXPECT_EQ(defs_sexpr("----\nx == 1\n--------\n-----------------\ny == 2\n----"),
            "(module T (def x () 1) (def y () 2))");
}

TEST(ModuleShapes, PlusCalInCommentsIsIgnoredAndTranslationParsed) {
  EXPECT_EQ(defs_sexpr("(* --algorithm A {\n  variables x = 0; (* inner *)\n  { x := 1 } } *)\n"
                       "\\* BEGIN TRANSLATION\nVARIABLE x\nInit == x = 0\n\\* END TRANSLATION"),
            "(module T (variable x) (def Init () (= x 0)))");
}

TEST(ModuleShapes, SubexpressionLabelsAndReferences) {
  EXPECT_EQ(defs_sexpr("Inv == L1:: x > 0\nUse == Inv!L1 /\\ Inv!1 /\\ Inv!<< /\\ Inv!:"),
            "(module T (def Inv () (:: L1 (> x 0))) (def Use () (and (! Inv L1) (! Inv 1) "
            "(! Inv <<) (! Inv :))))");
}

TEST(ModuleShapes, ProofsAreSkipped) {
  EXPECT_EQ(defs_sexpr("THEOREM Safe == Spec => []Inv\n"
                       "<1>1. Init => Inv\n  BY DEF Init, Inv\n"
                       "<1>2. /\\ Inv\n      /\\ [Next]_v\n      => Inv'\n  <2>1. CASE a\n    OBVIOUS\n"
                       "  <2>. QED  BY <2>1\n"
                       "<1>3. QED\n  PROOF OMITTED\nNext == 1"),
            "(module T (theorem Safe (=> Spec ([] Inv))) (def Next () 1))");
}

TEST(ModuleShapes, RangesPointAtTheSource) {
  SourceManager sm;
  const SourceFile* f = sm.add("r.tla", "---- MODULE R ----\nFoo(p) ==\n  /\\ p = 1\n  /\\ q\n====\n");
  Diagnostics d;
  auto m = syntax::parse_module(*f, d);
  ASSERT_TRUE(m) << (d.all().empty() ? "" : d.all()[0].message);
  EXPECT_EQ(m->name_range.line, 1u);
  EXPECT_EQ(m->name_range.col, 13u);
  EXPECT_EQ(m->range.end_line, 5u);
  auto& def = *std::get<std::unique_ptr<ast::OpDef>>(m->units.at(0));
  EXPECT_EQ(def.name_range.line, 2u);
  EXPECT_EQ(def.name_range.col, 1u);
  EXPECT_EQ(def.name_range.end_col, 3u);
  EXPECT_EQ(def.params.at(0).range.col, 5u);
  const ast::Expr& body = *def.body;
  EXPECT_EQ(body.kind, ast::ExprKind::And);
  EXPECT_TRUE(body.bulleted);
  EXPECT_EQ(body.range.line, 3u);
  EXPECT_EQ(body.range.col, 3u);
  EXPECT_EQ(body.range.end_line, 4u);
  EXPECT_EQ(body.range.end_col, 6u);  // ends at `q`, not at the footer
  const ast::Expr& eq = *body.args.at(0);
  EXPECT_EQ(eq.range.line, 3u);
  EXPECT_EQ(eq.range.col, 6u);
  EXPECT_EQ(eq.range.end_col, 10u);
  EXPECT_EQ(eq.range.file, f);
  EXPECT_EQ(def.range.line, 2u);
  EXPECT_EQ(def.range.end_line, 4u);
}

TEST(ModuleShapes, ColumnsCountCodePoints) {
  SourceManager sm;
  const SourceFile* f = sm.add("u.tla", "---- MODULE U ----\nF == \"\u00E9\u00E9\" \u2227 x\n====\n");
  Diagnostics d;
  auto m = syntax::parse_module(*f, d);
  ASSERT_TRUE(m);
  auto& def = *std::get<std::unique_ptr<ast::OpDef>>(m->units.at(0));
  const ast::Expr& rhs = *def.body->args.at(1);
  EXPECT_EQ(rhs.range.col, 13u);  // F_==_"éé"_∧_x : x is the 13th code point
  EXPECT_EQ(def.body->args.at(0)->str, "\u00E9\u00E9");
}

TEST(ModuleShapes, NumbersAreDecoded) {
  SourceManager sm;
  const SourceFile* f = sm.add("n.tla", "\\hFF + \\b101 + \\o17 + 42 + 99999999999999999999");
  Diagnostics d;
  auto e = syntax::parse_expression(*f, d);
  ASSERT_TRUE(e);
  std::vector<const ast::Expr*> nums;
  const ast::Expr* cur = e.get();
  while (cur->kind == ast::ExprKind::OpApp) {
    nums.insert(nums.begin(), cur->args[1].get());
    cur = cur->args[0].get();
  }
  nums.insert(nums.begin(), cur);
  ASSERT_EQ(nums.size(), 5u);
  EXPECT_EQ(nums[0]->num, 255);
  EXPECT_EQ(nums[1]->num, 5);
  EXPECT_EQ(nums[2]->num, 15);
  EXPECT_EQ(nums[3]->num, 42);
  EXPECT_TRUE(nums[4]->big);
}

TEST(ModuleShapes, RealSpecsInTheRepositoryParse) {
  for (const char* rel : {"specs/stdlib/Naturals.tla", "specs/stdlib/Sequences.tla",
                          "specs/stdlib/FiniteSets.tla", "specs/stdlib/TLC.tla",
                          "specs/stdlib/Bags.tla", "specs/stdlib/SequencesExt.tla"}) {
    // Appended in place: `std::string(DIR) + "/" + rel` draws a false -Warray-bounds from
    // GCC 12 for some lengths of the checkout's path.
    std::string path = TLATRACE_SOURCE_DIR;
    path.append("/").append(rel);
    std::string text = read_file(path);
    if (text.empty()) continue;  // the standard library is owned elsewhere; skip if absent
    std::string out = module_sexpr(text);
    EXPECT_EQ(out.rfind("(module ", 0), 0u) << rel << ": " << out;
  }
}

}  // namespace
}  // namespace tlatrace::test
