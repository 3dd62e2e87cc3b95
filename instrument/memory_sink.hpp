#pragma once
// MemorySink: keeps lines in memory, for tests and for programs that ship traces themselves.
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "instrument/sink.hpp"

namespace tlatrace::instrument {

/// Stores every line (without its trailing '\n').
class MemorySink final : public Sink {
 public:
  void write(std::string_view lines) noexcept override;

  /// A copy of the lines written so far.
  std::vector<std::string> lines() const;
  /// All lines joined, each followed by '\n' (the file a FileSink would have written).
  std::string text() const;
  std::size_t size() const;
  void clear();

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> lines_;
};

}  // namespace tlatrace::instrument
