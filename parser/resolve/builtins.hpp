#pragma once
// The primitive operators of TLA+: those no module defines. Everything else (`+`, `..`,
// `Len`, `:>`) comes from a module and resolves to its definition.
#include <cstdint>
#include <optional>
#include <string_view>

namespace tlatrace::resolve {

/// A primitive operator or constant of TLA+, as SANY builds it in.
enum class Builtin : uint8_t {
  True, False, Boolean, String,                     // constants
  Eq, Neq, Not, Implies, Equiv,                     // logic (And/Or are AST kinds)
  In, NotIn, SubsetEq, Cup, Cap, SetMinus,          // sets
  Subset, Union, Domain,                            // prefix set/function operators
  Prime, Unchanged, Enabled, Cdot,                  // actions
  Always, Eventually, LeadsTo, WhilePlus,           // temporal
};

/// The Builtin whose canonical symbol or name this is; nullopt for anything a module defines.
std::optional<Builtin> builtin_by_symbol(std::string_view symbol);
/// The canonical spelling of a Builtin (for messages and printing).
std::string_view builtin_symbol(Builtin b);
/// Number of operands (0 for constants).
int builtin_arity(Builtin b);

}  // namespace tlatrace::resolve
