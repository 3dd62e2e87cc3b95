#include "instrument/environment.hpp"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

#include "instrument/async_sink.hpp"
#include "instrument/file_sink.hpp"

namespace tlatrace::instrument {

namespace {

bool one_of(std::string_view value, std::initializer_list<std::string_view> choices) {
  for (auto choice : choices) {
    if (value == choice) return true;
  }
  return false;
}

bool parse_size(const char* text, std::size_t& value) {
  std::string_view view(text);
  auto [ptr, ec] = std::from_chars(view.data(), view.data() + view.size(), value);
  return ec == std::errc() && ptr == view.data() + view.size() && !view.empty();
}

/// Every sink made from the environment; flushed when the process exits normally.
class SinkRegistry {
 public:
  ~SinkRegistry() {
    std::lock_guard lock(mutex_);
    for (auto& [path, sink] : sinks_) {
      if (sink) sink->flush();
    }
  }

  std::shared_ptr<Sink> get(const TraceConfig& config, std::string_view node) {
    const std::string path = trace_path_for_node(config, node);
    std::lock_guard lock(mutex_);
    auto found = sinks_.find(path);
    if (found != sinks_.end()) return found->second;
    std::string error;
    auto sink = open_trace_sink(config, node, &error);
    if (!sink) std::fprintf(stderr, "tlatrace: %s; tracing of node '%.*s' is off\n", error.c_str(),
                            static_cast<int>(node.size()), node.data());
    sinks_.emplace(path, sink);  // a failure is remembered too: reported once per file
    return sink;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Sink>> sinks_;
};

}  // namespace

TraceConfig parse_trace_config(const char* tlatrace, const char* directory, const char* mode, const char* queue,
                               const char* block_us) {
  TraceConfig config;
  const std::string_view value = tlatrace ? tlatrace : "";
  if (one_of(value, {"", "0", "off", "false", "no", "OFF", "FALSE", "NO"})) return config;
  config.enabled = true;
  if (one_of(value, {"1", "on", "true", "yes", "ON", "TRUE", "YES"})) {
    config.per_node_files = true;
  } else {
    config.path = value;
  }
  if (directory && *directory) config.directory = directory;
  if (mode && *mode) {
    const std::string_view m(mode);
    if (m == "sync") {
      config.async = false;
    } else if (m != "async") {
      config.warnings.push_back("TLATRACE_MODE='" + std::string(m) + "' is neither 'async' nor 'sync'; using async");
    }
  }
  if (queue && *queue) {
    std::size_t capacity = 0;
    if (parse_size(queue, capacity) && capacity > 0 && capacity <= (std::size_t{1} << 26)) {
      config.queue_capacity = capacity;
    } else {
      config.warnings.push_back("TLATRACE_QUEUE='" + std::string(queue) +
                                "' is not a line count in 1..67108864; using 16384");
    }
  }
  if (block_us && *block_us) {
    std::size_t micros = 0;
    if (parse_size(block_us, micros) && micros <= 10'000'000) {
      config.max_block = std::chrono::microseconds(micros);
    } else {
      config.warnings.push_back("TLATRACE_BLOCK_US='" + std::string(block_us) +
                                "' is not a number of microseconds in 0..10000000; using 0");
    }
  }
  return config;
}

TraceConfig trace_config_from_environment() {
  return parse_trace_config(std::getenv("TLATRACE"), std::getenv("TLATRACE_DIR"), std::getenv("TLATRACE_MODE"),
                            std::getenv("TLATRACE_QUEUE"), std::getenv("TLATRACE_BLOCK_US"));
}

const TraceConfig& process_trace_config() {
  static const TraceConfig config = [] {
    TraceConfig c = trace_config_from_environment();
    for (const auto& warning : c.warnings) std::fprintf(stderr, "tlatrace: %s\n", warning.c_str());
    return c;
  }();
  return config;
}

std::string trace_path_for_node(const TraceConfig& config, std::string_view node) {
  if (!config.per_node_files) return config.path;
  std::string file = "tlatrace-";
  for (char c : node) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '_' || c == '-';
    file += safe ? c : '_';
  }
  if (node.empty()) file += "node";
  file += ".ndjson";
  std::string path = config.directory;
  if (!path.empty() && path.back() != '/') path += '/';
  return path + file;
}

std::shared_ptr<Sink> open_trace_sink(const TraceConfig& config, std::string_view node, std::string* error) {
  if (!config.enabled) return nullptr;
  auto file = FileSink::open(trace_path_for_node(config, node), FileSinkOptions{}, error);
  if (!file || !config.async) return file;
  try {
    AsyncOptions options;
    options.capacity = config.queue_capacity;
    options.max_block = config.max_block;
    return std::make_shared<AsyncSink>(file, options);
  } catch (const std::exception&) {
    return file;  // no writer thread to be had: write synchronously rather than not at all
  }
}

std::shared_ptr<Sink> environment_sink(std::string_view node) {
  const TraceConfig& config = process_trace_config();
  if (!config.enabled) return nullptr;
  static SinkRegistry registry;  // its destructor flushes every sink at exit
  return registry.get(config, node);
}

}  // namespace tlatrace::instrument
