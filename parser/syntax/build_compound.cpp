// AST builder: junction lists, sets, brackets, tuples, CASE, LET, quantifiers, labels.
#include "parser/syntax/builder.hpp"

namespace tlatrace::syntax {

using P = g::TLAPlusParser;
using ast::ExprKind;
using ast::ExprPtr;

ast::BoundName Builder::bound_name(antlr4::tree::TerminalNode* ident) const {
  return ast::BoundName{ident->getText(), range(ident)};
}

ast::Binder Builder::bound_head(P::BoundHeadContext* ctx) {
  ast::Binder b;
  b.tuple = ctx->LANGLE() != nullptr;
  for (auto* id : ctx->IDENT()) b.names.push_back(bound_name(id));
  return b;
}

ast::Binder Builder::quant_bound(P::QuantBoundContext* ctx) {
  ast::Binder b = bound_head(ctx->boundHead());
  b.domain = expr(ctx->expr());
  return b;
}

ExprPtr Builder::junction_list(P::JunctionListContext* ctx) {
  auto e = make(ctx->JL_AND() ? ExprKind::And : ExprKind::Or, range(ctx));
  e->bulleted = true;
  e->args = exprs(ctx->expr());
  return e;
}

ExprPtr Builder::set_expr(P::SetExprContext* ctx) {
  SourceRange r = range(ctx);
  auto* body = ctx->setBody();
  if (!body) return make(ExprKind::SetEnum, r);
  if (auto* f = dynamic_cast<P::SetFilterContext*>(body)) {
    auto e = make(ExprKind::SetFilter, r);
    ast::Binder b = bound_head(f->boundHead());
    b.domain = expr(f->expr(0));
    e->binders.push_back(std::move(b));
    e->args.push_back(expr(f->expr(1)));
    return e;
  }
  if (auto* m = dynamic_cast<P::SetMapContext*>(body)) {
    auto e = make(ExprKind::SetMap, r);
    e->args.push_back(expr(m->expr()));
    for (auto* qb : m->quantBound()) e->binders.push_back(quant_bound(qb));
    return e;
  }
  auto e = make(ExprKind::SetEnum, r);
  e->args = exprs(static_cast<P::SetEnumContext*>(body)->expr());
  return e;
}

ExprPtr Builder::bracket_expr(P::BracketExprContext* ctx) {
  SourceRange r = range(ctx);
  if (auto* c = dynamic_cast<P::RecordConsContext*>(ctx)) {
    auto e = make(ExprKind::RecordCons, r);
    for (auto* f : c->fieldName()) e->fields.push_back(f->getText());
    e->args = exprs(c->expr());
    return e;
  }
  if (auto* c = dynamic_cast<P::RecordSetContext*>(ctx)) {
    auto e = make(ExprKind::RecordSet, r);
    for (auto* f : c->fieldName()) e->fields.push_back(f->getText());
    e->args = exprs(c->expr());
    return e;
  }
  if (auto* c = dynamic_cast<P::FuncConsContext*>(ctx)) {
    auto e = make(ExprKind::FuncCons, r);
    for (auto* qb : c->quantBound()) e->binders.push_back(quant_bound(qb));
    e->args.push_back(expr(c->expr()));
    return e;
  }
  if (auto* c = dynamic_cast<P::FuncSetContext*>(ctx)) {
    auto e = make(ExprKind::FuncSet, r);
    e->args = exprs(c->expr());
    return e;
  }
  if (auto* c = dynamic_cast<P::ExceptContext*>(ctx)) {
    auto e = make(ExprKind::Except, r);
    e->args.push_back(expr(c->expr()));
    for (auto* u : c->exceptUpdate()) {
      ast::ExceptUpdate update;
      update.range = range(u);
      for (auto* s : u->exceptStep()) {
        ast::ExceptStep step;
        step.range = range(s);
        if (s->fieldName()) step.field = s->fieldName()->getText();
        else step.index = exprs(s->expr());
        update.path.push_back(std::move(step));
      }
      update.value = expr(u->expr());
      e->updates.push_back(std::move(update));
    }
    return e;
  }
  auto* c = static_cast<P::BoxActionContext*>(ctx);
  auto e = make(ExprKind::BoxAction, r);
  e->args.push_back(expr(c->expr()));
  e->args.push_back(subscript(c->subscript()));
  return e;
}

ExprPtr Builder::angle_expr(P::AngleExprContext* ctx) {
  SourceRange r = range(ctx);
  if (!ctx->RANGLE_US()) {
    auto e = make(ExprKind::Tuple, r);
    e->args = exprs(ctx->expr());
    return e;
  }
  if (ctx->expr().size() != 1)
    throw BuildError{r, "an action <<A>>_v takes exactly one action between << and >>_"};
  auto e = make(ExprKind::AngleAction, r);
  e->args.push_back(expr(ctx->expr(0)));
  e->args.push_back(subscript(ctx->subscript()));
  return e;
}

ExprPtr Builder::case_expr(P::CaseExprContext* ctx) {
  auto e = make(ExprKind::Case, range(ctx));
  for (auto* arm : ctx->caseArm()) e->arms.push_back(ast::CaseArm{expr(arm->expr(0)), expr(arm->expr(1))});
  if (ctx->OTHER()) e->args.push_back(expr(ctx->expr()));
  return e;
}

ExprPtr Builder::let_expr(P::LetExprContext* ctx) {
  auto e = make(ExprKind::Let, range(ctx));
  recursive_scopes_.emplace_back();
  for (auto* d : ctx->letDef()) {
    if (auto* rec = d->recursiveDecl()) {
      for (auto* decl : rec->opDecl()) {
        std::string name;
        int arity = 0;
        op_decl(decl, name, arity);
        recursive_scopes_.back().insert(name);
      }
    } else {
      e->defs.push_back(definition(d->definition()));
    }
  }
  recursive_scopes_.pop_back();
  e->args.push_back(expr(ctx->expr()));
  return e;
}

ExprPtr Builder::quant_expr(P::QuantExprContext* ctx) {
  ExprKind kind = ctx->FORALL()    ? ExprKind::Forall
                  : ctx->EXISTS()  ? ExprKind::Exists
                  : ctx->TFORALL() ? ExprKind::TemporalForall
                                   : ExprKind::TemporalExists;
  auto e = make(kind, range(ctx));
  if (!ctx->quantBound().empty()) {
    for (auto* qb : ctx->quantBound()) e->binders.push_back(quant_bound(qb));
  } else {
    ast::Binder b;
    for (auto* id : ctx->IDENT()) b.names.push_back(bound_name(id));
    e->binders.push_back(std::move(b));
  }
  e->args.push_back(expr(ctx->expr()));
  return e;
}

ExprPtr Builder::choose_expr(P::ChooseExprContext* ctx) {
  auto e = make(ExprKind::Choose, range(ctx));
  ast::Binder b;
  b.tuple = ctx->LANGLE() != nullptr;
  for (auto* id : ctx->IDENT()) b.names.push_back(bound_name(id));
  size_t body = 0;
  if (ctx->ELEM()) {
    b.domain = expr(ctx->expr(0));
    body = 1;
  }
  e->binders.push_back(std::move(b));
  e->args.push_back(expr(ctx->expr(body)));
  return e;
}

ExprPtr Builder::label_expr(P::LabelExprContext* ctx) {
  auto e = make(ExprKind::Label, range(ctx));
  auto ids = ctx->IDENT();
  e->op = ids[0]->getText();
  for (size_t i = 1; i < ids.size(); ++i) e->params.push_back(ast::OpParam{ids[i]->getText(), 0, range(ids[i])});
  e->args.push_back(expr(ctx->expr()));
  return e;
}

}  // namespace tlatrace::syntax
