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
  std::string arguments;              // TLC's list of the action's arguments, "(1,2)", or ""
  SourceRange location;               // where TLC's split of Next ends (invalid for the initial state)
  std::string module;                 // module of the action
  std::vector<std::pair<std::string, Value>> state;  // variables (or ALIAS fields) in order
};

/// Why a conjunct is false: where it is, its source text, the values of its sub-expressions.
struct ConjunctExplanation {
  SourceRange range;
  std::string module;                                        // module of `range`
  std::string text;                                          // its source text
  std::vector<std::pair<std::string, std::string>> values;  // sub-expression text -> printed value
  std::vector<std::string> witnesses;  // a false \E: its first witnesses, each with its first false conjunct
};

/// One action of an abstract next-state relation, tried on the step that violates a refinement.
struct AbstractActionTry {
  std::string action;     // the action's name (or the relation's source text when it has no actions)
  std::string arguments;  // the instance shown: "n = n2" (may be empty)
  SourceRange location;   // the action's definition
  std::string module;     // module of the action
  bool holds = false;     // some instance of the action holds on the step
  std::optional<ConjunctExplanation> false_conjunct;  // when false: the first false conjunct
};

/// The explanation of a step that violates a refinement property [][A]_v (filled by
/// refinement/refinement_step.hpp, not by the checker).
struct RefinementStep {
  int step = 0;                 // the violating step's number (the state it reaches, 1-based)
  std::string action;           // the concrete action taken
  std::string property;         // the violated property, as named in the cfg
  std::vector<std::string> via; // the definitions entered to reach [A]_v, after the property (e.g. "RM!Spec")
  std::string abstract_module;  // the module of the abstract spec (empty: the spec itself)
  std::string relation;         // the abstract [A]_v, as written
  std::vector<std::pair<std::string, Value>> before, after;  // abstract variables at steps n-1 and n
  std::vector<std::string> changed;                          // abstract variables that changed
  std::vector<AbstractActionTry> tried;                      // each action of A
  std::string note;  // why part of the explanation is missing (e.g. an ALIAS hides the variables)
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
  std::optional<RefinementStep> refinement;  // a refinement violation's explanation
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

/// The module a source range lies in, named as TLC names it: its file name without directory
/// and ".tla"; "" for an invalid range.
std::string module_of(const SourceRange& r);

}  // namespace tlatrace::eval
