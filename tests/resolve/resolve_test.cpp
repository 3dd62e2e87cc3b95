// Name resolution: every name resolves to what SANY says, or is an error at its location.
#include <gtest/gtest.h>

#include "parser/resolve/builtins.hpp"
#include "tests/resolve/resolve_test_util.hpp"

namespace tlatrace {
namespace {
using testing::errors;
using testing::find_def;

TEST(Resolve, OperatorsFromStandardModules) {
  Frontend fe;
  ast::Module* m = fe.load_text("A.tla", "---- MODULE A ----\nEXTENDS Naturals\nVARIABLE x\nInc == x' = x + 1\n====\n");
  ASSERT_NE(m, nullptr);
  EXPECT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
  ast::OpDef* inc = find_def(*m, "Inc");
  ASSERT_NE(inc, nullptr);
  ast::Expr& eq = *inc->body;
  ASSERT_EQ(eq.kind, ast::ExprKind::OpApp);
  EXPECT_EQ(eq.ref.kind, ast::Ref::Kind::Builtin);
  EXPECT_EQ(eq.ref.index, static_cast<int>(resolve::Builtin::Eq));
  ast::Expr& prime = *eq.args[0];
  EXPECT_EQ(prime.ref.kind, ast::Ref::Kind::Builtin);
  EXPECT_EQ(prime.args[0]->ref.kind, ast::Ref::Kind::Variable);
  EXPECT_EQ(prime.args[0]->ref.index, 0);
  ast::Expr& plus = *eq.args[1];
  ASSERT_EQ(plus.ref.kind, ast::Ref::Kind::Definition);
  ASSERT_NE(plus.ref.def, nullptr);
  EXPECT_EQ(plus.ref.def->name, "+");
  ASSERT_NE(plus.ref.module, nullptr);
  EXPECT_EQ(plus.ref.module->name, "Naturals");
}

TEST(Resolve, UnknownIdentifierIsAnErrorAtItsLocation) {
  Frontend fe;
  fe.load_text("B.tla", "---- MODULE B ----\nVARIABLE x\nInit == x = y\n====\n");
  EXPECT_EQ(errors(fe), "3:13: unknown identifier 'y'\n");
}

TEST(Resolve, MissingExtendsHintsAtTheModule) {
  Frontend fe;
  fe.load_text("C.tla", "---- MODULE C ----\nVARIABLE x\nInit == x = 1 + 2\n====\n");
  ASSERT_EQ(fe.diagnostics().error_count(), 1u);
  EXPECT_NE(errors(fe).find("operator '+' is not defined (is EXTENDS Naturals or Integers missing?)"),
            std::string::npos)
      << errors(fe);
}

// The community modules import what they use by LOCAL INSTANCE, as the published ones do:
// EXTENDS SequencesExt gives ToSet but not Cardinality (FiniteSets) or \o (Sequences), which
// SANY rejects too; Bags EXTENDS TLC, so EXTENDS Bags gives :>.
// A community module passes on what it extends, not what it instantiates LOCAL-ly: since July
// 2026 SequencesExt extends Sequences and FiniteSets (SlidingPuzzles_anim relies on it), while SVG
// still instantiates FiniteSets LOCAL-ly.
TEST(Resolve, CommunityModulesExportWhatTheyExtendOnly) {
  Frontend fe;
  fe.load_text("E.tla",
               "---- MODULE E ----\nEXTENDS SequencesExt\nA == ToSet(<<1>>)\nB == Cardinality({})\nC == <<1>> \\o <<2>>\n====\n");
  EXPECT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
  Frontend svg;
  svg.load_text("S.tla", "---- MODULE S ----\nEXTENDS SVG\nA == SVGElem(\"g\", <<>>, <<>>, \"\")\nB == Cardinality({})\n====\n");
  EXPECT_NE(errors(svg).find("4:6: unknown identifier 'Cardinality'"), std::string::npos) << errors(svg);
  EXPECT_EQ(svg.diagnostics().error_count(), 1u) << errors(svg);
  Frontend bags;
  bags.load_text("F.tla", "---- MODULE F ----\nEXTENDS Bags\nA == 1 :> 2\n====\n");
  EXPECT_FALSE(bags.diagnostics().has_errors()) << errors(bags);
}

TEST(Resolve, WrongArityIsAnError) {
  Frontend fe;
  fe.load_text("D.tla", "---- MODULE D ----\nF(a, b) == a\nG == F(1)\n====\n");
  EXPECT_EQ(errors(fe), "3:6: 'F' takes 2 arguments, but 1 is given\n");
}

TEST(Resolve, DuplicateDefinitionIsAnError) {
  Frontend fe;
  fe.load_text("E.tla", "---- MODULE E ----\nF == 1\nF == 2\n====\n");
  ASSERT_TRUE(fe.diagnostics().has_errors());
  EXPECT_NE(errors(fe).find("3:1: multiple definitions of 'F'"), std::string::npos) << errors(fe);
}

TEST(Resolve, BoundNamesAndParametersGetBindingSlots) {
  Frontend fe;
  ast::Module* m = fe.load_text(
      "F.tla", "---- MODULE F ----\nEXTENDS Naturals\nP(a) == \\E x \\in {1} : \\A y \\in {x} : a + x + y > 0\n====\n");
  ASSERT_NE(m, nullptr);
  ASSERT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
  ast::Expr& ex = *find_def(*m, "P")->body;
  ASSERT_EQ(ex.kind, ast::ExprKind::Exists);
  ast::Expr& fa = *ex.args[0];
  ASSERT_EQ(fa.kind, ast::ExprKind::Forall);
  // {x} in the inner domain refers to slot 1 (a is slot 0).
  const ast::Expr& inner_dom = *fa.binders[0].domain;
  EXPECT_EQ(inner_dom.args[0]->ref.kind, ast::Ref::Kind::Bound);
  EXPECT_EQ(inner_dom.args[0]->ref.index, 1);
  // a + x + y: walk down to the names.
  const ast::Expr* gt = fa.args[0].get();
  const ast::Expr* sum = gt->args[0].get();  // (a + x) + y
  EXPECT_EQ(sum->args[1]->ref.kind, ast::Ref::Kind::Bound);
  EXPECT_EQ(sum->args[1]->ref.index, 2);
  const ast::Expr* ax = sum->args[0].get();
  EXPECT_EQ(ax->args[0]->ref.kind, ast::Ref::Kind::Parameter);
  EXPECT_EQ(ax->args[0]->ref.index, 0);
}

TEST(Resolve, LetDefinitionsRecordTheirDepth) {
  Frontend fe;
  ast::Module* m = fe.load_text(
      "G.tla", "---- MODULE G ----\nEXTENDS Naturals\nP(a) == \\E x \\in {1} : LET Q(b) == a + b + x IN Q(2)\n====\n");
  ASSERT_NE(m, nullptr);
  ASSERT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
  ast::Expr& let = *find_def(*m, "P")->body->args[0];
  ASSERT_EQ(let.kind, ast::ExprKind::Let);
  EXPECT_EQ(let.defs[0]->scope_depth, 2);
  EXPECT_EQ(let.args[0]->ref.kind, ast::Ref::Kind::Definition);
  EXPECT_EQ(let.args[0]->ref.def, let.defs[0].get());
}

TEST(Resolve, RecursiveOperatorsAndFunctionsSeeThemselves) {
  Frontend fe;
  fe.load_text("H.tla",
               "---- MODULE H ----\nEXTENDS Naturals\nRECURSIVE Fact(_)\n"
               "Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)\n"
               "f[n \\in Nat] == IF n = 0 THEN 1 ELSE n * f[n - 1]\n====\n");
  EXPECT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
}

TEST(Resolve, UseBeforeDefinitionIsAnError) {
  Frontend fe;
  fe.load_text("I.tla", "---- MODULE I ----\nA == B\nB == 1\n====\n");
  EXPECT_EQ(errors(fe), "2:6: unknown identifier 'B'\n");
}

TEST(Resolve, AtOutsideExceptIsAnError) {
  Frontend fe;
  fe.load_text("J.tla", "---- MODULE J ----\nA == @\n====\n");
  EXPECT_EQ(errors(fe), "2:6: '@' may appear only in the value of an EXCEPT clause\n");
}

TEST(Resolve, MissingModuleIsReportedWhereItIsNamed) {
  Frontend fe;
  fe.load_text("K.tla", "---- MODULE K ----\nEXTENDS NoSuchModule\n====\n");
  ASSERT_EQ(fe.diagnostics().error_count(), 1u);
  EXPECT_EQ(errors(fe).rfind("2:9: cannot find module 'NoSuchModule'", 0), 0u) << errors(fe);
}

TEST(Resolve, ModuleNameMustMatchItsFile) {
  Frontend fe;
  fe.load(TLATRACE_SOURCE_DIR "/tests/resolve/data/Misnamed.tla");
  EXPECT_NE(errors(fe).find("module name 'Other' does not match its file name 'Misnamed.tla'"), std::string::npos)
      << errors(fe);
}

TEST(Resolve, CircularExtendsIsAnError) {
  Frontend fe;
  fe.load(TLATRACE_SOURCE_DIR "/tests/resolve/data/CycleA.tla");
  EXPECT_NE(errors(fe).find("circular"), std::string::npos) << errors(fe);
}

TEST(Resolve, BooleanAndStringAreBuiltins) {
  Frontend fe;
  fe.load_text("L.tla", "---- MODULE L ----\nT == BOOLEAN \\cup STRING\n====\n");
  EXPECT_FALSE(fe.diagnostics().has_errors()) << errors(fe);
}

TEST(Resolve, HigherOrderParameterMayBePassedWithoutArguments) {
  Frontend fe;
  fe.load_text("M.tla",
               "---- MODULE M ----\nEXTENDS Naturals\nApply(F(_), x) == F(x)\nInc(n) == n + 1\n"
               "T == Apply(Inc, 1)\nU == Inc\n====\n");
  EXPECT_EQ(errors(fe), "6:6: 'Inc' takes 1 argument, but 0 are given\n");
}

}  // namespace
}  // namespace tlatrace
