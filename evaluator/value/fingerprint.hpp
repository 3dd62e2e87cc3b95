#pragma once
// 64-bit fingerprints: equal values have equal fingerprints (a tuple and the equal function, an
// interval and the equal enumerated set), and the numbers are the same on every run, platform
// and thread count: they hash the bytes of strings and names, never pointers or intern tokens.
//
// Scheme: scalars are a bijective mix of (type seed, payload); a set is mix(seed, |S|, sum of
// mixed element fingerprints) and a function is mix(seed, |DOMAIN f|, sum of mixed
// (argument, result) pair fingerprints). Sums make the result independent of element order, so
// the (token-based) canonical order can never change a fingerprint. Results are cached in the
// heap objects of sets and functions. The mixes are bijective, so a cached function fingerprint
// gives back its sum, and an EXCEPT updates it by one term (fingerprint_after_update).
#include <cstdint>
#include <span>

#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

/// Fingerprint of one value. Throws EvalError for an infinite set (TLC cannot fingerprint it).
uint64_t fingerprint(const Value& v);

/// After [f EXCEPT ![a] = ...] built `updated` from `f` by replacing the result at index `i`:
/// fills updated's fingerprint cache from f's, adjusting the one (argument, result) term,
/// when f's fingerprint and both results' are known (or cheap: a scalar, or a fresh set or
/// function of known elements). Otherwise does nothing, and fingerprint() computes it when
/// needed. Never throws, never enumerates a set.
void fingerprint_after_update(const FcnObj& f, const FcnObj& updated, size_t i);

/// Fingerprint of a state: the values of the variables in declaration order.
uint64_t fingerprint_state(std::span<const Value> vars);

}  // namespace tlatrace::eval
