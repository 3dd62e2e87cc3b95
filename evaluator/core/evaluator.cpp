// The main dispatch of the evaluator: one case per expression form. Names and calls are in
// eval_names.cpp, binder forms in eval_binders.cpp, functions and records in
// eval_functions.cpp, primitive operators in eval_builtins.cpp.
#include "evaluator/core/evaluator.hpp"

#include <pthread.h>

#include "parser/resolve/builtins.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::ExprKind;

namespace detail {

constinit thread_local const char* stack_floor_value = nullptr;

const char* stack_floor_init() {
  void* addr = nullptr;
  size_t size = 0;
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  constexpr size_t kMargin = 256 << 10;
  stack_floor_value =
      addr && size > 2 * kMargin ? static_cast<const char*>(addr) + kMargin : reinterpret_cast<const char*>(1);
  return stack_floor_value;
}

void frame_refused(bool binding_stack) {
  if (binding_stack)
    throw EvalError("The evaluation nests too deeply (recursion without end?): the binding stack is exhausted.");
  throw EvalError("The evaluation nests too deeply (recursion without end?): the thread's stack is exhausted.");
}

}  // namespace detail

void Evaluator::fail(const Expr& at, const std::string& message) { throw EvalFailure(at.range, message); }

// eval_inner is inlined here: one call per evaluated node instead of two.
Value Evaluator::eval_any(const Expr& e, Ctx& c) {
  try {
    return eval_inner(e, c);
  } catch (const EvalFailure&) {
    throw;
  } catch (const EvalError& err) {
    throw EvalFailure(e.range, err.what());
  }
}

void Evaluator::not_boolean(const Expr& e, const Value& v, const char* what) {
  std::string msg = std::string("A non-boolean expression (") + kind_description(v) + " " + to_tla_string(v) +
                    ") was used as a formula";
  if (what) msg += std::string(" in ") + what;
  fail(e, msg + ".");
}

[[gnu::always_inline]] inline Value Evaluator::eval_inner(const Expr& e, Ctx& c) {
  switch (e.kind) {
    case ExprKind::Name:  // a name held in a slot was read by eval (evaluator.hpp)
      return eval_name(e, c);
    case ExprKind::OpApp:
      return eval_op_app(e, c);
    case ExprKind::FuncApp:
      return eval_func_app(e, c);
    case ExprKind::Except:
      return eval_except(e, c);
    case ExprKind::Forall:
      return eval_quantifier(e, c, false);
    case ExprKind::Exists:
      return eval_quantifier(e, c, true);
    default:
      return eval_other(e, c);
  }
}

[[gnu::noinline]] Value Evaluator::eval_other(const Expr& e, Ctx& c) {
  switch (e.kind) {
    case ExprKind::Number:
      if (e.big) fail(e, "The number " + e.str + " does not fit in a 64-bit integer (overflow).");
      return Value::integer(e.num);
    case ExprKind::String:
      return Value::string(ast_atom(e.str));
    case ExprKind::Bool:
      return Value::boolean(e.num != 0);
    case ExprKind::Name:  // a name held in a slot was read by eval (evaluator.hpp)
      return eval_name(e, c);
    case ExprKind::OpApp:
      return eval_op_app(e, c);
    case ExprKind::And:
      for (const auto& a : e.args)
        if (!eval_bool(*a, c, "a conjunction")) return Value::boolean(false);
      return Value::boolean(true);
    case ExprKind::Or:
      for (const auto& a : e.args)
        if (eval_bool(*a, c, "a disjunction")) return Value::boolean(true);
      return Value::boolean(false);
    case ExprKind::Forall:
      return eval_quantifier(e, c, false);
    case ExprKind::Exists:
      return eval_quantifier(e, c, true);
    case ExprKind::Choose:
      return eval_choose(e, c);
    case ExprKind::SetEnum: {
      std::vector<Value> elems;
      elems.reserve(e.args.size());
      for (const auto& a : e.args) elems.push_back(eval(*a, c));
      return make_set(std::move(elems));
    }
    case ExprKind::SetFilter:
      return eval_set_filter(e, c);
    case ExprKind::SetMap:
      return eval_set_map(e, c);
    case ExprKind::FuncCons:
      return eval_func_cons(e, c);
    case ExprKind::FuncSet:
      return function_set(eval(*e.args[0], c), eval(*e.args[1], c));
    case ExprKind::FuncApp:
      return eval_func_app(e, c);
    case ExprKind::RecordCons:
      return eval_record_cons(e, c);
    case ExprKind::RecordSet:
      return eval_record_set(e, c);
    case ExprKind::FieldAccess:
      return select_field(eval(*e.args[0], c), ast_atom(e.fields[0]));
    case ExprKind::Except:
      return eval_except(e, c);
    case ExprKind::At:
      if (!c.at) fail(e, "'@' used outside the value of an EXCEPT clause.");
      return *c.at;
    case ExprKind::Tuple: {
      std::vector<Value> elems;
      elems.reserve(e.args.size());
      for (const auto& a : e.args) elems.push_back(eval(*a, c));
      return make_tuple(std::move(elems));
    }
    case ExprKind::Times: {
      std::vector<Value> sets;
      sets.reserve(e.args.size());
      for (const auto& a : e.args) sets.push_back(eval(*a, c));
      return cartesian_product(std::move(sets));
    }
    case ExprKind::If: {
      bool cond = eval_bool(*e.args[0], c, "the condition of an IF");
      return eval(*e.args[cond ? 1 : 2], c);
    }
    case ExprKind::Case:
      return eval_case(e, c);
    case ExprKind::Let: {
      LetScope scope(*this, e, c);
      return eval(*e.args[0], c);
    }
    case ExprKind::Label:
      return eval(*e.args[0], c);
    case ExprKind::Lambda:
      fail(e, "A LAMBDA expression can only be an argument of an operator.");
    case ExprKind::BoxAction:
    case ExprKind::AngleAction:
      return eval_action_form(e, c);
    case ExprKind::TemporalForall:
    case ExprKind::TemporalExists:
    case ExprKind::WeakFair:
    case ExprKind::StrongFair:
      fail(e, "A temporal formula cannot be evaluated here (TLC checks temporal formulas only as properties).");
  }
  fail(e, "Unsupported expression.");
}

// [A]_v == A \/ v' = v ;  <<A>>_v == A /\ v' # v (evaluated on a pair of states).
Value Evaluator::eval_action_form(const Expr& e, Ctx& c) {
  bool box = e.kind == ExprKind::BoxAction;
  auto unchanged = [&] {
    Ctx p = c;
    p.primed = true;
    return equal(eval(*e.args[1], p), eval(*e.args[1], c));
  };
  if (box) return Value::boolean(eval_bool(*e.args[0], c, "an action") || unchanged());
  return Value::boolean(eval_bool(*e.args[0], c, "an action") && !unchanged());
}

Value Evaluator::eval_case(const Expr& e, Ctx& c) {
  for (const auto& arm : e.arms)
    if (eval_bool(*arm.guard, c, "a CASE guard")) return eval(*arm.value, c);
  if (!e.args.empty() && e.args[0]) return eval(*e.args[0], c);
  fail(e, "Attempted to evaluate a CASE with no conditions true.");
}

}  // namespace tlatrace::eval
