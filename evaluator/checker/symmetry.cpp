#include "evaluator/checker/symmetry.hpp"

#include <algorithm>

namespace tlatrace::eval {

std::vector<Permutation> permutations_of(const Value& symmetry_set) {
  std::vector<Permutation> out;
  for (const Value& f : elements(symmetry_set)) {
    if (!f.is_function()) throw EvalError("A SYMMETRY set must contain permutations (functions), not " + to_tla_string(f));
    Permutation p;
    bool identity = true;
    for (const Value& x : elements(domain(f))) {
      Value y = apply(f, x);
      if (!x.is_model() || !y.is_model())
        throw EvalError("A SYMMETRY permutation must map model values to model values, not " + to_tla_string(x));
      identity &= x.raw_atom() == y.raw_atom();
      p.emplace_back(x.raw_atom(), y);
    }
    std::sort(p.begin(), p.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (!identity) out.push_back(std::move(p));
  }
  return out;
}

namespace {
bool has_model_values(const Value& v) {
  switch (v.tag()) {
    case Tag::Model:
      return true;
    case Tag::Set:
      for (const Value& e : v.as_set_obj().elems)
        if (has_model_values(e)) return true;
      return false;
    case Tag::Function: {
      const FcnObj& f = v.as_fcn_obj();
      for (const Value& e : f.dom)
        if (has_model_values(e)) return true;
      for (const Value& e : f.rng)
        if (has_model_values(e)) return true;
      return false;
    }
    default:
      return false;
  }
}
}  // namespace

Value permute(const Value& v, const Permutation& p) {
  switch (v.tag()) {
    case Tag::Model: {
      auto it = std::lower_bound(p.begin(), p.end(), v.raw_atom(), [](const auto& a, const Atom* k) { return a.first < k; });
      return it != p.end() && it->first == v.raw_atom() ? it->second : v;
    }
    case Tag::Set: {
      if (!has_model_values(v)) return v;
      std::vector<Value> elems;
      for (const Value& e : v.as_set_obj().elems) elems.push_back(permute(e, p));
      return make_set(std::move(elems));
    }
    case Tag::Function: {
      if (!has_model_values(v)) return v;
      const FcnObj& f = v.as_fcn_obj();
      std::vector<Value> rng;
      for (const Value& e : f.rng) rng.push_back(permute(e, p));
      if (f.seq) return make_tuple(std::move(rng));
      std::vector<Value> dom;
      for (const Value& e : f.dom) dom.push_back(permute(e, p));
      return make_function(std::move(dom), std::move(rng));
    }
    default:
      return v;
  }
}

uint64_t symmetric_fingerprint(std::span<const Value> vars, const std::vector<Permutation>& perms) {
  uint64_t best = fingerprint_state(vars);
  std::vector<Value> image(vars.size());
  for (const auto& p : perms) {
    for (size_t i = 0; i < vars.size(); ++i) image[i] = permute(vars[i], p);
    best = std::min(best, fingerprint_state(image));
  }
  return best;
}

}  // namespace tlatrace::eval
