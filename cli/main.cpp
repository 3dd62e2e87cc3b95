// The tlatrace command line: one subcommand per task, shared exit codes (cli/exit_codes.hpp).
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

int main(int argc, char** argv) {
  using namespace tlatrace::cli;
  CLI::App app{"tlatrace: check that real systems do what their TLA+ specifications say"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "tlatrace 0.1.0");
  std::map<CLI::App*, Runner> runners;
  auto add = [&](Runner r) { runners[app.get_subcommands({}).back()] = std::move(r); };
  add(add_parse_command(app));
  add(add_check_command(app));
  add(add_merge_command(app));
  add(add_validate_command(app));
  add(add_explain_command(app));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kHolds : kInputError;
  }
  try {
    for (auto& [sub, run] : runners)
      if (sub->parsed()) return run();
  } catch (const std::bad_alloc&) {
    std::cerr << "tlatrace: error: out of memory\n";
    return kInternal;
  } catch (const std::exception& e) {
    std::cerr << "tlatrace: internal error: " << e.what() << "\n";
    return kInternal;
  }
  return kInputError;
}
