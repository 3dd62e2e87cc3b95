// The parse driver: prepares the text, runs ANTLR (SLL first, LL on failure) through the
// junction token source, reports the first error, and builds the AST.
#include "parser/syntax/parse.hpp"

#include "TLAPlusLexer.h"
#include "TLAPlusParser.h"
#include "antlr4-runtime.h"
#include "parser/syntax/ast_depth.hpp"
#include "parser/syntax/builder.hpp"
#include "parser/syntax/junction_token_source.hpp"
#include "parser/syntax/parse_support.hpp"
#include "parser/syntax/source_text.hpp"

namespace tlatrace::syntax {
namespace {

using grammar::TLAPlusLexer;
using grammar::TLAPlusParser;

struct Outcome {
  std::unique_ptr<ast::Module> module;
  ast::ExprPtr expr;
  std::optional<Diagnostic> error;
};

SourceRange point(const SourceFile& file, size_t line, size_t col) {
  SourceRange r;
  r.file = &file;
  r.line = r.end_line = static_cast<uint32_t>(line ? line : 1);
  r.col = r.end_col = static_cast<uint32_t>(col ? col : 1);
  return r;
}

antlr4::ParserRuleContext* run_parser(TLAPlusParser& parser, bool module_mode) {
  if (module_mode) return parser.moduleFile();
  return parser.expressionFile();
}

void parse_core(const SourceFile& file, bool module_mode, Outcome& out) {
  PreparedText prepared = prepare_source(file.text, module_mode);
  if (module_mode && !prepared.header_found) {
    out.error = Diagnostic{Severity::Error, point(file, 1, 1),
                           "no module header found (expected a line like '---- MODULE Name ----')"};
    return;
  }
  antlr4::ANTLRInputStream input(prepared.text);
  TLAPlusLexer lexer(&input);
  lexer.removeErrorListeners();
  JunctionTokenSource source(lexer, module_mode);
  antlr4::CommonTokenStream tokens(&source);
  TLAPlusParser parser(&tokens);
  parser.removeErrorListeners();
  DepthGuard guard;
  parser.addParseListener(&guard);

  antlr4::ParserRuleContext* tree = nullptr;
  SyntaxErrorCollector errors;
  try {
    // Fast path: SLL prediction, bail out at the first error.
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
      tree = run_parser(parser, module_mode);
    } catch (antlr4::ParseCancellationException&) {
      // Full LL prediction with error reporting.
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
          antlr4::atn::PredictionMode::LL);
      parser.setErrorHandler(std::make_shared<FirstErrorStrategy>());
      parser.addErrorListener(&errors);
      try {
        tree = run_parser(parser, module_mode);
      } catch (antlr4::ParseCancellationException&) {
        tree = nullptr;
      }
      if (!tree && !errors.first()) errors.syntaxError(&parser, tokens.LT(1), tokens.LT(1)->getLine(),
                                              tokens.LT(1)->getCharPositionInLine(), "", nullptr);
    }
  } catch (const NestingTooDeep& deep) {
    out.error = Diagnostic{Severity::Error, point(file, deep.line, deep.col),
                           "expression nested too deeply (more than about 1000 levels)"};
    return;
  }

  if (errors.first()) {
    // The root cause may be earlier than where the parser noticed it.
    const auto& e = *errors.first();
    auto not_after = [&](size_t line, size_t col) {
      return line < e.line || (line == e.line && col <= e.col);
    };
    const auto& comment = prepared.unterminated_comment;
    const auto& lex = source.lexical_error();
    if (comment && not_after(comment->line, comment->col)) {
      out.error = Diagnostic{Severity::Error, point(file, comment->line, comment->col),
                             "unterminated comment: '(*' without a matching '*)'"};
    } else if (lex && not_after(lex->token_line, lex->token_col)) {
      out.error = Diagnostic{Severity::Error, point(file, lex->line, lex->col), lex->message};
    } else {
      out.error = Diagnostic{Severity::Error, point(file, e.line, e.col), e.message};
    }
    return;
  }

  Builder builder(file, tokens);
  try {
    if (module_mode) {
      out.module = builder.module(static_cast<TLAPlusParser::ModuleFileContext*>(tree)->module());
      if (exceeds_depth(*out.module, kMaxExpressionDepth)) {
        destroy_iteratively(std::move(out.module));
        throw BuildError{point(file, 1, 1), "expression nested too deeply (more than " +
                                                std::to_string(kMaxExpressionDepth) + " levels)"};
      }
    } else {
      out.expr = builder.expr(static_cast<TLAPlusParser::ExpressionFileContext*>(tree)->expr());
      if (exceeds_depth(*out.expr, kMaxExpressionDepth)) {
        destroy_iteratively(std::move(out.expr));
        throw BuildError{point(file, 1, 1), "expression nested too deeply (more than " +
                                                std::to_string(kMaxExpressionDepth) + " levels)"};
      }
    }
  } catch (const BuildError& e) {
    out.module.reset();
    out.expr.reset();
    out.error = Diagnostic{Severity::Error, e.range.valid() ? e.range : point(file, 1, 1), e.message};
  }
}

Outcome parse(const SourceFile& file, bool module_mode) {
  Outcome out;
  run_with_large_stack([&] {
    try {
      parse_core(file, module_mode, out);
    } catch (const std::exception& e) {
      out.module.reset();
      out.expr.reset();
      out.error = Diagnostic{Severity::Error, point(file, 1, 1),
                             std::string("internal parser error: ") + e.what()};
    } catch (...) {
      out.module.reset();
      out.expr.reset();
      out.error = Diagnostic{Severity::Error, point(file, 1, 1), "internal parser error"};
    }
  });
  return out;
}

}  // namespace

std::unique_ptr<ast::Module> parse_module(const SourceFile& file, Diagnostics& diags) {
  Outcome out = parse(file, true);
  if (out.error) {
    diags.add(std::move(*out.error));
    return nullptr;
  }
  return std::move(out.module);
}

ast::ExprPtr parse_expression(const SourceFile& file, Diagnostics& diags) {
  Outcome out = parse(file, false);
  if (out.error) {
    diags.add(std::move(*out.error));
    return nullptr;
  }
  return std::move(out.expr);
}

}  // namespace tlatrace::syntax
