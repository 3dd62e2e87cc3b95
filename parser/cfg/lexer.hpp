#pragma once
// The cfg tokenizer. TLC reads cfg files with the TLA+ tokenizer, so the lexical rules are
// TLA+'s: `\*` line comments, nested `(* *)` comments, TLA+ identifiers (letters, digits and
// `_`, at least one letter), numbers (`42`, `\b101`, `\o17`, `\hFF`), strings with TLA+
// escapes, and TLA+ operator symbols.
#include <cstdint>
#include <string>
#include <vector>

#include "parser/ast/diagnostics.hpp"
#include "parser/ast/source.hpp"

namespace tlatrace::cfg::detail {

enum class TokenKind {
  Identifier,  // a TLA+ identifier; keywords, TRUE and FALSE are identifiers here
  Number,      // an unsigned integer literal; see `magnitude` / `overflow`
  String,      // text = the characters between the quotes, as written
  Punct,       // one of { } ( ) [ ] , = <- !
  Operator,    // any other TLA+ operator symbol: + - \oplus .. << ...
  Error,       // malformed input, already reported to the Diagnostics
  End,         // end of input
};

struct Token {
  TokenKind kind = TokenKind::End;
  std::string text;          // the token as written (String: without the quotes)
  uint64_t magnitude = 0;    // Number: its value
  bool overflow = false;     // Number: does not fit in 64 bits
  SourceRange range;
};

/// Upper bound on lexer errors before it gives up (so binary input stays cheap to report).
inline constexpr size_t kMaxLexErrors = 20;

/// Splits `file` into tokens, the last one always End. Malformed input (unterminated comment
/// or string, bad escape, stray character) is reported to `diags` and yields an Error token.
std::vector<Token> lex_config(const SourceFile& file, Diagnostics& diags);

/// A token for messages: 'INIT', "str", end of file.
std::string describe(const Token& t);

}  // namespace tlatrace::cfg::detail
