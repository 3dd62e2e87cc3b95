// Lazy set filters {x \in S : P} over sets that cannot be enumerated (Nat, Seq(S), ...).
#include "evaluator/core/binders.hpp"
#include "evaluator/core/evaluator.hpp"

namespace tlatrace::eval {
namespace {

class ExprFilter final : public SetFilter {
 public:
  ExprFilter(Evaluator& ev, const ast::Expr& e, Ctx& c) : ev_(ev), e_(e), inst_(c.env.inst) {
    if (c.env.inst) throw EvalError("A set filter over an infinite set inside an instantiated module is not supported.");
    for (int i = 0; i < c.env.depth; ++i) {
      Binding& b = c.env.base[i];
      slots_.push_back(b.kind == Binding::Kind::Op ? b : Binding::of_value(ev.force(b, c)));
    }
    if (c.states.cur) cur_.assign(c.states.cur, c.states.cur + c.states.nvars);
  }

  bool test(const Value& elem) const override {
    std::vector<Binding> stack(4096);
    for (size_t i = 0; i < slots_.size(); ++i) stack[i] = slots_[i];
    const ast::Binder& b = e_.binders[0];
    size_t d = slots_.size();
    if (b.tuple) {
      const auto& comps = seq_elements(elem, "a tuple binder");
      if (comps.size() != b.names.size()) return false;
      for (size_t i = 0; i < comps.size(); ++i) stack[d + i] = Binding::of_value(comps[i]);
    } else {
      stack[d] = Binding::of_value(elem);
    }
    Ctx c;
    c.env = Env{stack.data(), static_cast<int>(d + b.names.size()), nullptr};
    c.top = stack.data() + c.env.depth;
    c.limit = stack.data() + stack.size();
    c.states.cur = cur_.empty() ? nullptr : cur_.data();
    c.states.nvars = cur_.size();
    // A fresh evaluator: the set may be tested by another thread than the one that built it,
    // and evaluators keep caches.
    Evaluator ev(ev_.program());
    ev.set_hooks(ev_.hooks());
    return ev.eval_bool(*e_.args[0], c, "a set filter");
  }

  std::string describe(const Value& base) const override {
    return "{" + e_.binders[0].names[0].name + " \\in " + to_tla_string(base) + " : <expression> }";
  }

 private:
  Evaluator& ev_;
  const ast::Expr& e_;
  const InstFrame* inst_;
  std::vector<Binding> slots_;
  std::vector<Value> cur_;
};

}  // namespace

std::shared_ptr<const SetFilter> make_expr_filter(Evaluator& ev, const ast::Expr& filter, Ctx& c) {
  return std::make_shared<ExprFilter>(ev, filter, c);
}

}  // namespace tlatrace::eval
