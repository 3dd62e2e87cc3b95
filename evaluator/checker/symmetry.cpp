#include "evaluator/checker/symmetry.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <unordered_map>

namespace tlatrace::eval {

namespace {

// A permutation without its fixed points, sorted by atom: equal permutations are equal vectors.
Permutation normalized(Permutation p) {
  std::erase_if(p, [](const auto& m) { return m.first == m.second.raw_atom(); });
  std::sort(p.begin(), p.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return p;
}

// The image of model value `v` under `p`.
const Value& image(const Permutation& p, const Value& v) {
  const Atom* a = v.raw_atom();
  auto it = std::lower_bound(p.begin(), p.end(), a, [](const auto& m, const Atom* k) { return m.first < k; });
  return it != p.end() && it->first == a ? it->second : v;
}

bool moves(const Permutation& p, const Atom* a) {
  auto it = std::lower_bound(p.begin(), p.end(), a, [](const auto& m, const Atom* k) { return m.first < k; });
  return it != p.end() && it->first == a;
}

// x -> a(b(x)).
Permutation compose(const Permutation& a, const Permutation& b) {
  Permutation out;
  for (const auto& [x, y] : b) out.emplace_back(x, image(a, y));
  for (const auto& [x, y] : a)
    if (!moves(b, x)) out.emplace_back(x, y);
  return normalized(std::move(out));
}

bool same(const Permutation& a, const Permutation& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const auto& x, const auto& y) {
           return x.first == y.first && x.second.raw_atom() == y.second.raw_atom();
         });
}

}  // namespace

std::vector<Permutation> permutations_of(const Value& symmetry_set) {
  std::vector<Permutation> generators;
  for (const Value& f : elements(symmetry_set)) {
    if (!f.is_function()) throw EvalError("A SYMMETRY set must contain permutations (functions), not " + to_tla_string(f));
    Permutation p;
    for (const Value& x : elements(domain(f))) {
      Value y = apply(f, x);
      if (!x.is_model() || !y.is_model())
        throw EvalError("A SYMMETRY permutation must map model values to model values, not " + to_tla_string(x));
      p.emplace_back(x.raw_atom(), y);
    }
    p = normalized(std::move(p));
    if (!p.empty() && std::none_of(generators.begin(), generators.end(), [&](const auto& g) { return same(g, p); }))
      generators.push_back(std::move(p));
  }
  // As TLC (MVPerms.permutationSubgroup): the group the permutations generate, so that a set
  // such as Permutations(A) \cup Permutations(B) also relates states that differ in both.
  std::vector<Permutation> out = generators;
  auto key = [](const Permutation& p) {
    uint64_t h = p.size();
    for (const auto& [x, y] : p) h = mix64(h ^ reinterpret_cast<uintptr_t>(x) ^ (reinterpret_cast<uintptr_t>(y.raw_atom()) << 1));
    return h;
  };
  std::unordered_multimap<uint64_t, size_t> seen;
  for (size_t i = 0; i < out.size(); ++i) seen.emplace(key(out[i]), i);
  for (size_t done = 0; done < out.size();) {
    size_t end = out.size();
    for (const auto& g : generators)
      for (size_t j = done; j < end; ++j) {
        Permutation p = compose(g, out[j]);
        if (p.empty()) continue;
        uint64_t k = key(p);
        auto [lo, hi] = seen.equal_range(k);
        if (std::any_of(lo, hi, [&](const auto& e) { return same(out[e.second], p); })) continue;
        seen.emplace(k, out.size());
        out.push_back(std::move(p));
      }
    done = end;
  }
  return out;
}

namespace {
bool has_model_values(const Value& v) {
  switch (v.tag()) {
    case Tag::Model:
      return true;
    case Tag::Set:
      for (const Value& e : v.as_set_obj().elems())
        if (has_model_values(e)) return true;
      return false;
    case Tag::Function: {
      const FcnObj& f = v.as_fcn_obj();
      for (const Value& e : f.dom())
        if (has_model_values(e)) return true;
      for (const Value& e : f.rng())
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
      for (const Value& e : v.as_set_obj().elems()) elems.push_back(permute(e, p));
      return make_set(std::move(elems));
    }
    case Tag::Function: {
      if (!has_model_values(v)) return v;
      const FcnObj& f = v.as_fcn_obj();
      std::vector<Value> rng;
      for (const Value& e : f.rng()) rng.push_back(permute(e, p));
      if (f.seq()) return make_tuple(std::move(rng));
      std::vector<Value> dom;
      for (const Value& e : f.dom()) dom.push_back(permute(e, p));
      return make_function(std::move(dom), std::move(rng));
    }
    default:
      return v;
  }
}

namespace {
// Structural hashes of a value's images under the identity (slot 0) and every permutation
// (slots 1..K-1), computed in one walk without building the permuted values. Order-independent
// (sums over elements), so equal values hash equally whatever their representation; used only to
// compare the images of one state. A value without model values hashes the same under every
// permutation ("uniform": only slot 0 is filled). Enumerated sets and functions remember their
// hashes (keyed by the permutation set), since successive states share most of their sub-values.
class ImageHasher {
 public:
  explicit ImageHasher(const std::vector<Permutation>& perms) : perms_(perms), k_(perms.size() + 1) {
    key_ = 0x5133;
    for (const auto& p : perms) {
      key_ = mix64(key_ ^ p.size());
      for (const auto& [from, to] : p)
        key_ = mix64(key_ ^ reinterpret_cast<uintptr_t>(from) ^ (reinterpret_cast<uintptr_t>(to.raw_atom()) << 1));
    }
    key_ |= 1;  // never 0
  }
  size_t width() const { return k_; }

