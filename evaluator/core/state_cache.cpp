#include "evaluator/core/state_cache.hpp"

namespace tlatrace::eval {

namespace {
bool same_state(const std::vector<Value>& key, const Value* state, size_t nvars, uint64_t read) {
  if (key.size() != nvars) return false;
  for (size_t i = 0; i < nvars; ++i)
    if ((i >= 64 || (read >> i & 1)) && !key[i].identical(state[i])) return false;
  return true;
}
}  // namespace

StateCache::StateCache() = default;

size_t StateCache::bucket_of(const void* entity, uint64_t frames) {
  uint64_t h = (reinterpret_cast<uintptr_t>(entity) >> 3) ^ (frames * 0x9E3779B97F4A7C15ULL);
  h *= 0xff51afd7ed558ccdULL;
  return static_cast<size_t>(h >> 40) & (kBuckets - 1);
}

const Value* StateCache::find(const void* entity, uint64_t frames, const Value* state, size_t nvars, uint64_t read) {
  ++lookups_;
  if (entries_.empty()) return nullptr;
  Entry* ways = &entries_[bucket_of(entity, frames) * kWays];
  for (size_t w = 0; w < kWays; ++w) {
    Entry& e = ways[w];
    if (e.entity == entity && e.frames == frames && same_state(e.state, state, nvars, read)) {
      e.stamp = ++clock_;
      ++hits_;
      return &e.value;
    }
  }
  return nullptr;
}

void StateCache::store(const void* entity, uint64_t frames, const Value* state, size_t nvars, const Value& value) {
  if (entries_.empty()) entries_.resize(kBuckets * kWays);
  Entry* ways = &entries_[bucket_of(entity, frames) * kWays];
  Entry* victim = &ways[0];
  for (size_t w = 1; w < kWays; ++w)
    if (ways[w].stamp < victim->stamp) victim = &ways[w];
  victim->entity = entity;
  victim->frames = frames;
  victim->stamp = ++clock_;
  victim->state.assign(state, state + nvars);
  victim->value = value;
}

}  // namespace tlatrace::eval
