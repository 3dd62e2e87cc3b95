#pragma once
// The section keywords of a cfg file, as TLC knows them.
#include <optional>
#include <string>
#include <string_view>

namespace tlatrace::cfg::detail {

/// What a keyword introduces. Singular and plural spellings introduce the same section.
enum class Section {
  Specification, Init, Next, Constants, Invariants, Properties, Constraints,
  ActionConstraints, PostConditions, Symmetry, View, Alias, CheckDeadlock,
  Periodic, RlReward, Possible,
};

/// How the words after a keyword are read.
enum class SectionShape {
  SingleName,  // exactly one definition name; the keyword may appear only once
  NameList,    // any number of names until the next keyword; may repeat
  Bindings,    // CONSTANT(S): `C = v` / `C <- Def` entries
  Boolean,     // CHECK_DEADLOCK TRUE|FALSE; once
};

/// The section a keyword introduces, or nullopt when `word` is not a keyword.
std::optional<Section> keyword_section(std::string_view word);

SectionShape section_shape(Section s);

/// The canonical spelling, for messages ("INVARIANT", "CONSTANTS", ...).
const char* section_keyword(Section s);

/// The keyword closest to a misspelled `word` (edit distance at most 2), or "".
std::string suggest_keyword(std::string_view word);

/// Every keyword, comma separated, for "expected a keyword" messages.
const char* keyword_list();

}  // namespace tlatrace::cfg::detail
