#include "refinement/record_source.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "trace/merge.hpp"
#include "trace/ndjson_reader.hpp"
#include "trace/read_trace.hpp"

namespace tlatrace::refine {

namespace {

/// Streams an ndjson file (memory independent of its length). A merged temporary file is
/// removed when the source is destroyed.
class NdjsonSource final : public RecordSource {
 public:
  NdjsonSource(SourceManager& sm, std::string path, std::string shown, std::string temp)
      : reader_(sm, path), shown_(std::move(shown)), temp_(std::move(temp)) {}
  ~NdjsonSource() override {
    if (!temp_.empty()) std::remove(temp_.c_str());
  }
  bool next(trace::TraceRecord& rec) override {
    bool ok = reader_.next(rec);
    reader_.take_metadata();
    return ok;
  }
  std::string name() const override { return shown_; }
  trace::TraceFormat format() const override { return trace::TraceFormat::Ndjson; }

 private:
  trace::NdjsonReader reader_;
  std::string shown_, temp_;
};

/// Hands out the records of a document read whole.
class DocumentSource final : public RecordSource {
 public:
  explicit DocumentSource(trace::Trace t) : trace_(std::move(t)) {}
  bool next(trace::TraceRecord& rec) override {
    if (pos_ >= trace_.records.size()) return false;
    rec = std::move(trace_.records[pos_++]);
    return true;
  }
  std::string name() const override { return trace_.path; }
  trace::TraceFormat format() const override { return trace_.format; }

 private:
  trace::Trace trace_;
  size_t pos_ = 0;
};

}  // namespace

std::unique_ptr<RecordSource> open_records(const std::vector<std::string>& paths, trace::TraceFormat format,
                                           SourceManager& sm, Diagnostics& diags) {
  if (paths.size() == 1) {
    const std::string& path = paths[0];
    if (format == trace::TraceFormat::Auto) format = trace::detect_format(path, sm);
    if (format == trace::TraceFormat::Ndjson) return std::make_unique<NdjsonSource>(sm, path, path, "");
    return std::make_unique<DocumentSource>(trace::read_trace(path, sm, format));
  }
  // Several logs: merge them by their clocks into a temporary file, then stream that.
  std::string temp = (std::filesystem::temp_directory_path() / ("tlatrace-merged-" + std::to_string(getpid()) + ".ndjson")).string();
  {
    std::ofstream out(temp);
    if (!out) throw InputError(Diagnostic{Severity::Error, {}, "cannot create the temporary file " + temp});
    size_t before = diags.error_count();
    bool ok = trace::merge_logs(paths, out, sm, diags);
    if (!ok || diags.error_count() > before) {
      out.close();
      std::remove(temp.c_str());
      for (const auto& d : diags.all())
        if (d.severity == Severity::Error) throw InputError(d);
      throw InputError(Diagnostic{Severity::Error, {}, "the logs could not be merged"});
    }
  }
  std::string shown;
  for (const auto& p : paths) shown += (shown.empty() ? "" : "+") + p;
  return std::make_unique<NdjsonSource>(sm, temp, "merged(" + shown + ")", temp);
}

}  // namespace tlatrace::refine
