#pragma once
// The TLA+ abstract syntax tree: plain C++ types owned by the Module, independent of ANTLR.
// Every node keeps its SourceRange. The syntax layer builds it; the resolver fills in the
// `ref` of each name; the evaluator walks it.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "parser/ast/source.hpp"

namespace tlatrace::ast {

struct Expr;
struct OpDef;
struct Module;
struct InstanceDecl;
using ExprPtr = std::unique_ptr<Expr>;

/// A bound name introduced by a quantifier, CHOOSE, set/function constructor or LAMBDA.
struct BoundName {
  std::string name;
  SourceRange range;
};

/// One binder group: `x, y \in S`, `<<a, b>> \in S` (tuple = true), or unbounded `x`.
struct Binder {
  std::vector<BoundName> names;
  bool tuple = false;
  ExprPtr domain;  // null when unbounded
};

/// One step of an EXCEPT path: `.field` or `[i]` / `[i, j]` (several = a tuple index).
struct ExceptStep {
  std::optional<std::string> field;  // set for `.field`
  std::vector<ExprPtr> index;        // set for `[...]`
  SourceRange range;
};

/// One `!path = value` clause of an EXCEPT.
struct ExceptUpdate {
  std::vector<ExceptStep> path;
  ExprPtr value;
  SourceRange range;
};

/// One `p -> e` arm of a CASE.
struct CaseArm {
  ExprPtr guard, value;
};

/// What a name resolved to. Filled in by the resolver; Unresolved straight from the parser.
struct Ref {
  enum class Kind : uint8_t {
    Unresolved,
    Builtin,      // a primitive operator (parser/resolve/builtins.hpp); index = its Builtin
    Definition,   // a user or standard-module operator definition; def points at it
    Parameter,    // a parameter of an operator (def) or LAMBDA (def null); index = binding slot
    Bound,        // a name bound by a quantifier, CHOOSE, constructor; index = binding slot
    Constant,     // a declared CONSTANT; index = its position in the root module's constants
    Variable,     // a declared VARIABLE; index = its position in the state
    Instance,     // a named instance `M == INSTANCE X`; def points at the OpDef holding it
    Label,        // a label `L::` inside a definition
    Formula,      // a named ASSUME or THEOREM; formula points at its body
  };
  Kind kind = Kind::Unresolved;
  int32_t index = -1;
  const OpDef* def = nullptr;
  const Module* module = nullptr;  // the module the target lives in (for instance-qualified names)
  const InstanceDecl* via = nullptr;  // set when the name came in through an unnamed INSTANCE
  const Expr* formula = nullptr;      // Formula: the named ASSUME/THEOREM's body
};
// Binding slots: parameters and bound names of one top-level definition live on one stack;
// a name's slot is the stack depth at which it was introduced. A LET definition or LAMBDA
// records the depth it was defined at (OpDef::scope_depth, Lambda's `num`), so an evaluator
// calling it truncates the stack to that depth, pushes the arguments, and evaluates.

/// One segment of a (possibly instance-qualified) name: `Op`, `Op(a, b)`, `1`, `<<`, `:`.
/// `M!Op(x)!2` has three segments. Positional selectors keep their text ("1", "<<", ">>", ":").
struct NameSegment {
  std::string name;
  std::vector<ExprPtr> args;
  bool has_parens = false;   // `Op()` vs `Op`
  SourceRange range;
  Ref ref;                   // what this segment resolved to (set by the resolver)
};

enum class ExprKind : uint8_t {
  // Literals.
  Number,        // num (text keeps the original spelling: 42, \b101, \o17, \hFF)
  String,        // str (escapes already decoded)
  Bool,          // boolean (TRUE / FALSE)
  // Names and applications.
  Name,          // segments: `x`, `Op(a)`, `M!Op(a)`, `Init!1`; ref filled by the resolver
  OpApp,         // op (canonical symbol, e.g. "+", "\\leq", "\\in"); args = operands; fixity
  // Logic.
  And,           // n-ary conjunction; bulleted = written as a `/\` list
  Or,            // n-ary disjunction; bulleted = written as a `\/` list
  Forall,        // binders, body = args[0]
  Exists,        // binders, body = args[0]
  TemporalForall,  // \AA x : F (parsed only)
  TemporalExists,  // \EE x : F (parsed only)
  Choose,        // binders (exactly one), body = args[0]
  // Sets.
  SetEnum,       // {a, b, c}: args
  SetFilter,     // {x \in S : P}: binders (one), args[0] = P
  SetMap,        // {e : x \in S, y \in T}: binders, args[0] = e
  // Functions, records, tuples.
  FuncCons,      // [x \in S, y \in T |-> e]: binders, args[0] = e
  FuncSet,       // [S -> T]: args[0], args[1]
  FuncApp,       // f[a] or f[a, b]: args[0] = f, args[1..] = arguments
  RecordCons,    // [a |-> 1, b |-> 2]: fields, args (same order)
  RecordSet,     // [a : S, b : T]: fields, args (same order)
  FieldAccess,   // r.f: args[0] = r, fields[0] = f
  Except,        // [f EXCEPT !... = e, ...]: args[0] = f, updates
  At,            // @ inside an EXCEPT value
  Tuple,         // <<a, b>>: args
  Times,         // A \X B \X C: args (n-ary, not associative)
  // Control.
  If,            // args[0] cond, args[1] then, args[2] else
  Case,          // arms, args[0] = OTHER value when present (args may be empty)
  Let,           // defs, args[0] = body
  Lambda,        // params, args[0] = body
  Label,         // label: `L(x) :: e`; name, params, args[0] = e
  // Actions and temporal formulas.
  BoxAction,     // [A]_v: args[0] = A, args[1] = v
  AngleAction,   // <<A>>_v: args[0] = A, args[1] = v
  WeakFair,      // WF_v(A): args[0] = v, args[1] = A
  StrongFair,    // SF_v(A): args[0] = v, args[1] = A
};

enum class Fixity : uint8_t { Prefix, Infix, Postfix };

/// One operator parameter; arity > 0 for a higher-order parameter `F(_, _)`.
struct OpParam {
  std::string name;
  int arity = 0;
  SourceRange range;
};

/// An expression node. One struct for every form (Lua-style compact representation): `kind`
/// says which fields are meaningful, as documented on ExprKind.
struct Expr {
  ExprKind kind;
  SourceRange range;

