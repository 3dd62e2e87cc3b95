#include "evaluator/value/fingerprint.hpp"

#include "evaluator/value/enumerate.hpp"
#include "evaluator/value/heap.hpp"

namespace tlatrace::eval {
namespace {

// Seeds separating the types (arbitrary odd constants; changing one changes every fingerprint).
constexpr uint64_t kSeedFalse = 0x5a1f3c7e9b2d4e61ULL;
constexpr uint64_t kSeedTrue = 0x2c6b8e0f1a3d5c97ULL;
constexpr uint64_t kSeedInt = 0x9e3779b97f4a7c15ULL;
constexpr uint64_t kSeedString = 0x7f4a7c159e3779b9ULL;
constexpr uint64_t kSeedModel = 0xd1b54a32d192ed03ULL;
constexpr uint64_t kSeedSet = 0x8cb92ba72f3d8dd7ULL;
constexpr uint64_t kSeedFcn = 0xaef17502108ef2d9ULL;
constexpr uint64_t kSeedElem = 0x6a09e667f3bcc909ULL;
constexpr uint64_t kSeedPair = 0xbb67ae8584caa73bULL;
constexpr uint64_t kSeedState = 0x3c6ef372fe94f82bULL;

uint64_t fp_int(int64_t i) { return mix64(static_cast<uint64_t>(i) ^ kSeedInt); }

uint64_t element_term(uint64_t fp) { return mix64(fp + kSeedElem); }

uint64_t pair_term(uint64_t arg_fp, uint64_t result_fp) {
  return mix64((arg_fp * 0x9fb21c651e98df25ULL) ^ mix64(result_fp + kSeedPair));
}

uint64_t finish(uint64_t seed, uint64_t count, uint64_t sum) {
  return mix64(mix64(sum ^ seed) + count * 0xff51afd7ed558ccdULL);
}

uint64_t cached(std::atomic<uint64_t>& cache, uint64_t (*compute)(const Value&),
                const Value& v) {
  uint64_t fp = cache.load(std::memory_order_relaxed);
  if (fp != 0) return fp;
  fp = compute(v);
  if (fp == 0) fp = 1;  // 0 means "not computed"
  cache.store(fp, std::memory_order_relaxed);
  return fp;
}

uint64_t compute_set(const Value& v) {
  const auto& elems = v.as_set_obj().elems();
  uint64_t sum = 0;
  for (const Value& e : elems) sum += element_term(fingerprint(e));
  return finish(kSeedSet, elems.size(), sum);
}

uint64_t compute_fcn(const Value& v) {
  const FcnObj& f = v.as_fcn_obj();
  uint64_t sum = 0;
  for (size_t i = 0; i < f.size(); ++i) {
    uint64_t arg = f.seq() ? fp_int(static_cast<int64_t>(i) + 1) : fingerprint(f.dom()[i]);
    sum += pair_term(arg, fingerprint(f.rng()[i]));
  }
  return finish(kSeedFcn, f.size(), sum);
}

/// The inverse of mix64 (atom.hpp).
uint64_t unmix64(uint64_t x) {
  x ^= (x >> 31) ^ (x >> 62);
  x *= 0x319642b2d24d8ec3ULL;
  x ^= (x >> 27) ^ (x >> 54);
  x *= 0x96de1b173f119089ULL;
  x ^= (x >> 30) ^ (x >> 60);
  return x;
}

/// The sum `finish(seed, count, sum)` was computed from.
uint64_t unfinish(uint64_t seed, uint64_t count, uint64_t fp) {
  return unmix64(unmix64(fp) - count * 0xff51afd7ed558ccdULL) ^ seed;
}

uint64_t store(std::atomic<uint64_t>& cache, uint64_t fp) {
  if (fp == 0) fp = 1;  // as cached()
  cache.store(fp, std::memory_order_relaxed);
  return fp;
}

/// The fingerprint of `v` when it is known without reading past v's own elements, else 0.
uint64_t known_fp(const Value& v, bool look_inside = true);

uint64_t known_elements_fp(const Value& v) {
  if (v.tag() == Tag::Set) {
    const SetObj& s = v.as_set_obj();
    uint64_t sum = 0;
    for (const Value& e : s.elems()) {
      uint64_t fp = known_fp(e, false);
      if (fp == 0) return 0;
      sum += element_term(fp);
    }
    return store(s.fp_cache, finish(kSeedSet, s.elems().size(), sum));
  }
  const FcnObj& f = v.as_fcn_obj();
  uint64_t sum = 0;
  for (size_t i = 0; i < f.size(); ++i) {
    uint64_t arg = f.seq() ? fp_int(static_cast<int64_t>(i) + 1) : known_fp(f.dom()[i], false);
    uint64_t result = known_fp(f.rng()[i], false);
    if (arg == 0 || result == 0) return 0;
    sum += pair_term(arg, result);
  }
  return store(f.fp_cache, finish(kSeedFcn, f.size(), sum));
}

uint64_t known_fp(const Value& v, bool look_inside) {
  switch (v.tag()) {
    case Tag::Bool:
    case Tag::Int:
    case Tag::String:
    case Tag::Model: return fingerprint(v);
    case Tag::Set: {
      uint64_t fp = v.as_set_obj().fp_cache.load(std::memory_order_relaxed);
      return fp != 0 || !look_inside ? fp : known_elements_fp(v);
    }
    case Tag::Function: {
      uint64_t fp = v.as_fcn_obj().fp_cache.load(std::memory_order_relaxed);
      return fp != 0 || !look_inside ? fp : known_elements_fp(v);
    }
    default: return 0;  // an interval or a lazy set: fingerprint() may have to enumerate it
  }
}

uint64_t interval_fp(const IntervalObj& iv) {
  uint64_t sum = 0;
  for (int64_t i = iv.lo;; ++i) {
    sum += element_term(fp_int(i));
    if (i == iv.hi) break;
  }
  return finish(kSeedSet, static_cast<uint64_t>(iv.hi - iv.lo) + 1, sum);
}

}  // namespace

uint64_t fingerprint(const Value& v) {
  switch (v.tag()) {
    case Tag::None: return 0;
    case Tag::Bool: return mix64(v.raw_bool() ? kSeedTrue : kSeedFalse);
    case Tag::Int: return fp_int(v.raw_int());
    case Tag::String: return mix64(v.raw_atom()->text_hash ^ kSeedString);
    case Tag::Model: return mix64(v.raw_atom()->text_hash ^ kSeedModel);
    case Tag::Set: return cached(v.as_set_obj().fp_cache, compute_set, v);
    case Tag::Interval: return interval_fp(v.as_interval_obj());
    case Tag::LazySet: return fingerprint(materialize(v));
    case Tag::Function: return cached(v.as_fcn_obj().fp_cache, compute_fcn, v);
  }
  return 0;
}

void fingerprint_after_update(const FcnObj& f, const FcnObj& updated, size_t i) {
  const uint64_t old_fp = f.fp_cache.load(std::memory_order_relaxed);
  if (old_fp <= 1) return;  // unknown, or 1, which may stand for 0 (see cached())
  const uint64_t arg = f.seq() ? fp_int(static_cast<int64_t>(i) + 1) : known_fp(f.dom()[i]);
  const uint64_t before = known_fp(f.rng()[i]);
  const uint64_t after = known_fp(updated.rng()[i]);
  if (arg == 0 || before == 0 || after == 0) return;
  const uint64_t sum = unfinish(kSeedFcn, f.size(), old_fp) - pair_term(arg, before) + pair_term(arg, after);
  store(updated.fp_cache, finish(kSeedFcn, f.size(), sum));
}

uint64_t fingerprint_state(std::span<const Value> vars) {
  uint64_t h = kSeedState;
  for (const Value& v : vars) h = mix64((h * 0xc2b2ae3d27d4eb4fULL) ^ fingerprint(v));
  return mix64(h + vars.size());
}

}  // namespace tlatrace::eval
