#include "instrument/detail/biased_lock.hpp"

#include <thread>

#if defined(__linux__)
#include <linux/membarrier.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tlatrace::instrument::detail {

namespace {

void spin_pause() noexcept {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#else
  std::this_thread::yield();
#endif
}

/// A memory barrier on every running thread of the process. Only called once
/// biasing_available() has registered the process for it, so it does not fail.
void barrier_on_every_thread() noexcept {
#if defined(__linux__) && defined(SYS_membarrier)
  (void)syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
#endif
}

}  // namespace

bool BiasedLock::biasing_available() noexcept {
#if defined(__linux__) && defined(SYS_membarrier)
  static const bool available = syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0;
  return available;
#else
  return false;
#endif
}

void BiasedLock::lock_slowly(const void* me) noexcept {
  for (;;) {
    std::uint32_t state = state_.load(std::memory_order_acquire);
    switch (state) {
      case kUnowned:
        if (!biasing_available()) {
          state_.compare_exchange_strong(state, kRevoked, std::memory_order_acq_rel);
          continue;
        }
        if (state_.compare_exchange_strong(state, kBiasing, std::memory_order_acq_rel)) {
          owner_ = me;
          owner_busy_.store(true, std::memory_order_relaxed);  // nobody else can enter yet
          state_.store(kBiased, std::memory_order_release);
          return;
        }
        continue;
      case kBiasing:  // another thread is becoming the owner
        spin_pause();
        continue;
      case kBiased:
        if (owner_ == me) return lock();  // the owner, here after a race with the bias: retry
        if (!state_.compare_exchange_strong(state, kRevoking, std::memory_order_acq_rel)) continue;
        // After the barrier, either the owner's next lock() sees the revocation, or its
        // owner_busy_ store is visible to the wait below (kRevoked).
        barrier_on_every_thread();
        state_.store(kRevoked, std::memory_order_release);
        continue;
      case kRevoking:  // another thread is revoking the bias
        spin_pause();
        continue;
      default:  // kRevoked: an ordinary lock, once the owner has left its last biased section
        while (owner_busy_.load(std::memory_order_acquire)) spin_pause();
        spin_.lock();
        return;
    }
  }
}

}  // namespace tlatrace::instrument::detail
