#include "evaluator/natives/registry.hpp"

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
    return t;
  }();
  return table;
}

const NativeEntry* find_native(std::string_view module, std::string_view name, int arity) {
  for (const auto& e : native_registry())
    if (e.module == module && e.name == name && e.arity == arity) return &e;
  return nullptr;
}

}  // namespace tlatrace::eval
