#pragma once
// A trace record prepared for matching: its observed variables resolved to spec variable
// indices (bad values and unknown names are input errors at file:line:col), and the tests a
// spec step must pass to match it: observed values, action hint, parameters.
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "evaluator/action/enumerator.hpp"
#include "parser/ast/source.hpp"
#include "refinement/action_walk.hpp"
#include "refinement/result.hpp"
#include "trace/trace.hpp"

namespace tlatrace::refine {

/// A record with its observed variables by spec variable index.
struct ObservedRecord {
  const trace::TraceRecord* rec = nullptr;
  std::vector<std::pair<int, const nlohmann::json*>> observed;  // (variable index, value)
};

/// Prepares `rec`. `var_names` are the spec's variables; unless `allow_unknown` (--match), a
/// key naming no variable is an input error. Values no TLA+ value can equal (1.5, integers
/// outside 64 bits) are input errors. Throws InputError pointing at the key.
ObservedRecord prepare_record(const trace::TraceRecord& rec, const std::vector<std::string>& var_names,
                              bool allow_unknown, SourceManager& sm);

/// True when `r` observes every one of the `nvars` variables in full (no #partial): at most
/// one spec state matches it.
bool observes_whole_state(const ObservedRecord& r, size_t nvars);

/// True when every observed variable of `r` equals its value in `state`.
bool observed_match(const ObservedRecord& r, const eval::Value* state);

/// The observed variables that differ from `state`, value against value.
std::vector<VariableDifference> observed_differences(const ObservedRecord& r, const eval::Value* state,
                                                     const std::vector<std::string>& var_names);

/// The arguments of the action that produced a successor: its parameters, then the \E-bound
/// names around it (read while the successor sink runs).
BoundValues step_arguments(eval::Evaluator& ev, const eval::ActionTag& tag, eval::Binding* top);

/// True when the record's "params" (by name or by position) agree with `args` of action `def`;
/// otherwise `why` (if given) says which parameter differs.
bool params_match(const nlohmann::json& params, const ast::OpDef* def, const BoundValues& args, std::string* why);

/// "k = \"k1\", v = 2".
std::string describe_arguments(const BoundValues& args);

}  // namespace tlatrace::refine
