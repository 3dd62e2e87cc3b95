#pragma once
// The expression evaluator: TLC's semantics for every expression form of the AST.
// Stateless apart from the Program it reads, so one Evaluator serves every worker; each worker
// brings its own BindingStack through the Ctx.
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>

#include "evaluator/core/context.hpp"
#include "evaluator/core/eval_failure.hpp"
#include "evaluator/core/fn_app_memo.hpp"
#include "evaluator/core/level_facts.hpp"
#include "evaluator/core/program.hpp"
#include "evaluator/core/state_cache.hpp"
#include "evaluator/value/values.hpp"

namespace tlatrace::eval {

/// A call opened for evaluation or successor enumeration: the body to evaluate and the context
/// in which to evaluate it (parameters bound, instance frames pushed). Must not move while used.
struct CallFrame {
  const ast::OpDef* def = nullptr;
  const ast::Expr* body = nullptr;
  Ctx ctx;
  // Only inst[0, ninst) is ever read, so the array is left uninitialized: zeroing six frames
  // on every call attempt of successor enumeration was ~1.6% of APtcp's instructions.
  union {
    InstFrame inst[6];
  };
  int ninst = 0;
  CallFrame() {}
  CallFrame(const CallFrame&) = delete;
  CallFrame& operator=(const CallFrame&) = delete;
};

/// What the evaluator needs from the action layer (ENABLED, \cdot) and the checker (TLCGet).
class EvalHooks {
 public:
  virtual ~EvalHooks() = default;
  /// ENABLED A: some successor of the current state satisfies A.
  virtual bool enabled(const ast::Expr& action, Ctx& c) = 0;
  /// A \cdot B evaluated on a pair of states.
  virtual bool compose(const ast::Expr& a, const ast::Expr& b, Ctx& c) = 0;
  /// TLCGet(key) for a string key ("level", "diameter", "stats", "config", ...).
  virtual Value tlc_get(const Value& key, Ctx& c) = 0;
  /// TLCGet(i)/TLCSet(i, v) for integer registers.
  virtual Value tlc_get_register(int64_t i) = 0;
  virtual void tlc_set_register(int64_t i, const Value& v) = 0;
  /// Output of Print/PrintT.
  virtual void print(const std::string& line) = 0;
};

class Evaluator;

/// While alive, the 0-arity definitions of a LET are evaluated at most once when referenced
/// from the LET's own environment (core/let_memo.cpp). Open one around the LET's body.
class LetScope {
 public:
  LetScope(Evaluator& ev, const ast::Expr& let, const Ctx& c);
  ~LetScope();
  LetScope(const LetScope&) = delete;
  LetScope& operator=(const LetScope&) = delete;

 private:
  Evaluator& ev_;
  size_t mark_;
};

/// Evaluates expressions.
class Evaluator {
 public:
  explicit Evaluator(Program& program) : program_(program), facts_(program) {}

  Program& program() { return program_; }
  void set_hooks(EvalHooks* hooks) { hooks_ = hooks; }
  EvalHooks* hooks() const { return hooks_; }
  /// The per-state cache of substitutions and state-level definitions (statistics).
  const StateCache& state_cache() const { return cache_; }
  const FnAppMemo& fn_app_memo() const { return fn_memo_; }
  /// Static facts about expressions (level, variables read).
  LevelFacts& facts() { return facts_; }

  /// The value of `e` in `c`. Throws EvalFailure (with a location) on a run-time error.
  /// The commonest expression, a parameter or bound name holding a value (or a forced
  /// argument), is read here, without a call (a third of MCLamportMutex's evaluations); so is
  /// an integer literal (GameOfLife's `p[1]`).
  Value eval(const ast::Expr& e, Ctx& c) {
    if (e.kind == ast::ExprKind::Name) {
      if (const Value* v = slot_value(e, c)) return *v;
    } else if (e.kind == ast::ExprKind::Number && !e.big) {
      return Value::integer(e.num);
    }
    return eval_any(e, c);
  }
  /// The value a parameter or bound name `e` (a Name) holds in its slot, read in place: a value
  /// or a forced argument (unprimed); nullptr for any other name or slot.
  static const Value* slot_value(const ast::Expr& e, const Ctx& c) {
    const ast::Ref& r = e.ref;
    if ((r.kind == ast::Ref::Kind::Parameter || r.kind == ast::Ref::Kind::Bound) && e.kind == ast::ExprKind::Name &&
        e.segments.size() == 1 && e.segments[0].args.empty()) {
      const Binding& b = c.env.base[r.index];
      if (b.kind == Binding::Kind::Value || (b.kind == Binding::Kind::Thunk && b.forced && !c.primed)) return &b.value;
    }
    return nullptr;
  }
  /// eval without its inline fast path.
  Value eval_any(const ast::Expr& e, Ctx& c);
  /// The value of `e`, which must be a boolean (`what` names the context for the message).
  bool eval_bool(const ast::Expr& e, Ctx& c, const char* what = nullptr) {
    Value v = eval(e, c);
    if (!v.is_bool()) not_boolean(e, v, what);
    return v.raw_bool();
  }
  /// eval_bool's error for the non-boolean value `v` of `e`.
  [[noreturn, gnu::cold]] static void not_boolean(const ast::Expr& e, const Value& v, const char* what);

