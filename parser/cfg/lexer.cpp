// The cfg tokenizer: TLA+ lexical rules, positions in lines and code-point columns.
#include "parser/cfg/lexer.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace tlatrace::cfg::detail {

namespace {

// ASCII TLA+ operator symbols, longest first so that the first prefix match is the longest.
// `[]` is left out on purpose: in a cfg `[` always opens a module scope `[M]`.
constexpr std::string_view kSymbolOps[] = {
    "(\\X)", "-+->", "::=", "<=>", "...", "|->", "(+)", "(-)", "(.)", "(/)", "/\\", "\\/",
    "^+", "^*", "^#", "-.", "<>", "//", "/=", "~>", "=>", "=<", "=|", "##", "^^", "--", "-|",
    "**", "++", "<:", "<=", ">=", "..", "||", "|-", "|=", "&&", "$$", "??", "%%", "@@", "!!",
    ":>", ":=", "==", "->", "<<", ">>", "::", "'", "~", "/", "#", "^", "-", "*", "+", "<",
    ">", "|", "&", "$", "?", "%", "@", ".", ":"};

// TLA+ operators spelled with a backslash and letters.
constexpr std::string_view kWordOps[] = {
    "approx", "asymp", "bigcirc", "bullet", "cap", "cdot", "circ", "cong", "cup", "div",
    "doteq", "equiv", "geq", "gg", "in", "notin", "intersect", "union", "land", "leq", "ll",
    "lor", "mod", "o", "odot", "ominus", "oplus", "oslash", "otimes", "prec", "preceq",
    "propto", "sim", "simeq", "sqcap", "sqcup", "sqsubset", "sqsupset", "sqsubseteq",
    "sqsupseteq", "star", "subset", "subseteq", "succ", "succeq", "supset", "supseteq",
    "uplus", "wr", "times", "X", "lnot", "neg"};

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_char(char c) { return is_letter(c) || is_digit(c) || c == '_'; }
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Value of digit `c` in `base`, or -1.
int digit_value(char c, int base) {
  int v = -1;
  if (is_digit(c)) v = c - '0';
  else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
  else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
  return v >= 0 && v < base ? v : -1;
}

class Lexer {
 public:
  Lexer(const SourceFile& file, Diagnostics& diags) : file_(file), text_(file.text), diags_(diags) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    while (errors_ < kMaxLexErrors) {
      skip_space_and_comments(out);
      if (pos_ >= text_.size() || errors_ >= kMaxLexErrors) break;
      out.push_back(next_token());
    }
    Token end;
    end.kind = TokenKind::End;
    end.range = {&file_, line_, col_, line_, col_};
    out.push_back(std::move(end));
    return out;
  }

 private:
  char peek(size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }
  bool at(std::string_view s) const { return text_.compare(pos_, s.size(), s) == 0; }

  // Consumes one byte, keeping line and code-point column up to date.
  void advance() {
    if (pos_ >= text_.size()) return;
    unsigned char c = static_cast<unsigned char>(text_[pos_]);
    if (!is_continuation(c)) { last_line_ = line_; last_col_ = col_; }
    ++pos_;
    if (c == '\n') { ++line_; col_ = 1; }
    else if (pos_ >= text_.size() || !is_continuation(static_cast<unsigned char>(text_[pos_]))) ++col_;
  }
  void advance(size_t n) { for (size_t i = 0; i < n; ++i) advance(); }

  SourceRange range_from(uint32_t line, uint32_t col) const {
    return {&file_, line, col, last_line_, last_col_};
  }

  void report(SourceRange r, std::string msg) {
    ++errors_;
    diags_.error(r, std::move(msg));
  }

  Token error_token(SourceRange r) {
    Token t;
    t.kind = TokenKind::Error;
    t.range = r;
    return t;
  }

