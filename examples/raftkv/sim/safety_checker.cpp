#include "examples/raftkv/sim/safety_checker.hpp"

namespace raftkv {

std::vector<std::string> SafetyChecker::check(const NodeId& node, const PersistentState& state,
                                              std::int64_t step) {
  std::vector<std::string> found;
  const auto length = static_cast<Index>(state.log.size());
  if (state.commit_index > length) {
    found.push_back("step " + std::to_string(step) + ": " + node + " lost committed entries: commit index " +
                    std::to_string(state.commit_index) + " but log length " + std::to_string(length));
  }
  for (Index i = 1; i <= std::min(state.commit_index, length); ++i) {
    const Entry& entry = state.log[static_cast<std::size_t>(i - 1)];
    auto [it, inserted] = committed_.emplace(i, entry);
    if (inserted) {
      committed_by_[i] = node;
    } else if (!(it->second == entry)) {
      found.push_back("step " + std::to_string(step) + ": " + node + " committed index " + std::to_string(i) +
                      " as (term " + std::to_string(entry.term) + ", \"" + entry.value + "\") but " +
                      committed_by_[i] + " committed (term " + std::to_string(it->second.term) + ", \"" +
                      it->second.value + "\")");
    }
  }
  violations_.insert(violations_.end(), found.begin(), found.end());
  return found;
}

}  // namespace raftkv
