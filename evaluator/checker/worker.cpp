// Workers and the per-state checks they run: fingerprints (VIEW, SYMMETRY), constraints,
// invariants, state-level properties, and the evaluator hooks (ENABLED, \cdot, TLCGet/TLCSet,
// Print).
#include <chrono>

#include "evaluator/checker/checker.hpp"

namespace tlatrace::eval {

Worker::Worker(Checker& c, Model& model)
    : checker(c), ev(model.program()), en(ev, model.nvars(), stack) {
  ev.set_hooks(this);
  en.set_variable_names(model.var_names);
}

bool Worker::enabled(const ast::Expr& action, Ctx& c) { return en.enabled(action, c.states.cur, c); }

bool Worker::compose(const ast::Expr& a, const ast::Expr& b, Ctx& c) {
  // A \cdot B: some intermediate state u with A(cur, u) and B(u, next).
  Enumerator inner(ev, checker.model().nvars(), stack);
  inner.set_base(c.top);
  bool found = false;
  std::vector<Value> mid;
  inner.successors(a, c.states.cur, [&](const Value* u, const ActionTag&) {
    if (found) return;
    mid.assign(u, u + checker.model().nvars());
    Ctx t = c;
    t.states.cur = mid.data();
    t.primed = false;
    found = ev.eval_bool(b, t, "\\cdot");
  });
  return found;
}

Value Worker::tlc_get(const Value& key, Ctx&) {
  if (!key.is_string()) throw EvalError("TLCGet: unknown key " + to_tla_string(key));
  const std::string& k = key.raw_atom()->text;
  if (k == "level") return Value::integer(level);
  if (k == "diameter") return Value::integer(checker.current_depth());
  if (k == "duration") return Value::integer(static_cast<int64_t>(checker.elapsed()));
  if (k == "stats") return checker.stats_record(level);
  if (k == "config") return checker.config_record();
  throw EvalError("TLCGet: unknown key \"" + k + "\"");
}

Value Worker::tlc_get_register(int64_t i) { return checker.registers_get(i); }
void Worker::tlc_set_register(int64_t i, const Value& v) { checker.registers_set(i, v); }
void Worker::print(const std::string& line) { checker.emit_print(line); }

uint64_t Checker::fingerprint(Worker& w, const Value* vars) {
  if (model_.view) {
    Ctx c = w.en.context(vars, nullptr);
    Value v = w.ev.eval(*model_.view, c);
    if (perms_.empty()) return eval::fingerprint(v);
    return symmetric_fingerprint(std::span<const Value>(&v, 1), perms_);
  }
  if (perms_.empty()) return fingerprint_state(std::span<const Value>(vars, nvars_));
  return symmetric_fingerprint(std::span<const Value>(vars, nvars_), perms_);
}

bool Checker::constraints_are_state_functions(Worker& w) const {
  // Not under VIEW or SYMMETRY: there one fingerprint stands for states that may differ.
  if (model_.constraints.empty() || model_.view || !perms_.empty()) return false;
  for (const auto& c : model_.constraints)
    if (!w.ev.facts().of_expr(*c.expr).state_level) return false;
  return true;
}

bool Checker::holds(Worker& w, const ast::Expr& e, const Value* cur, Value* next, const char* what) {
  Ctx c = w.en.context(cur, next);
  return w.ev.eval_bool(e, c, what);
}

bool Checker::in_model(Worker& w, const Value* cur, Value* next, int level, bool state_constraints) {
  // TLCGet("level"): the checked state's level; in an action constraint, the current state's.
  const Value* state = next ? next : cur;
  w.level = level;
  if (state_constraints)
    for (const auto& c : model_.constraints)
      if (!holds(w, *c.expr, state, nullptr, "a CONSTRAINT")) return false;
  w.level = level - 1;
  if (next)
    for (const auto& c : model_.action_constraints)
      if (!holds(w, *c.expr, cur, next, "an ACTION_CONSTRAINT")) return false;
  return true;
}

void Checker::check_state(Worker& w, const Value* vars, const uint64_t* fp, uint64_t key, uint64_t parent,
                          const ActionTag& action, int level, bool initial) {
  w.level = level;
  auto violated = [&](const std::string& kind, const std::string& name, const TemporalPart* part) {
    Violation v;
    v.key = key;
    v.fp = fp ? *fp : 0;
    v.new_state = fp != nullptr;
    v.kind = kind;
    v.name = name;
    v.chain_end = parent;
    v.has_extra = true;
    v.extra.assign(vars, vars + nvars_);
    v.extra_action = action;
    v.extra_initial = initial;
    v.part = part;
    w.violations.push_back(std::move(v));
  };
  for (const auto& inv : model_.invariants)
    if (!holds(w, *inv.expr, vars, nullptr, "an invariant")) return violated("invariant", inv.name, nullptr);
  for (const auto& p : model_.properties) {
    for (const auto& part : p.parts) {
      bool check = part.kind == TemporalPart::Kind::Always || (initial && part.kind == TemporalPart::Kind::Init);
      if (!check) continue;
      Ctx c = w.en.context(vars, nullptr);
      Value ok = eval_part(w.ev, part, c);
      if (!ok.is_bool()) throw EvalFailure(part.expr->range, "The property " + p.name + " is not a boolean.");
      if (ok.raw_bool()) continue;
      // TLC checks []P as an invariant, and names it so (SpecProcessor.processConfigProps).
      if (part.kind == TemporalPart::Kind::Always) {
        std::string name = always_part_name(part);
        return violated("invariant", name.empty() ? p.name : name, &part);
      }
      return violated("property", p.name, &part);
    }
  }
}

void Checker::check_step(Worker& w, const Value* cur, Value* next, uint64_t key, uint64_t parent,
                         const ActionTag& action, int level) {
  w.level = level - 1;  // TLCGet("level") in a step: the first state's level
  for (const auto& p : model_.properties) {
    for (const auto& part : p.parts) {
      if (part.kind != TemporalPart::Kind::ActionAlways) continue;
      Ctx c = w.en.context(cur, next);
      Value ok = eval_part(w.ev, part, c);
      if (ok.is_bool() && ok.raw_bool()) continue;
      Violation v;
      v.key = key;
      v.kind = "property";
      v.name = p.name;
      v.chain_end = parent;
      v.has_extra = true;
      v.extra.assign(next, next + nvars_);
      v.extra_action = action;
      v.part = &part;
      w.violations.push_back(std::move(v));
    }
  }
}

Value Checker::registers_get(int64_t i) {
  std::lock_guard<std::mutex> lock(registers_mutex_);
  if (i < 0 || i >= static_cast<int64_t>(registers_.size()) || registers_[i].is_none())
    throw EvalError("TLCGet(" + std::to_string(i) + "): the register has not been set.");
  return registers_[i];
}

void Checker::registers_set(int64_t i, const Value& v) {
  if (i < 0 || i > 1000000) throw EvalError("TLCSet: register " + std::to_string(i) + " is out of range.");
  std::lock_guard<std::mutex> lock(registers_mutex_);
  if (i >= static_cast<int64_t>(registers_.size())) registers_.resize(i + 1);
  registers_[i] = v;
}

void Checker::emit_print(const std::string& line) {
  std::lock_guard<std::mutex> lock(print_mutex_);
  if (options_.print) options_.print(line);
}

Value Checker::stats_record(int) {
  uint64_t generated = 0;
  for (auto& w : workers_) generated += w->generated;
  return make_record(std::vector<std::pair<std::string_view, Value>>{
      {"diameter", Value::integer(depth_)},
      {"distinct", Value::integer(static_cast<int64_t>(distinct_.load()))},
      {"generated", Value::integer(static_cast<int64_t>(generated))},
      {"queue", Value::integer(static_cast<int64_t>(queues_.remaining()))},
      {"traces", Value::integer(0)},
      {"duration", Value::integer(static_cast<int64_t>(elapsed()))}});
}

Value Checker::config_record() {
  return make_record(std::vector<std::pair<std::string_view, Value>>{
      {"mode", Value::string("bfs")},
      {"depth", Value::integer(-1)},
      {"deadlock", Value::boolean(check_deadlock_)},
      {"worker", Value::integer(static_cast<int64_t>(workers_.size()))},
      {"seed", Value::integer(0)},
      {"fingerprint", Value::integer(0)},
      {"traces", Value::integer(-1)},
      {"install", Value::string("")}});
}

double Checker::elapsed() const {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count() - start_;
}

}  // namespace tlatrace::eval
