#pragma once
// Evaluation contexts.
//
// Binding slots: the resolver numbers the parameters and bound names of one top-level
// definition as a stack (ast::Ref::index). The evaluator keeps one array of Bindings per worker;
// a call to a definition opens a new frame on it (the callee's slots start at `top`), and a name
// with slot k reads `base[k]`. `depth` mirrors the resolver's slot count at the point being
// evaluated, so a binder knows which slot its names take.
//
// Arguments of user-defined operators are passed by name as in TLC (LazyValue): a Binding holds
// the argument expression with its environment and is evaluated on first use (memoized unless
// primed). Operator-valued arguments (LAMBDA, names of operators) are Bindings of kind Op.
//
// Invariant: in ordinary evaluation `top == env.base + env.depth`. A lazy argument or an
// instance substitution is evaluated in an older environment whose frame lies below `top`;
// a binder entered there first copies the environment's slots to `top` (enter_binders), so it
// never overwrites a live frame.
//
// INSTANCE substitution: evaluating a definition of an instantiated module pushes an InstFrame;
// a CONSTANT or VARIABLE of that module evaluates its `<-` expression in the frame's own
// (instantiating) environment.
#include <cstdint>
#include <memory>
#include <vector>

#include "evaluator/value/value.hpp"
#include "parser/ast/ast.hpp"

namespace tlatrace::eval {

struct InstFrame;
struct Binding;

/// A lexical environment: where the slots of a scope live, and the instance frame around it.
struct Env {
  Binding* base = nullptr;
  int depth = 0;
  const InstFrame* inst = nullptr;
};

/// One binding slot.
struct Binding {
  enum class Kind : uint8_t { Value, Thunk, Op };
  Kind kind = Kind::Value;
  bool forced = false;              // Thunk: `value` holds the (unprimed) result
  bool memo = true;                 // Thunk: may be memoized (false while enumerating actions)
  Value value;                      // Value, or the memoized Thunk result
  const ast::Expr* expr = nullptr;  // Thunk: the argument; Op: a Lambda or a Name of an operator
  Env env;                          // Thunk / Op: where `expr` is evaluated

  static Binding of_value(Value v) {
    Binding b;
    b.value = std::move(v);
    return b;
  }
  /// `*this = of_value(v)` without the temporary (binders rebind a slot per element).
  void set_value(const Value& v) {
    kind = Kind::Value;
    forced = false;
    memo = true;
    value = v;
    expr = nullptr;
    env = Env{};
  }
};

/// A frame of instance substitution: `decl`'s WITH list is evaluated in `env`.
struct InstFrame {
  const ast::InstanceDecl* decl = nullptr;
  Env env;
};

/// The states an expression is evaluated against. `next` may be partially bound (unbound
/// variables hold a None value) during successor enumeration.
struct StatePair {
  const Value* cur = nullptr;
  Value* next = nullptr;
  size_t nvars = 0;
};

/// Everything an evaluation step needs: the environment, where new frames go, the EXCEPT `@`
/// value, whether variables are read primed, and the states.
struct Ctx {
  Env env;
  Binding* top = nullptr;       // first free slot of the worker's binding array
  Binding* limit = nullptr;     // end of the binding array
  const Value* at = nullptr;    // @ inside an EXCEPT value
  bool primed = false;          // evaluating under a prime: variables read from `states.next`
  StatePair states;

  /// The same context with a different lexical environment.
  Ctx with_env(const Env& e) const {
    Ctx c = *this;
    c.env = e;
    return c;
  }
};

/// The per-worker binding array (frames are carved out of it as a stack).
class BindingStack {
 public:
  explicit BindingStack(size_t capacity = 1 << 18) : slots_(new Binding[capacity]), capacity_(capacity) {}
  Binding* begin() { return slots_.get(); }
  Binding* end() { return slots_.get() + capacity_; }

 private:
  std::unique_ptr<Binding[]> slots_;
  size_t capacity_;
};

}  // namespace tlatrace::eval
