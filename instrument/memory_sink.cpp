#include "instrument/memory_sink.hpp"

namespace tlatrace::instrument {

void MemorySink::write(std::string_view lines) noexcept {
  try {
    std::lock_guard lock(mutex_);
    while (!lines.empty()) {
      const auto end = lines.find('\n');
      const auto length = end == std::string_view::npos ? lines.size() : end;
      lines_.emplace_back(lines.substr(0, length));
      lines.remove_prefix(end == std::string_view::npos ? lines.size() : end + 1);
    }
  } catch (...) {
    // Out of memory: the line is lost; a tracer must never take its host down.
  }
}

std::vector<std::string> MemorySink::lines() const {
  std::lock_guard lock(mutex_);
  return lines_;
}

std::string MemorySink::text() const {
  std::lock_guard lock(mutex_);
  std::string all;
  for (const auto& line : lines_) {
    all += line;
    all += '\n';
  }
  return all;
}

std::size_t MemorySink::size() const {
  std::lock_guard lock(mutex_);
  return lines_.size();
}

void MemorySink::clear() {
  std::lock_guard lock(mutex_);
  lines_.clear();
}

}  // namespace tlatrace::instrument
