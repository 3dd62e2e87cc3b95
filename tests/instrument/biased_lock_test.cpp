// detail::BiasedLock, the tracer's lock: free for the one thread that uses it, still mutual
// exclusion once other threads come, also when they come while the owner is inside.
#include "instrument/detail/biased_lock.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace tlatrace::instrument::detail {
namespace {

TEST(InstrumentBiasedLockTest, TheFirstThreadOwnsItUntilAnotherComes) {
  BiasedLock lock;
  for (int i = 0; i < 1000; ++i) {
    lock.lock();
    lock.unlock();
  }
  EXPECT_EQ(lock.biased(), BiasedLock::biasing_available());
  std::thread other([&] {
    lock.lock();
    lock.unlock();
  });
  other.join();
  EXPECT_FALSE(lock.biased());
  lock.lock();  // the former owner takes the ordinary lock now
  lock.unlock();
}

/// `threads` threads add 1 to a plain counter `rounds` times each under `lock`; thread 0
/// starts alone (and owns the lock), the others join while it runs.
long count_under_lock(int threads, long rounds) {
  BiasedLock lock;
  long counter = 0;  // not atomic: the lock must protect it
  std::atomic<bool> owner_started{false};
  std::vector<std::thread> running;
  running.emplace_back([&] {
    for (long i = 0; i < rounds; ++i) {
      lock.lock();
      ++counter;
      lock.unlock();
      if (i == rounds / 10) owner_started.store(true);
    }
  });
  while (!owner_started.load()) std::this_thread::yield();
  for (int t = 1; t < threads; ++t) {
    running.emplace_back([&] {
      for (long i = 0; i < rounds; ++i) {
        lock.lock();
        ++counter;
        lock.unlock();
      }
    });
  }
  for (auto& thread : running) thread.join();
  return counter;
}

TEST(InstrumentBiasedLockTest, OthersJoiningWhileTheOwnerRunsLoseNoUpdate) {
  for (int round = 0; round < 20; ++round) EXPECT_EQ(count_under_lock(3, 20000), 3 * 20000);
}

TEST(InstrumentBiasedLockTest, ManyThreadsFromTheStart) {
  BiasedLock lock;
  long counter = 0;
  std::vector<std::thread> running;
  for (int t = 0; t < 4; ++t) {
    running.emplace_back([&] {
      for (int i = 0; i < 50000; ++i) {
        lock.lock();
        ++counter;
        lock.unlock();
      }
    });
  }
  for (auto& thread : running) thread.join();
  EXPECT_EQ(counter, 4 * 50000);
}

}  // namespace
}  // namespace tlatrace::instrument::detail
