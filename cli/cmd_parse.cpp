// `tlatrace parse FILE.tla... [-I DIR]... [--format text|json]`: loads, parses and resolves
// each module and everything it imports; prints a summary of each root module.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/diagnostics_output.hpp"
#include "cli/exit_codes.hpp"
#include "parser/resolve/frontend.hpp"

namespace tlatrace::cli {
namespace {

struct ParseOptions {
  std::vector<std::string> files;
  std::vector<std::string> include_dirs;
  std::string format = "text";
};

// Counts a module's own units by kind.
nlohmann::json summarize(const ast::Module& m, const resolve::ModuleSymbols* syms) {
  int defs = 0, constants = 0, variables = 0, instances = 0, assumptions = 0, theorems = 0;
  for (const auto& u : m.units) {
    if (std::holds_alternative<ast::ConstantDecl>(u)) ++constants;
    else if (std::holds_alternative<ast::VariableDecl>(u)) ++variables;
    else if (auto* d = std::get_if<std::unique_ptr<ast::OpDef>>(&u)) ((*d)->instance ? instances : defs)++;
    else if (std::holds_alternative<std::unique_ptr<ast::InstanceDecl>>(u)) ++instances;
    else if (std::holds_alternative<ast::Assumption>(u)) ++assumptions;
    else if (std::holds_alternative<ast::Theorem>(u)) ++theorems;
  }
  nlohmann::json j{{"module", m.name},
                   {"file", m.file ? m.file->path : ""},
                   {"extends", m.extends},
                   {"definitions", defs},
                   {"constants", constants},
                   {"variables", variables},
                   {"instances", instances},
                   {"assumptions", assumptions},
                   {"theorems", theorems}};
  if (syms) {
    std::vector<std::string> vars, consts;
    for (auto* v : syms->variables) vars.push_back(v->name);
    for (auto* c : syms->constants) consts.push_back(c->name);
    j["state_variables"] = vars;
    j["all_constants"] = consts;
  }
  return j;
}

int run_parse(const ParseOptions& opt) {
  Frontend fe(opt.include_dirs);
  nlohmann::json modules = nlohmann::json::array();
  for (const auto& f : opt.files) {
    ast::Module* m = fe.load(f);
    if (m) modules.push_back(summarize(*m, fe.symbols(m)));
  }
  const Diagnostics& diags = fe.diagnostics();
  bool ok = !diags.has_errors();
  if (opt.format == "json") {
    nlohmann::json out{{"result", ok ? "ok" : "error"}, {"modules", modules}, {"errors", diagnostics_json(diags)}};
    std::cout << out.dump(2) << "\n";
  } else {
    diags.print(std::cerr, use_color());
    for (const auto& j : modules) {
      std::cout << "Module " << j["module"].get<std::string>() << " (" << j["file"].get<std::string>() << "): "
                << j["definitions"] << " definitions, " << j["constants"] << " constants, " << j["variables"]
                << " variables, " << j["instances"] << " instances";
      if (!j["extends"].empty()) {
        std::cout << "; EXTENDS";
        for (const auto& e : j["extends"]) std::cout << " " << e.get<std::string>();
      }
      std::cout << "\n";
    }
    if (!ok) std::cerr << diags.error_count() << " error" << (diags.error_count() == 1 ? "" : "s") << " generated.\n";
  }
  return ok ? kHolds : kInputError;
}

}  // namespace

Runner add_parse_command(CLI::App& app) {
  auto opt = std::make_shared<ParseOptions>();
  CLI::App* sub = app.add_subcommand("parse", "Load, parse and resolve TLA+ modules and everything they import");
  sub->add_option("files", opt->files, "TLA+ module files")->required()->check(CLI::ExistingFile);
  sub->add_option("-I,--include", opt->include_dirs, "Extra directories to search for modules");
  sub->add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  return [opt] { return run_parse(*opt); };
}

}  // namespace tlatrace::cli
