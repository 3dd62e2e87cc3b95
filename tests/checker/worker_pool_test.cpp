// WorkerPool: every index runs once per job, on distinct threads (0 on the caller's), jobs run
// again and again on the same threads, and a job's exception reaches the caller.
#include "evaluator/checker/worker_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace tlatrace::eval {
namespace {

TEST(WorkerPool, RunsEachIndexOnceOnItsOwnThread) {
  WorkerPool pool(3);
  std::vector<std::thread::id> first(3), later(3);
  pool.run([&](size_t i) { first[i] = std::this_thread::get_id(); });
  EXPECT_EQ(first[0], std::this_thread::get_id());
  EXPECT_EQ(std::set<std::thread::id>(first.begin(), first.end()).size(), 3u);
  std::atomic<int> runs{0};
  for (int job = 0; job < 100; ++job) pool.run([&](size_t i) {
      later[i] = std::this_thread::get_id();
      runs.fetch_add(1);
    });
  EXPECT_EQ(runs.load(), 300);
  EXPECT_EQ(first, later);  // the same threads, job after job
}

TEST(WorkerPool, WaitsForEveryThreadBeforeReturning) {
  WorkerPool pool(2);
  std::atomic<bool> helper_done{false};
  pool.run([&](size_t i) {
    if (i == 1) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      helper_done = true;
    }
  });
  EXPECT_TRUE(helper_done.load());
}

TEST(WorkerPool, RethrowsAJobsException) {
  WorkerPool pool(2);
  EXPECT_THROW(pool.run([](size_t i) {
                 if (i == 1) throw std::runtime_error("helper failed");
               }),
               std::runtime_error);
  EXPECT_THROW(pool.run([](size_t i) {
                 if (i == 0) throw std::runtime_error("caller failed");
               }),
               std::runtime_error);
  int ran = 0;
  pool.run([&](size_t i) {
    if (i == 0) ++ran;
  });
  EXPECT_EQ(ran, 1);  // the pool still works after a failed job
}

TEST(WorkerPool, OneThreadRunsOnTheCaller) {
  WorkerPool pool(1);
  std::thread::id id;
  pool.run([&](size_t) { id = std::this_thread::get_id(); });
  EXPECT_EQ(id, std::this_thread::get_id());
}

}  // namespace
}  // namespace tlatrace::eval
