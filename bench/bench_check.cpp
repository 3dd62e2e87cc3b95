// Model-checking throughput: distinct states per second (and generated states per second) on
// three specs of different shapes (bench/specs/): set-heavy (SetHeavy), sequence-heavy
// (SeqHeavy) and many small actions (ManyActions), with one worker and with all cores.
// Usage: bench_check [SPECS_DIR] [--repeat N]
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "evaluator/checker/checker.hpp"
#include "parser/cfg/config.hpp"
#include "parser/resolve/frontend.hpp"

namespace {

using namespace tlatrace;

struct Figures {
  bool ok = false;
  uint64_t distinct = 0, generated = 0;
  double seconds = 0;
};

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
  eval::CheckResult r = checker.run();
  f.ok = r.verdict == eval::CheckResult::Verdict::Ok;
  f.distinct = r.distinct;
  f.generated = r.generated;
  f.seconds = r.seconds;
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path dir = std::filesystem::path(__FILE__).parent_path() / "specs";
  int repeat = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else dir = argv[i];
  }
  int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::printf("%-12s %8s %10s %11s %9s %14s %15s\n", "spec", "workers", "distinct", "generated", "seconds",
              "distinct/s", "generated/s");
  int failures = 0;
  for (const char* spec : {"SetHeavy", "SeqHeavy", "ManyActions"}) {
    std::vector<int> worker_counts{1};
    if (cores > 1) worker_counts.push_back(cores);
    for (int w : worker_counts) {
      Figures best;
      for (int k = 0; k < repeat; ++k) {
        Figures f = run(dir, spec, w);
        if (!f.ok) {
          std::printf("%-12s %8d  FAILED (could not load or check)\n", spec, w);
          ++failures;
          break;
        }
        if (k == 0 || f.seconds < best.seconds) best = f;
      }
      if (!best.ok) continue;
      double s = std::max(best.seconds, 1e-9);
      std::printf("%-12s %8d %10llu %11llu %9.3f %14.0f %15.0f\n", spec, w,
                  static_cast<unsigned long long>(best.distinct), static_cast<unsigned long long>(best.generated),
                  best.seconds, best.distinct / s, best.generated / s);
    }
  }
  return failures == 0 ? 0 : 1;
}
