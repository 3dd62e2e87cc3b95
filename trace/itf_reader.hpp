#pragma once
// ITF traces (the Informal Trace Format of Apalache and Quint, `.itf.json`).
#include <string>

#include "parser/ast/source.hpp"
#include "trace/trace.hpp"

namespace tlatrace::trace {

/// Reads an ITF trace: `vars`, `states` (each state's `#meta` is skipped), optional `#meta`,
/// `params` (their values go to Trace::constants, not to the records) and `loop`. Quint's
/// `mbt::actionTaken` becomes the record's action and `mbt::nondetPicks` its params.
/// Throws InputError at file:line:col.
Trace read_itf(const std::string& path, SourceManager& sm);

}  // namespace tlatrace::trace
