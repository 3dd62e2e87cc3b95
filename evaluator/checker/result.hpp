#pragma once
// What a model-checking run found: the verdict, statistics, the counterexample or the error.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "evaluator/value/value.hpp"
#include "parser/ast/source.hpp"

namespace tlatrace::eval {

/// One state of a counterexample.
struct TraceStep {
  int step = 0;                       // 1-based
  std::string action;                 // "Initial predicate" or the action's name
  SourceRange location;               // the action's definition body (invalid for the initial state)
  std::string module;                 // module of the action
  std::vector<std::pair<std::string, Value>> state;  // variables (or ALIAS fields) in order
};

/// The outcome of a run.
struct CheckResult {
  enum class Verdict { Ok, Violation, Error, Limit };
  Verdict verdict = Verdict::Ok;
  std::string kind;     // violation: invariant | deadlock | property | postcondition | assume
  std::string name;     // the invariant / property / assumption violated
  std::string message;  // error or limit message; extra explanation of a violation
  std::vector<std::string> details;  // e.g. which abstract variables moved
  std::vector<TraceStep> trace;
  SourceRange error_range;            // run-time error location
  std::string error_state;            // the state in which the error occurred (printed)
  uint64_t generated = 0;
  uint64_t distinct = 0;
  uint64_t queue_left = 0;
  int depth = 0;
  double seconds = 0;
};

/// TLC's rendering of an action location: "line 12, col 3 to line 14, col 20 of module M".
std::string tlc_location(const SourceRange& r, const std::string& module);

}  // namespace tlatrace::eval
