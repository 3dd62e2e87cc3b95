#pragma once
// Helpers for the end-to-end tests of `tlatrace validate` on tests/validate/specs/KV.tla.
#include <nlohmann/json.hpp>
#include <string>

#include "tests/support/run_command.hpp"

namespace tlatrace::testing {

/// Runs `tlatrace validate KV.tla --trace traces/<trace> <extra>` (config KV.cfg unless given).
inline CommandResult validate_kv(const std::string& trace, const std::string& extra = "") {
  std::string dir = repo_path("tests/validate/");
  return run_command(tlatrace_binary() + " validate " + dir + "specs/KV.tla --trace " + dir + "traces/" + trace + " " +
                     extra);
}

/// Same with --format json; the parsed report (null when stdout is not JSON).
inline nlohmann::json validate_kv_json(const std::string& trace, int* exit_code, const std::string& extra = "") {
  CommandResult r = validate_kv(trace, "--format json " + extra);
  *exit_code = r.exit_code;
  return nlohmann::json::parse(r.out, nullptr, false);
}

/// The diagnosis entry of action `name` from the first diagnosed state (null when absent).
inline nlohmann::json action_diagnosis(const nlohmann::json& report, const std::string& name) {
  for (const auto& a : report["violation"]["diagnosis"][0]["actions"])
    if (a["action"] == name) return a;
  return nullptr;
}

}  // namespace tlatrace::testing
