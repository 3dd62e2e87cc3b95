#pragma once
// Helpers shared by the instrument tests: temporary files, reading lines, JSON checks, a
// downstream sink that stalls.
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "instrument/memory_sink.hpp"
#include "instrument/sink.hpp"
#include "instrument/tracer.hpp"

namespace tlatrace::instrument::testing {

/// A unique path under the system temp directory, removed when the object dies.
class TempPath {
 public:
  explicit TempPath(const std::string& stem) {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("tlatrace-" + stem + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  }
  ~TempPath() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempPath(const TempPath&) = delete;
  TempPath& operator=(const TempPath&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Splits ndjson text into lines; every line must end with '\n'.
inline std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    if (end == std::string::npos) {
      lines.push_back(text.substr(start) + "<missing newline>");
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

/// Parses one line strictly (throws nlohmann::json::parse_error on bad JSON or bad UTF-8).
inline nlohmann::json parse(const std::string& line) { return nlohmann::json::parse(line); }

/// `threads` threads share `tracer`; thread t emits `events` events Step(t = t, i = 0, 1, ...).
inline void emit_from_threads(Tracer& tracer, int threads, int events) {
  std::vector<std::thread> running;
  for (int t = 0; t < threads; ++t) {
    running.emplace_back([&tracer, t, events] {
      for (int i = 0; i < events; ++i) tracer.event("Step").param("t", t).param("i", i).emit();
    });
  }
  for (auto& thread : running) thread.join();
}

/// The lines of emit_from_threads are all there, in clock order from `first_clock` on, and
/// each thread's events in the order it emitted them.
inline void expect_clock_order(const std::vector<std::string>& lines, int threads, int events,
                               std::uint64_t first_clock) {
  ASSERT_EQ(lines.size(), static_cast<std::size_t>(threads * events));
  std::vector<int> next(static_cast<std::size_t>(threads), 0);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const auto event = parse(lines[k]);
    ASSERT_EQ(event["clock"], k + first_clock) << "a node's lines are in clock order";
    const int t = event["params"]["t"];
    ASSERT_EQ(event["params"]["i"], next[static_cast<std::size_t>(t)]++);
  }
}

/// A vector clock as the JSON object it writes into events.
inline std::string vector_clock_json(const VectorClock& clock) {
  JsonOut out;
  clock.write_json(out);
  return out.str();
}

/// A downstream sink whose writes stall until released: a stuck disk, in a test.
class StallingSink final : public Sink {
 public:
  void write(std::string_view lines) noexcept override {
    std::unique_lock lock(mutex_);
    ++writes_entered_;
    changed_.notify_all();
    changed_.wait(lock, [&] { return released_; });
    inner_.write(lines);
  }
  void wait_until_stalled() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return writes_entered_ > 0; });
  }
  void release() {
    std::lock_guard lock(mutex_);
    released_ = true;
    changed_.notify_all();
  }
  MemorySink& inner() { return inner_; }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int writes_entered_ = 0;
  bool released_ = false;
  MemorySink inner_;
};

}  // namespace tlatrace::instrument::testing
