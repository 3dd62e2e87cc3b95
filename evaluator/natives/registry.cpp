#include "evaluator/natives/registry.hpp"

#include "evaluator/value/eval_error.hpp"
#include "parser/ast/ast.hpp"

namespace tlatrace::eval {

const std::vector<NativeEntry>& native_registry() {
  static const std::vector<NativeEntry> table = [] {
    std::vector<NativeEntry> t;
    add_arith_natives(t);
    add_sequence_natives(t);
    add_set_natives(t);
    add_tlc_natives(t);
    add_ext_natives(t);
    add_json_natives(t);
    add_vector_clock_natives(t);
    add_svg_natives(t);
    return t;
  }();
  return table;
}

const NativeEntry* find_native(std::string_view module, std::string_view name, int arity) {
  for (const auto& e : native_registry())
    if (e.module == module && e.name == name && e.arity == arity) return &e;
  return nullptr;
}

namespace {
// Names the operator at the call site (an application of it, `M!Op(...)` or `Op(...)`).
Value unimplemented(NativeArgs& args) {
  const ast::Expr& e = args.site();
  const ast::Ref& r = e.kind == ast::ExprKind::Name && e.segments.size() > 1 ? e.segments.back().ref : e.ref;
  std::string what = r.def ? r.def->name + (r.def->module ? " of module " + r.def->module->name : "") : "This operator";
  throw EvalError(what + " is not implemented by tlatrace: its definition there is a placeholder for "
                  "TLC's own implementation.");
}
}  // namespace

const NativeEntry* unimplemented_native(std::string_view module, std::string_view name) {
  // Placeholders that are valid (deterministic) answers stay evaluable: a subset of the right
  // size is one TLC could have drawn; PickSuccessor without a debugger is its condition;
  // TLCDefer's value is TRUE.
  if (module == "Randomization" || (module == "TLCExt" && (name == "PickSuccessor" || name == "TLCDefer")))
    return nullptr;
  static const NativeEntry entry{"", "", -1, nullptr, unimplemented, true};
  return &entry;
}

}  // namespace tlatrace::eval
