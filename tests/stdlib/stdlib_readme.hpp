#pragma once
// Reads the operator tables of specs/stdlib/README.md, the declared interface of tlatrace's
// standard and community modules, so that tests can compare it with the parsed modules.
#include <map>
#include <string>
#include <vector>

namespace tlatrace::stdlib_test {

/// One row of a module's table: `| `name` | arity | `written` | native / TLA+ |`.
struct ReadmeOperator {
  std::string name;
  int arity = 0;
  bool native = false;
  int line = 0;  // line in the README, for failure messages
};

/// One `### Module` section of the README.
struct ReadmeModule {
  std::string name;
  std::vector<std::string> extends;          // from the `EXTENDS: ...;` line
  std::vector<std::string> local_instances;  // from `LOCAL INSTANCE: ...`
  std::vector<ReadmeOperator> operators;
};

/// Parses the README text. Malformed rows are reported in `errors` ("line N: ...").
std::map<std::string, ReadmeModule> parse_readme(const std::string& text,
                                                 std::vector<std::string>& errors);

/// The repository's specs/stdlib directory.
std::string stdlib_dir();

/// The whole content of a file; throws std::runtime_error when it cannot be read.
std::string read_text(const std::string& path);

}  // namespace tlatrace::stdlib_test
