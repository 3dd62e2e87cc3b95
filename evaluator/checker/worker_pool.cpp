#include "evaluator/checker/worker_pool.hpp"

namespace tlatrace::eval {

WorkerPool::WorkerPool(size_t n) {
  for (size_t i = 1; i < n; ++i) threads_.emplace_back([this, i] { helper(i); });
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    quit_ = true;
  }
  start_.notify_all();
  for (auto& t : threads_) t.join();
}

void WorkerPool::record(std::exception_ptr e) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!error_) error_ = e;
}

void WorkerPool::helper(size_t index) {
  uint64_t seen = 0;
  while (true) {
    const std::function<void(size_t)>* job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      start_.wait(lock, [&] { return quit_ || generation_ != seen; });
      if (quit_) return;
      seen = generation_;
      job = job_;
    }
    try {
      (*job)(index);
    } catch (...) {
      record(std::current_exception());
    }
    std::lock_guard<std::mutex> lock(mutex_);
    if (--pending_ == 0) done_.notify_one();
  }
}

void WorkerPool::run(const std::function<void(size_t)>& job) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    job_ = &job;
    pending_ = threads_.size();
    error_ = nullptr;
    ++generation_;
  }
  start_.notify_all();
  try {
    job(0);
  } catch (...) {
    record(std::current_exception());
  }
  std::unique_lock<std::mutex> lock(mutex_);
  done_.wait(lock, [&] { return pending_ == 0; });
  job_ = nullptr;
  if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
}

}  // namespace tlatrace::eval
