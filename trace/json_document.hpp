#pragma once
// Whole-file JSON trace documents (ITF, TLC's dump): loading, strict parsing, and errors
// that point into the loaded file.
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "parser/ast/source.hpp"

namespace tlatrace::trace {

/// A parsed JSON file and the SourceFile its positions refer to.
struct JsonDocument {
  const SourceFile* file = nullptr;
  nlohmann::json value;
};

/// Loads and strictly parses `path`; throws InputError (file:line:col) on failure.
JsonDocument load_json_document(const std::string& path, SourceManager& sm);

/// Throws an InputError when `path` is a directory.
void require_regular_file(const std::string& path);

/// Throws an InputError at byte offset `byte` of `file`.
[[noreturn]] void fail_at_byte(const SourceFile* file, size_t byte, std::string message);

/// Byte offset of the first `"key"` at or after `from` (or `from` when there is none).
size_t find_key(const SourceFile* file, const std::string& key, size_t from = 0);

}  // namespace tlatrace::trace
