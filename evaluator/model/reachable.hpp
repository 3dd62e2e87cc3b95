#pragma once
// The definitions a model can evaluate: those its entry expressions (Init, Next, invariants,
// properties, ASSUMEs, ...) use, directly or through other definitions, cfg overrides and
// instance substitutions. Only these are worth evaluating ahead of the search (TLC's lazy
// values make an unused `{B \in [1..4 -> 1..40] : P(B)}` free; building it is not).
#include <unordered_set>
#include <vector>

#include "evaluator/core/program.hpp"

namespace tlatrace::eval {

/// Every definition reachable from `roots`.
std::unordered_set<const ast::OpDef*> reachable_definitions(const std::vector<const ast::Expr*>& roots,
                                                            const Program& program);

}  // namespace tlatrace::eval