  /// Fills out[0] (uniform, returns false) or out[0..K) (returns true).
  bool hash(const Value& v, uint64_t* out, size_t depth) {
    switch (v.tag()) {
      case Tag::None: out[0] = 0x1234; return false;
      case Tag::Bool: out[0] = mix64(0xb001 + v.raw_bool()); return false;
      case Tag::Int: out[0] = int_hash(v.raw_int()); return false;
      case Tag::String: out[0] = mix64(0x5757 ^ v.raw_atom()->text_hash); return false;
      case Tag::Model: {
        out[0] = mix64(0x3d3d ^ v.raw_atom()->text_hash);
        for (size_t k = 1; k < k_; ++k) {
          const Permutation& p = perms_[k - 1];
          const Atom* a = v.raw_atom();
          auto it = std::lower_bound(p.begin(), p.end(), a, [](const auto& x, const Atom* key) { return x.first < key; });
          if (it != p.end() && it->first == a) a = it->second.raw_atom();
          out[k] = mix64(0x3d3d ^ a->text_hash);
        }
        return true;
      }
      case Tag::Set:
        return cached(v.as_set_obj().sym_cache, out, [&] { return hash_set(v, out, depth); });
      case Tag::Interval:
      case Tag::LazySet:
        return hash_set(v, out, depth);
      case Tag::Function:
        return cached(v.as_fcn_obj().sym_cache, out, [&] { return hash_fcn(v.as_fcn_obj(), out, depth); });
    }
    out[0] = 0;
    return false;
  }

 private:
  static uint64_t int_hash(int64_t i) { return mix64(0x1417 ^ static_cast<uint64_t>(i) * 0x9E3779B97F4A7C15ULL); }

  // Scratch space of one nesting level: child hashes (2 x K) and sums (K); never moves.
  uint64_t* level(size_t depth) {
    while (levels_.size() <= depth) levels_.push_back(std::make_unique<uint64_t[]>(3 * k_));
    return levels_[depth].get();
  }

  template <typename Compute>
  bool cached(std::atomic<const uint64_t*>& slot, uint64_t* out, Compute compute) {
    const uint64_t* c = slot.load(std::memory_order_acquire);
    if (c && c[0] == key_) {
      size_t n = c[1] ? k_ : 1;
      std::copy(c + 2, c + 2 + n, out);
      return c[1] != 0;
    }
    bool varies = compute();
    if (!c) {
      size_t n = varies ? k_ : 1;
      auto* fresh = new uint64_t[2 + n];
      fresh[0] = key_;
      fresh[1] = varies;
      std::copy(out, out + n, fresh + 2);
      const uint64_t* expected = nullptr;
      if (!slot.compare_exchange_strong(expected, fresh, std::memory_order_acq_rel)) delete[] fresh;
    }
    return varies;
  }

  bool hash_set(const Value& v, uint64_t* out, size_t depth) {
    uint64_t* child = level(depth);
    uint64_t* sum = child + 2 * k_;
    uint64_t uniform = 0, n = 0;
    bool varies = false;
    auto add = [&](const Value& e) {
      ++n;
      if (hash(e, child, depth + 1)) {
        if (!varies) std::fill(sum, sum + k_, 0);
        varies = true;
        for (size_t k = 0; k < k_; ++k) sum[k] += mix64(child[k]);
      } else {
        uniform += mix64(child[0]);
      }
      return true;
    };
    if (v.tag() == Tag::Set) {
      for (const Value& e : v.as_set_obj().elems()) add(e);
    } else {
      for_each_element(v, add);
    }
    if (!varies) {
      out[0] = mix64(0x5e7 ^ mix64(uniform + n));
      return false;
    }
    for (size_t k = 0; k < k_; ++k) out[k] = mix64(0x5e7 ^ mix64(sum[k] + uniform + n));
    return true;
  }

  bool hash_fcn(const FcnObj& f, uint64_t* out, size_t depth) {
    uint64_t* kh = level(depth);
    uint64_t* rh = kh + k_;
    uint64_t* sum = kh + 2 * k_;
    uint64_t uniform = 0;
    bool varies = false;
    for (size_t i = 0; i < f.size(); ++i) {
      bool kv = false;
      if (f.seq()) {
        kh[0] = int_hash(static_cast<int64_t>(i) + 1);
      } else {
        kv = hash(f.dom()[i], kh, depth + 1);
      }
      bool rv = hash(f.rng()[i], rh, depth + 1);
      if (!kv && !rv) {
        uniform += mix64(kh[0] * 31 + rh[0]);
        continue;
      }
      if (!varies) std::fill(sum, sum + k_, 0);
      varies = true;
      for (size_t k = 0; k < k_; ++k) sum[k] += mix64(kh[kv ? k : 0] * 31 + rh[rv ? k : 0]);
    }
    if (!varies) {
      out[0] = mix64(0xf00 ^ mix64(uniform + f.size()));
      return false;
    }
    for (size_t k = 0; k < k_; ++k) out[k] = mix64(0xf00 ^ mix64(sum[k] + uniform + f.size()));
    return true;
  }

  const std::vector<Permutation>& perms_;
  size_t k_;
  uint64_t key_;
  std::vector<std::unique_ptr<uint64_t[]>> levels_;
};
}  // namespace

uint64_t symmetric_fingerprint(std::span<const Value> vars, const std::vector<Permutation>& perms) {
  ImageHasher hasher(perms);
  const size_t width = hasher.width();
  std::vector<uint64_t> state(width, 0x57a7e), image(width);
  for (const Value& v : vars) {
    bool varies = hasher.hash(v, image.data(), 0);
    for (size_t k = 0; k < width; ++k) state[k] = mix64(state[k] ^ image[varies ? k : 0]);
  }
  return *std::min_element(state.begin(), state.end());
}

}  // namespace tlatrace::eval
