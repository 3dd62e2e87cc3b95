// Every specs/stdlib module loads through the front end and resolves without errors: each
// name it uses is defined in it or in a module it EXTENDS or INSTANCEs. A spec extending
// all of them at once resolves too (no two modules clash on a name).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "parser/resolve/frontend.hpp"
#include "tests/stdlib/stdlib_readme.hpp"

namespace tlatrace::stdlib_test {
namespace {

std::string all_diagnostics(const Diagnostics& diags) {
  std::ostringstream out;
  diags.print(out);
  return out.str();
}

std::vector<std::string> module_stems() {
  std::vector<std::string> stems;
  for (const auto& entry : std::filesystem::directory_iterator(stdlib_dir()))
    if (entry.path().extension() == ".tla") stems.push_back(entry.path().stem().string());
  std::sort(stems.begin(), stems.end());
  return stems;
}

TEST(StdlibResolve, EveryModuleResolvesOnItsOwn) {
  const auto stems = module_stems();
  ASSERT_GE(stems.size(), 16u);
  for (const auto& stem : stems) {
    SCOPED_TRACE(stem);
    Frontend fe({stdlib_dir()});
    const ast::Module* m = fe.load((std::filesystem::path(stdlib_dir()) / (stem + ".tla")).string());
    ASSERT_NE(m, nullptr) << all_diagnostics(fe.diagnostics());
    EXPECT_EQ(m->name, stem);
    EXPECT_FALSE(fe.diagnostics().has_errors()) << all_diagnostics(fe.diagnostics());
  }
}

// Modules that define some of the same names as another module, as the published ones
// do (UndirectedGraphs and Graphs both define Path, SimplePath, ...): left out below.
const std::vector<std::string> kClashingModules = {"UndirectedGraphs"};

TEST(StdlibResolve, ASpecExtendingEveryModuleResolves) {
  std::string extends;
  for (const auto& stem : module_stems()) {
    if (std::find(kClashingModules.begin(), kClashingModules.end(), stem) !=
        kClashingModules.end())
      continue;
    extends += (extends.empty() ? "" : ", ") + stem;
  }
  // Uses operators of several modules, with operator arguments of the documented arity.
  const std::string text =
      "---- MODULE UsesAll ----\n"
      "EXTENDS " + extends + "\n"
      "A == SortSeq(<<3, 1, 2>>, LAMBDA x, y : x < y)\n"
      "B == FoldLeft(LAMBDA acc, x : acc + x, 0, <<1, 2>>) + SumSet(1 .. 3)\n"
      "C == BagToSet(SetToBag({1}) (+) SetToBag({2})) \\cup ToSet(Reverse(<<4>>))\n"
      "D == MapThenFoldSet(LAMBDA x, y : x + y, 0, LAMBDA x : -x, LAMBDA S : Min(S), {1})\n"
      "E == (1 :> 2) @@ (2 :> 3)\n"
      "F == ((6 & 3) | (1 ^^ 2)) + ApaFoldSet(LAMBDA a, b : a + b, 0, {1, 2})\n"
      "G == OptionGetOrElse(Some(1), 0) + Len(MkSeq(2, LAMBDA i : i)) + SumBag(BagAdd(EmptyBag, 1))\n"
      "H == IsDag(EmptyGraph) /\\ IsTransitive([x, y \\in {1} |-> TRUE], {1})\n"
      "====\n";
  Frontend fe({stdlib_dir()});
  const ast::Module* m = fe.load_text("UsesAll.tla", text);
  ASSERT_NE(m, nullptr) << all_diagnostics(fe.diagnostics());
  EXPECT_FALSE(fe.diagnostics().has_errors()) << all_diagnostics(fe.diagnostics());
}

TEST(StdlibResolve, AnUnknownNameInASpecIsReported) {
  // The check above can fail: a name no module defines is an error.
  Frontend fe({stdlib_dir()});
  fe.load_text("UsesMissing.tla",
               "---- MODULE UsesMissing ----\nEXTENDS SequencesExt\nA == NoSuchOperator(<<1>>)\n====\n");
  EXPECT_TRUE(fe.diagnostics().has_errors());
  EXPECT_NE(all_diagnostics(fe.diagnostics()).find("NoSuchOperator"), std::string::npos);
}

}  // namespace
}  // namespace tlatrace::stdlib_test
