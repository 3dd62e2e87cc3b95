#pragma once
// Sink: where finished trace lines go. Every call to `write` hands over one or more complete
// ndjson lines (each ends with '\n'); a sink never splits or merges what one call hands over.
#include <cstdint>
#include <string_view>

namespace tlatrace::instrument {

/// Destination of trace lines. Implementations are thread-safe.
class Sink {
 public:
  virtual ~Sink() = default;

  /// Takes one or more complete lines, each terminated by '\n'. Never throws.
  virtual void write(std::string_view lines) noexcept = 0;

  /// Waits until everything written so far has reached its destination.
  virtual void flush() noexcept {}

  /// Lines this sink had to drop (a full asynchronous queue, a failing file).
  virtual std::uint64_t dropped() const noexcept { return 0; }
};

}  // namespace tlatrace::instrument
