// SVG (community module): the operators TLC implements in Java (tlc2/overrides/SVG.java), for
// the animation specs whose ALIAS draws each state of a counterexample.
#include <cmath>
#include <numbers>

#include "evaluator/natives/registry.hpp"

namespace tlatrace::eval {
namespace {

const std::string& string_field(const Value& elem, std::string_view field) {
  const Value v = select_field(elem, field);
  if (!v.is_string())
    throw EvalError("SVGElemToString: the field " + std::string(field) + " of an SVG element must be a string, but it is " +
                    to_tla_string(v));
  return v.raw_atom()->text;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

// <name a1='v1' ...>innerText children</name>, attribute names with '_' written '-', as TLC's.
void element_text(const Value& elem, std::string& out, int depth) {
  if (depth > 1000) throw EvalError("SVGElemToString: the SVG elements are nested more than 1000 deep.");
  if (!elem.is_function())
    throw EvalError("An SVG element must be a record. Value given is " + to_tla_string(elem));
  const std::string& name = string_field(elem, "name");
  out += "<" + name;
  const Value attrs = select_field(elem, "attrs");
  if (!attrs.is_function()) throw EvalError("Was unable to convert element to a record: " + to_tla_string(attrs));
  const FcnObj& a = attrs.as_fcn_obj();
  for (size_t i = 0; i < a.size(); ++i) {
    const Value key = a.seq() ? Value::integer(static_cast<int64_t>(i) + 1) : a.dom()[i];
    const Value& val = a.rng()[i];
    if (!key.is_string() || !val.is_string())
      throw EvalError("SVGElemToString: attributes must map strings to strings, but " + to_tla_string(key) + " |-> " +
                      to_tla_string(val) + " does not");
    out += " " + replace_all(key.raw_atom()->text, "_", "-") + "='" + val.raw_atom()->text + "'";
  }
  out += ">";
  out += replace_all(replace_all(string_field(elem, "innerText"), "<<", "&lt;&lt;"), ">>", "&gt;&gt;");
  const Value children = select_field(elem, "children");
  if (!children.is_function())
    throw EvalError("Was unable to convert element to a tuple or (function) record: " + to_tla_string(children));
  for (const Value& child : children.as_fcn_obj().rng()) element_text(child, out, depth + 1);
  out += "</" + name + ">";
}

Value svg_elem_to_string(const Value* a) {
  std::string out;
  element_text(a[0], out, 0);
  return Value::string(out);
}

// The n-th of m points evenly placed on the circle of radius r centred on (cx, cy), each
// coordinate truncated to an integer as TLC's (int) cast does.
Value node_of_ring_network(const Value* a) {
  for (int i = 0; i < 5; ++i)
    if (!a[i].is_int()) throw EvalError("NodeOfRingNetwork: the arguments must be integers, but one is " + to_tla_string(a[i]));
  const double m = static_cast<double>(a[4].raw_int());
  if (m == 0) throw EvalError("NodeOfRingNetwork: the number of nodes m is 0.");
  const double angle = (2.0 * std::numbers::pi / m) * static_cast<double>(a[3].raw_int());
  const double r = static_cast<double>(a[2].raw_int());
  const auto x = static_cast<int64_t>(static_cast<double>(a[0].raw_int()) + r * std::cos(angle));
  const auto y = static_cast<int64_t>(static_cast<double>(a[1].raw_int()) + r * std::sin(angle));
  return make_record(std::vector<std::pair<std::string_view, Value>>{{"x", Value::integer(x)}, {"y", Value::integer(y)}});
}

}  // namespace

void add_svg_natives(std::vector<NativeEntry>& out) {
  out.push_back({"SVG", "SVGElemToString", 1, svg_elem_to_string});
  out.push_back({"SVG", "NodeOfRingNetwork", 5, node_of_ring_network});
}

}  // namespace tlatrace::eval
