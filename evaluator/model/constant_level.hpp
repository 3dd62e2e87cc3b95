#pragma once
// Constant-level definitions: those whose value cannot depend on the state.
#include <unordered_map>

#include "evaluator/core/program.hpp"

namespace tlatrace::eval {

/// True when `def` uses no VARIABLE, prime, UNCHANGED, ENABLED, instance or checker-dependent
/// native, directly or through the definitions it calls. `memo` caches answers (1 yes, 0 no).
bool definition_is_constant_level(const ast::OpDef& def, Program& p, std::unordered_map<const ast::OpDef*, int>& memo);

}  // namespace tlatrace::eval
