// parse_config: recursive descent over the cfg tokens, following TLC's ModelConfig.parse
// (which sections exist, which repeat, what a constant entry may look like), with clear
// located errors where TLC would stop or misread the file.
#include <array>
#include <limits>

#include "parser/cfg/config.hpp"
#include "parser/cfg/keywords.hpp"
#include "parser/cfg/lexer.hpp"

namespace tlatrace::cfg {

namespace {

using detail::describe;
using detail::Section;
using detail::SectionShape;
using detail::Token;
using detail::TokenKind;

constexpr size_t kMaxErrors = 20;    // stop reporting after this many
constexpr int kMaxSetDepth = 200;    // deeper sets are refused (bounded recursion)
constexpr size_t kSectionCount = static_cast<size_t>(Section::Possible) + 1;
// TLC's cfg reader takes the names of these sections one token at a time, and `!` is a token of
// its own, so `PROPERTY L!Spec` names `L`, `!` and `Spec` there and TLC rejects it too.
constexpr const char* kInstanceHint =
    "; an instance-qualified name such as L!Spec cannot be named in a cfg (TLC does not accept it "
    "either): define it in the module, e.g. LSpec == L!Spec, and name LSpec";

class Parser {
 public:
  Parser(const SourceFile& file, Diagnostics& diags)
      : file_(file), diags_(diags), start_errors_(diags.error_count()),
        tokens_(detail::lex_config(file, diags)) {
    config_.file = &file;
  }

  std::optional<Config> run() {
    while (cur().kind != TokenKind::End && !too_many_errors()) {
      if (is_keyword(cur())) section();
      else top_level_error();
    }
    if (diags_.error_count() > start_errors_) return std::nullopt;
    return std::move(config_);
  }

 private:
  // ---- tokens ---------------------------------------------------------------------------
  const Token& cur() const { return tokens_[pos_]; }
  const Token& ahead(size_t n) const { return tokens_[std::min(pos_ + n, tokens_.size() - 1)]; }
  void bump() { if (pos_ + 1 < tokens_.size()) ++pos_; }
  const Token& prev() const { return tokens_[pos_ > 0 ? pos_ - 1 : 0]; }

  static bool is_keyword(const Token& t) {
    return t.kind == TokenKind::Identifier && detail::keyword_section(t.text).has_value();
  }
  static bool is_punct(const Token& t, std::string_view p) { return t.kind == TokenKind::Punct && t.text == p; }
  // A plain name: an identifier that is not a keyword.
  static bool is_name(const Token& t) { return t.kind == TokenKind::Identifier && !is_keyword(t); }
  // What may be bound or substituted: a name or an operator symbol such as `+` or `\oplus`.
  static bool is_definable(const Token& t) { return is_name(t) || t.kind == TokenKind::Operator; }
  // Where to point for a token that was found instead of what was expected: the end of
  // file is shown just after the last token.
  SourceRange where(const Token& t) const {
    if (t.kind != TokenKind::End || pos_ == 0) return t.range;
    const SourceRange& p = prev().range;
    return {&file_, p.end_line, p.end_col + 1, p.end_line, p.end_col + 1};
  }
  static CfgName name_of(const Token& t) { return {t.text, t.range}; }

  bool too_many_errors() const { return diags_.error_count() - start_errors_ >= kMaxErrors; }

  // Reports `msg` at the current token unless it is malformed input, already reported.
  bool fail(const std::string& msg) {
    if (cur().kind != TokenKind::Error) diags_.error(where(cur()), msg);
    return false;
  }

  // After an error: skip to the next keyword.
  void skip_to_keyword() {
    while (cur().kind != TokenKind::End && !is_keyword(cur())) bump();
  }
  // After an error in a CONSTANT entry: skip the rest of the line (stopping at a keyword).
  void skip_line(uint32_t line) {
    while (cur().kind != TokenKind::End && !is_keyword(cur()) && cur().range.line <= line) bump();
  }

