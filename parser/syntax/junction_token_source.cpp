#include "parser/syntax/junction_token_source.hpp"

namespace tlatrace::syntax {

using grammar::TLAPlusLexer;
using antlr4::Token;
using antlr4::CommonToken;

namespace {

bool ends_expression(size_t type) {
  switch (type) {
    case TLAPlusLexer::IDENT: case TLAPlusLexer::NUMBER: case TLAPlusLexer::REAL:
    case TLAPlusLexer::BINNUM: case TLAPlusLexer::OCTNUM: case TLAPlusLexer::HEXNUM:
    case TLAPlusLexer::STRING_LIT: case TLAPlusLexer::TRUE: case TLAPlusLexer::FALSE:
    case TLAPlusLexer::RPAREN: case TLAPlusLexer::RBRACKET: case TLAPlusLexer::RBRACE:
    case TLAPlusLexer::RANGLE: case TLAPlusLexer::PRIME: case TLAPlusLexer::POSTFIX_OP:
    case TLAPlusLexer::AT: case TLAPlusLexer::JL_CLOSE: case TLAPlusLexer::UNDERSCORE:
      return true;
    default:
      return false;
  }
}

// Keywords that end every expression in progress (they start a unit or a proof element).
bool closes_everything(size_t type) {
  switch (type) {
    case TLAPlusLexer::SEPARATOR: case TLAPlusLexer::FOOTER: case TLAPlusLexer::MODULE:
    case TLAPlusLexer::EXTENDS: case TLAPlusLexer::CONSTANT: case TLAPlusLexer::CONSTANTS:
    case TLAPlusLexer::VARIABLE: case TLAPlusLexer::VARIABLES: case TLAPlusLexer::ASSUME:
    case TLAPlusLexer::ASSUMPTION: case TLAPlusLexer::AXIOM: case TLAPlusLexer::THEOREM:
    case TLAPlusLexer::LEMMA: case TLAPlusLexer::COROLLARY: case TLAPlusLexer::PROPOSITION:
    case TLAPlusLexer::PROOF: case TLAPlusLexer::BY: case TLAPlusLexer::OBVIOUS:
    case TLAPlusLexer::OMITTED: case TLAPlusLexer::STEP: case TLAPlusLexer::QED:
    case TLAPlusLexer::USE: case TLAPlusLexer::HIDE: case TLAPlusLexer::DEF:
    case TLAPlusLexer::DEFS: case TLAPlusLexer::LOCAL: case TLAPlusLexer::PROVE:
    case TLAPlusLexer::SUFFICES: case TLAPlusLexer::HAVE: case TLAPlusLexer::TAKE:
    case TLAPlusLexer::WITNESS: case TLAPlusLexer::PICK: case TLAPlusLexer::DEFINE:
      return true;
    default:
      return false;
  }
}

}  // namespace

// Tokens made here carry this source (ANTLR's error recovery dereferences it).
std::unique_ptr<CommonToken> JunctionTokenSource::make_token(size_t type, const std::string& text,
                                                             size_t line, size_t col, size_t start,
                                                             size_t stop) {
  auto t = std::make_unique<CommonToken>(std::make_pair(this, lexer_.getInputStream()), type,
                                         Token::DEFAULT_CHANNEL, start, stop);
  t->setText(text);
  t->setLine(line);
  t->setCharPositionInLine(col);
  return t;
}

std::unique_ptr<CommonToken> JunctionTokenSource::virtual_token(size_t type, const Token& at,
                                                                const std::string& text) {
  return make_token(type, text, at.getLine(), at.getCharPositionInLine(), at.getStartIndex(),
                    at.getStartIndex() - 1);
}

JunctionTokenSource::JunctionTokenSource(TLAPlusLexer& lexer, bool module_mode)
    : lexer_(lexer), module_mode_(module_mode) {}

std::unique_ptr<Token> JunctionTokenSource::nextToken() {
  while (pending_.empty()) {
    if (finished_) {
      size_t at = lexer_.getInputStream()->index();
      return make_token(Token::EOF, "<EOF>", lexer_.getLine(), lexer_.getCharPositionInLine(), at,
                        at - 1);
    }
    process(lexer_.nextToken());
  }
  auto t = std::move(pending_.front());
  pending_.pop_front();
  return t;
}

void JunctionTokenSource::emit(std::unique_ptr<Token> t) {
  prev_type_ = t->getType();
  prev_selector_ = false;
  pending_.push_back(std::move(t));
}

void JunctionTokenSource::emit_close(const Token& at) {
  emit(virtual_token(TLAPlusLexer::JL_CLOSE, at, "end of junction list"));
}

bool JunctionTokenSource::prefix_position() const {
  return !ends_expression(prev_type_) && !prev_selector_;
}

void JunctionTokenSource::note_lexical_error(const Token& t) {
  if (lexical_error_) return;
  std::string text = t.getText();
  std::string msg;
  size_t col = t.getCharPositionInLine() + 1;
  if (text == "\"") {
    // Find out what is wrong with the string: a bad escape, or no closing quote.
    msg = "unterminated string literal (missing closing '\"')";
    antlr4::CharStream* in = lexer_.getInputStream();
    size_t i = t.getStartIndex() + 1, end = in->size();
    for (size_t k = 1; i < end; ++i, ++k) {
      std::string c = in->getText(antlr4::misc::Interval(i, i));
      if (c == "\n" || c == "\"") break;
      if (c == "\\" && i + 1 < end) {
        std::string n = in->getText(antlr4::misc::Interval(i + 1, i + 1));
        if (n.find_first_of("nrtf\"\\") == std::string::npos || n.size() != 1) {
          msg = "invalid escape sequence '\\" + n + "' in string (allowed: \\\" \\\\ \\n \\t \\r \\f)";
          col += k;
          break;
        }
        ++i;
        ++k;
      }
    }
  } else if (text == "\xEF\xBF\xBD") msg = "invalid UTF-8 byte in the input";
  else if (!text.empty() && static_cast<unsigned char>(text[0]) < 0x20)
    msg = "unexpected control character (code " + std::to_string(static_cast<int>(text[0])) + ")";
  else msg = "unexpected character '" + text + "'";
  lexical_error_ = LexicalError{t.getLine(), col, msg, t.getLine(), t.getCharPositionInLine() + 1};
}

void JunctionTokenSource::process(std::unique_ptr<Token> t) {
  size_t type = t->getType();
  if (type == Token::EOF) {
    close_all(*t);
    finished_ = true;
    emit(std::move(t));
    return;
  }
  if (type == TLAPlusLexer::ERROR_CHAR) note_lexical_error(*t);
  if (type == TLAPlusLexer::IDENT) {
    std::string text = t->getText();
    if (text.size() > 3 && (text.rfind("WF_", 0) == 0 || text.rfind("SF_", 0) == 0)) {
      auto rest = make_token(TLAPlusLexer::IDENT, text.substr(3), t->getLine(),
                             t->getCharPositionInLine() + 3, t->getStartIndex() + 3, t->getStopIndex());
      auto* head = static_cast<CommonToken*>(t.get());
      head->setType(text[0] == 'W' ? TLAPlusLexer::WF_US : TLAPlusLexer::SF_US);
      head->setText(text.substr(0, 3));
      head->setStopIndex(head->getStartIndex() + 2);
      process_one(std::move(t));
      process_one(std::move(rest));
      return;
    }
  }
  process_one(std::move(t));
}

void JunctionTokenSource::process_one(std::unique_ptr<Token> t) {
  size_t type = t->getType();
  bool finish_after = false;
  if (module_mode_) {
    if (type == TLAPlusLexer::MODULE && prev_lexed_type_ == TLAPlusLexer::SEPARATOR) ++module_depth_;
    if (type == TLAPlusLexer::FOOTER && --module_depth_ <= 0) finish_after = true;
  }
  prev_lexed_type_ = type;

  // `Op!<<`, `Op!>>`, `Op!:` are positional selectors: they end an expression.
  bool selector = prev_type_ == TLAPlusLexer::BANG &&
                  (type == TLAPlusLexer::LANGLE || type == TLAPlusLexer::RANGLE || type == TLAPlusLexer::COLON);
  if (closes_everything(type)) {
    close_all(*t);
  } else if (!apply_column_rule(*t) && !selector) {
    apply_bracket_rules(*t);
  }
  emit(std::move(t));
  prev_selector_ = selector;
  if (finish_after) finished_ = true;
}

// Returns true when the token became a JL_ITEM of the innermost list.
bool JunctionTokenSource::apply_column_rule(Token& t) {
  size_t col = t.getCharPositionInLine();
  size_t type = t.getType();
  while (true) {
    int li = static_cast<int>(stack_.size()) - 1;
    while (li >= 0 && stack_[li].kind != Kind::List) --li;
    if (li < 0 || col > stack_[li].col) return false;
    bool bullet = type == TLAPlusLexer::AND || type == TLAPlusLexer::OR;
    if (bullet && col == stack_[li].col && (type == TLAPlusLexer::AND) == stack_[li].is_and) {
      stack_.resize(li + 1);
      static_cast<CommonToken&>(t).setType(TLAPlusLexer::JL_ITEM);
      return true;
    }
    stack_.resize(li);
    emit_close(t);
  }
}

void JunctionTokenSource::close_above_marker(const Token& at) {
  while (!stack_.empty() && stack_.back().kind == Kind::List) {
    stack_.pop_back();
    emit_close(at);
  }
}

void JunctionTokenSource::close_all(const Token& at) {
  for (size_t i = stack_.size(); i-- > 0;)
    if (stack_[i].kind == Kind::List) emit_close(at);
  stack_.clear();
}

void JunctionTokenSource::apply_bracket_rules(Token& t) {
  size_t type = t.getType();
  switch (type) {
    case TLAPlusLexer::LPAREN: stack_.push_back({Kind::Paren}); return;
    case TLAPlusLexer::LBRACKET: stack_.push_back({Kind::Bracket}); return;
    case TLAPlusLexer::LBRACE: stack_.push_back({Kind::Brace}); return;
    case TLAPlusLexer::LANGLE: stack_.push_back({Kind::Angle}); return;
    case TLAPlusLexer::RPAREN: case TLAPlusLexer::RBRACKET: case TLAPlusLexer::RBRACKET_US:
    case TLAPlusLexer::RBRACE: case TLAPlusLexer::RANGLE: case TLAPlusLexer::RANGLE_US: {
      int bi = static_cast<int>(stack_.size()) - 1;
      while (bi >= 0 && (stack_[bi].kind == Kind::List || stack_[bi].kind == Kind::If ||
                         stack_[bi].kind == Kind::Then || stack_[bi].kind == Kind::Case ||
                         stack_[bi].kind == Kind::Let || stack_[bi].kind == Kind::Binder))
        --bi;
      if (bi < 0) return;  // unmatched: the parser reports it
      for (size_t i = stack_.size(); i-- > static_cast<size_t>(bi) + 1;)
        if (stack_[i].kind == Kind::List) emit_close(t);
      stack_.resize(bi);
      return;
    }
    case TLAPlusLexer::COMMA: case TLAPlusLexer::ARROW:
      close_above_marker(t);
      return;
    case TLAPlusLexer::BOX:
      if (!prefix_position()) close_above_marker(t);
      return;
    case TLAPlusLexer::IF: stack_.push_back({Kind::If}); return;
    case TLAPlusLexer::THEN:
      close_above_marker(t);
      if (!stack_.empty() && stack_.back().kind == Kind::If) stack_.back().kind = Kind::Then;
      return;
    case TLAPlusLexer::ELSE:
      close_above_marker(t);
      if (!stack_.empty() && stack_.back().kind == Kind::Then) stack_.pop_back();
      return;
    case TLAPlusLexer::CASE: stack_.push_back({Kind::Case}); return;
    case TLAPlusLexer::FORALL: case TLAPlusLexer::EXISTS: case TLAPlusLexer::TFORALL:
    case TLAPlusLexer::TEXISTS: case TLAPlusLexer::CHOOSE: case TLAPlusLexer::LAMBDA:
      stack_.push_back({Kind::Binder});
      return;
    case TLAPlusLexer::COLON:
      close_above_marker(t);
      if (!stack_.empty() && stack_.back().kind == Kind::Binder) stack_.pop_back();
      return;
    case TLAPlusLexer::LET: stack_.push_back({Kind::Let}); return;
    case TLAPlusLexer::IN:
      close_above_marker(t);
      if (!stack_.empty() && stack_.back().kind == Kind::Let) stack_.pop_back();
      return;
    case TLAPlusLexer::AND: case TLAPlusLexer::OR:
      if (prefix_position()) {
        bool is_and = type == TLAPlusLexer::AND;
        static_cast<CommonToken&>(t).setType(is_and ? TLAPlusLexer::JL_AND : TLAPlusLexer::JL_OR);
        stack_.push_back({Kind::List, t.getCharPositionInLine(), is_and});
      }
      return;
    default:
      return;
  }
}

}  // namespace tlatrace::syntax
