// AST builder: operator sequences, operands, postfix forms, names and literals.
#include "parser/ast/operators.hpp"
#include "parser/syntax/builder.hpp"

namespace tlatrace::syntax {

using P = g::TLAPlusParser;
using ast::Expr;
using ast::ExprKind;
using ast::ExprPtr;

namespace {

const ast::OperatorInfo kFunctionApplication{"[", ast::Fixity::Postfix, 16, 16, ast::Assoc::Left};

const ast::OperatorInfo& lookup(const std::string& spelling, ast::Fixity fixity, const SourceRange& at) {
  const ast::OperatorInfo* info = ast::find_operator(spelling, fixity);
  if (!info) throw BuildError{at, "unknown operator '" + spelling + "'"};
  return *info;
}

// Decodes the escapes of a string literal (quotes included in `text`).
std::string unescape(const std::string& text) {
  std::string out;
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' && i + 2 < text.size()) {
      char n = text[++i];
      switch (n) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'f': out += '\f'; break;
        default: out += n;  // \" and \\ (the lexer admits no other escape)
      }
    } else {
      out += c;
    }
  }
  return out;
}

// Parses digits in `base`; sets big on overflow.
void parse_number(const std::string& digits, int base, Expr& e) {
  uint64_t value = 0;
  for (char c : digits) {
    int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    if (value > (static_cast<uint64_t>(INT64_MAX) - d) / base) {
      e.big = true;
      e.num = 0;
      return;
    }
    value = value * base + d;
  }
  e.num = static_cast<int64_t>(value);
}

}  // namespace

std::vector<ExprPtr> Builder::exprs(const std::vector<P::ExprContext*>& ctxs) {
  std::vector<ExprPtr> out;
  out.reserve(ctxs.size());
  for (auto* c : ctxs) out.push_back(expr(c));
  return out;
}

ExprPtr Builder::expr(P::ExprContext* ctx) {
  auto operands = ctx->operand();
  auto ops = ctx->infixOp();
  PrecedenceResolver resolver;
  for (size_t i = 0; i < operands.size(); ++i) {
    if (i > 0) {
      SourceRange at = range(ops[i - 1]);
      resolver.push_infix({&lookup(ops[i - 1]->getText(), ast::Fixity::Infix, at), at});
    }
    resolver.push_operand(operand(operands[i], resolver));
  }
  return resolver.finish();
}

ExprPtr Builder::operand(P::OperandContext* ctx, PrecedenceResolver& resolver) {
  for (auto* pre : ctx->prefixOp()) {
    SourceRange at = range(pre);
    resolver.push_prefix({&lookup(pre->getText(), ast::Fixity::Prefix, at), at});
  }
  ExprPtr e = primary(ctx->primary());
  // `[](x < 2)`: a prefix operator's application ends at the closing parenthesis, as in SANY
  // (TLC names an unnamed invariant by that location).
  if (!ctx->prefixOp().empty() && ctx->postfix().empty() && ctx->primary()->LPAREN()) e->range = range(ctx->primary());
  for (auto* post : ctx->postfix()) e = postfix(std::move(e), post, resolver);
  return e;
}

ExprPtr Builder::postfix(ExprPtr base, P::PostfixContext* ctx, const PrecedenceResolver& resolver) {
  SourceRange whole = SourceRange::span(base->range, range(ctx));
  if (ctx->PRIME() || ctx->POSTFIX_OP()) {
    SourceRange at = range(ctx);
    const auto& info = lookup(ctx->getText(), ast::Fixity::Postfix, at);
    resolver.check_postfix({&info, at});
    auto e = make(ExprKind::OpApp, whole);
    e->op = std::string(info.symbol);
    e->fixity = ast::Fixity::Postfix;
    e->args.push_back(std::move(base));
    return e;
  }
  if (ctx->LBRACKET()) {
    resolver.check_postfix({&kFunctionApplication, range(ctx)});
    auto e = make(ExprKind::FuncApp, whole);
    e->args.push_back(std::move(base));
    for (auto* a : ctx->expr()) e->args.push_back(expr(a));
    return e;
  }
  auto e = make(ExprKind::FieldAccess, whole);
  e->args.push_back(std::move(base));
  e->fields.push_back(ctx->fieldName()->getText());
  return e;
}

