#include "refinement/spec_session.hpp"

#include <iostream>

#include "evaluator/value/values.hpp"

namespace tlatrace::refine {

using eval::Value;

SpecSession::SpecSession(eval::Model& model)
    : model_(model), ev_(model.program()), en_(ev_, model.nvars(), stack_) {
  ev_.set_hooks(this);
  en_.set_variable_names(model.var_names);
}

bool SpecSession::holds(const ast::Expr& e, const Value* cur, Value* next, const char* what) {
  eval::Ctx c = en_.context(cur, next);
  return ev_.eval_bool(e, c, what);
}

uint64_t SpecSession::fingerprint(const Value* vars) {
  if (model_.view) {
    eval::Ctx c = en_.context(vars, nullptr);
    return eval::fingerprint(ev_.eval(*model_.view, c));
  }
  return eval::fingerprint_state(std::span<const Value>(vars, model_.nvars()));
}

bool SpecSession::enabled(const ast::Expr& action, eval::Ctx& c) { return en_.enabled(action, c.states.cur, c); }

bool SpecSession::compose(const ast::Expr& a, const ast::Expr& b, eval::Ctx& c) {
  eval::Enumerator inner(ev_, model_.nvars(), stack_);
  inner.set_base(c.top);
  bool found = false;
  std::vector<Value> mid;
  inner.successors(a, c.states.cur, [&](const Value* u, const eval::ActionTag&) {
    if (found) return;
    mid.assign(u, u + model_.nvars());
    eval::Ctx t = c;
    t.states.cur = mid.data();
    t.primed = false;
    found = ev_.eval_bool(b, t, "\\cdot");
  });
  return found;
}

Value SpecSession::tlc_get(const Value& key, eval::Ctx&) {
  if (!key.is_string()) throw eval::EvalError("TLCGet: unknown key " + eval::to_tla_string(key));
  const std::string& k = key.raw_atom()->text;
  if (k == "level") return Value::integer(level_);
  if (k == "diameter") return Value::integer(level_);
  if (k == "duration") return Value::integer(0);
  if (k == "stats")
    return eval::make_record(std::vector<std::pair<std::string_view, Value>>{
        {"diameter", Value::integer(level_)}, {"distinct", Value::integer(0)}, {"generated", Value::integer(0)},
        {"queue", Value::integer(0)}, {"traces", Value::integer(0)}});
  if (k == "config")
    return eval::make_record(std::vector<std::pair<std::string_view, Value>>{
        {"mode", Value::string("bfs")}, {"depth", Value::integer(-1)}, {"deadlock", Value::boolean(false)},
        {"worker", Value::integer(1)}, {"seed", Value::integer(0)}, {"fingerprint", Value::integer(0)},
        {"traces", Value::integer(0)}, {"install", Value::string("")}});
  throw eval::EvalError("TLCGet: unknown key \"" + k + "\"");
}

Value SpecSession::tlc_get_register(int64_t i) {
  if (i < 0 || i >= static_cast<int64_t>(registers_.size()) || registers_[i].is_none())
    throw eval::EvalError("TLCGet(" + std::to_string(i) + "): the register has not been set.");
  return registers_[i];
}

void SpecSession::tlc_set_register(int64_t i, const Value& v) {
  if (i < 0 || i > 1000000) throw eval::EvalError("TLCSet: register " + std::to_string(i) + " is out of range.");
  if (i >= static_cast<int64_t>(registers_.size())) registers_.resize(i + 1);
  registers_[i] = v;
}

void SpecSession::print(const std::string& line) {
  if (print_) print_(line);
  else std::cerr << line << "\n";
}

}  // namespace tlatrace::refine