  // ---- sections -------------------------------------------------------------------------
  void top_level_error() {
    const Token& t = cur();
    std::string msg;
    if (t.kind == TokenKind::Identifier) {
      std::string guess = detail::suggest_keyword(t.text);
      if (is_punct(ahead(1), "=") || is_punct(ahead(1), "<-"))
        msg = "expected a keyword, found " + describe(t) +
              "; constant assignments belong in a CONSTANT or CONSTANTS section";
      else if (last_single_ && guess.empty())
        msg = "expected a keyword, found " + describe(t) + "; " + detail::section_keyword(*last_single_) +
              " takes exactly one name";
      else if (!guess.empty())
        msg = "unknown keyword " + describe(t) + "; did you mean '" + guess + "'?";
    }
    if (msg.empty()) msg = std::string("expected a keyword (") + detail::keyword_list() + "), found " + describe(t);
    fail(msg);
    bump();
    skip_to_keyword();
  }

  void section() {
    const Token kw = cur();
    Section s = *detail::keyword_section(kw.text);
    bump();
    last_single_.reset();
    switch (detail::section_shape(s)) {
      case SectionShape::SingleName: single_name(s, kw); last_single_ = s; break;
      case SectionShape::NameList: name_list(s, kw); break;
      case SectionShape::Boolean: check_deadlock(kw); break;
      case SectionShape::Bindings: bindings(); break;
    }
  }

  // Reports a second occurrence of a once-only keyword; true when it is the first.
  bool first_occurrence(Section s, const Token& kw) {
    SourceRange& first = first_seen_[static_cast<size_t>(s)];
    if (!first.valid()) { first = kw.range; return true; }
    diags_.error(kw.range, "'" + kw.text + "' appears more than once; TLC allows it only once");
    diags_.note(first, "first given here");
    return false;
  }

  std::optional<CfgName>& single_slot(Section s) {
    switch (s) {
      case Section::Specification: return config_.specification;
      case Section::Init: return config_.init;
      case Section::Next: return config_.next;
      case Section::Symmetry: return config_.symmetry;
      case Section::View: return config_.view;
      case Section::Alias: return config_.alias;
      case Section::Periodic: return config_.periodic;
      default: return config_.rl_reward;
    }
  }

  std::vector<CfgName>& list_slot(Section s) {
    switch (s) {
      case Section::Invariants: return config_.invariants;
      case Section::Properties: return config_.properties;
      case Section::Constraints: return config_.constraints;
      case Section::ActionConstraints: return config_.action_constraints;
      case Section::PostConditions: return config_.postconditions;
      default: return config_.possible;
    }
  }

  void single_name(Section s, const Token& kw) {
    if (!is_name(cur())) {
      fail("expected the name of a definition after '" + kw.text + "', found " + describe(cur()));
      skip_to_keyword();
      return;
    }
    std::string name = cur().text;
    if (first_occurrence(s, kw)) single_slot(s) = name_of(cur());
    bump();
    if (is_punct(cur(), "!")) {
      fail("expected a keyword after '" + kw.text + " " + name + "', found '!'" + kInstanceHint);
      skip_to_keyword();
    }
  }

  void name_list(Section s, const Token& kw) {
    auto& names = list_slot(s);
    while (is_name(cur())) {
      names.push_back(name_of(cur()));
      bump();
    }
    if (cur().kind == TokenKind::End || is_keyword(cur())) return;
    std::string msg = "expected the name of a definition in the " + kw.text + " section, found " + describe(cur());
    if (is_punct(cur(), ",")) msg += "; names are separated by spaces or line breaks, not commas";
    if (is_punct(cur(), "!")) msg += kInstanceHint;
    fail(msg);
    skip_to_keyword();
  }

  void check_deadlock(const Token& kw) {
    const Token& t = cur();
    if (t.kind != TokenKind::Identifier || (t.text != "TRUE" && t.text != "FALSE")) {
      fail("CHECK_DEADLOCK expects TRUE or FALSE, found " + describe(t));
      skip_to_keyword();
      return;
    }
    if (first_occurrence(Section::CheckDeadlock, kw)) {
      config_.check_deadlock = t.text == "TRUE";
      config_.check_deadlock_range = SourceRange::span(kw.range, t.range);
    }
    bump();
  }