  /// The value of a binding slot (forcing a lazy argument).
  Value force(Binding& b, Ctx& c);
  /// Applies an operator-valued binding (LAMBDA, operator name) to values.
  Value apply_op_binding(const Binding& op, std::span<const Value> args, Ctx& c, const ast::Expr& site);
  /// Applies a definition to values (used by cfg overrides and natives).
  Value apply_def_values(const ast::OpDef& def, std::span<const Value> args, Ctx& c, const ast::Expr& site);

  /// Opens the call that a Name or OpApp expression makes to a user definition with a TLA+ body
  /// (no native, override or cache applies). False when `e` is anything else.
  bool open_call(const ast::Expr& e, Ctx& c, CallFrame& out);
  /// Opens the call that `e` makes to an operator CONSTANT bound to a definition, through the
  /// cfg (`C <- Def`) or an instance's substitution (`WITH C <- Def`, or an outer constant that
  /// is itself bound so), with its arguments passed by name as in any call, so that a primed
  /// argument can be set by the definition's body. False when that does not apply.
  bool open_constant_call(const ast::Expr& e, const ast::Ref& ref, Ctx& c, CallFrame& out);
  /// Enters `LAMBDA p1, ... : body` (closed over `env`) applied to `args`, passed by name.
  bool open_lambda(const ast::Expr& lambda, const Env& env, const std::vector<ast::ExprPtr>& args, Ctx& c,
                   CallFrame& out);
  /// Opens f[a] (a FuncApp) for a walk through the body of function definition f, where TLC
  /// walks it in an action (`init`: an initial predicate): see eval_functions.cpp.
  bool open_fn_app(const ast::Expr& e, Ctx& c, bool init, CallFrame& out);
  /// Binds the arguments of a call to `def` into a new frame at c.top.
  void bind_call(const ast::OpDef& def, const std::vector<ast::ExprPtr>& args, Ctx& c, CallFrame& out);

  /// The value of `e`, computed once per Evaluator when `e` is constant-level and reads no slot
  /// below c.env.depth (outside instances); otherwise evaluated.
  Value eval_closed_constant(const ast::Expr& e, Ctx& c);

  /// Evaluates a 0-arity definition of the root scope (cached when constant-level).
  Value eval_definition(const ast::OpDef& def, Ctx& c, const ast::Expr& site);

  /// Iterates the values of a list of binders (tuple binders included) in TLC's order, binding
  /// slots from c.env.depth; `body` gets the inner context and returns false to stop.
  bool for_each_binding(const std::vector<ast::Binder>& binders, Ctx& c,
                        FunctionRef<bool(Ctx&)> body);

  /// Reports a located error.
  [[noreturn]] static void fail(const ast::Expr& at, const std::string& message);

  /// The atom of a string held by the AST (a string literal, a field name), kept per Evaluator
  /// by the string's address: the AST does not change while its Program and Evaluators live
  /// (LevelFacts keys expressions by address in the same way). Interned on first use, so atoms
  /// are still numbered in evaluation order.
  const Atom* ast_atom(const std::string& s) {
    if (!ast_atoms_) ast_atoms_.reset(new AstAtom[kAstAtoms]);
    AstAtom& r = ast_atoms_[(reinterpret_cast<uintptr_t>(&s) >> 3) * 0x9E3779B97F4A7C15ULL >> 55 & (kAstAtoms - 1)];
    if (r.key != &s) {
      r.atom = intern(s);
      r.key = &s;
    }
    return r.atom;
  }

