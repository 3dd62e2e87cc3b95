#pragma once
// The contents of a TLC model configuration (.cfg) file, as written: names are not yet
// resolved against the specification (the resolver does that), values are small literals.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parser/ast/diagnostics.hpp"
#include "parser/ast/source.hpp"

namespace tlatrace::cfg {

/// A value a cfg file may give a constant: an integer, a string, TRUE/FALSE, a model value
/// (a bare identifier) or a finite set `{...}` of these, nested to any depth.
struct CfgValue {
  enum class Kind { Int, String, Bool, ModelValue, Set };

  Kind kind = Kind::Bool;
  int64_t int_value = 0;            // Kind::Int
  bool bool_value = false;          // Kind::Bool
  std::string text;                 // Kind::String (contents between the quotes) / ModelValue (name)
  std::vector<CfgValue> elements;   // Kind::Set, in the order written (duplicates kept)
  SourceRange range;

  static CfgValue make_int(int64_t v, SourceRange r = {});
  static CfgValue make_string(std::string s, SourceRange r = {});
  static CfgValue make_bool(bool b, SourceRange r = {});
  static CfgValue make_model_value(std::string name, SourceRange r = {});
  static CfgValue make_set(std::vector<CfgValue> elems, SourceRange r = {});

  /// Structural equality (ranges ignored; sets compared element by element, in order).
  bool operator==(const CfgValue& other) const;
};

/// A name as written in the file, with where it was written.
struct CfgName {
  std::string text;
  SourceRange range;
};

/// How a CONSTANT(S) entry binds its left-hand side.
enum class BindingKind {
  Value,         // `C = value`, `F(a, b) = value` (one row of an operator table)
  Substitution,  // `C <- Def`: replace C (a constant or a definition) by the definition Def
};

/// One entry of a CONSTANT(S) section.
///  - `C = v`              kind Value, no module
///  - `C = [M] v`          kind Value, module M (C is declared in module M)
///  - `F(1, "a") = v`      kind Value, args {1, "a"} (TLC builds an operator from such rows)
///  - `C <- Def`           kind Substitution, substitute Def
///  - `C <- [M] Def`       kind Substitution, module M (C is overridden inside module M)
/// The left-hand side may be an identifier, an instance path joined with `!` as TLC does
/// (`Inst!Op`), or a TLA+ operator symbol (`+`, `\oplus`).
struct ConstantBinding {
  CfgName name;
  std::optional<CfgName> module;
  BindingKind kind = BindingKind::Value;
  std::vector<CfgValue> args;  // Value only
  CfgValue value;              // Value only
  CfgName substitute;          // Substitution only
  SourceRange range;           // the whole entry
};

/// A whole cfg file. Sections may come in any order and repeat; list sections accumulate in
/// the order of appearance. Single-name sections (SPECIFICATION, INIT, NEXT, VIEW, SYMMETRY,
/// ALIAS, CHECK_DEADLOCK, ...) may appear once, as in TLC.
struct Config {
  const SourceFile* file = nullptr;

  std::optional<CfgName> specification;
  std::optional<CfgName> init;
  std::optional<CfgName> next;
  std::vector<ConstantBinding> constants;
  std::vector<CfgName> invariants;
  std::vector<CfgName> properties;
  std::vector<CfgName> constraints;
  std::vector<CfgName> action_constraints;
  std::vector<CfgName> postconditions;
  std::optional<CfgName> symmetry;
  std::optional<CfgName> view;
  std::optional<CfgName> alias;
  std::optional<bool> check_deadlock;  // unset: TLC's default (check deadlock)
  SourceRange check_deadlock_range;

  // TLC's experimental, underscore-prefixed sections, kept so such files still load.
  std::optional<CfgName> periodic;     // _PERIODIC
  std::optional<CfgName> rl_reward;    // _RL_REWARD
  std::vector<CfgName> possible;       // _POSSIBLE
};

/// Reads a cfg file. On any error, reports every error found (clang-style, file:line:col)
/// to `diags` and returns nullopt. Never throws; accepts arbitrary bytes.
std::optional<Config> parse_config(const SourceFile& file, Diagnostics& diags);

/// A value printed the way TLC writes it: `3`, `-1`, `"str"`, `TRUE`, `s1`, `{s1, s2}`.
std::string to_string(const CfgValue& value);

/// A whole Config printed back as cfg text that parse_config reads to an equal Config.
std::string to_string(const Config& config);

/// Name of a cfg value kind, for messages ("integer", "string", ...).
const char* kind_name(CfgValue::Kind kind);

}  // namespace tlatrace::cfg
