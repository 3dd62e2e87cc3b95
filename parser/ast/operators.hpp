#pragma once
// The table of TLA+ operator symbols: canonical spelling of every synonym (ASCII and Unicode),
// fixity, precedence range and associativity, as in SANY's table (the TLA+ book's scale:
// 1 = `=>` ... 15 = `'`; function application is 16 and record field access 17).
// Canonical spellings follow SANY: `\land`, `\lor`, `\lnot`, `\equiv`, `/=`, `\leq`, `\geq`,
// `\times`, `\intersect`, `\union`, `\o`, `\oplus`, ... Unary minus is `-.`.
#include <string_view>
#include <vector>

#include "parser/ast/ast.hpp"

namespace tlatrace::ast {

enum class Assoc : uint8_t { None, Left };

/// One operator of the table (canonical symbol, one fixity).
struct OperatorInfo {
  std::string_view symbol;  // canonical spelling
  Fixity fixity;
  int low, high;            // precedence range, inclusive
  Assoc assoc;
  bool nfix = false;        // `\X`: A \X B \X C is one 3-ary product
  bool builtin = false;     // defined by TLA+ itself (not user-definable)
};

/// Every operator of the table.
const std::vector<OperatorInfo>& all_operators();

/// Canonical spelling of an operator symbol (`/\` -> `\land`, `#` -> `/=`, `∈` -> `\in`,
/// `~` -> `\lnot`); unknown spellings are returned unchanged. Prefix `-` stays `-`: use
/// find_operator(canonical_operator(s), Fixity::Prefix) to get `-.`.
std::string_view canonical_operator(std::string_view spelling);

/// The operator with this (canonical or synonym) spelling and fixity, or null.
/// `-` with Fixity::Prefix finds `-.`.
const OperatorInfo* find_operator(std::string_view spelling, Fixity fixity);

}  // namespace tlatrace::ast
