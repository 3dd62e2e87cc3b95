// Model-checking throughput: distinct states per second (and generated states per second) on
// specs of different shapes, with one worker and with all cores:
//   bench/specs/: set-heavy (SetHeavy), sequence-heavy (SeqHeavy), many small actions
//   (ManyActions);
//   specs/DistLogMC: DistLog refined to Log (3 servers, 3 values, logs up to length 3): the
//   abstract Next quantifies over ranges and functions on every step, through an INSTANCE
//   substitution.
// Rates are per wall-clock second of the search; cpu_s (CPU time of all threads) tells how much
// of the machine the run had. Usage: bench_check [SPECS_DIR] [--repeat N] [--only NAME]
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>

#include "evaluator/checker/checker.hpp"
#include "parser/cfg/config.hpp"
#include "parser/resolve/frontend.hpp"

namespace {

using namespace tlatrace;

struct Figures {
  bool ok = false;
  uint64_t distinct = 0, generated = 0;
  double seconds = 0;      // wall time of the search
  double cpu_seconds = 0;  // CPU time of the process during the search (all threads)
};

double process_cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

// Loads `name`.tla/.cfg from `dir` and checks it with `workers` threads.
Figures run(const std::filesystem::path& dir, const std::string& name, int workers) {
  Figures f;
  Frontend fe;
  ast::Module* root = fe.load((dir / (name + ".tla")).string());
  const SourceFile* cfg_file = fe.sources().load((dir / (name + ".cfg")).string());
  if (!root || !cfg_file || fe.diagnostics().has_errors()) return f;
  auto cfg = cfg::parse_config(*cfg_file, fe.diagnostics());
  if (!cfg) return f;
  auto model = eval::Model::build(fe, *root, *cfg, fe.diagnostics());
  if (!model) return f;
  eval::CheckOptions opt;
  opt.workers = workers;
  eval::Checker checker(*model, opt);
  double cpu0 = process_cpu_seconds();
  eval::CheckResult r = checker.run();
  f.cpu_seconds = process_cpu_seconds() - cpu0;
  f.ok = r.verdict == eval::CheckResult::Verdict::Ok;
  f.distinct = r.distinct;
  f.generated = r.generated;
  f.seconds = r.seconds;
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path dir = std::filesystem::path(__FILE__).parent_path() / "specs";
  const std::filesystem::path repo_specs = std::filesystem::path(__FILE__).parent_path().parent_path() / "specs";
  int repeat = 1;
  std::string only;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) only = argv[++i];
    else dir = argv[i];
  }
  struct Bench {
    std::filesystem::path dir;
    const char* name;
  };
  const std::vector<Bench> benches{
      {dir, "SetHeavy"}, {dir, "SeqHeavy"}, {dir, "ManyActions"}, {repo_specs, "DistLogMC"}};
  int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::printf("%-12s %8s %10s %11s %9s %9s %14s %15s\n", "spec", "workers", "distinct", "generated", "seconds",
              "cpu_s", "distinct/s", "generated/s");
  int failures = 0;
  for (const Bench& bench : benches) {
    const char* spec = bench.name;
    if (!only.empty() && only != spec) continue;
    std::vector<int> worker_counts{1};
    if (cores > 1) worker_counts.push_back(cores);
    for (int w : worker_counts) {
      Figures best;
      for (int k = 0; k < repeat; ++k) {
        Figures f = run(bench.dir, spec, w);
        if (!f.ok) {
          std::printf("%-12s %8d  FAILED (could not load or check)\n", spec, w);
          ++failures;
          break;
        }
        if (k == 0 || f.seconds < best.seconds) best = f;
      }
      if (!best.ok) continue;
      double s = std::max(best.seconds, 1e-9);
      std::printf("%-12s %8d %10llu %11llu %9.3f %9.3f %14.0f %15.0f\n", spec, w,
                  static_cast<unsigned long long>(best.distinct), static_cast<unsigned long long>(best.generated),
                  best.seconds, best.cpu_seconds, best.distinct / s, best.generated / s);
    }
  }
  return failures == 0 ? 0 : 1;
}
