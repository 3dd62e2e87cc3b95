#pragma once
// Builds the plain-C++ AST (parser/ast/ast.hpp) from an ANTLR parse tree. Errors that the
// grammar cannot see (precedence conflicts, malformed `<<A>>_v`, ...) throw BuildError.
#include <set>
#include <string>
#include <vector>

#include "TLAPlusParser.h"
#include "parser/ast/ast.hpp"
#include "parser/syntax/precedence.hpp"

namespace tlatrace::syntax {

namespace g = grammar;

/// Turns parse-tree contexts into AST nodes; one instance per parse.
class Builder {
 public:
  Builder(const SourceFile& file, antlr4::TokenStream& tokens) : file_(file), tokens_(tokens) {}

  std::unique_ptr<ast::Module> module(g::TLAPlusParser::ModuleContext* ctx);
  ast::ExprPtr expr(g::TLAPlusParser::ExprContext* ctx);

 private:
  // Ranges.
  SourceRange range(antlr4::ParserRuleContext* ctx) const;
  SourceRange range(antlr4::Token* tok) const;
  SourceRange range(antlr4::tree::TerminalNode* node) const { return range(node->getSymbol()); }
  antlr4::Token* last_real_token(antlr4::Token* tok) const;
  ast::ExprPtr make(ast::ExprKind kind, const SourceRange& r) const {
    return std::make_unique<ast::Expr>(kind, r);
  }

  // Modules and units (build_module.cpp).
  void unit(g::TLAPlusParser::UnitContext* ctx, ast::Module& m);
  void op_decl(g::TLAPlusParser::OpDeclContext* ctx, std::string& name, int& arity) const;
  std::unique_ptr<ast::OpDef> definition(g::TLAPlusParser::DefinitionContext* ctx);
  std::unique_ptr<ast::InstanceDecl> instance(g::TLAPlusParser::InstanceContext* ctx);
  std::string infix_symbol(g::TLAPlusParser::InfixSymbolContext* ctx) const;

  // Expressions (build_expr.cpp).
  ast::ExprPtr operand(g::TLAPlusParser::OperandContext* ctx, PrecedenceResolver& resolver);
  ast::ExprPtr postfix(ast::ExprPtr base, g::TLAPlusParser::PostfixContext* ctx,
                       const PrecedenceResolver& resolver);
  ast::ExprPtr primary(g::TLAPlusParser::PrimaryContext* ctx);
  ast::ExprPtr literal(g::TLAPlusParser::LiteralContext* ctx);
  ast::ExprPtr name(g::TLAPlusParser::NameContext* ctx);
  ast::ExprPtr argument(g::TLAPlusParser::ArgumentContext* ctx);
  void arguments(const std::vector<g::TLAPlusParser::ArgumentContext*>& args, ast::NameSegment& seg);
  ast::ExprPtr subscript(g::TLAPlusParser::SubscriptContext* ctx);
  std::vector<ast::ExprPtr> exprs(const std::vector<g::TLAPlusParser::ExprContext*>& ctxs);

  // Compound expressions (build_compound.cpp).
  ast::ExprPtr junction_list(g::TLAPlusParser::JunctionListContext* ctx);
  ast::ExprPtr set_expr(g::TLAPlusParser::SetExprContext* ctx);
  ast::ExprPtr bracket_expr(g::TLAPlusParser::BracketExprContext* ctx);
  ast::ExprPtr angle_expr(g::TLAPlusParser::AngleExprContext* ctx);
  ast::ExprPtr case_expr(g::TLAPlusParser::CaseExprContext* ctx);
  ast::ExprPtr let_expr(g::TLAPlusParser::LetExprContext* ctx);
  ast::ExprPtr quant_expr(g::TLAPlusParser::QuantExprContext* ctx);
  ast::ExprPtr choose_expr(g::TLAPlusParser::ChooseExprContext* ctx);
  ast::ExprPtr label_expr(g::TLAPlusParser::LabelExprContext* ctx);
  ast::Binder quant_bound(g::TLAPlusParser::QuantBoundContext* ctx);
  ast::Binder bound_head(g::TLAPlusParser::BoundHeadContext* ctx);
  ast::BoundName bound_name(antlr4::tree::TerminalNode* ident) const;

  const SourceFile& file_;
  antlr4::TokenStream& tokens_;
  std::vector<std::set<std::string>> recursive_scopes_;  // names declared RECURSIVE
};

}  // namespace tlatrace::syntax
