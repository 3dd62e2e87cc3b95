#pragma once
// SpinLock: a tiny lock for very short critical sections (a tracer's clocks). Waiters spin
// briefly, then yield the processor.
#include <atomic>
#include <thread>

namespace tlatrace::instrument::detail {

class SpinLock {
 public:
  void lock() noexcept {
    int spins = 0;
    while (locked_.exchange(true, std::memory_order_acquire)) {
      while (locked_.load(std::memory_order_relaxed)) {
        if (++spins < 64) {
#if defined(__x86_64__) || defined(__i386__)
          __builtin_ia32_pause();
#endif
        } else {
          std::this_thread::yield();
        }
      }
    }
  }
  void unlock() noexcept { locked_.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> locked_{false};
};

}  // namespace tlatrace::instrument::detail
