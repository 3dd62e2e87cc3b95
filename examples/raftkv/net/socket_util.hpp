#pragma once
// Loopback TCP helpers for the raftkv processes: a listening socket, a connection that
// exchanges newline-terminated lines without blocking, and a blocking request/reply.
#include <string>
#include <vector>

namespace raftkv {

/// A listening socket on 127.0.0.1:port (non-blocking); -1 and `error` on failure.
int listen_loopback(int port, std::string* error);
/// The next pending connection on `listener` (non-blocking); -1 if none.
int accept_connection(int listener);
/// A connected socket to 127.0.0.1:port (blocking connect, then non-blocking); -1 on failure.
int connect_loopback(int port);

/// A non-blocking connection carrying lines.
class LineConnection {
 public:
  explicit LineConnection(int fd) : fd_(fd) {}
  ~LineConnection();
  LineConnection(const LineConnection&) = delete;
  LineConnection& operator=(const LineConnection&) = delete;

  int fd() const { return fd_; }
  bool open() const { return fd_ >= 0; }
  /// Reads what is available; returns the complete lines (without '\n'). Closes on EOF/error.
  std::vector<std::string> read_lines();
  /// Queues `line` (ending in '\n') and writes as much as the socket takes.
  void send(const std::string& line);
  /// Writes queued bytes; closes on error.
  void flush();
  bool wants_write() const { return !out_.empty(); }
  void close();

 private:
  int fd_;
  std::string in_;
  std::string out_;
};

/// Connects to 127.0.0.1:port, sends `line`, waits up to `timeout_ms` for one reply line.
bool request_reply(int port, const std::string& line, std::string& reply, int timeout_ms);

}  // namespace raftkv
