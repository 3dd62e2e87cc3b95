// A depth-first walk over expressions, following references into definition bodies.
#include "evaluator/model/reachable.hpp"

namespace tlatrace::eval {
namespace {

class Walk {
 public:
  explicit Walk(const Program& p) : program_(p) {}
  std::unordered_set<const ast::OpDef*> seen;

  void expr(const ast::Expr* e) {
    if (!e) return;
    ref(e->ref);
    for (const auto& s : e->segments) {
      ref(s.ref);
      for (const auto& a : s.args) expr(a.get());
    }
    for (const auto& a : e->args) expr(a.get());
    for (const auto& b : e->binders) expr(b.domain.get());
    for (const auto& u : e->updates) {
      for (const auto& st : u.path)
        for (const auto& a : st.index) expr(a.get());
      expr(u.value.get());
    }
    for (const auto& arm : e->arms) {
      expr(arm.guard.get());
      expr(arm.value.get());
    }
    for (const auto& d : e->defs) def(d.get());
  }

 private:
  void ref(const ast::Ref& r) {
    if (r.via) instance(r.via);
    if (r.kind == ast::Ref::Kind::Definition) def(r.def);
    if (r.kind == ast::Ref::Kind::Formula) expr(r.formula);
    if (r.kind == ast::Ref::Kind::Constant)
      if (const ast::ConstantDecl* c = program_.constant_decl(r))
        if (const ConstantValue* cv = program_.find_constant(c)) def(cv->op);
  }

  void def(const ast::OpDef* d) {
    if (!d || !seen.insert(d).second) return;
    if (const DefInfo* info = program_.find_info(d)) def(info->override_def);
    expr(d->body.get());
    for (const auto& b : d->fn_binders) expr(b.domain.get());
    if (d->instance) instance(d->instance.get());
  }

  void instance(const ast::InstanceDecl* inst) {
    if (!inst || !instances_.insert(inst).second) return;
    for (const auto& s : inst->with) expr(s.value.get());
  }

  const Program& program_;
  std::unordered_set<const ast::InstanceDecl*> instances_;
};

}  // namespace

std::unordered_set<const ast::OpDef*> reachable_definitions(const std::vector<const ast::Expr*>& roots,
                                                            const Program& program) {
  Walk w(program);
  for (const ast::Expr* e : roots) w.expr(e);
  return std::move(w.seen);
}

}  // namespace tlatrace::eval
