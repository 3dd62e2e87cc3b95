#include "refinement/depth_first.hpp"

#include <algorithm>

namespace tlatrace::refine {

DepthFirstSearch::DepthFirstSearch(StepSearch& steps, RecordReader read, size_t window_cap)
    : steps_(steps), read_(read), window_cap_(std::max<size_t>(window_cap, 1)) {}

void DepthFirstSearch::restart(std::vector<NodePtr> base) {
  base_ = std::move(base);
  stats_.max_known = std::max(stats_.max_known, base_.size());
  stack_.clear();
  open_ = 0;
  deepest_dead_ = -1;
  memo_.clear();
  push(base_);
}

void DepthFirstSearch::push(std::vector<NodePtr> alternatives) {
  if (!alternatives.empty()) ++open_;
  stack_.push_back(Frame{std::move(alternatives), 0});
}

bool DepthFirstSearch::dead(uint64_t fp, size_t level) const { return memo_.count(DeadKey{fp, level}) > 0; }

void DepthFirstSearch::bury(uint64_t fp, size_t level) {
  memo_.insert(DeadKey{fp, level});
  deepest_dead_ = std::max(deepest_dead_, static_cast<long>(level));
  ++stats_.backtracks;
}

DepthFirstSearch::Pass DepthFirstSearch::frontier_pass() {
  ++stats_.frontier_passes;
  std::vector<NodePtr> states = base_;
  for (PreparedRecord& r : window_) {
    steps_.pending().reset();
    states = steps_.step(r, states);
    if (steps_.limit()) {
      limit_record_ = &r;
      return Pass::Limit;
    }
    if (states.empty()) return Pass::Empty;  // the caller's frontier pass diagnoses it
    for (const NodePtr& n : states) steps_.prune_history(n.get());
  }
  window_.clear();
  restart(std::move(states));
  return base_.size() == 1 ? Pass::Done : Pass::Ambiguous;
}

DepthFirstSearch::Outcome DepthFirstSearch::run(std::vector<NodePtr> initial) {
  window_.clear();
  restart(std::move(initial));
  while (!stack_.empty()) {
    Frame& frame = stack_.back();
    size_t level = stack_.size() - 1;
    if (frame.next == frame.alternatives.size()) {
      // No alternative of this level reaches the end: the state below that led here is dead.
      stack_.pop_back();
      if (stack_.empty()) break;
      const Frame& below = stack_.back();
      bury(below.alternatives[below.next - 1]->fp, level - 1);
      continue;
    }
    NodePtr s = frame.alternatives[frame.next++];
    if (frame.next == frame.alternatives.size()) --open_;
    if (dead(s->fp, level)) continue;
    if (level > 0 && ((open_ == 0 && deepest_dead_ < static_cast<long>(level)) || window_[level - 1].whole_state)) {
      // No alternative is left below and no abandoned branch got this far, or the record
      // observes the whole state: s is the only state consistent with the records so far (a
      // dead branch through this record would have gone through s). It becomes the base; the
      // window empties, and so does the memo: no search goes back behind the base.
      for (size_t i = 0; i < level; ++i) window_.pop_front();
      restart({s});
      stack_.back().next = 1;
      open_ = 0;
      level = 0;
    }
    if (level == window_.size()) {  // the record after s has not been read yet
      if (window_.size() >= window_cap_) {
        Pass p = frontier_pass();
        if (p == Pass::Limit) return Outcome::Limit;
        if (p == Pass::Empty) return Outcome::Rejected;
        if (p == Pass::Ambiguous) return Outcome::Ambiguous;
        continue;
      }
      window_.emplace_back();
      if (!read_(window_.back())) {
        window_.pop_back();
        last_ = s;
        return Outcome::Accepted;
      }
      stats_.max_window = std::max(stats_.max_window, window_.size());
    }
    std::vector<NodePtr> next = steps_.step(window_[level], {s});
    if (steps_.limit()) {
      limit_record_ = &window_[level];
      return Outcome::Limit;
    }
    for (const NodePtr& n : next) steps_.prune_history(n.get());
    push(std::move(next));
  }
  return Outcome::Rejected;
}

}  // namespace tlatrace::refine
