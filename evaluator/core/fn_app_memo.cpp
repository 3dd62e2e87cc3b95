#include "evaluator/core/fn_app_memo.hpp"

#include "evaluator/value/compare.hpp"
#include "evaluator/value/fingerprint.hpp"
#include "evaluator/value/heap.hpp"

namespace tlatrace::eval {

namespace {
// A hash of a tuple of at most 4 integers (GameOfLife's `sc[<<x, y>>]`, built afresh for each
// application), cheaper than its fingerprint; 0 for any other value. Only this memo uses it.
uint64_t small_int_tuple_hash(const Value& arg) {
  if (!arg.is_function()) return 0;
  const FcnObj& f = *static_cast<const FcnObj*>(arg.raw_heap());
  if (!f.seq() || f.rng().size() > 4) return 0;
  uint64_t h = 0x6A09E667F3BCC909ULL + f.rng().size();
  for (const Value& v : f.rng()) {
    if (!v.is_int()) return 0;
    h = (h ^ static_cast<uint64_t>(v.raw_int())) * 0x9E3779B97F4A7C15ULL;
  }
  return h | 1;
}

// equal(a, b), without its generic walk when both are tuples of integers.
bool same_arg(const Value& a, const Value& b) {
  if (a.is_function() && b.is_function()) {
    const FcnObj& x = *static_cast<const FcnObj*>(a.raw_heap());
    const FcnObj& y = *static_cast<const FcnObj*>(b.raw_heap());
    if (x.seq() && y.seq() && x.rng().size() == y.rng().size()) {
      size_t i = 0;
      for (; i < x.rng().size() && x.rng()[i].is_int() && y.rng()[i].is_int(); ++i)
        if (x.rng()[i].raw_int() != y.rng()[i].raw_int()) return false;
      if (i == x.rng().size()) return true;
    }
  }
  return equal(a, b);
}
}  // namespace

uint64_t FnAppMemo::arg_hash(const ast::OpDef* def, const Value& arg) {
  uint64_t h = small_int_tuple_hash(arg);
  if (h == 0) h = fingerprint(arg);
  h ^= reinterpret_cast<uintptr_t>(def) * 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 31);
}

bool FnAppMemo::same_state(const Value* state, size_t nvars) const {
  if (!has_state_ || state_.size() != nvars) return false;
  for (size_t i = 0; i < nvars; ++i)
    if (!state_[i].identical(state[i])) return false;
  return true;
}

void FnAppMemo::adopt(const Value* state, size_t nvars) {
  state_.assign(state, state + nvars);
  has_state_ = true;
  ++gen_;  // every entry of the previous state is dead
  used_ = 0;
}

const Value* FnAppMemo::find(const ast::OpDef* def, const Value& arg, uint64_t hash, const Value* state,
                             size_t nvars) {
  if (used_ == 0 || !same_state(state, nvars)) return nullptr;
  const size_t mask = table_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Entry& e = table_[i];
    if (e.gen != gen_) return nullptr;
    if (e.hash == hash && e.def == def && same_arg(e.arg, arg)) {
      ++hits_;
      return &e.value;
    }
  }
}

void FnAppMemo::store(const ast::OpDef* def, const Value& arg, uint64_t hash, const Value* state, size_t nvars,
                      const Value& value) {
  if (!same_state(state, nvars)) adopt(state, nvars);
  if (used_ >= kMaxEntries) return;
  if (table_.empty() || (used_ + 1) * 2 > table_.size()) grow();
  const size_t mask = table_.size() - 1;
  size_t i = hash & mask;
  while (table_[i].gen == gen_) i = (i + 1) & mask;
  Entry& e = table_[i];
  e.gen = gen_;
  e.hash = hash;
  e.def = def;
  e.arg = arg;
  e.value = value;
  ++used_;
}

void FnAppMemo::grow() {
  std::vector<Entry> old;
  old.swap(table_);
  table_.resize(old.empty() ? 64 : old.size() * 2);
  const size_t mask = table_.size() - 1;
  for (Entry& e : old) {
    if (e.gen != gen_) continue;
    size_t i = e.hash & mask;
    while (table_[i].gen == gen_) i = (i + 1) & mask;
    table_[i] = std::move(e);
  }
}

}  // namespace tlatrace::eval
