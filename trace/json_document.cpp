#include "trace/json_document.hpp"

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

JsonDocument load_json_document(const std::string& path, SourceManager& sm) {
  const SourceFile* file = sm.load(path);
  if (!file) throw InputError(Diagnostic{Severity::Error, {}, "cannot read trace file '" + path + "'"});
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