  // ---- CONSTANT(S) ----------------------------------------------------------------------
  void bindings() {
    while (cur().kind != TokenKind::End && !is_keyword(cur()) && !too_many_errors()) {
      if (!binding()) skip_line(cur().range.line);
    }
  }

  bool binding() {
    const Token& first = cur();
    if (is_punct(first, "["))
      return fail("a module scope comes after '<-' or '=': write 'Op <- [M] Def' or 'C = [M] value'");
    if (!is_definable(first)) {
      std::string msg = "expected the name of a constant or definition, found " + describe(first);
      if (is_punct(first, ",")) msg += "; entries are separated by spaces or line breaks, not commas";
      return fail(msg);
    }
    ConstantBinding b;
    b.name = name_of(first);
    bump();
    while (is_punct(cur(), "!")) {  // an instance path: Inst!Op (TLC joins it with '!')
      bump();
      if (!is_definable(cur())) return fail("expected a name after '!', found " + describe(cur()));
      b.name.text += "!" + cur().text;
      b.name.range = SourceRange::span(b.name.range, cur().range);
      bump();
    }
    if (is_punct(cur(), "<-")) {
      bump();
      if (is_punct(cur(), "[") && !module_scope(b)) return false;
      if (!is_definable(cur())) {
        std::string msg = "expected the name of a definition after '<-', found " + describe(cur());
        if (cur().kind == TokenKind::Number || cur().kind == TokenKind::String || is_punct(cur(), "{"))
          msg += "; '<-' substitutes a definition, use '=' to give a value";
        return fail(msg);
      }
      b.kind = BindingKind::Substitution;
      b.substitute = name_of(cur());
      bump();
    } else {
      if (is_punct(cur(), "(") && !arguments(b)) return false;
      if (!is_punct(cur(), "=")) {
        std::string msg = "expected '=' or '<-' after '" + b.name.text + "', found " + describe(cur());
        if (cur().kind == TokenKind::Operator && cur().text == "==")
          msg += "; write '=' to give a value or '<-' to substitute a definition";
        else if (cur().kind == TokenKind::End || is_keyword(cur()))
          msg += "; every entry of a CONSTANT section needs '= value' or '<- Definition'";
        return fail(msg);
      }
      bump();
      if (is_punct(cur(), "[") && !module_scope(b)) return false;
      auto v = value(0);
      if (!v) return false;
      b.value = std::move(*v);
    }
    b.range = SourceRange::span(first.range, prev().range);
    const std::string name = b.name.text;
    const uint32_t end_line = prev().range.end_line;
    config_.constants.push_back(std::move(b));
    return trailing_junk(name, end_line);
  }

  // `[M]` after '=' or '<-'.
  bool module_scope(ConstantBinding& b) {
    bump();
    if (!is_name(cur())) return fail("expected a module name after '[', found " + describe(cur()));
    b.module = name_of(cur());
    bump();
    if (!is_punct(cur(), "]")) return fail("expected ']' after the module name '" + b.module->text + "', found " + describe(cur()));
    bump();
    return true;
  }

  // `(v1, v2, ...)` after the name: one row of an operator defined by a table.
  bool arguments(ConstantBinding& b) {
    bump();
    while (true) {
      auto v = value(0);
      if (!v) return false;
      b.args.push_back(std::move(*v));
      if (is_punct(cur(), ",")) { bump(); continue; }
      if (is_punct(cur(), ")")) { bump(); return true; }
      return fail("expected ',' or ')' in the arguments of '" + b.name.text + "', found " + describe(cur()));
    }
  }

  // An operator right after a value on the same line that cannot start a new entry, as in
  // `N = 1..3`: cfg values are literals only, say so instead of misreading `..` as a name.
  bool trailing_junk(const std::string& name, uint32_t line) {
    const Token& t = cur();
    if (t.kind != TokenKind::Operator || t.range.line != line) return true;
    const Token& n = ahead(1);
    if (is_punct(n, "=") || is_punct(n, "<-") || is_punct(n, "(") || is_punct(n, "!")) return true;
    return fail("unexpected " + describe(t) + " after the entry for '" + name +
                "'; cfg values are literals (numbers, strings, TRUE, FALSE, model values, {sets}): "
                "define anything else in a TLA+ module and substitute it with '<-'");
  }

