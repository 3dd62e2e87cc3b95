#pragma once
// Pieces of the parse driver: the syntax-error collector that replaces ANTLR's console
// listener, the error strategy that stops at the first error, the nesting-depth guard, and
// a runner that executes the parse on a thread with a large stack.
#include <functional>
#include <optional>
#include <string>

#include "antlr4-runtime.h"

namespace tlatrace::syntax {

/// A syntax error at a 1-based line and column (code points).
struct SyntaxError {
  size_t line = 0, col = 0;
  std::string message;
};

/// Keeps the first syntax error, phrased for TLA+ users.
class SyntaxErrorCollector : public antlr4::BaseErrorListener {
 public:
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line,
                   size_t col, const std::string& msg, std::exception_ptr e) override;
  const std::optional<SyntaxError>& first() const { return first_; }

 private:
  std::optional<SyntaxError> first_;
};

/// Reports the first error (through the listeners) and then abandons the parse.
class FirstErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  void recover(antlr4::Parser* recognizer, std::exception_ptr e) override;
};

/// Thrown when rules nest deeper than the limit (deeply nested expressions).
struct NestingTooDeep {
  size_t line = 0, col = 0;
};

/// Counts rule nesting while parsing and throws NestingTooDeep beyond the limit.
class DepthGuard : public antlr4::tree::ParseTreeListener {
 public:
  /// About three rule levels per level of expression nesting: ~1000 nested parentheses.
  static constexpr size_t kMaxRuleDepth = 3000;
  void enterEveryRule(antlr4::ParserRuleContext* ctx) override;
  void exitEveryRule(antlr4::ParserRuleContext*) override { --depth_; }
  void visitTerminal(antlr4::tree::TerminalNode*) override {}
  void visitErrorNode(antlr4::tree::ErrorNode*) override {}

 private:
  size_t depth_ = 0;
};

/// A readable description of a token type ("an identifier", "'=='", "end of input").
std::string describe_token_type(size_t type, const antlr4::dfa::Vocabulary& vocab);

/// Runs `fn` on a thread with a large stack (falls back to the current thread).
void run_with_large_stack(const std::function<void()>& fn);

}  // namespace tlatrace::syntax
