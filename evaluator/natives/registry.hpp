#pragma once
// The registry of native operators: one table mapping (module, operator) to a C++ function.
// A native replaces the body of the standard-module definition of that name.
//   Strict natives take the values of their arguments (most arithmetic, sets, sequences).
//   Lazy natives get a NativeArgs: they can apply operator arguments (SelectSeq's Test,
//   SortSeq's Op, FoldSet's op), read the checker (TLCGet), or print (Print).
#include <span>
#include <string_view>
#include <vector>

#include "evaluator/core/context.hpp"
#include "evaluator/value/values.hpp"

namespace tlatrace::eval {

class Evaluator;

/// The arguments of a lazy native call.
class NativeArgs {
 public:
  NativeArgs(Evaluator& ev, Ctx& ctx, Binding* args, int count, const ast::Expr& site)
      : ev_(ev), ctx_(ctx), args_(args), count_(count), site_(site) {}
  int size() const { return count_; }
  /// The value of argument i.
  Value value(int i);
  /// Applies the operator argument i to `operands`.
  Value apply(int i, std::span<const Value> operands);
  Evaluator& evaluator() { return ev_; }
  Ctx& ctx() { return ctx_; }
  /// The application being evaluated (for messages).
  const ast::Expr& site() const { return site_; }

 private:
  Evaluator& ev_;
  Ctx& ctx_;
  Binding* args_;
  int count_;
  const ast::Expr& site_;
};

using StrictNative = Value (*)(const Value* args);
using LazyNative = Value (*)(NativeArgs& args);

/// An integer operator the evaluator applies inline when both operands are integers (the
/// native still gives the result otherwise, and its error on overflow or a non-integer).
enum class IntOp : uint8_t { None, Add, Sub, Less, Greater, Leq, Geq };

/// One registered native operator.
struct NativeEntry {
  std::string_view module;
  std::string_view name;
  int arity;
  StrictNative strict = nullptr;
  LazyNative lazy = nullptr;
  bool state_dependent = false;  // reads the checker (TLCGet, RandomElement...): never cached
  IntOp int_op = IntOp::None;
};

/// Every native operator.
const std::vector<NativeEntry>& native_registry();
/// The native for `name` of module `module` with `arity`, or null.
const NativeEntry* find_native(std::string_view module, std::string_view name, int arity);
/// Stands for an operator `name` of tlatrace's own module `module` marked `\* native` that has
/// no native here (IOExec, CSVWrite, ...): applying it fails with a message saying so, instead
/// of evaluating its placeholder body. Null for the few whose placeholder is a valid answer
/// (Randomization's, TLCExt's PickSuccessor and TLCDefer): their bodies are evaluated.
const NativeEntry* unimplemented_native(std::string_view module, std::string_view name);

// Each file under natives/ contributes its part of the table.
void add_arith_natives(std::vector<NativeEntry>& out);
void add_sequence_natives(std::vector<NativeEntry>& out);
void add_set_natives(std::vector<NativeEntry>& out);
void add_tlc_natives(std::vector<NativeEntry>& out);
void add_ext_natives(std::vector<NativeEntry>& out);
void add_json_natives(std::vector<NativeEntry>& out);
void add_vector_clock_natives(std::vector<NativeEntry>& out);
void add_svg_natives(std::vector<NativeEntry>& out);

}  // namespace tlatrace::eval
