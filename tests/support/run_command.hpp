#pragma once
// Runs a command for end-to-end tests and captures its exit code, stdout and stderr.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace tlatrace::testing {

/// What a finished command left behind.
struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};

/// Runs `command` through the shell; stdout and stderr are captured through temporary files.
inline CommandResult run_command(const std::string& command) {
  char out_name[] = "/tmp/tlatrace-test-out-XXXXXX";
  char err_name[] = "/tmp/tlatrace-test-err-XXXXXX";
  int out_fd = mkstemp(out_name);
  int err_fd = mkstemp(err_name);
  close(out_fd);
  close(err_fd);
  std::string full = command + " >" + out_name + " 2>" + err_name + " </dev/null";
  int status = std::system(full.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  auto slurp = [](const char* path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  r.out = slurp(out_name);
  r.err = slurp(err_name);
  unlink(out_name);
  unlink(err_name);
  return r;
}

/// The tlatrace binary of this build.
inline std::string tlatrace_binary() { return TLATRACE_BINARY_DIR "/cli/tlatrace"; }

/// A path inside the repository.
inline std::string repo_path(const std::string& rel) {
  std::string path = TLATRACE_SOURCE_DIR;  // appended in place (see tests/syntax/module_shapes_test.cpp)
  return path.append("/").append(rel);
}

}  // namespace tlatrace::testing
