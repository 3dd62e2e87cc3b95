#pragma once
// A small per-evaluator cache of values that are functions of one state: INSTANCE
// substitutions and top-level 0-arity definitions that are state-level (see level_facts.hpp).
// An entry is keyed by what was evaluated (an entity: a substitution expression or a
// definition), the instance frames it was evaluated under (a signature of their declarations)
// and the state its variables were read from. States are compared handle by handle (values are
// immutable and the cache holds references, so identical handles mean the same values); a state
// equal to a cached one but built separately is a miss, never a wrong hit.
// Set-associative: each (entity, frames) pair maps to one bucket of kWays entries, replaced
// least-recently-used, so the few states alive at once (a state, its successor, the successor's
// invariant check) all stay cached.
#include <cstdint>
#include <vector>

#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

/// Cached values of state-level expressions, one cache per Evaluator (not thread-safe).
class StateCache {
 public:
  StateCache();

  /// The cached value of `entity` under frame signature `frames` in `state`, or null. Only the
  /// variables in `read` (one bit per state index, see ExprFacts::vars_read) are compared.
  const Value* find(const void* entity, uint64_t frames, const Value* state, size_t nvars,
                    uint64_t read = ~uint64_t{0});
  /// Records the value of `entity` under `frames` in `state`.
  void store(const void* entity, uint64_t frames, const Value* state, size_t nvars, const Value& value);

  /// Lookups and hits so far (for tests and benchmarks).
  uint64_t lookups() const { return lookups_; }
  uint64_t hits() const { return hits_; }

 private:
  static constexpr size_t kBuckets = 256;
  static constexpr size_t kWays = 4;
  struct Entry {
    const void* entity = nullptr;
    uint64_t frames = 0;
    uint64_t stamp = 0;
    std::vector<Value> state;
    Value value;
  };
  static size_t bucket_of(const void* entity, uint64_t frames);

  std::vector<Entry> entries_;  // kBuckets * kWays, allocated on the first store
  uint64_t clock_ = 0;
  uint64_t lookups_ = 0, hits_ = 0;
};

}  // namespace tlatrace::eval
