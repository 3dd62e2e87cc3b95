#include "cli/property_option.hpp"

#include <string>

#include "evaluator/natives/system_properties.hpp"

namespace tlatrace::cli {

void add_property_option(CLI::App* sub) {
  auto form = CLI::Validator(
      [](std::string& text) -> std::string {
        size_t eq = text.find('=');
        if (eq == std::string::npos || eq == 0) return "expected KEY=VALUE, got '" + text + "'";
        return {};
      },
      "KEY=VALUE");
  sub->add_option_function<std::vector<std::string>>(
         "-D",
         [](const std::vector<std::string>& items) {
           for (const auto& item : items) {
             size_t eq = item.find('=');
             eval::set_system_property(item.substr(0, eq), item.substr(eq + 1));
           }
         },
         "Set a TLC system property, read by TLCGet(\"-DKEY\") (as java -DKEY=VALUE for TLC)")
      ->check(form)
      ->allow_extra_args(false);
}

}  // namespace tlatrace::cli
