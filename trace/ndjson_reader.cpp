#include "trace/ndjson_reader.hpp"

#include "parser/ast/diagnostics.hpp"
#include "trace/json_document.hpp"
#include "trace/json_strict.hpp"
#include "trace/record_fields.hpp"
#include "trace/source_location.hpp"

namespace tlatrace::trace {
namespace {

bool is_blank(const std::string& s) {
  return s.find_first_not_of(" \t\r") == std::string::npos;
}

const char* type_word(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "a Boolean";
    case nlohmann::json::value_t::null: return "null";
    default: return "a number";
  }
}

}  // namespace

NdjsonReader::NdjsonReader(SourceManager& sm, std::string path)
    : sm_(sm), owned_((require_regular_file(path), std::make_unique<std::ifstream>(path, std::ios::binary))),
      in_(owned_.get()), path_(std::move(path)) {
  if (!*owned_) {
    throw InputError(Diagnostic{Severity::Error, {}, "cannot open trace file '" + path_ + "'"});
  }
}

NdjsonReader::NdjsonReader(SourceManager& sm, std::istream& in, std::string name)
    : sm_(sm), in_(&in), path_(std::move(name)) {}

void NdjsonReader::fail(uint32_t col, std::string message) const {
  fail_at(excerpt_file(sm_, path_, line_, buf_), line_, col, std::move(message));
}

bool NdjsonReader::next(TraceRecord& rec) {
  while (true) {
    if (!std::getline(*in_, buf_)) {
      if (in_->bad()) throw InputError(Diagnostic{Severity::Error, {}, "cannot read trace file '" + path_ + "'"});
      return false;
    }
    ++line_;
    bool terminated = !in_->eof();  // getline stopped at a newline, not at the end
    if (!buf_.empty() && buf_.back() == '\r') buf_.pop_back();
    if (is_blank(buf_)) continue;

    JsonParseResult parsed = parse_json_strict(buf_);
    if (!parsed.ok()) {
      uint32_t col = column_at(buf_, parsed.byte);
      if (!terminated && parsed.status == JsonParseResult::Status::Syntax)
        fail(col, "torn last line (the writer stopped mid-record?): " + parsed.message);
      fail(col, parsed.message);
    }
    nlohmann::json& obj = parsed.value;
    if (!obj.is_object())
      fail(column_at(buf_, buf_.find_first_not_of(" \t")),
           std::string("a trace line must be a JSON object, not ") + type_word(obj));

    if (obj.contains("#meta")) {
      for (const auto& [key, _] : obj.items())
        if (key != "#meta") fail(column_of_key(buf_, key), "a \"#meta\" line holds nothing but \"#meta\"");
      metadata_.push_back(MetadataLine{line_, std::move(obj["#meta"]), buf_});
      continue;
    }

    rec = TraceRecord{};
    rec.number = line_;
    rec.file = path_;
    rec.line = line_;
    try {
      fill_record_fields(obj, rec);
    } catch (const FieldError& e) {
      fail(column_of_key(buf_, e.key), e.what());
    }
    rec.raw = buf_;
    return true;
  }
}

Trace read_ndjson(const std::string& path, SourceManager& sm) {
  NdjsonReader reader(sm, path);
  Trace trace;
  trace.format = TraceFormat::Ndjson;
  trace.path = path;
  TraceRecord rec;
  while (reader.next(rec)) trace.records.push_back(std::move(rec));
  trace.metadata = reader.take_metadata();
  return trace;
}

}  // namespace tlatrace::trace
