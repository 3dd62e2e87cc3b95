// Costs of the instrumentation library (instrument/): a disabled event, a small event on the
// asynchronous path (the writer thread anywhere, on another processor, on the same one), a
// small event written synchronously to a file, and to_tla of a vector of records.
// Run: build/bench/bench_instrument
#include <benchmark/benchmark.h>

#include <pthread.h>
#include <sched.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "instrument/instrument.hpp"

namespace {

using namespace tlatrace::instrument;

struct Entry {
  std::int64_t term;
  std::string value;
};
TLATRACE_RECORD(Entry, term, value)

/// Takes lines and does nothing: isolates formatting and clock costs.
class NullSink final : public Sink {
 public:
  void write(std::string_view lines) noexcept override { benchmark::DoNotOptimize(lines.data()); }
};

void small_event(Tracer& tracer, std::int64_t term, std::int64_t index) {
  tracer.event("ClientRequest").param("i", tracer.node()).set("currentTerm", term).set("commitIndex", index).emit();
}

void BM_DisabledEvent(benchmark::State& state) {
  Tracer tracer("n1", nullptr);  // TLATRACE unset
  std::vector<Entry> log{{1, "a"}, {2, "b"}};
  std::int64_t term = 3;
  for (auto _ : state) {
    benchmark::DoNotOptimize(term);
    tracer.event("ClientRequest").param("i", tracer.node()).set("log", log).set("currentTerm", term).emit();
  }
}
BENCHMARK(BM_DisabledEvent);

void BM_SwitchedOffEvent(benchmark::State& state) {
  Tracer tracer("n1", std::make_shared<NullSink>());
  set_tracing_enabled(false);  // switched off at run time
  std::vector<Entry> log{{1, "a"}, {2, "b"}};
  std::int64_t term = 3;
  for (auto _ : state) {
    benchmark::DoNotOptimize(term);
    tracer.event("ClientRequest").param("i", tracer.node()).set("log", log).set("currentTerm", term).emit();
  }
  set_tracing_enabled(true);
}
BENCHMARK(BM_SwitchedOffEvent);

void BM_FormatOnlySmallEvent(benchmark::State& state) {
  Tracer tracer("n1", std::make_shared<NullSink>());
  std::int64_t i = 0;
  for (auto _ : state) small_event(tracer, 2, ++i);
}
BENCHMARK(BM_FormatOnlySmallEvent);

/// Restricts the calling thread to `cpu` (-1: leaves it as it is); false if that failed.
bool pin_to_cpu(int cpu) {
  if (cpu < 0) return true;
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  return pthread_setaffinity_np(pthread_self(), sizeof set, &set) == 0;
}

/// Small events through an AsyncSink writing to /dev/null. The writer thread runs on
/// `writer_cpu` and the benchmark thread on `producer_cpu` (-1: wherever the OS puts them).
void async_small_events(benchmark::State& state, int producer_cpu, int writer_cpu) {
  cpu_set_t original;
  pthread_getaffinity_np(pthread_self(), sizeof original, &original);
  struct Restore {
    cpu_set_t& original;
    ~Restore() { pthread_setaffinity_np(pthread_self(), sizeof original, &original); }
  } restore{original};
  std::string error;
  auto file = FileSink::open("/dev/null", {}, &error);
  if (!file) {
    state.SkipWithError(error.c_str());
    return;
  }
  // A thread starts with the affinity of the thread that creates it: pin before the sink
  // starts its writer, then move the benchmark thread to its own processor.
  if (!pin_to_cpu(writer_cpu)) {
    state.SkipWithError("cannot pin the writer thread");
    return;
  }
  auto async = std::make_shared<AsyncSink>(file, AsyncOptions{.capacity = 1 << 16});
  if (!pin_to_cpu(producer_cpu)) {
    state.SkipWithError("cannot pin the benchmark thread");
    return;
  }
  Tracer tracer("n1", async);
  std::int64_t i = 0;
  for (auto _ : state) small_event(tracer, 2, ++i);
  async->flush();
  state.counters["dropped"] = static_cast<double>(async->dropped());
}

void BM_AsyncSmallEvent(benchmark::State& state) { async_small_events(state, -1, -1); }
BENCHMARK(BM_AsyncSmallEvent);

/// The writer on another processor than the host thread, on purpose: what an idle machine
/// with a spare core does (the lines cross between the cores' caches).
void BM_AsyncSmallEventCrossCore(benchmark::State& state) { async_small_events(state, 0, 1); }
BENCHMARK(BM_AsyncSmallEventCrossCore);

/// The writer on the host thread's processor: what a machine without a spare core does.
void BM_AsyncSmallEventSameCore(benchmark::State& state) { async_small_events(state, 0, 0); }
BENCHMARK(BM_AsyncSmallEventSameCore);

void BM_SyncFileSmallEvent(benchmark::State& state) {
  const auto path = std::filesystem::temp_directory_path() / ("tlatrace-bench-" + std::to_string(::getpid()) + ".ndjson");
  {
    auto file = FileSink::open(path.string(), FileSinkOptions{.truncate = true});
    if (!file) {
      state.SkipWithError("cannot open a temporary trace file");
      return;
    }
    Tracer tracer("n1", file);
    std::int64_t i = 0;
    for (auto _ : state) small_event(tracer, 2, ++i);
  }
  std::filesystem::remove(path);
}
BENCHMARK(BM_SyncFileSmallEvent);

void BM_ToTlaVectorOfRecords(benchmark::State& state) {
  std::vector<Entry> log;
  for (std::int64_t k = 0; k < state.range(0); ++k) log.push_back({k / 10, "value-" + std::to_string(k)});
  JsonOut out;
  for (auto _ : state) {
    out.clear();
    to_tla(out, log);
    benchmark::DoNotOptimize(out.view().data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * out.size()));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ToTlaVectorOfRecords)->Arg(10)->Arg(100)->Arg(1000);

void BM_EscapeString(benchmark::State& state) {
  const std::string plain(64, 'a');
  const std::string tricky = "caf\xc3\xa9 \"quoted\"\n\ttab " + std::string(40, 'b');
  const std::string& text = state.range(0) == 0 ? plain : tricky;
  JsonOut out;
  for (auto _ : state) {
    out.clear();
    out.string(text);
    benchmark::DoNotOptimize(out.view().data());
  }
  state.SetLabel(state.range(0) == 0 ? "plain ascii" : "utf8+escapes");
}
BENCHMARK(BM_EscapeString)->Arg(0)->Arg(1);

}  // namespace

BENCHMARK_MAIN();
