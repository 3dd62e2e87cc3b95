// Records one event through the installed spdlog sink, logging to stdout.
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "instrument/instrument.hpp"
#include "instrument/spdlog/spdlog_sink.hpp"

int main() {
  auto logger = spdlog::stdout_logger_mt("trace");
  logger->set_pattern("%v");
  tlatrace::instrument::Tracer tracer("shop-2", std::make_shared<tlatrace::instrument::SpdlogSink>(logger));
  tracer.event("Ship").param("o", 1).set("shipped", std::set<int>{1}).emit();
  tracer.flush();
  return 0;
}
