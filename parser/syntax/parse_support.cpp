#include "parser/syntax/parse_support.hpp"

#include <pthread.h>

#include "TLAPlusLexer.h"
#include "parser/syntax/source_text.hpp"

namespace tlatrace::syntax {

using grammar::TLAPlusLexer;

std::string describe_token_type(size_t type, const antlr4::dfa::Vocabulary& vocab) {
  switch (type) {
    case antlr4::Token::EOF: return "end of input";
    case TLAPlusLexer::IDENT: return "an identifier";
    case TLAPlusLexer::NUMBER: return "a number";
    case TLAPlusLexer::STRING_LIT: return "a string";
    case TLAPlusLexer::INFIX_OP: return "an infix operator";
    case TLAPlusLexer::POSTFIX_OP: return "a postfix operator";
    case TLAPlusLexer::JL_AND: return "'/\\'";
    case TLAPlusLexer::JL_OR: return "'\\/'";
    case TLAPlusLexer::JL_ITEM: return "a junction-list bullet";
    case TLAPlusLexer::JL_CLOSE: return "the end of a junction list";
    case TLAPlusLexer::AND: return "'/\\'";
    case TLAPlusLexer::OR: return "'\\/'";
    case TLAPlusLexer::NOT: return "'~'";
    case TLAPlusLexer::ELEM: return "'\\in'";
    case TLAPlusLexer::SEPARATOR: return "'----'";
    case TLAPlusLexer::FOOTER: return "'===='";
    case TLAPlusLexer::STEP: return "a proof step";
    case TLAPlusLexer::FORALL: return "'\\A'";
    case TLAPlusLexer::EXISTS: return "'\\E'";
    case TLAPlusLexer::DEFEQ: return "'=='";
    case TLAPlusLexer::LANGLE: return "'<<'";
    case TLAPlusLexer::RANGLE: return "'>>'";
    default: break;
  }
  std::string literal = vocab.getLiteralName(type);
  if (!literal.empty()) return literal;
  return vocab.getDisplayName(type);
}

namespace {

std::string describe_token(antlr4::Recognizer* recognizer, antlr4::Token* tok) {
  if (!tok) return "input";
  size_t type = tok->getType();
  if (type == TLAPlusLexer::JL_CLOSE) {
    // Name the real token that ended the list.
    auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
    if (parser) {
      auto* stream = parser->getTokenStream();
      size_t i = tok->getTokenIndex();
      antlr4::Token* next = tok;
      while (next->getType() == TLAPlusLexer::JL_CLOSE && i + 1 < stream->size()) next = stream->get(++i);
      if (next->getType() != TLAPlusLexer::JL_CLOSE && next->getType() != antlr4::Token::EOF)
        return "'" + next->getText() +
               "', which ends the enclosing /\\ or \\/ list because it is not right of its bullets";
    }
    return "the end of a junction list";
  }
  if (type == antlr4::Token::EOF) return "end of input";
  if (type == TLAPlusLexer::FOOTER) return "'====' (end of module)";
  return "'" + tok->getText() + "'";
}

}  // namespace

void SyntaxErrorCollector::syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending,
                                       size_t line, size_t col, const std::string&,
                                       std::exception_ptr) {
  if (first_) return;
  std::string msg = "syntax error: unexpected " + describe_token(recognizer, offending);
  if (auto* parser = dynamic_cast<antlr4::Parser*>(recognizer)) {
    antlr4::misc::IntervalSet expected;
    try {
      expected = parser->getExpectedTokens();
    } catch (...) {
    }
    std::vector<ssize_t> types = expected.toList();
    if (!types.empty() && types.size() <= 4) {
      msg += "; expected ";
      for (size_t i = 0; i < types.size(); ++i) {
        if (i) msg += i + 1 == types.size() ? " or " : ", ";
        msg += describe_token_type(static_cast<size_t>(types[i]), recognizer->getVocabulary());
      }
    }
  }
  first_ = SyntaxError{line, col + 1, msg};
}

void FirstErrorStrategy::recover(antlr4::Parser*, std::exception_ptr) {
  throw antlr4::ParseCancellationException("first syntax error reported");
}

void DepthGuard::enterEveryRule(antlr4::ParserRuleContext* ctx) {
  if (++depth_ > kMaxRuleDepth) {
    antlr4::Token* t = ctx->getStart();
    throw NestingTooDeep{t ? t->getLine() : 0, t ? t->getCharPositionInLine() + 1 : 0};
  }
}

namespace {

void* trampoline(void* arg) {
  (*static_cast<const std::function<void()>*>(arg))();
  return nullptr;
}

}  // namespace

void run_with_large_stack(const std::function<void()>& fn) {
  constexpr size_t kStackBytes = size_t{64} << 20;
  pthread_attr_t attr;
  pthread_t thread;
  if (pthread_attr_init(&attr) == 0) {
    bool ok = pthread_attr_setstacksize(&attr, kStackBytes) == 0 &&
              pthread_create(&thread, &attr, trampoline,
                             const_cast<std::function<void()>*>(&fn)) == 0;
    pthread_attr_destroy(&attr);
    if (ok) {
      pthread_join(thread, nullptr);
      return;
    }
  }
  fn();
}

}  // namespace tlatrace::syntax
