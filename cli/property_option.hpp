#pragma once
// `-D key=value`: sets a TLC system property (read by TLCGet("-Dkey")), as `java -Dkey=value`
// does for TLC. Repeatable; applied while the command line is parsed.
#include <CLI/CLI.hpp>

namespace tlatrace::cli {

/// Registers -D on a subcommand that evaluates a spec.
void add_property_option(CLI::App* sub);

}  // namespace tlatrace::cli
