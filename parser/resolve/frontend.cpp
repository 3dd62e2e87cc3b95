#include "parser/resolve/frontend.hpp"

namespace tlatrace {

Frontend::Frontend(std::vector<std::string> include_dirs)
    : loader_(sources_, diags_, std::move(include_dirs)), resolver_(loader_, diags_) {}

ast::Module* Frontend::load(const std::string& path) {
  ast::Module* m = loader_.load_file(path);
  if (m) resolver_.resolve(*m);
  return m;
}

ast::Module* Frontend::load_text(const std::string& virtual_path, std::string text) {
  ast::Module* m = loader_.load_text(virtual_path, std::move(text));
  if (m) resolver_.resolve(*m);
  return m;
}

}  // namespace tlatrace
