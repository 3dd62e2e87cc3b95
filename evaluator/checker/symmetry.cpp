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

namespace {
// A structural hash of `v` with model values renamed by `p` (null: identity), computed without
// building the permuted value. Order-independent (sums over elements), so equal values hash
// equally whatever their representation; used only to compare the images of one state.
uint64_t image_hash(const Value& v, const Permutation* p) {
  switch (v.tag()) {
    case Tag::None:
      return 0x1234;
    case Tag::Bool:
      return mix64(0xb001 + v.raw_bool());
    case Tag::Int:
      return mix64(0x1417 ^ static_cast<uint64_t>(v.raw_int()) * 0x9E3779B97F4A7C15ULL);
    case Tag::String:
      return mix64(0x5757 ^ v.raw_atom()->text_hash);
    case Tag::Model: {
      const Atom* a = v.raw_atom();
      if (p) {
        auto it = std::lower_bound(p->begin(), p->end(), a, [](const auto& x, const Atom* k) { return x.first < k; });
        if (it != p->end() && it->first == a) a = it->second.raw_atom();
      }
      return mix64(0x3d3d ^ a->text_hash);
    }
    case Tag::Set:
    case Tag::Interval:
    case Tag::LazySet: {
      uint64_t sum = 0, n = 0;
      auto add = [&](const Value& e) {
        sum += mix64(image_hash(e, p));
        ++n;
        return true;
      };
      if (v.tag() == Tag::Set) {
        for (const Value& e : v.as_set_obj().elems) add(e);
      } else {
        for_each_element(v, add);
      }
      return mix64(0x5e7 ^ mix64(sum + n));
    }
    case Tag::Function: {
      const FcnObj& f = v.as_fcn_obj();
      uint64_t sum = 0;
      for (size_t i = 0; i < f.size(); ++i) {
        uint64_t k = f.seq ? image_hash(Value::integer(static_cast<int64_t>(i) + 1), p) : image_hash(f.dom[i], p);
        sum += mix64(k * 31 + image_hash(f.rng[i], p));
      }
      return mix64(0xf00 ^ mix64(sum + f.size()));
    }
  }
  return 0;
}

uint64_t state_image_hash(std::span<const Value> vars, const Permutation* p) {
  uint64_t h = 0x57a7e;
  for (const Value& v : vars) h = mix64(h ^ image_hash(v, p));
  return h;
}
}  // namespace

uint64_t symmetric_fingerprint(std::span<const Value> vars, const std::vector<Permutation>& perms) {
  uint64_t best = state_image_hash(vars, nullptr);
  for (const auto& p : perms) best = std::min(best, state_image_hash(vars, &p));
  return best;
}

}  // namespace tlatrace::eval
