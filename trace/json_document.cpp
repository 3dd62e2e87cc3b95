#include "trace/json_document.hpp"

#include <filesystem>

#include "parser/ast/diagnostics.hpp"
#include "trace/json_strict.hpp"
#include "trace/source_location.hpp"

namespace tlatrace::trace {

void fail_at_byte(const SourceFile* file, size_t byte, std::string message) {
  TextPosition pos = position_of(*file, byte);
  fail_at(file, pos.line, pos.col, std::move(message));
}

size_t find_key(const SourceFile* file, const std::string& key, size_t from) {
  size_t at = file->text.find(nlohmann::json(key).dump(), from);
  return at == std::string::npos ? from : at;
}

void require_regular_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw InputError(Diagnostic{Severity::Error, {}, "'" + path + "' is a directory, not a trace file"});
}

JsonDocument load_json_document(const std::string& path, SourceManager& sm) {
  require_regular_file(path);
  const SourceFile* file = sm.load(path);
  if (!file) throw InputError(Diagnostic{Severity::Error, {}, "cannot read trace file '" + path + "'"});
  if (file->text.find_first_not_of(" \t\r\n") == std::string::npos)
    fail_at_byte(file, 0, "the trace file is empty");
  JsonParseResult parsed = parse_json_strict(file->text);
  if (!parsed.ok()) {
    std::string message = parsed.message;
    if (parsed.status == JsonParseResult::Status::Syntax && parsed.at_end)
      message = "the file ends inside a JSON value (was it cut off?): " + message;
    fail_at_byte(file, parsed.byte, message);
  }
  return JsonDocument{file, std::move(parsed.value)};
}

}  // namespace tlatrace::trace
