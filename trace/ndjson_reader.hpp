#pragma once
// ndjson traces: one JSON object per line, read line by line with bounded memory.
#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "parser/ast/source.hpp"
#include "trace/trace.hpp"

namespace tlatrace::trace {

/// Streams the records of an ndjson trace: only the current line is held in memory.
/// Errors are thrown as InputError pointing at file:line:col; the SourceManager keeps the
/// excerpt of the offending line alive for rendering.
class NdjsonReader {
 public:
  /// Opens `path`; throws InputError when it cannot be opened.
  NdjsonReader(SourceManager& sm, std::string path);
  /// Reads from an open stream; `name` stands for the file in records and messages.
  NdjsonReader(SourceManager& sm, std::istream& in, std::string name);

  /// Reads the next record (the first one is the initial state) into `rec`; false at the
  /// end. Blank lines are skipped; `#meta` lines are collected, see take_metadata().
  bool next(TraceRecord& rec);

  /// The `#meta` lines read since the last call.
  std::vector<MetadataLine> take_metadata() {
    std::vector<MetadataLine> out;
    out.swap(metadata_);
    return out;
  }
  /// Lines read so far (the number of the last line read).
  uint32_t lines_read() const { return line_; }
  const std::string& path() const { return path_; }

 private:
  SourceManager& sm_;
  std::unique_ptr<std::ifstream> owned_;
  std::istream* in_;
  std::string path_;
  uint32_t line_ = 0;
  std::string buf_;
  std::vector<MetadataLine> metadata_;

  [[noreturn]] void fail(uint32_t col, std::string message) const;
};

/// Reads a whole ndjson trace (a convenience over NdjsonReader).
Trace read_ndjson(const std::string& path, SourceManager& sm);

}  // namespace tlatrace::trace
