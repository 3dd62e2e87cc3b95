#pragma once
// SpdlogSink: sends trace lines through an spdlog logger, for systems that already log with
// spdlog. Link tlatrace::instrument_spdlog. Each line is logged as one message (without its
// '\n'); give the logger the pattern "%v" to get a clean ndjson file, or let the trace reader
// take each line from its first '{'.
#include <memory>
#include <string_view>

#include <spdlog/logger.h>

#include "instrument/sink.hpp"

namespace tlatrace::instrument {

/// Logs every trace line at `level` through `logger`.
class SpdlogSink final : public Sink {
 public:
  explicit SpdlogSink(std::shared_ptr<spdlog::logger> logger, spdlog::level::level_enum level = spdlog::level::info);

  void write(std::string_view lines) noexcept override;
  void flush() noexcept override;

 private:
  std::shared_ptr<spdlog::logger> logger_;
  spdlog::level::level_enum level_;
};

}  // namespace tlatrace::instrument
