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
#include <vector>

#include <nlohmann/json.hpp>

#include "instrument/memory_sink.hpp"
#include "instrument/sink.hpp"

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
