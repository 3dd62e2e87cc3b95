#pragma once
// FileSink: appends ndjson lines to a file (or any file descriptor). Each `write` is ONE
// write(2) call of complete lines, so a crash leaves at most one torn line at the end of the
// file, and lines from several threads or processes (O_APPEND) never interleave.
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "instrument/sink.hpp"

namespace tlatrace::instrument {

/// How FileSink::open treats the file.
struct FileSinkOptions {
  bool truncate = false;   // start from an empty file instead of appending
  bool meta_line = true;   // write {"#meta":{...}} first when the file is empty
};

/// Writes lines to a file descriptor with one write(2) per call.
class FileSink final : public Sink {
 public:
  /// Opens (creating, appending) `path`. Returns nullptr and sets `error` on failure.
  static std::shared_ptr<FileSink> open(const std::string& path, const FileSinkOptions& options = {},
                                        std::string* error = nullptr);

  /// Wraps an open descriptor (a pipe, a socket, stdout); closes it on destruction if `owns_fd`.
  FileSink(int fd, bool owns_fd, std::string name = {});
  ~FileSink() override;
  FileSink(const FileSink&) = delete;
  FileSink& operator=(const FileSink&) = delete;

  void write(std::string_view lines) noexcept override;
  std::uint64_t dropped() const noexcept override { return failed_writes_.load(std::memory_order_relaxed); }

  /// Number of write(2) calls made so far (each call carries whole lines).
  std::uint64_t write_calls() const noexcept { return write_calls_.load(std::memory_order_relaxed); }
  const std::string& name() const noexcept { return name_; }

 private:
  void report_error(int error_number) noexcept;

  int fd_;
  bool owns_fd_;
  std::string name_;
  std::mutex mutex_;  // keeps a retried partial write contiguous
  std::atomic<std::uint64_t> write_calls_{0};
  std::atomic<std::uint64_t> failed_writes_{0};
  std::atomic<bool> error_reported_{false};
};

/// The metadata line that starts a trace file (ends with '\n').
std::string meta_line();

}  // namespace tlatrace::instrument
