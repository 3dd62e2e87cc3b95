#include "evaluator/checker/fingerprint_set.hpp"

namespace tlatrace::eval {

namespace {
size_t power_of_two_at_least(size_t n) {
  size_t p = 1;
  while (p < n) p *= 2;
  return p;
}
}  // namespace

FingerprintSet::FingerprintSet(size_t shards, bool concurrent)
    : concurrent_(concurrent),
      shard_mask_(power_of_two_at_least(shards) - 1),
      shards_(power_of_two_at_least(shards)) {}

namespace {
inline size_t slot_index(uint64_t fp, size_t mask) {
  uint64_t x = fp ^ (fp >> 29);
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 32;
  return static_cast<size_t>(x) & mask;
}
}  // namespace

const FingerprintSet::Slot* FingerprintSet::find(const Shard& s, uint64_t fp) {
  size_t mask = s.slots.size() - 1;
  for (size_t i = slot_index(fp, mask);; i = (i + 1) & mask) {
    const Slot& slot = s.slots[i];
    if (slot.level == 0) return nullptr;
    if (slot.fp == fp) return &slot;
  }
}

void FingerprintSet::grow(Shard& s) {
  std::vector<Slot> old(s.slots.size() * 2);
  old.swap(s.slots);
  size_t mask = s.slots.size() - 1;
  for (const Slot& slot : old) {
    if (slot.level == 0) continue;
    size_t i = slot_index(slot.fp, mask);
    while (s.slots[i].level != 0) i = (i + 1) & mask;
    s.slots[i] = slot;
  }
}

FingerprintSet::Insert FingerprintSet::insert(uint64_t fp, uint64_t parent, uint64_t key, uint32_t level) {
  Shard& s = shard_of(fp);
  Guard lock(*this, s);
  if ((s.count + 1) * 4 > s.slots.size() * 3) grow(s);
  size_t mask = s.slots.size() - 1;
  for (size_t i = slot_index(fp, mask);; i = (i + 1) & mask) {
    Slot& slot = s.slots[i];
    if (slot.level == 0) {
      slot = Slot{fp, parent, key, level};
      ++s.count;
      return Insert::New;
    }
    if (slot.fp != fp) continue;
    if (slot.level == level && key < slot.key) {
      slot.parent = parent;
      slot.key = key;
      return Insert::Improved;
    }
    return Insert::Seen;
  }
}

uint64_t FingerprintSet::key_of(uint64_t fp) const {
  Shard& s = shard_of(fp);
  Guard lock(*this, s);
  const Slot* slot = find(s, fp);
  return slot ? slot->key : kNoParent;
}

uint64_t FingerprintSet::parent_of(uint64_t fp) const {
  Shard& s = shard_of(fp);
  Guard lock(*this, s);
  const Slot* slot = find(s, fp);
  return slot ? slot->parent : kNoParent;
}

bool FingerprintSet::contains(uint64_t fp) const {
  Shard& s = shard_of(fp);
  Guard lock(*this, s);
  return find(s, fp) != nullptr;
}

uint64_t FingerprintSet::size() const {
  uint64_t n = 0;
  for (auto& s : shards_) {
    Guard lock(*this, s);
    n += s.count;
  }
  return n;
}

}  // namespace tlatrace::eval
