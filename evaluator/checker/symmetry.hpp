#pragma once
// SYMMETRY: permutations of model values applied to states. The fingerprint of a state under
// symmetry is the smallest fingerprint of its permuted images, so every state of an orbit
// counts once (TLC's canonicalization by minimal fingerprint).
#include <cstdint>
#include <span>
#include <vector>

#include "evaluator/value/values.hpp"

namespace tlatrace::eval {

/// One permutation of model values: pairs (from, to), sorted by `from`'s atom.
using Permutation = std::vector<std::pair<const Atom*, Value>>;

/// The permutations of a SYMMETRY set (a set of functions from model values to model values),
/// without the identity.
std::vector<Permutation> permutations_of(const Value& symmetry_set);

/// `v` with every model value replaced by its image under `p`.
Value permute(const Value& v, const Permutation& p);

/// The state fingerprint minimised over the permutations (plain fingerprint when empty).
uint64_t symmetric_fingerprint(std::span<const Value> vars, const std::vector<Permutation>& perms);

}  // namespace tlatrace::eval
