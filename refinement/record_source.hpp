#pragma once
// Where the records of a trace come from, one at a time: an ndjson file streamed line by line,
// a whole ITF / TLC JSON document, or several per-node logs merged by their clocks.
#include <memory>
#include <string>
#include <vector>

#include "parser/ast/diagnostics.hpp"
#include "parser/ast/source.hpp"
#include "trace/trace.hpp"

namespace tlatrace::refine {

/// A stream of trace records (the first is the initial state).
class RecordSource {
 public:
  virtual ~RecordSource() = default;
  /// The next record; false at the end. Throws InputError on bad input.
  virtual bool next(trace::TraceRecord& rec) = 0;
  /// The trace's name for reports (the file, or the merged files).
  virtual std::string name() const = 0;
  /// The format the records were read in.
  virtual trace::TraceFormat format() const = 0;
};

/// Opens `paths` (one file in `format`, detected when Auto; several ndjson logs are merged by
/// their clocks into a temporary file first). Throws InputError on bad input; merge errors
/// are added to `diags` and also thrown as the first of them.
std::unique_ptr<RecordSource> open_records(const std::vector<std::string>& paths, trace::TraceFormat format,
                                           SourceManager& sm, Diagnostics& diags);

}  // namespace tlatrace::refine
