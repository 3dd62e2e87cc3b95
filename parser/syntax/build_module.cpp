// AST builder: ranges, modules, units and definitions.
#include "parser/ast/operators.hpp"
#include "parser/syntax/builder.hpp"
#include "parser/syntax/source_text.hpp"

namespace tlatrace::syntax {

using P = g::TLAPlusParser;
using antlr4::Token;

Token* Builder::last_real_token(Token* tok) const {
  while (tok && (tok->getType() == P::JL_CLOSE || tok->getType() == Token::EOF) &&
         tok->getTokenIndex() > 0 && tok->getTokenIndex() != INVALID_INDEX) {
    tok = tokens_.get(tok->getTokenIndex() - 1);
  }
  return tok;
}

SourceRange Builder::range(Token* tok) const {
  SourceRange r;
  if (!tok) return r;
  r.file = &file_;
  r.line = r.end_line = static_cast<uint32_t>(tok->getLine());
  r.col = static_cast<uint32_t>(tok->getCharPositionInLine()) + 1;
  uint32_t len = count_code_points(tok->getText());
  r.end_col = r.col + (len > 0 ? len - 1 : 0);
  return r;
}

SourceRange Builder::range(antlr4::ParserRuleContext* ctx) const {
  SourceRange a = range(ctx->getStart());
  Token* stop = ctx->getStop();
  if (!stop || stop->getTokenIndex() < ctx->getStart()->getTokenIndex()) return a;
  SourceRange b = range(last_real_token(stop));
  if (b.line < a.line || (b.line == a.line && b.end_col < a.col)) return a;
  a.end_line = b.end_line;
  a.end_col = b.end_col;
  return a;
}

std::string Builder::infix_symbol(P::InfixSymbolContext* ctx) const {
  return std::string(ast::canonical_operator(ctx->getText()));
}

std::unique_ptr<ast::Module> Builder::module(P::ModuleContext* ctx) {
  auto m = std::make_unique<ast::Module>();
  m->file = &file_;
  m->range = range(ctx);
  m->name = ctx->IDENT()->getText();
  m->name_range = range(ctx->IDENT());
  if (auto* ext = ctx->extendsClause()) {
    for (auto* id : ext->IDENT()) {
      m->extends.push_back(id->getText());
      m->extends_ranges.push_back(range(id));
    }
  }
  recursive_scopes_.emplace_back();
  for (auto* u : ctx->unit()) unit(u, *m);
  recursive_scopes_.pop_back();
  return m;
}

void Builder::op_decl(P::OpDeclContext* ctx, std::string& name, int& arity) const {
  if (ctx->IDENT()) {
    name = ctx->IDENT()->getText();
    arity = static_cast<int>(ctx->UNDERSCORE().size());
  } else if (ctx->MINUS_DOT()) {
    name = "-.";
    arity = 1;
  } else if (ctx->infixSymbol()) {
    name = infix_symbol(ctx->infixSymbol());
    arity = 2;
  } else {
    name = std::string(ast::canonical_operator(ctx->POSTFIX_OP()->getText()));
    arity = 1;
  }
}

void Builder::unit(P::UnitContext* ctx, ast::Module& m) {
  if (auto* nested = ctx->module()) {
    m.units.emplace_back(module(nested));
  } else if (auto* c = ctx->constantDecl()) {
    for (auto* d : c->opDecl()) {
      ast::ConstantDecl decl;
      op_decl(d, decl.name, decl.arity);
      decl.range = range(d);
      m.units.emplace_back(std::move(decl));
    }
  } else if (auto* v = ctx->variableDecl()) {
    for (auto* id : v->IDENT()) m.units.emplace_back(ast::VariableDecl{id->getText(), range(id)});
  } else if (auto* r = ctx->recursiveDecl()) {
    for (auto* d : r->opDecl()) {
      ast::RecursiveDecl decl;
      op_decl(d, decl.name, decl.arity);
      decl.range = range(d);
      recursive_scopes_.back().insert(decl.name);
      m.units.emplace_back(std::move(decl));
    }
  } else if (auto* in = ctx->instance()) {
    auto decl = instance(in);
    decl->local = ctx->LOCAL() != nullptr;
    if (decl->local) decl->range = range(ctx);
    m.units.emplace_back(std::move(decl));
  } else if (auto* d = ctx->definition()) {
    auto def = definition(d);
    def->local = ctx->LOCAL() != nullptr;
    if (def->local) def->range = range(ctx);
    m.units.emplace_back(std::move(def));
  } else if (auto* a = ctx->assumption()) {
    ast::Assumption as;
    if (a->IDENT()) as.name = a->IDENT()->getText();
    as.body = expr(a->expr());
    as.range = range(a);
    m.units.emplace_back(std::move(as));
  } else if (auto* t = ctx->theorem()) {
    ast::Theorem th;
    if (t->IDENT()) th.name = t->IDENT()->getText();
    if (t->expr()) th.body = expr(t->expr());
    th.range = range(t);
    m.units.emplace_back(std::move(th));
  }
  // Separators and USE/HIDE carry nothing.
}

std::unique_ptr<ast::OpDef> Builder::definition(P::DefinitionContext* ctx) {
  auto def = std::make_unique<ast::OpDef>();
  def->range = range(ctx);
  if (auto* fn = dynamic_cast<P::FunctionDefinitionContext*>(ctx)) {
    def->name = fn->IDENT()->getText();
    def->name_range = range(fn->IDENT());
    def->is_function = true;
    for (auto* qb : fn->quantBound()) def->fn_binders.push_back(quant_bound(qb));
    def->body = expr(fn->expr());
  } else {
    auto* op = static_cast<P::OperatorDefinitionContext*>(ctx);
    auto* lhs = op->defLhs();
    auto param = [&](antlr4::tree::TerminalNode* id) {
      def->params.push_back(ast::OpParam{id->getText(), 0, range(id)});
    };
    if (auto* nf = dynamic_cast<P::NonfixLhsContext*>(lhs)) {
      def->name = nf->IDENT()->getText();
      def->name_range = range(nf->IDENT());
      for (auto* d : nf->opDecl()) {
        ast::OpParam p;
        op_decl(d, p.name, p.arity);
        p.range = range(d);
        def->params.push_back(std::move(p));
      }
    } else if (auto* pre = dynamic_cast<P::PrefixLhsContext*>(lhs)) {
      def->name = "-.";
      def->name_range = range(pre->MINUS_DOT());
      def->fixity = ast::Fixity::Prefix;
      param(pre->IDENT());
    } else if (auto* in = dynamic_cast<P::InfixLhsContext*>(lhs)) {
      def->name = infix_symbol(in->infixSymbol());
      def->name_range = range(in->infixSymbol());
      def->fixity = ast::Fixity::Infix;
      param(in->IDENT(0));
      param(in->IDENT(1));
    } else if (auto* post = dynamic_cast<P::PostfixLhsContext*>(lhs)) {
      def->name = std::string(ast::canonical_operator(post->POSTFIX_OP()->getText()));
      def->name_range = range(post->POSTFIX_OP());
      def->fixity = ast::Fixity::Postfix;
      param(post->IDENT());
    }
    if (op->instance()) def->instance = instance(op->instance());
    else def->body = expr(op->expr());
  }
  for (const auto& scope : recursive_scopes_)
    if (scope.count(def->name)) def->recursive = true;
  return def;
}

std::unique_ptr<ast::InstanceDecl> Builder::instance(P::InstanceContext* ctx) {
  auto decl = std::make_unique<ast::InstanceDecl>();
  decl->module_name = ctx->IDENT()->getText();
  decl->range = range(ctx);
  for (auto* s : ctx->substitution()) {
    ast::Substitution sub;
    if (s->IDENT()) sub.name = s->IDENT()->getText();
    else if (s->infixSymbol()) sub.name = infix_symbol(s->infixSymbol());
    else if (s->MINUS_DOT()) sub.name = "-.";
    else if (s->NOT()) sub.name = "\\lnot";
    else sub.name = std::string(ast::canonical_operator(s->POSTFIX_OP()->getText()));
    sub.value = argument(s->argument());
    sub.range = range(s);
    decl->with.push_back(std::move(sub));
  }
  return decl;
}

}  // namespace tlatrace::syntax
