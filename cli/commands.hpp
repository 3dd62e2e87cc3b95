#pragma once
// Each subcommand registers itself on the application and returns the function that runs it.
#include <CLI/CLI.hpp>
#include <functional>

namespace tlatrace::cli {

using Runner = std::function<int()>;

/// `tlatrace parse`: load, parse and resolve modules.
Runner add_parse_command(CLI::App& app);
/// `tlatrace check`: explicit-state model checking of a spec with its TLC cfg.
Runner add_check_command(CLI::App& app);
/// `tlatrace merge`: merge per-node logs by their clocks.
Runner add_merge_command(CLI::App& app);
/// `tlatrace validate`: check that a recorded trace is a behavior of a spec.
Runner add_validate_command(CLI::App& app);
/// `tlatrace explain`: a check/validate JSON report's counterexample, step by step.
Runner add_explain_command(CLI::App& app);

}  // namespace tlatrace::cli
