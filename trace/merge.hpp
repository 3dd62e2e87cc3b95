#pragma once
// Merging per-node ndjson logs into one causally consistent ndjson trace
// (`tlatrace merge A.ndjson B.ndjson ... > all.ndjson`). See docs/trace-formats.md.
//
// Events carry either Lamport clocks ("clock") or vector clocks ("vc"), the same kind in
// every log. Lamport: events are ordered by (clock, node id). Vector clocks: the output is a
// linear extension of happened-before; among events that may come next, the one with the
// smallest sum of vc entries, then node id, then log position goes first. Node ids compare
// as numbers when both are decimal integers. A log's node is its "node" key, else its
// 0-based position among the inputs. Logs are streamed: memory does not grow with their length.
//
// Initial states: a log's first line without "clock" and "vc" is its initial-state line.
// The merged trace starts with one initial line: the single one verbatim, or the union of
// several (a variable observed in two with different values is an error), or `{}` (nothing
// observed) when no log has one. `#meta` lines are passed on as they are read.
#include <ostream>
#include <string>
#include <vector>

#include "parser/ast/diagnostics.hpp"
#include "parser/ast/source.hpp"

namespace tlatrace::trace {

/// Merges `paths` into `out`. On bad input or a causality violation, adds an error (and a
/// note at the other line involved) to `diags` and returns false; what was written to `out`
/// by then is a causally consistent prefix.
bool merge_logs(const std::vector<std::string>& paths, std::ostream& out, SourceManager& sm, Diagnostics& diags);

/// The `tlatrace merge` command: merges into `out`, prints diagnostics to `err`, returns the
/// exit code (0 success, 2 bad input or causality violation).
int merge_files(const std::vector<std::string>& paths, std::ostream& out, std::ostream& err);

}  // namespace tlatrace::trace
