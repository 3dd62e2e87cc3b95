#include "parser/resolve/builtins.hpp"

#include <array>

namespace tlatrace::resolve {
namespace {
struct Entry {
  Builtin op;
  std::string_view symbol;
  int arity;
};
// Canonical symbols as the syntax layer writes them into OpApp::op (SANY's spellings, see
// parser/ast/operators.hpp).
constexpr std::array<Entry, 26> kTable{{
    {Builtin::True, "TRUE", 0},        {Builtin::False, "FALSE", 0},
    {Builtin::Boolean, "BOOLEAN", 0},  {Builtin::String, "STRING", 0},
    {Builtin::Eq, "=", 2},             {Builtin::Neq, "/=", 2},
    {Builtin::Not, "\\lnot", 1},            {Builtin::Implies, "=>", 2},
    {Builtin::Equiv, "\\equiv", 2},        {Builtin::In, "\\in", 2},
    {Builtin::NotIn, "\\notin", 2},    {Builtin::SubsetEq, "\\subseteq", 2},
    {Builtin::Cup, "\\union", 2},        {Builtin::Cap, "\\intersect", 2},
    {Builtin::SetMinus, "\\", 2},      {Builtin::Subset, "SUBSET", 1},
    {Builtin::Union, "UNION", 1},      {Builtin::Domain, "DOMAIN", 1},
    {Builtin::Prime, "'", 1},          {Builtin::Unchanged, "UNCHANGED", 1},
    {Builtin::Enabled, "ENABLED", 1},  {Builtin::Cdot, "\\cdot", 2},
    {Builtin::Always, "[]", 1},        {Builtin::Eventually, "<>", 1},
    {Builtin::LeadsTo, "~>", 2},       {Builtin::WhilePlus, "-+->", 2},
}};
}  // namespace

std::optional<Builtin> builtin_by_symbol(std::string_view symbol) {
  for (const auto& e : kTable)
    if (e.symbol == symbol) return e.op;
  return std::nullopt;
}

std::string_view builtin_symbol(Builtin b) {
  for (const auto& e : kTable)
    if (e.op == b) return e.symbol;
  return "?";
}

int builtin_arity(Builtin b) {
  for (const auto& e : kTable)
    if (e.op == b) return e.arity;
  return 0;
}

}  // namespace tlatrace::resolve
