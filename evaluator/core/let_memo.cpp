// LET definitions evaluated at most once per evaluation of their LET, as TLC's lazy LET values.
//
// Entering `LET d == e IN body` opens one entry per 0-arity definition whose value depends on
// the current state and the enclosing slots only (no prime, ENABLED or effectful native). A
// reference to `d` made with the LET's own environment (same frame, state and instance frames)
// fills the entry on first use and reads it afterwards. The frame's slots below the LET's depth
// do not change while the LET body is evaluated (binders write above it, older environments are
// copied first: enter_binders), so the value stays valid until the entry is closed. Any other
// reference (a copied environment, a primed evaluation) evaluates the definition as before.
#include "evaluator/core/evaluator.hpp"

namespace tlatrace::eval {

LetScope::LetScope(Evaluator& ev, const ast::Expr& let, const Ctx& c) : ev_(ev), mark_(ev.let_memo_.size()) {
  if (c.primed) return;
  for (const auto& d : let.defs) {
    if (!d->params.empty() || d->is_function || d->instance || !d->body) continue;
    if (!ev.facts_.of_expr(*d->body).state_level) continue;
    ev.let_memo_.push_back(Evaluator::LetMemo{d.get(), c.env.base, c.states.cur, c.env.inst, Value()});
  }
}

LetScope::~LetScope() { ev_.let_memo_.resize(mark_); }

int Evaluator::find_let_memo(const ast::OpDef& def, const Ctx& c) const {
  if (c.primed) return -1;
  for (size_t i = let_memo_.size(); i-- > 0;) {
    const LetMemo& m = let_memo_[i];
    if (m.def == &def && m.base == c.env.base && m.state == c.states.cur && m.inst == c.env.inst)
      return static_cast<int>(i);
  }
  return -1;
}

}  // namespace tlatrace::eval
