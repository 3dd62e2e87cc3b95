#pragma once
// BiasedLock: the tracer's lock, almost free while one thread uses it alone. The first thread
// to lock it becomes its owner; the owner's lock() is a plain store and a load, with no atomic
// read-modify-write (which costs as much as a small event's formatting, and waits for the
// thread's pending stores). The first time another thread locks it, that thread revokes the
// bias for good: it makes every thread of the process pass a memory barrier (Linux
// membarrier, a few microseconds once), waits for the owner to leave, and from then on all
// threads, the owner included, take an ordinary spin lock.
//
// The owner's side is Dekker's protocol with the owner's fence replaced by the revoker's
// membarrier: the owner writes `owner_busy_` then reads `state_`, the revoker writes `state_`,
// runs membarrier, then reads `owner_busy_`; the barrier guarantees that they do not both
// miss the other's write. Without membarrier (not Linux, or refused) there is no bias.
#include <atomic>
#include <cstdint>

#include "instrument/detail/spin_lock.hpp"

namespace tlatrace::instrument::detail {

class BiasedLock {
 public:
  void lock() noexcept {
    const void* me = thread_token();
    if (state_.load(std::memory_order_acquire) == kBiased && owner_ == me) [[likely]] {
      owner_busy_.store(true, std::memory_order_relaxed);
      std::atomic_signal_fence(std::memory_order_seq_cst);  // the revoker's membarrier is the fence
      if (state_.load(std::memory_order_acquire) == kBiased) [[likely]] return;
      owner_busy_.store(false, std::memory_order_release);
    }
    lock_slowly(me);
  }

  void unlock() noexcept {
    if (owner_busy_.load(std::memory_order_relaxed) && owner_ == thread_token()) [[likely]] {
      owner_busy_.store(false, std::memory_order_release);
    } else {
      spin_.unlock();
    }
  }

  /// True while the lock is biased to one thread (for tests).
  bool biased() const noexcept { return state_.load(std::memory_order_acquire) == kBiased; }
  /// True if this process can bias locks (membarrier is available).
  static bool biasing_available() noexcept;

 private:
  enum State : std::uint32_t { kUnowned, kBiasing, kBiased, kRevoking, kRevoked };

  /// An address unique to the calling thread among the running threads.
  static const void* thread_token() noexcept {
    static thread_local char token;
    return &token;
  }
  void lock_slowly(const void* me) noexcept;

  std::atomic<std::uint32_t> state_{kUnowned};
  const void* owner_ = nullptr;  // written once, before state_ becomes kBiased
  std::atomic<bool> owner_busy_{false};
  SpinLock spin_;
};

}  // namespace tlatrace::instrument::detail
