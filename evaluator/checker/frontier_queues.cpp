#include "evaluator/checker/frontier_queues.hpp"

#include <algorithm>
#include <stdexcept>

namespace tlatrace::eval {

namespace {
constexpr uint64_t pack(uint64_t front, uint64_t back) { return front << 32 | back; }
constexpr uint64_t front_of(uint64_t range) { return range >> 32; }
constexpr uint64_t back_of(uint64_t range) { return range & 0xffffffffu; }
}  // namespace

void FrontierQueues::reset(size_t workers) {
  if (queues_.size() != workers) {
    queues_.clear();
    for (size_t i = 0; i < workers; ++i) queues_.push_back(std::make_unique<Queue>());
  }
  for (auto& q : queues_) {
    q->items.clear();
    q->range.store(0, std::memory_order_relaxed);
  }
}

void FrontierQueues::add(size_t owner, size_t index) { queues_[owner]->items.push_back(index); }

void FrontierQueues::start() {
  for (auto& q : queues_) {
    if (q->items.size() > 0xffffffffu) throw std::length_error("more than 2^32 states in one level of one worker");
    q->range.store(pack(0, q->items.size()), std::memory_order_release);
  }
}

std::span<const size_t> FrontierQueues::take_front(Queue& q, size_t run) {
  uint64_t r = q.range.load(std::memory_order_acquire);
  while (true) {
    const uint64_t front = front_of(r), back = back_of(r);
    if (front >= back) return {};
    const uint64_t end = std::min<uint64_t>(front + run, back);
    if (q.range.compare_exchange_weak(r, pack(end, back), std::memory_order_acq_rel))
      return {q.items.data() + front, static_cast<size_t>(end - front)};
  }
}

std::span<const size_t> FrontierQueues::take_back(Queue& q, size_t run) {
  uint64_t r = q.range.load(std::memory_order_acquire);
  while (true) {
    const uint64_t front = front_of(r), back = back_of(r);
    if (front >= back) return {};
    const uint64_t begin = back - std::min<uint64_t>(run, back - front);
    if (q.range.compare_exchange_weak(r, pack(front, begin), std::memory_order_acq_rel))
      return {q.items.data() + begin, static_cast<size_t>(back - begin)};
  }
}

std::span<const size_t> FrontierQueues::take(size_t worker, size_t run) {
  if (auto own = take_front(*queues_[worker], run); !own.empty()) return own;
  for (size_t k = 1; k < queues_.size(); ++k)
    if (auto stolen = take_back(*queues_[(worker + k) % queues_.size()], run); !stolen.empty()) return stolen;
  return {};
}

size_t FrontierQueues::remaining() const {
  size_t n = 0;
  for (const auto& q : queues_) {
    const uint64_t r = q->range.load(std::memory_order_relaxed);
    n += front_of(r) < back_of(r) ? back_of(r) - front_of(r) : 0;
  }
  return n;
}

}  // namespace tlatrace::eval
