#include "evaluator/value/print.hpp"

#include <cctype>

#include "evaluator/value/enumerate.hpp"
#include "evaluator/value/heap.hpp"
#include "evaluator/value/int_ops.hpp"
#include "evaluator/value/set_ops.hpp"

namespace tlatrace::eval {
namespace {

// TLC's TLCGlobals.enumBound: lazy function/record/tuple sets smaller than this print enumerated.
constexpr int64_t kEnumBound = 2000;
// SubsetValue prints enumerated when the base set has fewer than this many elements.
constexpr int64_t kSubsetExpandBelow = 7;

void print_elements(std::string& out, std::span<const Value> elems) {
  out += '{';
  for (size_t i = 0; i < elems.size(); ++i) {
    if (i > 0) out += ", ";
    print_value(out, elems[i]);
  }
  out += '}';
}

bool is_record_domain(const FcnObj& f) {
  if (f.seq()) return false;
  for (const Value& d : f.dom()) {
    if (!d.is_string() || !is_record_field_name(d.raw_atom()->text)) return false;
  }
  return true;
}

void print_function(std::string& out, const FcnObj& f) {
  if (f.size() == 0) {
    out += "<<>>";
  } else if (f.seq()) {
    out += "<<";
    for (size_t i = 0; i < f.size(); ++i) {
      if (i > 0) out += ", ";
      print_value(out, f.rng()[i]);
    }
    out += ">>";
  } else if (is_record_domain(f)) {
    out += '[';
    for (size_t i = 0; i < f.size(); ++i) {
      if (i > 0) out += ", ";
      out += f.dom()[i].raw_atom()->text;
      out += " |-> ";
      print_value(out, f.rng()[i]);
    }
    out += ']';
  } else {
    out += '(';
    for (size_t i = 0; i < f.size(); ++i) {
      if (i > 0) out += " @@ ";
      print_value(out, f.dom()[i]);
      out += " :> ";
      print_value(out, f.rng()[i]);
    }
    out += ')';
  }
}

/// Prints `set` enumerated when `should_expand` says so and enumeration succeeds; returns
/// false (printing nothing) otherwise, like TLC swallowing the error and printing lazily.
template <typename Predicate>
bool try_print_enumerated(std::string& out, const Value& set, Predicate should_expand) {
  try {
    if (!should_expand()) return false;
    Value enumerated = materialize(set);
    print_elements(out, enumerated.as_set_obj().elems());
    return true;
  } catch (const EvalError&) {
    return false;
  }
}

void print_infix(std::string& out, const LazySetObj& obj, const char* op) {
  print_value(out, obj.args[0]);
  out += op;
  print_value(out, obj.args[1]);
}

void print_lazy(std::string& out, const Value& set) {
  const LazySetObj& obj = set.as_lazy_obj();
  auto small_product = [&] {
    return is_finite(set) && cardinality(set) < kEnumBound;
  };
  auto always = [] { return true; };
  switch (obj.kind) {
    case LazyKind::Nat: out += "Nat"; return;
    case LazyKind::Int: out += "Int"; return;
    case LazyKind::String: out += "STRING"; return;
    case LazyKind::Seq:
      out += "Seq(";
      print_value(out, obj.args[0]);
      out += ')';
      return;
    case LazyKind::Subset:
      if (try_print_enumerated(out, set, [&] {
            return is_finite(obj.args[0]) && cardinality(obj.args[0]) < kSubsetExpandBelow;
          })) {
        return;
      }
      out += "SUBSET ";
      if (obj.args[0].tag() == Tag::Interval) {
        out += '(';
        print_value(out, obj.args[0]);
        out += ')';
      } else {
        print_value(out, obj.args[0]);
      }
      return;
    case LazyKind::FcnSet:
      if (try_print_enumerated(out, set, small_product)) return;
      out += '[';
      print_infix(out, obj, " -> ");
      out += ']';
      return;
    case LazyKind::RcdSet:
      if (try_print_enumerated(out, set, small_product)) return;
      out += '[';
      for (size_t i = 0; i < obj.names.size(); ++i) {
        if (i > 0) out += ", ";
        out += obj.names[i]->text;
        out += ": ";
        print_value(out, obj.args[i]);
      }
      out += ']';
      return;
    case LazyKind::Product:
      if (try_print_enumerated(out, set, small_product)) return;
      out += '(';
      for (size_t i = 0; i < obj.args.size(); ++i) {
        if (i > 0) out += " \\X ";
        print_value(out, obj.args[i]);
      }
      out += ')';
      return;
    case LazyKind::Cup:
      if (!try_print_enumerated(out, set, always)) print_infix(out, obj, " \\cup ");
      return;
    case LazyKind::Cap:
      if (!try_print_enumerated(out, set, always)) print_infix(out, obj, " \\cap ");
      return;
    case LazyKind::Diff:
      if (!try_print_enumerated(out, set, always)) print_infix(out, obj, " \\ ");
      return;
    case LazyKind::Union:
      if (try_print_enumerated(out, set, always)) return;
      out += "UNION(";
      print_value(out, obj.args[0]);
      out += ')';
      return;
    case LazyKind::Filter:
      if (!try_print_enumerated(out, set, always)) out += obj.filter->describe(obj.args[0]);
      return;
  }
}

}  // namespace

bool is_record_field_name(const std::string& name) {
  bool has_letter = false;
  for (unsigned char ch : name) {
    if (ch == '_') continue;
    if (!std::isalnum(ch)) return false;
    has_letter = has_letter || std::isalpha(ch);
  }
  return has_letter &&
         (name.size() < 4 || (name.rfind("WF_", 0) != 0 && name.rfind("SF_", 0) != 0));
}

std::string quote_string(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  out += '"';
  return out;
}

void print_value(std::string& out, const Value& v) {
  switch (v.tag()) {
    case Tag::None: out += "<undefined>"; return;
    case Tag::Bool: out += v.raw_bool() ? "TRUE" : "FALSE"; return;
    case Tag::Int: out += std::to_string(v.raw_int()); return;
    case Tag::String: out += quote_string(v.raw_atom()->text); return;
    case Tag::Model: out += v.raw_atom()->text; return;
    case Tag::Set: print_elements(out, v.as_set_obj().elems()); return;
    case Tag::Interval:
      out += std::to_string(v.as_interval_obj().lo);
      out += "..";
      out += std::to_string(v.as_interval_obj().hi);
      return;
    case Tag::LazySet: print_lazy(out, v); return;
    case Tag::Function: print_function(out, v.as_fcn_obj()); return;
  }
}

std::string to_tla_string(const Value& v) {
  std::string out;
  print_value(out, v);
  return out;
}

}  // namespace tlatrace::eval
