#include "instrument/file_sink.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>


namespace tlatrace::instrument {

std::string meta_line() {
  return "{\"#meta\":{\"format\":\"tlatrace-ndjson\",\"version\":1,\"pid\":" + std::to_string(::getpid()) + "}}\n";
}

std::shared_ptr<FileSink> FileSink::open(const std::string& path, const FileSinkOptions& options,
                                         std::string* error) {
  int flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC;
  if (options.truncate) flags |= O_TRUNC;
  int fd;
  do {
    fd = ::open(path.c_str(), flags, 0644);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    if (error) *error = "cannot open trace file '" + path + "': " + std::strerror(errno);
    return nullptr;
  }
  auto sink = std::make_shared<FileSink>(fd, true, path);
  struct stat info {};
  if (options.meta_line && ::fstat(fd, &info) == 0 && info.st_size == 0) sink->write(meta_line());
  return sink;
}

FileSink::FileSink(int fd, bool owns_fd, std::string name)
    : fd_(fd), owns_fd_(owns_fd), name_(name.empty() ? "fd " + std::to_string(fd) : std::move(name)) {}

FileSink::~FileSink() {
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
}

void FileSink::write(std::string_view lines) noexcept {
  if (lines.empty()) return;
  std::lock_guard lock(mutex_);
  const char* data = lines.data();
  std::size_t left = lines.size();
  while (left > 0) {
    const ssize_t n = ::write(fd_, data, left);
    write_calls_.fetch_add(1, std::memory_order_relaxed);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      failed_writes_.fetch_add(1, std::memory_order_relaxed);
      report_error(n < 0 ? errno : EIO);
      return;
    }
    // A short write (a full disk, a signal) is continued at once, still under the lock.
    data += n;
    left -= static_cast<std::size_t>(n);
  }
}

void FileSink::report_error(int error_number) noexcept {
  if (error_reported_.exchange(true)) return;
  std::fprintf(stderr, "tlatrace: writing trace to %s failed: %s (further errors are counted silently)\n",
               name_.c_str(), std::strerror(error_number));
}

}  // namespace tlatrace::instrument