  std::vector<ExprPtr> args;                 // operands / sub-expressions
  std::vector<Binder> binders;               // quantifier-like forms
  std::vector<std::string> fields;           // record fields, FieldAccess
  std::vector<NameSegment> segments;         // Name
  std::vector<ExceptUpdate> updates;         // Except
  std::vector<CaseArm> arms;                 // Case
  std::vector<std::unique_ptr<OpDef>> defs;  // Let
  std::vector<OpParam> params;               // Lambda, Label

  std::string op;            // OpApp: canonical operator symbol; Label: label name
  std::string str;           // String: decoded value; Number: original spelling
  int64_t num = 0;           // Number (when it fits); Bool: 0 / 1
  bool big = false;          // Number does not fit in 64 bits
  bool bulleted = false;     // And/Or written as a junction list
  Fixity fixity = Fixity::Infix;  // OpApp
  Ref ref;                   // Name and OpApp: what it resolved to

  explicit Expr(ExprKind k, SourceRange r = {}) : kind(k), range(r) {}
};

/// An operator definition `Op(p, F(_)) == e`, a function definition `f[x \in S] == e`
/// (is_function, with fn_binders), or a named instance `M(p) == INSTANCE X WITH ...`
/// (instance set, body null).
struct InstanceDecl;
struct OpDef {
  std::string name;               // for infix/prefix/postfix definitions, the operator symbol
  std::vector<OpParam> params;
  ExprPtr body;
  Fixity fixity = Fixity::Prefix; // how it is written: `a \prec b == ...` is Infix
  bool local = false;
  bool recursive = false;         // declared RECURSIVE before
  bool is_function = false;       // f[x \in S] == e
  std::vector<Binder> fn_binders; // the function definition's binders
  std::unique_ptr<InstanceDecl> instance;  // named instance
  SourceRange range;              // the whole definition
  SourceRange name_range;         // just the name
  const Module* module = nullptr; // set by the resolver: where it is defined
  int scope_depth = 0;            // set by the resolver: binding slots in scope at the definition
};

/// `c <- e` in an INSTANCE's WITH list.
struct Substitution {
  std::string name;
  ExprPtr value;
  SourceRange range;
};

/// `INSTANCE X WITH a <- e, ...`, unnamed (a module unit) or named (inside an OpDef).
struct InstanceDecl {
  std::string module_name;
  std::vector<Substitution> with;
  bool local = false;
  SourceRange range;
  const Module* target = nullptr;  // set by the resolver
};

/// `CONSTANT C` or `CONSTANT C(_, _)`.
struct ConstantDecl {
  std::string name;
  int arity = 0;
  SourceRange range;
};

/// `VARIABLE v`.
struct VariableDecl {
  std::string name;
  SourceRange range;
};

/// `RECURSIVE Op(_)`.
struct RecursiveDecl {
  std::string name;
  int arity = 0;
  SourceRange range;
};

/// `ASSUME e` / `ASSUMPTION name == e`.
struct Assumption {
  std::optional<std::string> name;
  ExprPtr body;
  SourceRange range;
};

/// THEOREM/LEMMA/COROLLARY/PROPOSITION; proofs are skipped. body is null for
/// an `ASSUME ... PROVE ...` statement (kept only as a range).
struct Theorem {
  std::optional<std::string> name;
  ExprPtr body;
  SourceRange range;
};

/// One top-level unit of a module, in source order (order matters for resolution).
using Unit = std::variant<ConstantDecl, VariableDecl, RecursiveDecl, std::unique_ptr<OpDef>,
                          std::unique_ptr<InstanceDecl>, Assumption, Theorem,
                          std::unique_ptr<Module>>;

/// A parsed module. Nested modules appear as units.
struct Module {
  std::string name;
  SourceRange range;              // from the header line to the footer
  SourceRange name_range;
  std::vector<std::string> extends;
  std::vector<SourceRange> extends_ranges;
  std::vector<Unit> units;
  const SourceFile* file = nullptr;
};

}  // namespace tlatrace::ast
