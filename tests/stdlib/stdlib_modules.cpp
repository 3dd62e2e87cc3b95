#include "tests/stdlib/stdlib_modules.hpp"

#include <algorithm>
#include <filesystem>

#include "parser/syntax/parse.hpp"
#include "tests/stdlib/stdlib_readme.hpp"

namespace tlatrace::stdlib_test {
namespace {

// parse_module may hand back an owning pointer or a value; keep what it returns alive.
struct Store {
  SourceManager sources;
  std::vector<std::shared_ptr<void>> keep_alive;
  std::map<std::string, ParsedStdlibModule> modules;
};

template <class Result>
const ast::Module* hold(Store& store, Result result) {
  if constexpr (std::is_same_v<std::decay_t<Result>, ast::Module>) {
    auto owned = std::make_shared<ast::Module>(std::move(result));
    store.keep_alive.push_back(owned);
    return owned.get();
  } else {
    if (!result) return nullptr;
    auto owned = std::make_shared<std::decay_t<Result>>(std::move(result));
    store.keep_alive.push_back(owned);
    return &**owned;
  }
}

Store& load_all() {
  static Store store = [] {
    Store s;
    for (const auto& entry : std::filesystem::directory_iterator(stdlib_dir())) {
      if (entry.path().extension() != ".tla") continue;
      const std::string stem = entry.path().stem().string();
      ParsedStdlibModule& parsed = s.modules[stem];
      parsed.stem = stem;
      parsed.file = s.sources.load(entry.path().string());
      if (!parsed.file) continue;
      parsed.module = hold(s, syntax::parse_module(*parsed.file, parsed.diags));
    }
    return s;
  }();
  return store;
}

}  // namespace

const std::map<std::string, ParsedStdlibModule>& parsed_stdlib() { return load_all().modules; }

std::vector<const ast::OpDef*> exported_defs(const ast::Module& m) {
  std::vector<const ast::OpDef*> out;
  for (const auto& unit : m.units)
    if (const auto* def = std::get_if<std::unique_ptr<ast::OpDef>>(&unit))
      if (!(*def)->local && !(*def)->instance) out.push_back(def->get());
  return out;
}

std::vector<std::string> local_instances(const ast::Module& m) {
  std::vector<std::string> out;
  for (const auto& unit : m.units)
    if (const auto* inst = std::get_if<std::unique_ptr<ast::InstanceDecl>>(&unit))
      if ((*inst)->local) out.push_back((*inst)->module_name);
  return out;
}

std::string canonical_name(const std::string& name, size_t arity) {
  static const std::map<std::string, std::string> synonyms = {
      {"(+)", "\\oplus"}, {"\u2295", "\\oplus"}, {"(-)", "\\ominus"}, {"\u2296", "\\ominus"},
      {"<=", "\\leq"},    {"=<", "\\leq"},       {"\u2264", "\\leq"}, {">=", "\\geq"},
      {"\u2265", "\\geq"}, {"\\circ", "\\o"},    {"\u2291", "\\sqsubseteq"},
      {"\u2025", ".."}};
  if (arity == 1 && (name == "-" || name == "-.")) return "-.";
  const auto it = synonyms.find(name);
  return it == synonyms.end() ? name : it->second;
}

std::string first_error(const Diagnostics& diags) {
  for (const auto& d : diags.all())
    if (d.severity == Severity::Error) return render_diagnostic(d);
  return "";
}

}  // namespace tlatrace::stdlib_test
