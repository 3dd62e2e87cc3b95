#pragma once
// Helpers for the tests of the two searches of trace validation on
// tests/validate/specs/Ambiguous.tla: the spec loaded in process, an in-memory ndjson trace,
// and what both searches must agree on.
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "evaluator/model/model.hpp"
#include "parser/cfg/config.hpp"
#include "parser/resolve/frontend.hpp"
#include "refinement/record_source.hpp"
#include "refinement/report.hpp"
#include "refinement/validator.hpp"
#include "trace/ndjson_reader.hpp"

namespace tlatrace::refine::search_testing {

using json = nlohmann::json;
using Search = ValidateOptions::Search;
using Verdict = ValidationResult::Verdict;

/// Ambiguous.tla with a cfg (INIT/NEXT, optionally an invariant).
struct Spec {
  Frontend fe;
  std::optional<cfg::Config> cfg;
  std::unique_ptr<eval::Model> model;
  explicit Spec(const std::string& cfg_text) {
    ast::Module* root = fe.load(std::string(TLATRACE_SOURCE_DIR) + "/tests/validate/specs/Ambiguous.tla");
    const SourceFile* f = fe.sources().add("Ambiguous-test.cfg", cfg_text);
    cfg = cfg::parse_config(*f, fe.diagnostics());
    if (root && cfg) model = eval::Model::build(fe, *root, *cfg, fe.diagnostics());
  }
};

inline Spec& plain() {
  static Spec s("INIT Init\nNEXT Next\n");
  return s;
}
inline Spec& with_invariant() {
  static Spec s("INIT Init\nNEXT Next\nINVARIANT YBound\n");
  return s;
}

/// An in-memory ndjson trace.
class TextSource final : public RecordSource {
 public:
  TextSource(SourceManager& sm, const std::string& text) : in_(text), reader_(sm, in_, "mem.ndjson") {}
  bool next(trace::TraceRecord& rec) override { return reader_.next(rec); }
  std::string name() const override { return "mem.ndjson"; }
  trace::TraceFormat format() const override { return trace::TraceFormat::Ndjson; }

 private:
  std::istringstream in_;
  trace::NdjsonReader reader_;
};

inline ValidationResult validate(Spec& spec, const std::string& trace, Search search, int max_hidden = 0,
                          size_t window = 10000) {
  EXPECT_TRUE(spec.model) << "Ambiguous.tla does not load";
  ValidateOptions o;
  o.search = search;
  o.max_hidden = max_hidden;
  o.window_records = window;
  TextSource src(spec.fe.sources(), trace);
  return validate_trace(*spec.model, src, spec.fe.sources(), o);
}

/// What both searches must agree on: the verdict, the failing record, the consistent states
/// before it and their diagnosis. (The matched paths may differ before the last state: both
/// are behaviors of the spec that match the records.)
inline json essentials(const ValidationResult& r) {
  json j = result_json(r);
  json out{{"result", j["result"]}};
  if (j.contains("violation")) {
    json v = j["violation"];
    out["violation"] = {{"kind", v["kind"]}, {"step", v["step"]}, {"message", v["message"]},
                        {"consistent_states", v["consistent_states"]}, {"diagnosis", v["diagnosis"]}};
    if (!v["path"].empty()) out["violation"]["last_state"] = v["path"].back()["state"];
    if (v.contains("violating_step")) out["violation"]["violating"] = v["violating_step"]["state"];
  }
  if (j.contains("message")) out["message"] = j["message"];
  return out;
}

}  // namespace tlatrace::refine::search_testing