 private:
  Value eval_inner(const ast::Expr& e, Ctx& c);
  /// eval_inner's cases other than the hot forwarding ones (names, operator and function
  /// applications, quantifiers, EXCEPT), kept out of line so eval_any saves few registers.
  Value eval_other(const ast::Expr& e, Ctx& c);
  Value eval_name(const ast::Expr& e, Ctx& c);
  Value eval_op_app(const ast::Expr& e, Ctx& c);
  Value eval_builtin(const ast::Expr& e, int builtin, Ctx& c);
  Value eval_apply_ref(const ast::Expr& e, const ast::Ref& ref, const std::vector<ast::ExprPtr>& args, Ctx& c);
  Value eval_def_call(const ast::Expr& e, const ast::OpDef& def, const std::vector<ast::ExprPtr>& args, Ctx& c);
  /// The body of `def` (a TLA+ definition) applied to `args`, through the per-state caches.
  Value eval_def_body(const ast::Ref& ref, const std::vector<ast::ExprPtr>& args, Ctx& c);
  /// Evaluates `body` of a 0-arity definition in `callee`, once per state when `facts` allows.
  Value eval_cacheable(const ast::OpDef& def, const ast::Ref& ref, ExprFacts* facts, Ctx& callee, Ctx& c);
  Value eval_instance_name(const ast::Expr& e, Ctx& c);
  Value eval_constant(const ast::Expr& e, const ast::Ref& ref, Ctx& c);
  Value eval_formula(const ast::Expr& body, Ctx& c);
  bool eval_membership(const ast::Expr& elem, const ast::Expr& set, Ctx& c);
  Value eval_variable(const ast::Expr& e, const ast::Ref& ref, Ctx& c);
  Value eval_substitution(const InstFrame& f, int index, Ctx& c);
  /// Substitution `index` of frame `f` when it is `x <- y` for a variable y of the checked
  /// module that has a value in the state read: that value in place; else nullptr.
  const Value* substituted_variable(const InstFrame& f, int index, const Ctx& c) const;
  /// A variable read under instance frames (c.env.inst set) whose innermost substitution is
  /// substituted_variable's case: the value in the state; else nullptr (evaluate it instead).
  const Value* instance_variable_ref(const ast::Ref& ref, const Ctx& c);
  Value eval_native(const ast::Expr& e, const NativeEntry& n, const std::vector<ast::ExprPtr>& args, Ctx& c);
  [[gnu::noinline]] Value eval_native_general(const ast::Expr& e, const NativeEntry& n,
                                             const std::vector<ast::ExprPtr>& args, Ctx& c);

  Value eval_quantifier(const ast::Expr& e, Ctx& c, bool exists);
  Value eval_choose(const ast::Expr& e, Ctx& c);
  Value eval_set_filter(const ast::Expr& e, Ctx& c);
  Value eval_set_map(const ast::Expr& e, Ctx& c);
  Value eval_func_cons(const ast::Expr& e, Ctx& c);
  Value eval_func_app(const ast::Expr& e, Ctx& c);
  /// f[a] as a pointer into f's value where f is read in place, else into `holder`.
  const Value* fn_app_ref(const ast::Expr& e, Ctx& c, Value& holder) {
    if (const Value* r = fn_app_chain(e, c)) return r;
    return fn_app_general(e, c, holder);
  }
  [[gnu::noinline]] const Value* fn_app_general(const ast::Expr& e, Ctx& c, Value& holder);
  /// The value of `e`, in place for a state variable, a slot or fn_app_ref, else in `holder`.
  const Value* value_ref(const ast::Expr& e, Ctx& c, Value& holder);
  /// fn_app_ref's loop for a chain of applications over a base read in place (else nullptr).
  const Value* fn_app_chain(const ast::Expr& e, Ctx& c);
  /// A name whose value is held where it can be read in place: a state variable with a value in
  /// the state read, or a slot holding a value (or a forced argument, unprimed); else nullptr.
  const Value* in_place_ref(const ast::Expr& e, const Ctx& c) {
    if (e.kind != ast::ExprKind::Name) return nullptr;
    const ast::Ref& r = e.ref;
    if (r.kind != ast::Ref::Kind::Variable) return slot_value(e, c);
    if (e.segments.size() != 1 || !e.segments[0].args.empty()) return nullptr;
    if (c.env.inst) return instance_variable_ref(r, c);  // under an INSTANCE (APtcp's `connstate[local]`)
    int idx = program_.variable_index(r);
    const Value* state = c.primed ? c.states.next : c.states.cur;
    return idx >= 0 && state && !state[idx].is_none() ? &state[idx] : nullptr;
  }
  bool lazy_fn_app(const ast::Expr& e, const Value& arg, Ctx& c, Value& out);
  Value eval_fn_def_app(const ast::OpDef& def, const Value& arg, Ctx& c, const ast::Expr& site);
  Value bind_fn_def_app(const ast::OpDef& def, const Value& arg, Ctx& c, const ast::Expr& site);
  /// The argument of f[a] (inline: most applications have one), or the tuple of f[a, b].
  Value fn_app_argument(const ast::Expr& e, Ctx& c) {
    return e.args.size() == 2 ? eval(*e.args[1], c) : fn_app_tuple_argument(e, c);
  }
  Value fn_app_tuple_argument(const ast::Expr& e, Ctx& c);
  Ctx fn_def_frame(const ast::OpDef& def, const Value& arg, Ctx& c, const ast::Expr& site);
  bool self_recursive(const ast::OpDef& def);
  Value eval_fn_def_value(const ast::OpDef& def, Ctx& c, const ast::Expr& site);
  Value eval_except(const ast::Expr& e, Ctx& c);
  Value eval_case(const ast::Expr& e, Ctx& c);
  Value eval_record_cons(const ast::Expr& e, Ctx& c);
  Value eval_record_set(const ast::Expr& e, Ctx& c);
  Value eval_action_form(const ast::Expr& e, Ctx& c);

