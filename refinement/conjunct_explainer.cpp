#include "refinement/conjunct_explainer.hpp"

#include "evaluator/value/values.hpp"

namespace tlatrace::refine {

using ast::Expr;
using ast::ExprKind;
using eval::Ctx;

namespace {

enum class Truth { True, False, Unknown };

Truth truth(eval::Evaluator& ev, const Expr& e, Ctx& c) {
  try {
    return ev.eval_bool(e, c, "a conjunct") ? Truth::True : Truth::False;
  } catch (const eval::EvalFailure&) {
    return Truth::Unknown;
  } catch (const eval::EvalError&) {
    return Truth::Unknown;
  }
}

const Expr* strip(const Expr* e) {
  while (e->kind == ExprKind::Let || e->kind == ExprKind::Label) e = e->args[0].get();
  return e;
}

std::string value_text(eval::Evaluator& ev, const Expr& e, Ctx& c) {
  try {
    std::string s = eval::to_tla_string(ev.eval(e, c));
    if (s.size() > 400) s = s.substr(0, 400) + " ...";
    return s;
  } catch (const std::exception& err) {
    return std::string("(cannot be evaluated: ") + err.what() + ")";
  }
}

bool is_literal(const Expr& e) {
  return e.kind == ExprKind::Number || e.kind == ExprKind::String || e.kind == ExprKind::Bool;
}

FalseConjunct describe(eval::Evaluator& ev, const Expr& e, Ctx& c) {
  FalseConjunct f;
  f.range = e.range;
  f.text = source_text(e.range);
  f.expr = &e;
  const auto& operands = e.kind == ExprKind::Name && !e.segments.empty() ? e.segments.back().args : e.args;
  if (e.kind == ExprKind::Name || e.kind == ExprKind::OpApp)
    for (const auto& a : operands)
      if (a && !is_literal(*a)) {
        std::string text = source_text(a->range), value = value_text(ev, *a, c);
        if (text != value) f.values.emplace_back(text, value);  // a constant such as NoVal says nothing new
      }
  for (const auto& b : e.binders)
    if (b.domain && !is_literal(*b.domain)) f.values.emplace_back(source_text(b.domain->range), value_text(ev, *b.domain, c));
  return f;
}

std::optional<FalseConjunct> explain(eval::Evaluator& ev, const Expr& e, Ctx& c, int depth);

constexpr int kWitnesses = 3;  // witnesses of a false \E that are explained

/// The bound names of `binders` and their values in `in` (the body's context), "i = 1, v = v2".
std::string binding_text(const std::vector<ast::Binder>& binders, const Ctx& in) {
  int n = 0;
  for (const auto& b : binders) n += static_cast<int>(b.names.size());
  int slot = in.env.depth - n;
  std::string out;
  for (const auto& b : binders)
    for (const auto& name : b.names) {
      const eval::Binding& v = in.env.base[slot++];
      out += (out.empty() ? "" : ", ") + name.name + " = " +
             (v.kind == eval::Binding::Kind::Value ? eval::to_tla_string(v.value) : std::string("?"));
    }
  return out;
}

/// A false `\E x \in S : P`: for the first witnesses in S, the first false conjunct of P.
void explain_witnesses(eval::Evaluator& ev, const Expr& ex, Ctx& c, int depth, FalseConjunct& f) {
  int shown = 0;
  try {
    ev.for_each_binding(ex.binders, c, [&](Ctx& in) {
      std::string line = binding_text(ex.binders, in) + ": ";
      std::optional<FalseConjunct> why = explain(ev, *ex.args[0], in, depth + 1);
      if (why) {
        line += why->text;
        std::string vals;
        for (const auto& [t, v] : why->values) vals += (vals.empty() ? "" : ", ") + t + " = " + v;
        if (!vals.empty()) line += "  (" + vals + ")";
      } else {
        line += "(no false conjunct found)";
      }
      f.witnesses.push_back(std::move(line));
      return ++shown < kWitnesses;
    });
  } catch (const std::exception&) {
    // A domain that cannot be enumerated: the domain's value (in `values`) is all there is.
  }
}

/// A false expression: look inside it for a more precise culprit, else describe it.
std::optional<FalseConjunct> culprit(eval::Evaluator& ev, const Expr& e, Ctx& c, int depth) {
  if (depth < 12) {
    const Expr* s = strip(&e);
    if (s->kind == ExprKind::And) return explain(ev, *s, c, depth + 1);
    if (s->kind == ExprKind::Exists && !s->args.empty() && s->args[0]) {
      FalseConjunct f = describe(ev, e, c);
      explain_witnesses(ev, *s, c, depth, f);
      return f;
    }
    if (s->kind == ExprKind::Name || s->kind == ExprKind::OpApp) {
      eval::CallFrame f;
      if (ev.open_call(*s, c, f)) {
        const Expr* body = strip(f.body);
        if (body->kind == ExprKind::And || body->kind == ExprKind::Name || body->kind == ExprKind::OpApp) {
          auto inner = explain(ev, *f.body, f.ctx, depth + 1);
          if (inner) return inner;
        }
      }
    }
  }
  return describe(ev, e, c);
}

std::optional<FalseConjunct> explain(eval::Evaluator& ev, const Expr& e0, Ctx& c, int depth) {
  const Expr* e = strip(&e0);
  if (e->kind == ExprKind::And) {
    for (const auto& a : e->args)
      if (truth(ev, *a, c) == Truth::False) return culprit(ev, *a, c, depth);
    return std::nullopt;
  }
  if (truth(ev, *e, c) == Truth::False) return culprit(ev, *e, c, depth);
  return std::nullopt;
}

}  // namespace

std::optional<FalseConjunct> first_false_conjunct(eval::Evaluator& ev, const Expr& e, Ctx& c) {
  return explain(ev, e, c, 0);
}

std::string source_text(const SourceRange& r) {
  if (!r.valid()) return "?";
  std::string_view line = r.file->line_text(r.line);
  size_t from = r.col > 0 ? r.col - 1 : 0;
  if (from > line.size()) return "?";
  if (r.end_line == r.line && r.end_col >= r.col) return std::string(line.substr(from, r.end_col - r.col + 1));
  return std::string(line.substr(from)) + " ...";
}

}  // namespace tlatrace::refine
