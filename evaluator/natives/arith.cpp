// Naturals and Integers.
#include "evaluator/natives/registry.hpp"

namespace tlatrace::eval {
namespace {

int64_t num(const Value& v, const char* op, int pos) {
  if (!v.is_int())
    throw EvalError(std::string("The ") + (pos == 0 ? "first" : "second") + " argument of " + op +
                    " should be an integer, but instead it is:\n" + to_tla_string(v));
  return v.raw_int();
}

Value nat(const Value*) { return nat_set(); }
Value integers(const Value*) { return int_set(); }
Value plus(const Value* a) { return Value::integer(checked_add(num(a[0], "+", 0), num(a[1], "+", 1))); }
Value minus(const Value* a) { return Value::integer(checked_sub(num(a[0], "-", 0), num(a[1], "-", 1))); }
Value times(const Value* a) { return Value::integer(checked_mul(num(a[0], "*", 0), num(a[1], "*", 1))); }
Value less(const Value* a) { return Value::boolean(num(a[0], "<", 0) < num(a[1], "<", 1)); }
Value greater(const Value* a) { return Value::boolean(num(a[0], ">", 0) > num(a[1], ">", 1)); }
Value leq(const Value* a) { return Value::boolean(num(a[0], "<=", 0) <= num(a[1], "<=", 1)); }
Value geq(const Value* a) { return Value::boolean(num(a[0], ">=", 0) >= num(a[1], ">=", 1)); }
Value div(const Value* a) { return Value::integer(checked_div(num(a[0], "\\div", 0), num(a[1], "\\div", 1))); }
Value mod(const Value* a) { return Value::integer(checked_mod(num(a[0], "%", 0), num(a[1], "%", 1))); }
Value pow(const Value* a) { return Value::integer(checked_pow(num(a[0], "^", 0), num(a[1], "^", 1))); }
Value dot_dot(const Value* a) { return make_interval(num(a[0], "..", 0), num(a[1], "..", 1)); }
Value neg(const Value* a) { return Value::integer(checked_neg(num(a[0], "-", 0))); }

}  // namespace

void add_arith_natives(std::vector<NativeEntry>& out) {
  for (std::string_view m : {"Naturals", "Integers"}) {
    out.push_back({m, "+", 2, plus, nullptr, false, IntOp::Add});
    out.push_back({m, "-", 2, minus, nullptr, false, IntOp::Sub});
    out.push_back({m, "*", 2, times});
    out.push_back({m, "<", 2, less, nullptr, false, IntOp::Less});
    out.push_back({m, ">", 2, greater, nullptr, false, IntOp::Greater});
    out.push_back({m, "\\leq", 2, leq, nullptr, false, IntOp::Leq});
    out.push_back({m, "\\geq", 2, geq, nullptr, false, IntOp::Geq});
    out.push_back({m, "\\div", 2, div});
    out.push_back({m, "%", 2, mod});
    out.push_back({m, "^", 2, pow});
    out.push_back({m, "..", 2, dot_dot});
    out.push_back({m, "Nat", 0, nat});
  }
  out.push_back({"Integers", "Int", 0, integers});
  out.push_back({"Integers", "-.", 1, neg});
}

}  // namespace tlatrace::eval
