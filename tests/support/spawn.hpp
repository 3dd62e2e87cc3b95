#pragma once
// Starting a program directly (no shell) with its stdout and stderr sent to a file, for
// end-to-end tests that run several processes at once.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

namespace tlatrace::testing {

/// Starts args[0] with arguments args[1..]; stdout and stderr go to out_path. Returns the pid.
inline pid_t spawn(const std::vector<std::string>& args, const std::string& out_path) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    if (!freopen(out_path.c_str(), "w", stdout)) _exit(126);
    ::dup2(fileno(stdout), 2);  // stderr too
    ::execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

/// Waits for a spawned process; its exit code, or -1 when it did not exit normally.
inline int wait_exit(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace tlatrace::testing