  void skip_space_and_comments(std::vector<Token>& out) {
    while (pos_ < text_.size()) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        advance();
      } else if (at("\\*")) {
        while (pos_ < text_.size() && peek() != '\n') advance();
      } else if (at("(*")) {
        if (!skip_block_comment()) out.push_back(error_token(comment_start_));
      } else {
        return;
      }
    }
  }

  // Skips a `(* ... *)` comment, nesting like TLA+. False (and reported) when unterminated.
  bool skip_block_comment() {
    uint32_t line = line_, col = col_;
    advance(2);
    comment_start_ = range_from(line, col);
    size_t depth = 1;
    while (pos_ < text_.size()) {
      if (at("(*")) { ++depth; advance(2); }
      else if (at("*)")) {
        advance(2);
        if (--depth == 0) return true;
      } else {
        advance();
      }
    }
    report(comment_start_, "unterminated comment: '(*' has no matching '*)'");
    return false;
  }

  Token make(TokenKind kind, std::string text, uint32_t line, uint32_t col) {
    Token t;
    t.kind = kind;
    t.text = std::move(text);
    t.range = range_from(line, col);
    return t;
  }

  Token next_token() {
    uint32_t line = line_, col = col_;
    char c = peek();
    if (is_word_char(c)) return word(line, col);
    if (c == '"') return string_literal(line, col);
    if (c == '\\') return backslash(line, col);
    if (at("<-")) { advance(2); return make(TokenKind::Punct, "<-", line, col); }
    // Operators win over punctuation when longer: "(+)", "==", "=>", "=<", "=|", "!!".
    size_t op = symbol_op_length();
    bool punct = c == '{' || c == '}' || c == '(' || c == ')' || c == '[' || c == ']' ||
                 c == ',' || c == '=' || c == '!';
    if (punct && op <= 1) { advance(); return make(TokenKind::Punct, std::string(1, c), line, col); }
    if (op > 0) {
      std::string text = text_.substr(pos_, op);
      advance(op);
      return make(TokenKind::Operator, std::move(text), line, col);
    }
    return stray_character(line, col);
  }

  // An identifier ([A-Za-z0-9_]+ with a letter) or a decimal number (digits only).
  Token word(uint32_t line, uint32_t col) {
    size_t start = pos_;
    bool letter = false;
    while (is_word_char(peek())) { letter = letter || is_letter(peek()); advance(); }
    std::string text = text_.substr(start, pos_ - start);
    if (letter) return make(TokenKind::Identifier, std::move(text), line, col);
    if (std::all_of(text.begin(), text.end(), is_digit)) {
      std::string digits = text;
      return number(std::move(text), digits, 10, line, col);
    }
    SourceRange r = range_from(line, col);
    report(r, "'" + text + "' is neither a name (which needs a letter) nor a number");
    return error_token(r);
  }

  Token number(std::string text, std::string_view digits, int base, uint32_t line, uint32_t col) {
    Token t = make(TokenKind::Number, std::move(text), line, col);
    for (char d : digits) {
      uint64_t v = static_cast<uint64_t>(digit_value(d, base));
      if (t.magnitude > (UINT64_MAX - v) / static_cast<uint64_t>(base)) { t.overflow = true; break; }
      t.magnitude = t.magnitude * static_cast<uint64_t>(base) + v;
    }
    return t;
  }

  // `\b101`, `\o17`, `\hFF` numbers, or a `\word` operator such as `\oplus`.
  Token backslash(uint32_t line, uint32_t col) {
    size_t start = pos_;
    char b = peek(1);
    int base = (b == 'b' || b == 'B') ? 2 : (b == 'o' || b == 'O') ? 8 : (b == 'h' || b == 'H') ? 16 : 0;
    if (base != 0 && digit_value(peek(2), base) >= 0) {
      advance(2);
      size_t digits_start = pos_;
      while (digit_value(peek(), base) >= 0) advance();
      std::string text = text_.substr(start, pos_ - start);
      std::string digits = text_.substr(digits_start, pos_ - digits_start);
      return number(std::move(text), digits, base, line, col);
    }
    advance();
    while (is_letter(peek())) advance();
    std::string text = text_.substr(start, pos_ - start);
    std::string_view name = std::string_view(text).substr(1);
    if (std::find(std::begin(kWordOps), std::end(kWordOps), name) != std::end(kWordOps))
      return make(TokenKind::Operator, std::move(text), line, col);
    SourceRange r = range_from(line, col);
    report(r, name.empty() ? "stray '\\'" : "unknown operator '" + text + "'");
    return error_token(r);
  }

  // Length of the longest ASCII operator symbol at the current position, or 0.
  size_t symbol_op_length() const {
    for (std::string_view op : kSymbolOps)
      if (at(op)) return op.size();
    return 0;
  }

  Token stray_character(uint32_t line, uint32_t col) {
    unsigned char c = static_cast<unsigned char>(peek());
    size_t start = pos_;
    advance();
    while (pos_ < text_.size() && is_continuation(static_cast<unsigned char>(peek()))) advance();
    std::string shown;
    if (c >= 0x21 && c < 0x7F) {
      shown = std::string("'") + static_cast<char>(c) + "'";
    } else if (c >= 0x80 && pos_ - start > 1) {
      shown = "'" + text_.substr(start, pos_ - start) + "'";
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "0x%02X", c);
      shown = std::string("byte ") + buf;
    }
    SourceRange r = range_from(line, col);
    report(r, "unexpected character " + shown);
    return error_token(r);
  }

  // A string: TLA+ escapes \" \\ \n \t \r \f only, no line break inside.
  Token string_literal(uint32_t line, uint32_t col) {
    advance();  // opening quote
    size_t start = pos_;
    bool bad_escape = false;
    while (pos_ < text_.size() && peek() != '"' && peek() != '\n') {
      if (peek() == '\\') {
        uint32_t eline = line_, ecol = col_;
        advance();
        char e = peek();
        if (e == 'n' || e == 't' || e == 'r' || e == 'f' || e == '\\' || e == '"') {
          advance();
        } else if (!bad_escape && e != '\n' && pos_ < text_.size()) {
          bad_escape = true;
          advance();
          report(range_from(eline, ecol),
                 "invalid escape sequence in string: TLA+ allows \\\" \\\\ \\n \\t \\r \\f");
        }
      } else {
        advance();
      }
    }
    if (peek() != '"') {
      SourceRange r = {&file_, line, col, line, col};
      report(r, "unterminated string: missing closing '\"' on this line");
      return error_token(r);
    }
    std::string body = text_.substr(start, pos_ - start);
    advance();  // closing quote
    if (bad_escape) return error_token(range_from(line, col));
    return make(TokenKind::String, std::move(body), line, col);
  }

  const SourceFile& file_;
  const std::string& text_;
  Diagnostics& diags_;
  size_t pos_ = 0;
  uint32_t line_ = 1, col_ = 1;
  uint32_t last_line_ = 1, last_col_ = 1;
  size_t errors_ = 0;
  SourceRange comment_start_;
};

}  // namespace

std::vector<Token> lex_config(const SourceFile& file, Diagnostics& diags) {
  return Lexer(file, diags).run();
}

std::string describe(const Token& t) {
  constexpr size_t kMax = 40;
  auto clip = [](const std::string& s) { return s.size() > kMax ? s.substr(0, kMax) + "..." : s; };
  switch (t.kind) {
    case TokenKind::End: return "end of file";
    case TokenKind::String: return "\"" + clip(t.text) + "\"";
    case TokenKind::Error: return "malformed input";
    default: return "'" + clip(t.text) + "'";
  }
}

}  // namespace tlatrace::cfg::detail
