// Spot checks of the modules' interface that do not rely on the README: the operators TLC
// and the community modules export, with their arities, fixities and the arities of their
// operator parameters (so a spec calling SortSeq(s, LAMBDA a, b : a < b) resolves).
#include <gtest/gtest.h>

#include "tests/stdlib/stdlib_modules.hpp"

namespace tlatrace::stdlib_test {
namespace {

const ast::OpDef* find_def(const std::string& module, const std::string& name, size_t arity) {
  const auto it = parsed_stdlib().find(module);
  if (it == parsed_stdlib().end() || !it->second.module) return nullptr;
  for (const auto* def : exported_defs(*it->second.module))
    if (def->params.size() == arity && canonical_name(def->name, arity) == name) return def;
  return nullptr;
}

struct Expected {
  const char* module;
  const char* name;
  std::vector<int> param_arities;  // one entry per parameter; > 0 for an operator parameter
};

TEST(StdlibSignatures, OperatorsHaveTheDocumentedParameters) {
  const std::vector<Expected> expected = {
      {"Naturals", "Nat", {}},
      {"Integers", "Int", {}},
      {"Reals", "Real", {}},
      {"Reals", "Infinity", {}},
      {"Sequences", "Seq", {0}},
      {"Sequences", "SubSeq", {0, 0, 0}},
      {"Sequences", "SelectSeq", {0, 1}},
      {"FiniteSets", "Cardinality", {0}},
      {"FiniteSets", "IsFiniteSet", {0}},
      {"Bags", "BagOfAll", {1, 0}},
      {"Bags", "CopiesIn", {0, 0}},
      {"Bags", "EmptyBag", {}},
      {"TLC", "Print", {0, 0}},
      {"TLC", "Assert", {0, 0}},
      {"TLC", "JavaTime", {}},
      {"TLC", "SortSeq", {0, 2}},
      {"TLC", "Any", {}},
      {"TLCExt", "AssertEq", {0, 0}},
      {"TLCExt", "Trace", {}},
      {"TLCExt", "TLCGetAndSet", {0, 2, 0, 0}},
      {"Randomization", "RandomSetOfSubsets", {0, 0, 0}},
      {"Json", "ndJsonDeserialize", {0}},
      {"IOUtils", "IOEnv", {}},
      {"IOUtils", "IOExecTemplate", {0, 0}},
      {"Folds", "MapThenFoldSet", {2, 0, 1, 1, 0}},
      {"Functions", "FoldFunctionOnSet", {2, 0, 0, 0}},
      {"Functions", "Pointwise", {0, 0, 2}},
      {"FiniteSetsExt", "FoldSet", {2, 0, 0}},
      {"FiniteSetsExt", "ReduceSet", {2, 0, 0}},
      {"FiniteSetsExt", "MapThenSumSet", {1, 0}},
      {"SequencesExt", "FoldLeft", {2, 0, 0}},
      {"SequencesExt", "FoldRight", {2, 0, 0}},
      {"SequencesExt", "SelectInSubSeq", {0, 0, 0, 1}},
      {"SequencesExt", "ReplaceSubSeqAt", {0, 0, 0, 0}},
      {"SequencesExt", "SetToSortSeq", {0, 2}},
      {"VectorClocks", "CausalOrder", {0, 1, 1, 1}},
      {"VectorClocks", "IsCausalOrder", {0, 1}},
      {"BagsExt", "MapThenFoldBag", {2, 0, 1, 1, 0}},
      {"Relation", "IsTransitiveUnder", {2, 0}},
      {"Graphs", "AreConnectedIn", {0, 0, 0}},
      {"GraphViz", "DotDiGraph", {0, 1, 1}},
      {"CSV", "CSVWrite", {0, 0, 0}},
      {"TLAPS", "SMTT", {0}},
      {"TLAPS", "EnabledWrapper", {1}},
      {"WellFoundedInduction", "OpToRel", {2, 0}},
      {"NaturalsInduction", "NatInductiveDefConclusion", {0, 0, 2}},
      {"Apalache", "ApaFoldSet", {2, 0, 0}},
      {"Apalache", "Repeat", {2, 0, 0}},
      {"Apalache", "MkSeq", {0, 1}},
      {"Option", "OptionCase", {0, 1, 1}},
  };
  for (const auto& e : expected) {
    SCOPED_TRACE(std::string(e.module) + "!" + e.name);
    const ast::OpDef* def = find_def(e.module, e.name, e.param_arities.size());
    ASSERT_NE(def, nullptr) << "not declared with " << e.param_arities.size() << " parameters";
    std::vector<int> arities;
    for (const auto& p : def->params) arities.push_back(p.arity);
    EXPECT_EQ(arities, e.param_arities);
  }
}

TEST(StdlibSignatures, InfixAndPrefixOperatorsAreDeclaredWithTheirFixity) {
  const std::vector<std::pair<const char*, const char*>> infix = {
      {"Naturals", "+"},    {"Naturals", "-"},     {"Naturals", "*"},    {"Naturals", "^"},
      {"Naturals", "<"},    {"Naturals", ">"},     {"Naturals", "\\leq"}, {"Naturals", "\\geq"},
      {"Naturals", "%"},    {"Naturals", "\\div"}, {"Naturals", ".."},   {"Reals", "/"},
      {"Sequences", "\\o"}, {"Bags", "\\oplus"},   {"Bags", "\\ominus"},
      {"Bags", "\\sqsubseteq"}, {"TLC", ":>"},    {"TLC", "@@"},
      {"Bitwise", "&"},     {"Bitwise", "|"},      {"Bitwise", "^^"},    {"Apalache", ":="}};
  for (const auto& [module, name] : infix) {
    SCOPED_TRACE(std::string(module) + "!" + name);
    const ast::OpDef* def = find_def(module, name, 2);
    ASSERT_NE(def, nullptr) << "no binary definition";
    EXPECT_EQ(def->fixity, ast::Fixity::Infix);
  }
  const ast::OpDef* minus = find_def("Integers", "-.", 1);
  ASSERT_NE(minus, nullptr) << "Integers declares no unary minus";
  EXPECT_EQ(minus->fixity, ast::Fixity::Prefix);
}

TEST(StdlibSignatures, CardinalityIsRecursive) {
  const ast::OpDef* def = find_def("FiniteSets", "Cardinality", 1);
  ASSERT_NE(def, nullptr);
  EXPECT_TRUE(def->recursive);
}

// The EXTENDS lists of TLC's StandardModules and of the CommunityModules (a module imported by
// LOCAL INSTANCE only does not pass its names on; SANY rejects a spec relying on them).
TEST(StdlibSignatures, ExtendsStructureFollowsThePublishedModules) {
  const std::map<std::string, std::vector<std::string>> extends = {
      {"Naturals", {}},
      {"Integers", {"Naturals"}},
      {"Reals", {"Integers"}},
      {"Bags", {"TLC"}},
      // The community modules extend, since July 2026, what they used to instantiate LOCAL-ly.
      {"Functions", {"Integers", "Folds"}},
      {"FiniteSetsExt", {"Integers", "FiniteSets", "Folds", "Functions"}},
      {"SequencesExt", {"Sequences", "Naturals", "FiniteSets", "FiniteSetsExt", "Folds", "Functions", "Bags", "TLC"}},
      {"VectorClocks", {"Naturals", "Sequences", "Functions"}},
      {"Graphs", {"Naturals", "Sequences", "FiniteSets", "SequencesExt", "Relation"}},
      {"Relation", {"Naturals", "FiniteSets"}},
      {"SVG", {}},
      {"WellFoundedInduction", {"NaturalsInduction"}},
      {"FiniteSetTheorems", {"FiniteSets", "Integers", "Functions", "WellFoundedInduction"}},
      {"Option", {"Apalache", "Variants"}}};
  for (const auto& [module, names] : extends) {
    SCOPED_TRACE(module);
    const auto it = parsed_stdlib().find(module);
    ASSERT_NE(it, parsed_stdlib().end());
    ASSERT_NE(it->second.module, nullptr);
    EXPECT_EQ(it->second.module->extends, names);
  }
}

}  // namespace
}  // namespace tlatrace::stdlib_test
