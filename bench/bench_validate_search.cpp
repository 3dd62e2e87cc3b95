// The two searches of trace validation side by side (refinement/validator.hpp): depth-first
// with memoisation, and the frontier. Each scenario generates an ndjson trace of a small spec,
// validates it with both, and prints wall time, spec transitions examined, backtracks and
// peak RSS growth.
//   build-x/bench/bench_validate_search [records]
// Scenarios (x is always logged; c may stay, or move up by 1 or 2, at each step):
//   full      c logged at every record: one consistent state at each record
//   transient c logged every 8th record: between two, the frontier carries every value c may
//             have reached; the depth-first search follows one and backtracks on a mismatch
//   lasting   c never logged: the ambiguity lasts (the depth-first search hands over to the
//             frontier after one window of records)
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

#include "bench/validate_bench_support.hpp"

namespace fs = std::filesystem;
using namespace tlatrace;

namespace {

const char* kSpec = R"(---- MODULE BenchSearch ----
EXTENDS Naturals
VARIABLES x, c
Init == x = 0 /\ c = 0
Step == /\ x' = (x + 1) % 1000
        /\ c' \in {c, (c + 1) % 64, (c + 2) % 64}
Next == Step
====
)";

/// A behavior of BenchSearch: c logged every `reveal` records (0: never, 1: always).
std::string write_trace(const fs::path& dir, const std::string& name, long records, int reveal) {
  std::string path = (dir / (name + ".ndjson")).string();
  std::ofstream out(path);
  std::mt19937 rng(7);
  long x = 0, c = 0;
  for (long i = 0; i < records; ++i) {
    out << "{\"x\":" << x;
    if (reveal > 0 && i % reveal == 0) out << ",\"c\":" << c;
    out << "}\n";
    x = (x + 1) % 1000;
    c = (c + static_cast<long>(rng() % 3)) % 64;
  }
  return path;
}

void run(eval::Model& model, Frontend& fe, const std::string& trace, const char* scenario,
         refine::ValidateOptions::Search search) {
  double rss0 = bench::peak_rss_mb();
  refine::ValidateOptions o;
  o.search = search;
  auto t0 = std::chrono::steady_clock::now();
  refine::ValidationResult r = bench::validate_ndjson(model, fe, trace, o);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%-9s %-11s %-8s %8.2f s %12llu transitions %8llu backtracks  window %6zu  largest set %5zu  "
              "peak RSS %.1f MB (+%.1f)\n",
              scenario, r.search.c_str(), r.verdict == refine::ValidationResult::Verdict::Accepted ? "accepted" : "REJECTED",
              secs, static_cast<unsigned long long>(r.transitions), static_cast<unsigned long long>(r.backtracks),
              r.max_window, r.max_frontier, bench::peak_rss_mb(), bench::peak_rss_mb() - rss0);
}

}  // namespace

int main(int argc, char** argv) {
  long records = argc > 1 ? std::atol(argv[1]) : 100000;
  fs::path dir = fs::temp_directory_path() / ("tlatrace-bench-search-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "BenchSearch.tla") << kSpec;
  Frontend fe;
  auto model = bench::load_model(fe, dir / "BenchSearch.tla");
  if (!model) return 2;
  std::printf("%ld records per trace\n", records);
  struct Scenario {
    const char* name;
    int reveal;
  };
  for (Scenario s : {Scenario{"full", 1}, Scenario{"transient", 8}, Scenario{"lasting", 0}}) {
    std::string trace = write_trace(dir, s.name, records, s.reveal);
    run(*model, fe, trace, s.name, refine::ValidateOptions::Search::DepthFirst);
    run(*model, fe, trace, s.name, refine::ValidateOptions::Search::Frontier);
  }
  fs::remove_all(dir);
  return 0;
}