ExprPtr Builder::primary(P::PrimaryContext* ctx) {
  if (auto* c = ctx->name()) return name(c);
  if (auto* c = ctx->literal()) return literal(c);
  if (ctx->LPAREN()) return expr(ctx->expr());
  if (auto* c = ctx->junctionList()) return junction_list(c);
  if (auto* c = ctx->setExpr()) return set_expr(c);
  if (auto* c = ctx->bracketExpr()) return bracket_expr(c);
  if (auto* c = ctx->angleExpr()) return angle_expr(c);
  if (auto* c = ctx->ifExpr()) {
    auto e = make(ExprKind::If, range(c));
    e->args = exprs(c->expr());
    return e;
  }
  if (auto* c = ctx->caseExpr()) return case_expr(c);
  if (auto* c = ctx->letExpr()) return let_expr(c);
  if (auto* c = ctx->quantExpr()) return quant_expr(c);
  if (auto* c = ctx->chooseExpr()) return choose_expr(c);
  if (auto* c = ctx->fairnessExpr()) {
    auto e = make(c->WF_US() ? ExprKind::WeakFair : ExprKind::StrongFair, range(c));
    e->args.push_back(subscript(c->subscript()));
    e->args.push_back(expr(c->expr()));
    return e;
  }
  if (auto* c = ctx->lambdaExpr()) {
    auto e = make(ExprKind::Lambda, range(c));
    for (auto* id : c->IDENT()) e->params.push_back(ast::OpParam{id->getText(), 0, range(id)});
    e->args.push_back(expr(c->expr()));
    return e;
  }
  if (auto* c = ctx->labelExpr()) return label_expr(c);
  if (ctx->STEP()) {
    auto e = make(ExprKind::Name, range(ctx));
    ast::NameSegment seg;
    seg.name = ctx->STEP()->getText();
    seg.range = e->range;
    e->segments.push_back(std::move(seg));
    return e;
  }
  return make(ExprKind::At, range(ctx));
}

ExprPtr Builder::literal(P::LiteralContext* ctx) {
  antlr4::Token* tok = ctx->getStart();
  std::string text = tok->getText();
  switch (tok->getType()) {
    case P::TRUE:
    case P::FALSE: {
      auto e = make(ExprKind::Bool, range(tok));
      e->num = tok->getType() == P::TRUE;
      return e;
    }
    case P::STRING_LIT: {
      auto e = make(ExprKind::String, range(tok));
      e->str = unescape(text);
      return e;
    }
    default: break;
  }
  auto e = make(ExprKind::Number, range(tok));
  e->str = text;
  switch (tok->getType()) {
    case P::NUMBER: parse_number(text, 10, *e); break;
    case P::BINNUM: parse_number(text.substr(2), 2, *e); break;
    case P::OCTNUM: parse_number(text.substr(2), 8, *e); break;
    case P::HEXNUM: parse_number(text.substr(2), 16, *e); break;
    default: break;  // REAL: parsed only, spelling kept in str
  }
  return e;
}

void Builder::arguments(const std::vector<P::ArgumentContext*>& args, ast::NameSegment& seg) {
  for (auto* a : args) seg.args.push_back(argument(a));
}

ExprPtr Builder::argument(P::ArgumentContext* ctx) {
  if (ctx->expr()) return expr(ctx->expr());
  // An operator symbol passed as an argument: a Name whose segment is the symbol.
  auto e = make(ExprKind::Name, range(ctx));
  std::string text = ctx->getText();
  ast::NameSegment seg;
  seg.name = text == "-." ? text : std::string(ast::canonical_operator(text));
  seg.range = e->range;
  e->segments.push_back(std::move(seg));
  return e;
}

ExprPtr Builder::name(P::NameContext* ctx) {
  auto e = make(ExprKind::Name, range(ctx));
  auto* first = ctx->nameSegment();
  ast::NameSegment seg;
  seg.name = first->IDENT()->getText();
  seg.has_parens = first->LPAREN() != nullptr;
  seg.range = range(first);
  arguments(first->argument(), seg);
  e->segments.push_back(std::move(seg));
  for (auto* sel : ctx->selector()) {
    ast::NameSegment s;
    s.range = range(sel);
    if (sel->IDENT()) s.name = sel->IDENT()->getText();
    else if (sel->NUMBER()) s.name = sel->NUMBER()->getText();
    else if (sel->infixSymbol()) s.name = infix_symbol(sel->infixSymbol());
    else if (sel->LPAREN()) s.name = "()";  // `Op!(x)`: arguments for the selected part
    else s.name = sel->getText();
    s.has_parens = sel->LPAREN() != nullptr;
    arguments(sel->argument(), s);
    e->segments.push_back(std::move(s));
  }
  return e;
}

ExprPtr Builder::subscript(P::SubscriptContext* ctx) {
  if (!ctx->IDENT().empty()) {
    auto e = make(ExprKind::Name, range(ctx));
    for (auto* id : ctx->IDENT()) {
      ast::NameSegment seg;
      seg.name = id->getText();
      seg.range = range(id);
      e->segments.push_back(std::move(seg));
    }
    return e;
  }
  if (ctx->LANGLE()) {
    auto e = make(ExprKind::Tuple, range(ctx));
    e->args = exprs(ctx->expr());
    return e;
  }
  return expr(ctx->expr(0));
}

}  // namespace tlatrace::syntax
