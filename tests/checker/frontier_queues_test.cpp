// FrontierQueues: each worker's states first, in frontier order; others' taken from the back;
// every index taken exactly once, also when workers take concurrently.
#include "evaluator/checker/frontier_queues.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace tlatrace::eval {
namespace {

std::vector<size_t> to_vector(std::span<const size_t> s) { return {s.begin(), s.end()}; }

TEST(FrontierQueues, OwnStatesFirstInOrderThenOthersFromTheBack) {
  FrontierQueues q;
  q.reset(2);
  for (size_t i = 0; i < 10; ++i) q.add(i < 7 ? 0 : 1, i);  // worker 0 created 0..6, worker 1 7..9
  q.start();
  EXPECT_EQ(q.remaining(), 10u);
  EXPECT_EQ(to_vector(q.take(1, 2)), (std::vector<size_t>{7, 8}));
  EXPECT_EQ(to_vector(q.take(1, 2)), (std::vector<size_t>{9}));
  EXPECT_EQ(to_vector(q.take(1, 2)), (std::vector<size_t>{5, 6}));  // worker 0's, from the back
  EXPECT_EQ(to_vector(q.take(0, 3)), (std::vector<size_t>{0, 1, 2}));
  EXPECT_EQ(q.remaining(), 2u);
  EXPECT_EQ(to_vector(q.take(0, 3)), (std::vector<size_t>{3, 4}));
  EXPECT_TRUE(q.take(0, 3).empty());
  EXPECT_TRUE(q.take(1, 3).empty());
  EXPECT_EQ(q.remaining(), 0u);
}

TEST(FrontierQueues, ResetEmptiesTheQueues) {
  FrontierQueues q;
  q.reset(3);
  q.add(2, 0);
  q.start();
  q.reset(3);
  q.start();
  EXPECT_TRUE(q.take(0, 8).empty());
  EXPECT_EQ(q.remaining(), 0u);
}

TEST(FrontierQueues, ConcurrentWorkersTakeEveryIndexOnce) {
  constexpr size_t kWorkers = 4, kStates = 200000;
  FrontierQueues q;
  q.reset(kWorkers);
  for (size_t i = 0; i < kStates; ++i) q.add(i % 7 == 0 ? 1 : 0, i);  // unbalanced: most to worker 0
  q.start();
  std::vector<std::atomic<int>> taken(kStates);
  std::vector<std::thread> threads;
  for (size_t w = 0; w < kWorkers; ++w)
    threads.emplace_back([&, w] {
      for (auto run = q.take(w, 3); !run.empty(); run = q.take(w, 3)) {
        for (size_t k = 1; k < run.size(); ++k) ASSERT_LT(run[k - 1], run[k]);
        for (size_t i : run) taken[i].fetch_add(1);
      }
    });
  for (auto& t : threads) t.join();
  for (size_t i = 0; i < kStates; ++i) ASSERT_EQ(taken[i].load(), 1) << i;
}

}  // namespace
}  // namespace tlatrace::eval
