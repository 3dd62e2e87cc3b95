// The cfg keyword table (TLC's ModelConfig keywords).
#include "parser/cfg/keywords.hpp"

#include <algorithm>
#include <vector>

namespace tlatrace::cfg::detail {

namespace {
struct Keyword {
  std::string_view word;
  Section section;
};

constexpr Keyword kKeywords[] = {
    {"SPECIFICATION", Section::Specification},
    {"INIT", Section::Init},
    {"NEXT", Section::Next},
    {"CONSTANT", Section::Constants},
    {"CONSTANTS", Section::Constants},
    {"INVARIANT", Section::Invariants},
    {"INVARIANTS", Section::Invariants},
    {"PROPERTY", Section::Properties},
    {"PROPERTIES", Section::Properties},
    {"CONSTRAINT", Section::Constraints},
    {"CONSTRAINTS", Section::Constraints},
    {"ACTION_CONSTRAINT", Section::ActionConstraints},
    {"ACTION_CONSTRAINTS", Section::ActionConstraints},
    {"POSTCONDITION", Section::PostConditions},
    {"POSTCONDITIONS", Section::PostConditions},
    {"SYMMETRY", Section::Symmetry},
    {"VIEW", Section::View},
    {"ALIAS", Section::Alias},
    {"CHECK_DEADLOCK", Section::CheckDeadlock},
    {"_PERIODIC", Section::Periodic},
    {"_RL_REWARD", Section::RlReward},
    {"_POSSIBLE", Section::Possible},
};

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}
}  // namespace

std::optional<Section> keyword_section(std::string_view word) {
  for (const auto& k : kKeywords)
    if (k.word == word) return k.section;
  return std::nullopt;
}

SectionShape section_shape(Section s) {
  switch (s) {
    case Section::Specification:
    case Section::Init:
    case Section::Next:
    case Section::Symmetry:
    case Section::View:
    case Section::Alias:
    case Section::Periodic:
    case Section::RlReward: return SectionShape::SingleName;
    case Section::Constants: return SectionShape::Bindings;
    case Section::CheckDeadlock: return SectionShape::Boolean;
    default: return SectionShape::NameList;
  }
}

const char* section_keyword(Section s) {
  for (const auto& k : kKeywords)
    if (k.section == s) return k.word.data();  // the literals are NUL-terminated
  return "?";
}

std::string suggest_keyword(std::string_view word) {
  if (word.size() > 40) return "";
  std::string upper(word);
  for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  std::string best;
  size_t best_distance = 3;
  for (const auto& k : kKeywords) {
    size_t d = edit_distance(upper, k.word);
    if (d < best_distance) { best_distance = d; best = k.word; }
  }
  return best;
}

const char* keyword_list() {
  return "SPECIFICATION, INIT, NEXT, CONSTANT(S), INVARIANT(S), PROPERTY/PROPERTIES, "
         "CONSTRAINT(S), ACTION_CONSTRAINT(S), POSTCONDITION(S), SYMMETRY, VIEW, ALIAS, "
         "CHECK_DEADLOCK";
}

}  // namespace tlatrace::cfg::detail
