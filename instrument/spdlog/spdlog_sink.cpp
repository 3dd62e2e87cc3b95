#include "instrument/spdlog/spdlog_sink.hpp"

namespace tlatrace::instrument {

SpdlogSink::SpdlogSink(std::shared_ptr<spdlog::logger> logger, spdlog::level::level_enum level)
    : logger_(std::move(logger)), level_(level) {}

void SpdlogSink::write(std::string_view lines) noexcept {
  try {
    while (!lines.empty()) {
      const auto end = lines.find('\n');
      const auto line = lines.substr(0, end);
      logger_->log(level_, spdlog::string_view_t(line.data(), line.size()));
      lines.remove_prefix(end == std::string_view::npos ? lines.size() : end + 1);
    }
  } catch (...) {
    // spdlog reports its own errors through its error handler; never throw into the host.
  }
}

void SpdlogSink::flush() noexcept {
  try {
    logger_->flush();
  } catch (...) {
  }
}

}  // namespace tlatrace::instrument
