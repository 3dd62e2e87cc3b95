#pragma once
// The text view of an annotated counterexample (inspect/annotate.hpp): each step numbered with
// its action and source location, the variables that changed since the previous step marked
// (`+` added, `~` modified, `-` removed; in colour on a terminal), inside a changed value the
// entries, fields or elements that changed, the watches per step, and, for a trace divergence,
// the failing record and the diagnosis last.
#include <nlohmann/json.hpp>
#include <string>

#include "parser/ast/source.hpp"

namespace tlatrace::inspect {

/// How to print the text view.
struct TextViewOptions {
  bool color = false;         ///< ANSI colours (a terminal)
  bool changed_only = false;  ///< hide the variables a step did not change (not in the first step)
  /// Where the diagnosis's source excerpts are read from (null: locations without excerpts).
  SourceManager* sources = nullptr;
  /// The diagnosis of the failing record already rendered (validate passes the refinement
  /// layer's own text); empty: rendered from the report's JSON.
  std::string diagnosis_text;
};

/// Renders the "steps" and "watches" of `annotated` (the result of annotate()).
std::string render_text_view(const nlohmann::json& annotated, const TextViewOptions& options);

/// One line saying what the counterexample violates ("Invariant Inv is violated.", "Trace
/// rejected at record 3: ..."), for `tlatrace explain`.
std::string render_headline(const nlohmann::json& annotated);

/// The diagnosis of a record no spec state matched (violation.diagnosis of a validate report).
std::string render_diagnosis(const nlohmann::json& violation, const TextViewOptions& options);

}  // namespace tlatrace::inspect
