#include "parser/syntax/precedence.hpp"

#include <algorithm>

namespace tlatrace::syntax {

using ast::Expr;
using ast::ExprKind;
using ast::ExprPtr;
using ast::OperatorInfo;

namespace {

std::string describe(const OperatorInfo& op) { return "'" + std::string(op.symbol) + "'"; }

[[noreturn]] void conflict(const OperatorInfo& left, const OperatorInfo& right, const SourceRange& at) {
  std::string msg = "precedence conflict between " + describe(left) + " and " + describe(right);
  if (left.symbol == right.symbol) msg += " (" + describe(left) + " is not associative)";
  msg += "; add parentheses";
  throw BuildError{at, msg};
}

}  // namespace

void PrecedenceResolver::push_prefix(OpOccurrence op) {
  Item it;
  it.op = op;
  it.prefix = true;
  stack_.push_back(std::move(it));
}

void PrecedenceResolver::push_operand(ExprPtr e) {
  Item it;
  it.expr = std::move(e);
  stack_.push_back(std::move(it));
}

void PrecedenceResolver::check_postfix(const OpOccurrence& op) const {
  // The stack ends with prefix operators of the operand being built (its primary is not
  // pushed yet); only the innermost one is compared, as SANY does.
  if (stack_.empty() || stack_.back().expr) return;
  const OperatorInfo& left = *stack_.back().op.info;
  if (!(left.high < op.info->low)) conflict(left, *op.info, op.range);
}

void PrecedenceResolver::push_infix(OpOccurrence op) {
  reduce_for(op.info, op.range);
  Item it;
  it.op = op;
  stack_.push_back(std::move(it));
}

void PrecedenceResolver::reduce_for(const OperatorInfo* incoming, const SourceRange& where) {
  while (stack_.size() >= 2) {
    const Item& below = stack_[stack_.size() - 2];
    const OperatorInfo& left = *below.op.info;
    if (incoming == nullptr || left.low > incoming->high ||
        (&left == incoming && left.assoc == ast::Assoc::Left)) {
      reduce_top();
    } else if (left.high < incoming->low) {
      return;
    } else {
      conflict(left, *incoming, where);
    }
  }
}

// Reduces the operator just below the top operand.
void PrecedenceResolver::reduce_top() {
  Item right = std::move(stack_.back());
  stack_.pop_back();
  Item op = std::move(stack_.back());
  stack_.pop_back();
  const OperatorInfo& info = *op.op.info;
  Item result;
  if (op.prefix) {
    auto e = std::make_unique<Expr>(ExprKind::OpApp, SourceRange::span(op.op.range, right.expr->range));
    e->op = std::string(info.symbol);
    e->fixity = ast::Fixity::Prefix;
    e->args.push_back(std::move(right.expr));
    result.expr = std::move(e);
    result.depth = right.depth + 1;
  } else {
    Item left = std::move(stack_.back());
    stack_.pop_back();
    SourceRange range = SourceRange::span(left.expr->range, right.expr->range);
    bool n_ary = info.symbol == "\\land" || info.symbol == "\\lor" || info.nfix;
    if (n_ary && left.chain == &info) {
      left.expr->args.push_back(std::move(right.expr));
      left.expr->range = range;
      result.expr = std::move(left.expr);
      result.depth = std::max(left.depth, right.depth + 1);
    } else {
      ExprKind kind = info.symbol == "\\land" ? ExprKind::And
                      : info.symbol == "\\lor" ? ExprKind::Or
                      : info.nfix              ? ExprKind::Times
                                               : ExprKind::OpApp;
      auto e = std::make_unique<Expr>(kind, range);
      if (kind == ExprKind::OpApp) {
        e->op = std::string(info.symbol);
        e->fixity = ast::Fixity::Infix;
      }
      e->args.push_back(std::move(left.expr));
      e->args.push_back(std::move(right.expr));
      result.expr = std::move(e);
      result.depth = std::max(left.depth, right.depth) + 1;
    }
    if (n_ary) result.chain = &info;
  }
  if (result.depth > kMaxChainDepth)
    throw BuildError{result.expr->range, "expression nested too deeply (more than " +
                                             std::to_string(kMaxChainDepth) + " levels)"};
  stack_.push_back(std::move(result));
}

ExprPtr PrecedenceResolver::finish() {
  reduce_for(nullptr, {});
  if (stack_.size() != 1 || !stack_.back().expr)
    throw BuildError{{}, "internal error: incomplete expression"};
  ExprPtr e = std::move(stack_.back().expr);
  stack_.clear();
  return e;
}

}  // namespace tlatrace::syntax
