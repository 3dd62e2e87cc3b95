#include "parser/ast/operators.hpp"

#include <string>
#include <unordered_map>

namespace tlatrace::ast {
namespace {

using F = Fixity;
constexpr Assoc L = Assoc::Left, N = Assoc::None;

std::vector<OperatorInfo> make_table() {
  std::vector<OperatorInfo> t = {
      // Built-in operators.
      {"'", F::Postfix, 15, 15, N, false, true},
      {"\\lnot", F::Prefix, 4, 4, L, false, true},
      {"-.", F::Prefix, 12, 12, N},
      {"[]", F::Prefix, 4, 15, N, false, true},
      {"<>", F::Prefix, 4, 15, N, false, true},
      {"ENABLED", F::Prefix, 4, 15, N, false, true},
      {"UNCHANGED", F::Prefix, 4, 15, N, false, true},
      {"SUBSET", F::Prefix, 10, 13, N, false, true},
      {"UNION", F::Prefix, 10, 13, N, false, true},
      {"DOMAIN", F::Prefix, 10, 13, N, false, true},
      {"\\land", F::Infix, 3, 3, L, false, true},
      {"\\lor", F::Infix, 3, 3, L, false, true},
      {"=>", F::Infix, 1, 1, N, false, true},
      {"\\equiv", F::Infix, 2, 2, N, false, true},
      {"~>", F::Infix, 2, 2, N, false, true},
      {"-+->", F::Infix, 2, 2, N, false, true},
      {"=", F::Infix, 5, 5, N, false, true},
      {"/=", F::Infix, 5, 5, N, false, true},
      {"\\in", F::Infix, 5, 5, N, false, true},
      {"\\notin", F::Infix, 5, 5, N, false, true},
      {"\\subseteq", F::Infix, 5, 5, N, false, true},
      {"\\", F::Infix, 8, 8, N, false, true},
      {"\\intersect", F::Infix, 8, 8, L, false, true},
      {"\\union", F::Infix, 8, 8, L, false, true},
      {"\\times", F::Infix, 10, 13, L, true, true},
      {"\\cdot", F::Infix, 5, 14, L, false, true},
      // User-definable infix operators.
      {"^", F::Infix, 14, 14, N},
      {"/", F::Infix, 13, 13, N},
      {"*", F::Infix, 13, 13, L},
      {"-", F::Infix, 11, 11, L},
      {"+", F::Infix, 10, 10, L},
      {"<", F::Infix, 5, 5, N},
      {">", F::Infix, 5, 5, N},
      {"\\leq", F::Infix, 5, 5, N},
      {"\\geq", F::Infix, 5, 5, N},
      {"...", F::Infix, 9, 9, N},
      {"..", F::Infix, 9, 9, N},
      {"|", F::Infix, 10, 11, L},
      {"||", F::Infix, 10, 11, L},
      {"&&", F::Infix, 13, 13, L},
      {"&", F::Infix, 13, 13, L},
      {"$$", F::Infix, 9, 13, L},
      {"$", F::Infix, 9, 13, L},
      {"??", F::Infix, 9, 13, L},
      {"%%", F::Infix, 10, 11, L},
      {"%", F::Infix, 10, 11, N},
      {"##", F::Infix, 9, 13, L},
      {"++", F::Infix, 10, 10, L},
      {"--", F::Infix, 11, 11, L},
      {"**", F::Infix, 13, 13, L},
      {"//", F::Infix, 13, 13, N},
      {"^^", F::Infix, 14, 14, N},
      {"@@", F::Infix, 6, 6, L},
      {"!!", F::Infix, 9, 13, N},
      {"|-", F::Infix, 5, 5, N},
      {"|=", F::Infix, 5, 5, N},
      {"-|", F::Infix, 5, 5, N},
      {"=|", F::Infix, 5, 5, N},
      {"<:", F::Infix, 7, 7, N},
      {":>", F::Infix, 7, 7, N},
      {":=", F::Infix, 5, 5, N},
      {"::=", F::Infix, 5, 5, N},
      {"\\oplus", F::Infix, 10, 10, L},
      {"\\ominus", F::Infix, 11, 11, L},
      {"\\odot", F::Infix, 13, 13, L},
      {"\\oslash", F::Infix, 13, 13, N},
      {"\\otimes", F::Infix, 13, 13, L},
      {"\\uplus", F::Infix, 9, 13, L},
      {"\\sqcap", F::Infix, 9, 13, L},
      {"\\sqcup", F::Infix, 9, 13, L},
      {"\\div", F::Infix, 13, 13, N},
      {"\\wr", F::Infix, 9, 14, N},
      {"\\star", F::Infix, 13, 13, L},
      {"\\o", F::Infix, 13, 13, L},
      {"\\bigcirc", F::Infix, 13, 13, L},
      {"\\bullet", F::Infix, 13, 13, L},
      {"\\prec", F::Infix, 5, 5, N},
      {"\\succ", F::Infix, 5, 5, N},
      {"\\preceq", F::Infix, 5, 5, N},
      {"\\succeq", F::Infix, 5, 5, N},
      {"\\sim", F::Infix, 5, 5, N},
      {"\\simeq", F::Infix, 5, 5, N},
      {"\\ll", F::Infix, 5, 5, N},
      {"\\gg", F::Infix, 5, 5, N},
      {"\\asymp", F::Infix, 5, 5, N},
      {"\\subset", F::Infix, 5, 5, N},
      {"\\supset", F::Infix, 5, 5, N},
      {"\\supseteq", F::Infix, 5, 5, N},
      {"\\approx", F::Infix, 5, 5, N},
      {"\\cong", F::Infix, 5, 5, N},
      {"\\sqsubset", F::Infix, 5, 5, N},
      {"\\sqsubseteq", F::Infix, 5, 5, N},
      {"\\sqsupset", F::Infix, 5, 5, N},
      {"\\sqsupseteq", F::Infix, 5, 5, N},
      {"\\doteq", F::Infix, 5, 5, N},
      {"\\propto", F::Infix, 5, 5, N},
      {"^+", F::Postfix, 15, 15, N},
      {"^*", F::Postfix, 15, 15, N},
      {"^#", F::Postfix, 15, 15, N},
  };
  return t;
}

// Synonym spelling -> canonical spelling (canonical spellings map to themselves implicitly).
const std::unordered_map<std::string_view, std::string_view>& synonyms() {
  static const std::unordered_map<std::string_view, std::string_view> map = {
      {"~", "\\lnot"}, {"\\neg", "\\lnot"}, {"\u00AC", "\\lnot"},
      {"\u25A1", "[]"}, {"\u25C7", "<>"},
      {"/\\", "\\land"}, {"\u2227", "\\land"}, {"\\/", "\\lor"}, {"\u2228", "\\lor"},
      {"<=>", "\\equiv"}, {"\u2261", "\\equiv"}, {"\u21D4", "\\equiv"},
      {"#", "/="}, {"\u2260", "/="},
      {"<=", "\\leq"}, {"=<", "\\leq"}, {"\u2264", "\\leq"},
      {">=", "\\geq"}, {"\u2265", "\\geq"},
      {"\\X", "\\times"}, {"\u00D7", "\\times"},
      {"\\cap", "\\intersect"}, {"\u2229", "\\intersect"},
      {"\\cup", "\\union"}, {"\u222A", "\\union"},
      {"\\circ", "\\o"}, {"\u2218", "\\o"},
      {"(+)", "\\oplus"}, {"\u2295", "\\oplus"}, {"(-)", "\\ominus"}, {"\u2296", "\\ominus"},
      {"(.)", "\\odot"}, {"\u2299", "\\odot"}, {"(/)", "\\oslash"}, {"\u2298", "\\oslash"},
      {"(\\X)", "\\otimes"}, {"\u2297", "\\otimes"},
      {"\u2248", "\\approx"}, {"\u2254", ":="}, {"\u224D", "\\asymp"}, {"\u25EF", "\\bigcirc"},
      {"\u2A74", "::="}, {"\u25CF", "\\bullet"}, {"\u22C5", "\\cdot"}, {"\u2245", "\\cong"},
      {"\u00F7", "\\div"}, {"\u2250", "\\doteq"}, {"\u2025", ".."}, {"\u2026", "..."},
      {"\u203C", "!!"}, {"\u226B", "\\gg"}, {"\u21D2", "=>"}, {"\u2208", "\\in"},
      {"\u2AE4", "=|"}, {"\u219D", "~>"}, {"\u226A", "\\ll"}, {"\u22A3", "-|"},
      {"\u2209", "\\notin"}, {"\u21F8", "-+->"}, {"\u227A", "\\prec"}, {"\u2AAF", "\\preceq"},
      {"\u221D", "\\propto"}, {"\u2047", "??"}, {"\u22A8", "|="}, {"\u22A2", "|-"},
      {"\u223C", "\\sim"}, {"\u2243", "\\simeq"}, {"\u2293", "\\sqcap"}, {"\u2294", "\\sqcup"},
      {"\u228F", "\\sqsubset"}, {"\u2291", "\\sqsubseteq"}, {"\u2290", "\\sqsupset"},
      {"\u2292", "\\sqsupseteq"}, {"\u22C6", "\\star"}, {"\u2282", "\\subset"},
      {"\u2286", "\\subseteq"}, {"\u227B", "\\succ"}, {"\u2AB0", "\\succeq"},
      {"\u2283", "\\supset"}, {"\u2287", "\\supseteq"}, {"\u228E", "\\uplus"},
      {"\u2016", "||"}, {"\u2240", "\\wr"}, {"\u207A", "^+"}, {"\u2216", "\\"},
  };
  return map;
}

struct Key {
  std::string_view symbol;
  Fixity fixity;
  bool operator==(const Key& o) const { return symbol == o.symbol && fixity == o.fixity; }
};
struct KeyHash {
  size_t operator()(const Key& k) const {
    return std::hash<std::string_view>()(k.symbol) * 3 + static_cast<size_t>(k.fixity);
  }
};

}  // namespace

const std::vector<OperatorInfo>& all_operators() {
  static const std::vector<OperatorInfo> table = make_table();
  return table;
}

std::string_view canonical_operator(std::string_view spelling) {
  const auto& map = synonyms();
  auto it = map.find(spelling);
  return it == map.end() ? spelling : it->second;
}

const OperatorInfo* find_operator(std::string_view spelling, Fixity fixity) {
  static const auto index = [] {
    std::unordered_map<Key, const OperatorInfo*, KeyHash> m;
    for (const auto& op : all_operators()) m.emplace(Key{op.symbol, op.fixity}, &op);
    return m;
  }();
  std::string_view canon = canonical_operator(spelling);
  if (fixity == Fixity::Prefix && canon == "-") canon = "-.";
  auto it = index.find(Key{canon, fixity});
  return it == index.end() ? nullptr : it->second;
}

}  // namespace tlatrace::ast
