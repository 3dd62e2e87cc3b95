// Trace-validation throughput and memory: generates a 1,000,000-line full-state ndjson trace of
// a small spec, validates it in process (streamed), and prints the time and peak RSS; a
// 100,000-line run first shows that memory does not grow with the trace. Then times
// EWD998ChanTrace (tlaplus/Examples, TLC-style trace validation) through `tlatrace check`
// when a checkout is found ($TLA_EXAMPLES, default /work/ext/Examples).
//   build-x/bench/bench_validate [lines]
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/validate_bench_support.hpp"

namespace fs = std::filesystem;
using namespace tlatrace;

namespace {

const char* kSpec = R"(---- MODULE BenchClock ----
EXTENDS Naturals
VARIABLES h, m, ticks, alarm
Init == h = 0 /\ m = 0 /\ ticks = 0 /\ alarm = FALSE
Tick == /\ m' = (m + 1) % 60
        /\ h' = IF m = 59 THEN (h + 1) % 24 ELSE h
        /\ ticks' = ticks + 1
        /\ alarm' = (h' = 7 /\ m' = 0)
Skip(d) == /\ m + d < 60
           /\ m' = m + d /\ UNCHANGED h /\ ticks' = ticks + 1 /\ alarm' = FALSE
Next == Tick \/ \E d \in {2, 3} : Skip(d)
====
)";

std::string write_trace(const fs::path& dir, long lines) {
  std::string path = (dir / ("clock-" + std::to_string(lines) + ".ndjson")).string();
  std::ofstream out(path);
  long h = 0, m = 0;
  for (long i = 0; i < lines; ++i) {
    bool alarm = i > 0 && h == 7 && m == 0;
    out << "{\"h\":" << h << ",\"m\":" << m << ",\"ticks\":" << i << ",\"alarm\":" << (alarm ? "true" : "false") << "}\n";
    m = (m + 1) % 60;
    if (m == 0) h = (h + 1) % 24;
  }
  return path;
}

int validate(const fs::path& dir, long lines) {
  std::string trace = write_trace(dir, lines);
  Frontend fe;
  auto model = bench::load_model(fe, dir / "BenchClock.tla");
  if (!model) return 2;
  auto t0 = std::chrono::steady_clock::now();
  double c0 = bench::cpu_seconds();
  refine::ValidationResult r = bench::validate_ndjson(*model, fe, trace);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = bench::cpu_seconds() - c0;
  std::printf("validate %8ld-line full-state trace: %s in %.2f s wall, %.2f s CPU (%.0f records/s), %llu transitions, "
              "peak RSS %.1f MB\n",
              lines, r.verdict == refine::ValidationResult::Verdict::Accepted ? "accepted" : "NOT accepted", secs, cpu,
              lines / secs, static_cast<unsigned long long>(r.transitions), bench::peak_rss_mb());
  fs::remove(trace);
  return r.verdict == refine::ValidationResult::Verdict::Accepted ? 0 : 1;
}

void time_ewd998() {
  const char* env = std::getenv("TLA_EXAMPLES");
  fs::path examples = env ? env : "/work/ext/Examples";
  fs::path spec = examples / "specifications/ewd998/EWD998ChanTrace.tla";
  if (!fs::exists(spec)) {
    std::printf("EWD998ChanTrace: not timed (no checkout at %s)\n", examples.c_str());
    return;
  }
  fs::path binary = fs::read_symlink("/proc/self/exe").parent_path().parent_path() / "cli/tlatrace";
  std::string cmd = "cd " + examples.string() + " && " + binary.string() +
                    " check specifications/ewd998/EWD998ChanTrace.tla -w 1 > /dev/null 2>&1";
  auto t0 = std::chrono::steady_clock::now();
  int status = std::system(cmd.c_str());
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("EWD998ChanTrace through tlatrace check: exit %d in %.2f s wall (TLC: about 3.3 s)\n",
              WEXITSTATUS(status), secs);
}

}  // namespace

int main(int argc, char** argv) {
  long lines = argc > 1 ? std::atol(argv[1]) : 1000000;
  fs::path dir = fs::temp_directory_path() / ("tlatrace-bench-validate-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "BenchClock.tla") << kSpec;
  int rc = validate(dir, std::max(1L, lines / 10));
  rc |= validate(dir, lines);
  fs::remove_all(dir);
  time_ewd998();
  return rc;
}
