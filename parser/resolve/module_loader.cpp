#include "parser/resolve/module_loader.hpp"

#include <filesystem>

#include "parser/syntax/parse.hpp"

namespace tlatrace::resolve {
namespace fs = std::filesystem;

ModuleLoader::ModuleLoader(SourceManager& sources, Diagnostics& diags, std::vector<std::string> include_dirs)
    : sources_(sources), diags_(diags), dirs_(std::move(include_dirs)) {}

// Parses the module in `file`, and any further modules that follow its footer in the same
// file (as SANY reads them); returns the first.
ast::Module* ModuleLoader::parse(const SourceFile* file) {
  std::unique_ptr<ast::Module> m = syntax::parse_module(*file, diags_);
  if (!m) return nullptr;
  ast::Module* first = m.get();
  const SourceFile* rest = file;
  while (m) {
    uint32_t end_line = m->range.end_line;
    owned_.push_back(std::move(m));
    register_module(owned_.back().get());
    // The text after the footer, at its own lines and columns: everything before is blanked.
    if (end_line == 0 || end_line >= rest->line_count()) break;
    std::string tail = rest->text;
    for (size_t i = 0; i < rest->line_starts[end_line]; ++i)
      if (tail[i] != '\n') tail[i] = ' ';
    if (tail.find("MODULE", rest->line_starts[end_line]) == std::string::npos) break;
    rest = sources_.add(file->path, std::move(tail));
    m = syntax::parse_module(*rest, diags_);
  }
  return first;
}

// Records a module and the modules nested in it under their names.
void ModuleLoader::register_module(ast::Module* m) {
  m->file = m->file ? m->file : m->range.file;
  if (!by_name_.count(m->name)) by_name_[m->name] = m;
  order_.push_back(m);
  for (auto& u : m->units)
    if (auto* nested = std::get_if<std::unique_ptr<ast::Module>>(&u)) register_module(nested->get());
}

ast::Module* ModuleLoader::load_file(const std::string& path) {
  const SourceFile* file = sources_.load(path);
  if (!file) {
    diags_.error({}, "cannot read file '" + path + "'");
    return nullptr;
  }
  std::string dir = fs::path(path).parent_path().string();
  dirs_.insert(dirs_.begin(), dir.empty() ? "." : dir);
  ast::Module* m = parse(file);
  if (!m) return nullptr;
  std::string stem = fs::path(path).stem().string();
  if (m->name != stem)
    diags_.error(m->name_range, "module name '" + m->name + "' does not match its file name '" +
                                    fs::path(path).filename().string() + "'");
  return m;
}

ast::Module* ModuleLoader::load_text(const std::string& virtual_path, std::string text) {
  // Modules it imports are looked for beside it, as for a file on disk.
  std::string dir = fs::path(virtual_path).parent_path().string();
  std::error_code ec;
  if (!dir.empty() && fs::is_directory(dir, ec)) dirs_.insert(dirs_.begin(), dir);
  return parse(sources_.add(virtual_path, std::move(text)));
}

ast::Module* ModuleLoader::load_by_name(const std::string& name, const SourceRange& from) {
  if (auto it = by_name_.find(name); it != by_name_.end()) return it->second;
  if (missing_.count(name)) return nullptr;
  for (const auto& dir : dirs_) {
    fs::path candidate = fs::path(dir) / (name + ".tla");
    std::error_code ec;
    if (!fs::is_regular_file(candidate, ec)) continue;
    const SourceFile* file = sources_.load(candidate.string());
    if (!file) continue;
    ast::Module* m = parse(file);
    if (!m) {
      missing_.insert(name);
      return nullptr;
    }
    if (m->name != name) {
      diags_.error(m->name_range, "module name '" + m->name + "' does not match its file name '" +
                                      candidate.filename().string() + "'");
      missing_.insert(name);
      return nullptr;
    }
    return m;
  }
  const auto& builtin = embedded_modules();
  if (auto it = builtin.find(name); it != builtin.end()) {
    ast::Module* m = parse(sources_.add("<builtin>/" + name + ".tla", std::string(it->second)));
    if (m) return m;
  }
  missing_.insert(name);
  diags_.error(from, "cannot find module '" + name + "' (looked beside the spec, on -I paths and among the standard modules)");
  return nullptr;
}

}  // namespace tlatrace::resolve
