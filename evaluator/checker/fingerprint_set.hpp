#pragma once
// The set of visited states, by 64-bit fingerprint, with each state's parent fingerprint (to
// rebuild counterexamples, as Stateright's path.rs does) and the order key of the transition
// that reached it first. Sharded open-addressing tables, each behind its own lock.
//
// Determinism with several workers: within one BFS level, the transition with the smallest key
// (frontier index of the parent, successor ordinal) wins, which is exactly what one worker
// exploring the frontier in order would have recorded.
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace tlatrace::eval {

/// Concurrent fingerprint -> (parent, key, level) table.
class FingerprintSet {
 public:
  static constexpr uint64_t kNoParent = ~0ULL;

  /// `shards` is rounded up to a power of two. `concurrent` false: one thread uses the set at a
  /// time (a single worker), so the shards are not locked.
  explicit FingerprintSet(size_t shards = 256, bool concurrent = true);

  enum class Insert { New, Improved, Seen };
  /// Records `fp` reached at `level` (>= 1) from `parent` by the transition `key`. New: first time seen;
  /// Improved: seen earlier in the same level through a larger key (now replaced); Seen otherwise.
  Insert insert(uint64_t fp, uint64_t parent, uint64_t key, uint32_t level);
  /// The key recorded for `fp` (kNoParent when absent).
  uint64_t key_of(uint64_t fp) const;
  /// The parent recorded for `fp` (kNoParent for initial states and absent ones).
  uint64_t parent_of(uint64_t fp) const;
  bool contains(uint64_t fp) const;
  /// Number of fingerprints stored.
  uint64_t size() const;

 private:
  struct Slot {  // 32 bytes: two per cache line
    uint64_t fp = 0;
    uint64_t parent = 0;
    uint64_t key = 0;
    uint32_t level = 0;  // levels start at 1: 0 marks an empty slot
  };
  struct Shard {
    mutable std::mutex mutex;
    std::vector<Slot> slots = std::vector<Slot>(1024);
    size_t count = 0;
  };
  /// Locks `s` when the set is shared between threads.
  class Guard {
   public:
    Guard(const FingerprintSet& set, const Shard& s) : m_(set.concurrent_ ? &s.mutex : nullptr) {
      if (m_) m_->lock();
    }
    ~Guard() {
      if (m_) m_->unlock();
    }
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

   private:
    std::mutex* m_;
  };
  Shard& shard_of(uint64_t fp) const { return shards_[((fp * 0x9E3779B97F4A7C15ULL) >> 40) & shard_mask_]; }
  static const Slot* find(const Shard& s, uint64_t fp);
  static void grow(Shard& s);

  bool concurrent_;
  size_t shard_mask_;
  mutable std::vector<Shard> shards_;
};

}  // namespace tlatrace::eval
