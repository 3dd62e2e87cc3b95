#pragma once
// Threads that live for a whole run: each BFS level is one job run on all of them. Created once,
// the threads keep what they cache per thread across levels (the allocator's thread caches,
// membership memos), where a thread per level started every level cold.
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tlatrace::eval {

/// Runs job(0) .. job(n - 1) in parallel, job(0) on the calling thread, as often as asked.
class WorkerPool {
 public:
  explicit WorkerPool(size_t n);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  /// Runs `job` on every thread and returns when all are done; rethrows the first exception a
  /// job threw (after all have finished).
  void run(const std::function<void(size_t)>& job);

 private:
  void helper(size_t index);
  void record(std::exception_ptr e);

  std::mutex mutex_;
  std::condition_variable start_, done_;
  const std::function<void(size_t)>* job_ = nullptr;
  uint64_t generation_ = 0;  // incremented for each job
  size_t pending_ = 0;       // helpers still running the current job
  bool quit_ = false;
  std::exception_ptr error_;
  std::vector<std::thread> threads_;
};

}  // namespace tlatrace::eval
