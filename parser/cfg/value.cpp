// CfgValue construction, comparison and printing.
#include <string>

#include "parser/cfg/config.hpp"

namespace tlatrace::cfg {

CfgValue CfgValue::make_int(int64_t v, SourceRange r) {
  CfgValue out;
  out.kind = Kind::Int;
  out.int_value = v;
  out.range = r;
  return out;
}

CfgValue CfgValue::make_string(std::string s, SourceRange r) {
  CfgValue out;
  out.kind = Kind::String;
  out.text = std::move(s);
  out.range = r;
  return out;
}

CfgValue CfgValue::make_bool(bool b, SourceRange r) {
  CfgValue out;
  out.kind = Kind::Bool;
  out.bool_value = b;
  out.range = r;
  return out;
}

CfgValue CfgValue::make_model_value(std::string name, SourceRange r) {
  CfgValue out;
  out.kind = Kind::ModelValue;
  out.text = std::move(name);
  out.range = r;
  return out;
}

CfgValue CfgValue::make_set(std::vector<CfgValue> elems, SourceRange r) {
  CfgValue out;
  out.kind = Kind::Set;
  out.elements = std::move(elems);
  out.range = r;
  return out;
}

bool CfgValue::operator==(const CfgValue& other) const {
  if (kind != other.kind) return false;
  switch (kind) {
    case Kind::Int: return int_value == other.int_value;
    case Kind::Bool: return bool_value == other.bool_value;
    case Kind::String:
    case Kind::ModelValue: return text == other.text;
    case Kind::Set: return elements == other.elements;
  }
  return false;
}

const char* kind_name(CfgValue::Kind kind) {
  switch (kind) {
    case CfgValue::Kind::Int: return "integer";
    case CfgValue::Kind::String: return "string";
    case CfgValue::Kind::Bool: return "boolean";
    case CfgValue::Kind::ModelValue: return "model value";
    case CfgValue::Kind::Set: return "set";
  }
  return "value";
}

namespace {
void append_value(std::string& out, const CfgValue& v) {
  switch (v.kind) {
    case CfgValue::Kind::Int: out += std::to_string(v.int_value); return;
    case CfgValue::Kind::Bool: out += v.bool_value ? "TRUE" : "FALSE"; return;
    // TLC keeps a cfg string's text between the quotes verbatim (escapes included), so
    // printing it verbatim between quotes gives back what was written.
    case CfgValue::Kind::String: out += '"'; out += v.text; out += '"'; return;
    case CfgValue::Kind::ModelValue: out += v.text; return;
    case CfgValue::Kind::Set:
      out += '{';
      for (size_t i = 0; i < v.elements.size(); ++i) {
        if (i > 0) out += ", ";
        append_value(out, v.elements[i]);
      }
      out += '}';
      return;
  }
}
}  // namespace

std::string to_string(const CfgValue& value) {
  std::string out;
  append_value(out, value);
  return out;
}

}  // namespace tlatrace::cfg
