#pragma once
// A hint on a rejected record, from the states consistent with the records before it: the
// usual causes a user would otherwise try by hand. Does the record match after one more
// unlogged step than --max-hidden allows (a missing record)? Without its action hint (a wrong
// hint)? Does it repeat the state before it (a record logged twice)?
#include <string>
#include <vector>

#include "refinement/step_search.hpp"

namespace tlatrace::refine {

/// The hint for record `r`, that no successor of `before` matches; empty when none applies.
std::string rejection_hint(eval::Model& model, const ValidateOptions& options, const PreparedRecord& r,
                           const std::vector<NodePtr>& before);

}  // namespace tlatrace::refine