  // ---- values ---------------------------------------------------------------------------
  std::optional<CfgValue> value(int depth) {
    const Token& t = cur();
    switch (t.kind) {
      case TokenKind::Number: return integer(t, false, t.range);
      case TokenKind::String: { CfgValue v = CfgValue::make_string(t.text, t.range); bump(); return v; }
      case TokenKind::Identifier: {
        if (is_keyword(t)) { fail("expected a value, found the keyword " + describe(t)); return std::nullopt; }
        CfgValue v = t.text == "TRUE"    ? CfgValue::make_bool(true, t.range)
                     : t.text == "FALSE" ? CfgValue::make_bool(false, t.range)
                                         : CfgValue::make_model_value(t.text, t.range);
        bump();
        return v;
      }
      case TokenKind::Operator:
        if (t.text == "-") {
          SourceRange minus = t.range;
          bump();
          if (cur().kind != TokenKind::Number) { fail("expected a number after '-', found " + describe(cur())); return std::nullopt; }
          return integer(cur(), true, SourceRange::span(minus, cur().range));
        }
        if (t.text == "<<") {
          fail("tuples and sequences cannot be written in a cfg file; define the value in a TLA+ "
               "module and substitute it with '<-'");
          return std::nullopt;
        }
        break;
      case TokenKind::Punct:
        if (t.text == "{") return set(depth);
        break;
      default: break;
    }
    fail("expected a value (a number, string, TRUE, FALSE, model value or {set}), found " + describe(t));
    return std::nullopt;
  }

  std::optional<CfgValue> integer(const Token& t, bool negative, SourceRange range) {
    const uint64_t limit = static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) + (negative ? 1 : 0);
    if (t.overflow || t.magnitude > limit) {
      diags_.error(range, "integer " + std::string(negative ? "-" : "") + t.text + " is out of range: cfg integers must lie in [" +
                              std::to_string(std::numeric_limits<int64_t>::min()) + ", " +
                              std::to_string(std::numeric_limits<int64_t>::max()) + "]");
      bump();
      return std::nullopt;
    }
    int64_t v = negative ? static_cast<int64_t>(0 - t.magnitude) : static_cast<int64_t>(t.magnitude);
    bump();
    return CfgValue::make_int(v, range);
  }

  std::optional<CfgValue> set(int depth) {
    SourceRange open = cur().range;
    if (depth >= kMaxSetDepth) {
      fail("sets are nested more than " + std::to_string(kMaxSetDepth) + " deep");
      return std::nullopt;
    }
    bump();
    std::vector<CfgValue> elems;
    if (!is_punct(cur(), "}")) {
      while (true) {
        auto v = value(depth + 1);
        if (!v) return std::nullopt;
        elems.push_back(std::move(*v));
        if (is_punct(cur(), ",")) { bump(); continue; }
        if (is_punct(cur(), "}")) break;
        std::string msg = "expected ',' or '}' in a set, found " + describe(cur());
        if (cur().kind == TokenKind::End || is_keyword(cur())) {
          fail(msg);
          diags_.note(open, "the set opened here");
          return std::nullopt;
        }
        fail(msg);
        return std::nullopt;
      }
    }
    SourceRange close = cur().range;
    bump();
    return CfgValue::make_set(std::move(elems), SourceRange::span(open, close));
  }

  const SourceFile& file_;
  Diagnostics& diags_;
  size_t start_errors_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  Config config_;
  std::array<SourceRange, kSectionCount> first_seen_{};
  std::optional<Section> last_single_;
};

}  // namespace

std::optional<Config> parse_config(const SourceFile& file, Diagnostics& diags) {
  try {
    return Parser(file, diags).run();
  } catch (const std::exception& e) {  // only std::bad_alloc can get here
    diags.error(SourceRange{}, file.path + ": cannot read the configuration: " + e.what());
    return std::nullopt;
  }
}

}  // namespace tlatrace::cfg
