#pragma once
// What the trace-validation benchmarks (bench_validate, bench_validate_search) share: loading
// a generated spec with the default cfg, validating one ndjson trace in process, and the
// process's CPU time and peak resident memory.
#include <sys/resource.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "evaluator/model/model.hpp"
#include "parser/cfg/config.hpp"
#include "parser/resolve/frontend.hpp"
#include "refinement/record_source.hpp"
#include "refinement/validator.hpp"

namespace tlatrace::bench {

inline double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

inline double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// The model of `spec` with INIT Init / NEXT Next; nullptr (diagnostics printed) if it fails.
inline std::unique_ptr<eval::Model> load_model(Frontend& fe, const std::filesystem::path& spec) {
  ast::Module* root = fe.load(spec.string());
  const SourceFile* cfg_file = fe.sources().add("bench.cfg", "INIT Init\nNEXT Next\n");
  auto cfg = cfg::parse_config(*cfg_file, fe.diagnostics());
  auto model = root && cfg ? eval::Model::build(fe, *root, *cfg, fe.diagnostics()) : nullptr;
  if (!model) fe.diagnostics().print(std::cerr);
  return model;
}

/// Validates the ndjson trace at `path` (streamed) against `model`.
inline refine::ValidationResult validate_ndjson(eval::Model& model, Frontend& fe, const std::string& path,
                                               const refine::ValidateOptions& options = {}) {
  auto source = refine::open_records({path}, trace::TraceFormat::Ndjson, fe.sources(), fe.diagnostics());
  return refine::validate_trace(model, *source, fe.sources(), options);
}

}  // namespace tlatrace::bench