  bool is_constant_level(DefInfo& info);
  /// The signature of a chain of instance frames (`first`, evaluated at `first_depth`, then
  /// `rest` and its parents); false when some frame's substitutions read more than one state or
  /// the environment, so that nothing evaluated under the chain may be cached.
  bool frames_signature(const ast::InstanceDecl* first, int first_depth, const InstFrame* rest, uint64_t& sig);
  /// The state whose variables an evaluation in `c` reads (null in a constant context).
  static const Value* read_state(const Ctx& c) { return c.primed ? c.states.next : c.states.cur; }

  friend class LetScope;
  /// One open LET definition (see LetScope): where it was opened and its value once computed.
  struct LetMemo {
    const ast::OpDef* def;
    const Binding* base;
    const Value* state;
    const InstFrame* inst;
    Value value;
  };
  /// The open entry for a reference to `def` made in `c`, or -1.
  int find_let_memo(const ast::OpDef& def, const Ctx& c) const;

  Program& program_;
  struct AstAtom {
    const std::string* key = nullptr;
    const Atom* atom = nullptr;
  };
  static constexpr size_t kAstAtoms = 512;
  std::unique_ptr<AstAtom[]> ast_atoms_;  // allocated on first use (filters make Evaluators per test)
  /// Operator applications (`a + b`, `Len(s)`) found to call a native without a cfg override: the
  /// entry, by the application's address, so eval_op_app / eval_name call it directly the next time.
  struct NativeSite {
    const ast::Expr* key = nullptr;
    const NativeEntry* native = nullptr;
  };
  static constexpr size_t kNativeSites = 256;
  std::unique_ptr<NativeSite[]> native_sites_;  // allocated on first use
  NativeSite& native_site(const ast::Expr& e) {
    return native_sites_[(reinterpret_cast<uintptr_t>(&e) >> 3) * 0x9E3779B97F4A7C15ULL >> 56 & (kNativeSites - 1)];
  }
  /// instance_variable_ref's answers under one instance frame: the state index that variable
  /// `ref` read under instance `decl` stands for (-1: none), by (ref, decl).
  struct InstVarSite {
    const ast::Ref* ref = nullptr;
    const ast::InstanceDecl* decl = nullptr;
    int index = -1;
  };
  static constexpr size_t kInstVarSites = 256;
  std::unique_ptr<InstVarSite[]> inst_var_sites_;  // allocated on first use
  std::vector<LetMemo> let_memo_;
  LevelFacts facts_;   // which substitutions and definitions are functions of one state
  StateCache cache_;   // their values, per state
  FnAppMemo fn_memo_;  // applications of state-level function definitions, in the current state
  EvalHooks* hooks_ = nullptr;
  std::unordered_map<const ast::OpDef*, bool> recursive_fns_;  // self_recursive's answers
};

namespace detail {
/// The lowest address this thread's stack may reach before evaluation stops with an error
/// instead of overflowing it: 256 KiB above its end (room to report the error); set on first use.
extern constinit thread_local const char* stack_floor_value;
const char* stack_floor_init();
/// Throws push_frame's error (the binding stack, or else the thread's stack, is exhausted).
[[noreturn, gnu::cold]] void frame_refused(bool binding_stack);
}  // namespace detail

/// Opens a new frame of `size` slots at c.top (throws when the binding stack is exhausted).
/// Every call pushes a frame, so this also bounds recursion that pushes no binding.
inline Binding* push_frame(Ctx& c, int size) {
  Binding* base = c.top;
  if (c.limit && base + size > c.limit) detail::frame_refused(true);
  const char* floor = detail::stack_floor_value;
  if (!floor) floor = detail::stack_floor_init();
  if (static_cast<const char*>(__builtin_frame_address(0)) < floor) detail::frame_refused(false);
  return base;
}

}  // namespace tlatrace::eval
