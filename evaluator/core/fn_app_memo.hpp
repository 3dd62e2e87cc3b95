#pragma once
// Memo of applications f[a] of top-level function definitions `f[x \in S] == e` whose body is a
// function of one state (see level_facts.hpp): TLC applies such a definition lazily, evaluating
// e for every application, and so does eval_fn_def_app; within one state the same arguments
// recur (GameOfLife's `sc[<<x, y>>]` is applied 128 times per state to 36 arguments), so their
// values are kept until the state changes. States are compared handle by handle, as StateCache
// does; arguments by fingerprint, then equality.
#include <cstdint>
#include <vector>

#include "evaluator/value/value.hpp"
#include "parser/ast/ast.hpp"

namespace tlatrace::eval {

/// Values of function-definition applications in the state last looked up (one per Evaluator).
class FnAppMemo {
 public:
  /// The value of `def`[`arg`] in `state` if recorded, else null. `hash` is arg_hash(def, arg).
  const Value* find(const ast::OpDef* def, const Value& arg, uint64_t hash, const Value* state, size_t nvars);
  /// Records `def`[`arg`] = `value` in `state` (forgets the previous state's entries).
  void store(const ast::OpDef* def, const Value& arg, uint64_t hash, const Value* state, size_t nvars,
             const Value& value);
  static uint64_t arg_hash(const ast::OpDef* def, const Value& arg);
  /// Hits so far (for tests).
  uint64_t hits() const { return hits_; }

 private:
  struct Entry {
    uint64_t gen = 0;  // live when equal to gen_
    uint64_t hash = 0;
    const ast::OpDef* def = nullptr;
    Value arg, value;
  };
  static constexpr size_t kMaxEntries = 4096;  // per state; beyond it applications are not kept
  bool same_state(const Value* state, size_t nvars) const;
  void adopt(const Value* state, size_t nvars);
  void grow();

  std::vector<Value> state_;
  std::vector<Entry> table_;  // open addressing, a power of two
  uint64_t gen_ = 1;
  size_t used_ = 0;
  bool has_state_ = false;
  uint64_t hits_ = 0;
};

}  // namespace tlatrace::eval
