#pragma once
// The token source between the ANTLR lexer and parser that gives TLA+ junction lists their
// structure by column, as SANY does:
//  - a `/\` or `\/` in prefix position (where an expression starts) opens a list at its column
//    and becomes JL_AND / JL_OR;
//  - a token at or left of the innermost list's column closes it (JL_CLOSE), unless it is a
//    bullet of the same kind at exactly that column, which becomes JL_ITEM;
//  - closing brackets close the lists opened inside them; `,` `->` THEN ELSE IN and a CASE `[]`
//    close the lists opened since the enclosing bracket / IF / CASE / LET / binder list
//    (the binders of \A \E CHOOSE LAMBDA, up to their `:`);
//  - unit-level keywords (THEOREM, CONSTANT, `----`, proof keywords, ...) close every list.
// It also splits `WF_vars` / `SF_vars` into WF_ / SF_ and the subscript name, stops after the
// footer of the outermost module (module mode), and records the first lexical error.
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "TLAPlusLexer.h"
#include "antlr4-runtime.h"

namespace tlatrace::syntax {

/// The first bad character met by the lexer.
struct LexicalError {
  size_t line = 0, col = 0;  // 1-based, code points: where the problem is
  std::string message;
  size_t token_line = 0, token_col = 0;  // the bad token (where the parser stumbles)
};

/// Wraps a TLAPlusLexer; see the file comment.
class JunctionTokenSource : public antlr4::TokenSource {
 public:
  JunctionTokenSource(grammar::TLAPlusLexer& lexer, bool module_mode);

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return lexer_.getLine(); }
  size_t getCharPositionInLine() override { return lexer_.getCharPositionInLine(); }
  antlr4::CharStream* getInputStream() override { return lexer_.getInputStream(); }
  std::string getSourceName() override { return lexer_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override { return lexer_.getTokenFactory(); }

  const std::optional<LexicalError>& lexical_error() const { return lexical_error_; }

 private:
  enum class Kind : uint8_t { List, Paren, Bracket, Brace, Angle, If, Then, Case, Let, Binder };
  struct Entry {
    Kind kind;
    size_t col = 0;
    bool is_and = false;
  };

  std::unique_ptr<antlr4::CommonToken> make_token(size_t type, const std::string& text, size_t line,
                                                  size_t col, size_t start, size_t stop);
  std::unique_ptr<antlr4::CommonToken> virtual_token(size_t type, const antlr4::Token& at,
                                                     const std::string& text);
  void process(std::unique_ptr<antlr4::Token> t);
  void process_one(std::unique_ptr<antlr4::Token> t);
  bool apply_column_rule(antlr4::Token& t);
  void apply_bracket_rules(antlr4::Token& t);
  void close_above_marker(const antlr4::Token& at);
  void close_all(const antlr4::Token& at);
  void emit_close(const antlr4::Token& at);
  void emit(std::unique_ptr<antlr4::Token> t);
  bool prefix_position() const;
  void note_lexical_error(const antlr4::Token& t);

  grammar::TLAPlusLexer& lexer_;
  bool module_mode_;
  int module_depth_ = 0;
  bool finished_ = false;
  size_t prev_type_ = 0;        // type of the last emitted token (0 = none yet)
  size_t prev_lexed_type_ = 0;  // type of the last token read from the lexer
  bool prev_selector_ = false;  // the last emitted token is a selector such as `!<<`
  std::vector<Entry> stack_;
  std::deque<std::unique_ptr<antlr4::Token>> pending_;
  std::optional<LexicalError> lexical_error_;
};

}  // namespace tlatrace::syntax
