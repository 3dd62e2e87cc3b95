#pragma once
// Runs the built `tlatrace` binary and captures its exit code, stdout and stderr.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

/// Runs `tlatrace ARGS` in tests/check/specs; ARGS is a shell word list.
inline RunResult run_tlatrace(const std::string& args) {
  static int counter = 0;
  std::string base = "/tmp/tlatrace_check_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  std::string cmd = "cd '" TLATRACE_SOURCE_DIR "/tests/check/specs' && '" TLATRACE_BINARY_DIR "/cli/tlatrace' " + args +
                    " > " + base + ".out 2> " + base + ".err";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  auto slurp = [](const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  r.out = slurp(base + ".out");
  r.err = slurp(base + ".err");
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  return r;
}

/// Number of "State N:" headers in a text counterexample.
inline int trace_length(const std::string& out) {
  int n = 0;
  for (size_t p = out.find("\nState "); p != std::string::npos; p = out.find("\nState ", p + 1)) ++n;
  return n;
}
