#pragma once
// Resolves a flat sequence of operands and prefix/infix operators into a tree, with SANY's
// operator-precedence algorithm: an operator on the stack is reduced before the incoming one
// when its low precedence is above the incoming one's high (or they are the same
// left-associative operator), kept when its high is below the incoming one's low, and any
// overlap is a precedence conflict. `/\` and `\/` chains become n-ary And/Or, `\X` chains one
// Times node (parenthesised operands are never merged).
#include <functional>
#include <string>
#include <vector>

#include "parser/ast/ast.hpp"
#include "parser/ast/operators.hpp"

namespace tlatrace::syntax {

/// Thrown by the AST builder on a semantic syntax error; caught by the parse driver.
struct BuildError {
  SourceRange range;
  std::string message;
};

/// One operator occurrence.
struct OpOccurrence {
  const ast::OperatorInfo* info = nullptr;
  SourceRange range;
};

/// The operator-precedence stack for one expression.
class PrecedenceResolver {
 public:
  /// Maximum depth of a tree built from one operator sequence.
  static constexpr int kMaxChainDepth = 1000;

  void push_prefix(OpOccurrence op);
  void push_operand(ast::ExprPtr e);
  /// Checks a postfix operator applied to the operand being built against the operator
  /// below it (e.g. `[]x'` is a conflict); throws BuildError on conflict.
  void check_postfix(const OpOccurrence& op) const;
  void push_infix(OpOccurrence op);
  /// Reduces everything and returns the tree.
  ast::ExprPtr finish();

 private:
  struct Item {
    ast::ExprPtr expr;         // operand when set
    OpOccurrence op;           // operator otherwise
    bool prefix = false;
    const ast::OperatorInfo* chain = nullptr;  // the n-ary operator that built `expr`
    int depth = 1;
  };
  void reduce_for(const ast::OperatorInfo* incoming, const SourceRange& where);
  void reduce_top();

  std::vector<Item> stack_;
};

}  // namespace tlatrace::syntax
