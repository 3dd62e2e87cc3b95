#pragma once
// The arguments an action was called with: the values of its definition's parameters in the
// frame the enumerator opened for the call (ActionTag::call), read while the sink runs.
#include <string>
#include <utility>
#include <vector>

#include "evaluator/core/evaluator.hpp"

namespace tlatrace::eval {

/// The values of `def`'s (non-operator) parameters in `call`, by name; `top` is the top of the
/// frames still live (Enumerator::context(...).top while a sink runs), above which an argument
/// is evaluated.
std::vector<std::pair<std::string, Value>> action_parameters(Evaluator& ev, const ast::OpDef& def, const Ctx& call,
                                                             Binding* top);

/// As TLC prints an action's arguments after its name (Action.getLocation): "(1,"a")", or ""
/// when the action has no arguments.
std::string tlc_argument_list(const std::vector<std::pair<std::string, Value>>& args);

}  // namespace tlatrace::eval
