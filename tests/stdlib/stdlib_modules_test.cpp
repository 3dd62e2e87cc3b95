// Every specs/stdlib/*.tla parses without errors and matches its table in the README:
// the exported operators (name, arity), which are native, EXTENDS and LOCAL INSTANCE.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <set>

#include "tests/stdlib/stdlib_modules.hpp"
#include "tests/stdlib/stdlib_readme.hpp"

namespace tlatrace::stdlib_test {
namespace {

const std::map<std::string, ReadmeModule>& readme() {
  static const std::map<std::string, ReadmeModule> modules = [] {
    std::vector<std::string> errors;
    auto parsed = parse_readme(read_text((std::filesystem::path(stdlib_dir()) / "README.md").string()), errors);
    for (const auto& e : errors) ADD_FAILURE() << "README.md " << e;
    return parsed;
  }();
  return modules;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string key(const std::string& name, int arity) {
  return name + "/" + std::to_string(arity);
}

TEST(StdlibReadme, ListsEveryModuleFileAndNothingElse) {
  std::set<std::string> files, listed;
  for (const auto& [stem, parsed] : parsed_stdlib()) files.insert(stem);
  for (const auto& [name, mod] : readme()) listed.insert(name);
  EXPECT_EQ(files, listed);
  // The modules tlatrace promises to provide, whatever the README says.
  for (const char* required :
       {"Naturals", "Integers", "Reals", "Sequences", "FiniteSets", "Bags", "TLC", "TLCExt",
        "Json", "IOUtils", "Randomization", "SequencesExt", "FiniteSetsExt", "Functions",
        "Folds", "VectorClocks", "BagsExt", "Bitwise", "CSV", "Combinatorics",
        "DyadicRationals", "GraphViz", "Graphs", "Relation", "Statistics", "SVG",
        "UndirectedGraphs", "TLAPS", "NaturalsInduction", "WellFoundedInduction",
        "FiniteSetTheorems", "SequenceTheorems", "FunctionTheorems", "FiniteSetsExtTheorems",
        "FoldsTheorems", "SequencesExtTheorems", "Apalache", "Variants", "Option"})
    EXPECT_TRUE(files.count(required)) << "specs/stdlib/" << required << ".tla is missing";
}

// Proof modules that, like the published ones, define no operator (theorems only).
const std::set<std::string> kTheoremOnlyModules = {"SequenceTheorems", "FunctionTheorems",
                                                   "FiniteSetsExtTheorems", "FoldsTheorems"};

TEST(StdlibReadme, TablesAreNotEmpty) {
  size_t total = 0;
  for (const auto& [name, mod] : readme()) {
    if (kTheoremOnlyModules.count(name)) {
      EXPECT_TRUE(mod.operators.empty()) << name << " is listed as theorems only";
      continue;
    }
    EXPECT_FALSE(mod.operators.empty()) << name << " has no operator rows";
    total += mod.operators.size();
  }
  EXPECT_GE(total, 170u);
}

TEST(StdlibModules, ParseWithoutErrors) {
  for (const auto& [stem, parsed] : parsed_stdlib()) {
    SCOPED_TRACE(stem);
    ASSERT_NE(parsed.file, nullptr) << "cannot read " << stem << ".tla";
    EXPECT_FALSE(parsed.diags.has_errors()) << first_error(parsed.diags);
    ASSERT_NE(parsed.module, nullptr);
    EXPECT_EQ(parsed.module->name, stem) << "module name differs from its file name";
  }
}

TEST(StdlibModules, DeclareExactlyTheOperatorsTheReadmeLists) {
  for (const auto& [stem, parsed] : parsed_stdlib()) {
    SCOPED_TRACE(stem);
    const auto it = readme().find(stem);
    if (!parsed.module || it == readme().end()) continue;  // reported by the tests above
    std::multiset<std::string> declared, listed;
    for (const auto* def : exported_defs(*parsed.module))
      declared.insert(key(canonical_name(def->name, def->params.size()),
                          static_cast<int>(def->params.size())));
    for (const auto& op : it->second.operators)
      listed.insert(key(canonical_name(op.name, op.arity), op.arity));
    std::vector<std::string> only_declared, only_listed;
    std::set_difference(declared.begin(), declared.end(), listed.begin(), listed.end(),
                        std::back_inserter(only_declared));
    std::set_difference(listed.begin(), listed.end(), declared.begin(), declared.end(),
                        std::back_inserter(only_listed));
    EXPECT_TRUE(only_declared.empty()) << "declared but not in the README: " << join(only_declared);
    EXPECT_TRUE(only_listed.empty()) << "in the README but not declared: " << join(only_listed);
    EXPECT_EQ(declared.size(), listed.size());
  }
}

TEST(StdlibModules, NativeMarkersMatchTheReadme) {
  for (const auto& [stem, parsed] : parsed_stdlib()) {
    SCOPED_TRACE(stem);
    const auto it = readme().find(stem);
    if (!parsed.module || it == readme().end()) continue;
    std::map<std::string, bool> listed;
    for (const auto& op : it->second.operators)
      listed[key(canonical_name(op.name, op.arity), op.arity)] = op.native;
    for (const auto* def : exported_defs(*parsed.module)) {
      const std::string k = key(canonical_name(def->name, def->params.size()),
                                static_cast<int>(def->params.size()));
      const auto row = listed.find(k);
      if (row == listed.end()) continue;  // reported by DeclareExactly...
      EXPECT_EQ(marked_native(*parsed.file, *def), row->second)
          << k << " at line " << def->range.line
          << ": the `\\* native` comment and the README's Body column disagree";
    }
  }
}

TEST(StdlibModules, ExtendsAndLocalInstancesMatchTheReadme) {
  for (const auto& [stem, parsed] : parsed_stdlib()) {
    SCOPED_TRACE(stem);
    const auto it = readme().find(stem);
    if (!parsed.module || it == readme().end()) continue;
    EXPECT_EQ(parsed.module->extends, it->second.extends);
    EXPECT_EQ(local_instances(*parsed.module), it->second.local_instances);
  }
}

TEST(StdlibModules, EveryDefinitionHasABodyAndNoStateIsDeclared) {
  for (const auto& [stem, parsed] : parsed_stdlib()) {
    SCOPED_TRACE(stem);
    if (!parsed.module) continue;
    for (const auto& unit : parsed.module->units) {
      EXPECT_FALSE(std::holds_alternative<ast::ConstantDecl>(unit)) << "declares a CONSTANT";
      EXPECT_FALSE(std::holds_alternative<ast::VariableDecl>(unit)) << "declares a VARIABLE";
      if (const auto* def = std::get_if<std::unique_ptr<ast::OpDef>>(&unit)) {
        EXPECT_NE((*def)->body, nullptr) << (*def)->name << " has no body";
      }
    }
  }
}

TEST(StdlibModules, ExtendedAndInstancedModulesAreAllProvided) {
  for (const auto& [stem, parsed] : parsed_stdlib()) {
    SCOPED_TRACE(stem);
    if (!parsed.module) continue;
    for (const auto& name : parsed.module->extends)
      EXPECT_TRUE(parsed_stdlib().count(name)) << "EXTENDS " << name << " is not provided";
    for (const auto& name : local_instances(*parsed.module))
      EXPECT_TRUE(parsed_stdlib().count(name)) << "INSTANCE " << name << " is not provided";
  }
}

}  // namespace
}  // namespace tlatrace::stdlib_test
