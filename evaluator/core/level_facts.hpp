#pragma once
// Static facts about expressions that decide whether their values may be cached per state:
//   - the lowest binding slot they read that they do not bind themselves (free slots: their
//     value then depends on the environment they are evaluated in), and
//   - whether they are state-level: no prime, UNCHANGED, ENABLED, \cdot, action or temporal
//     form, no instance-qualified name and no native with effects or checker state (TLCGet,
//     Print, RandomElement...), transitively through the definitions they call. The value of a
//     state-level expression with no free slot is a function of the one state whose variables
//     it reads (the next state under a prime, otherwise the current one).
// One LevelFacts per Evaluator (it memoizes; not shared between threads).
#include <array>
#include <climits>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "evaluator/core/program.hpp"
#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

/// What an expression reads.
struct ExprFacts {
  int min_free_slot = INT_MAX;  // lowest slot read (slots it binds itself are >= its own depth)
  bool state_level = true;      // depends on one state only (see above)
  bool constant_level = true;   // state-level and reads no variable either
  // The state variables read, transitively, one bit per state index (all bits: unknown, or an
  // index above 63): a state-level definition's value depends on these variables only.
  uint64_t vars_read = 0;
  // The value of a constant-level expression with no free slot, once computed (outside
  // instances: a substituted CONSTANT may stand for a state-level expression).
  bool has_constant = false;
  Value constant;
  // Per-state caching pays only when values are reused: after 256 lookups with fewer than one
  // hit in 8, the expression is evaluated without the cache (a cost of a few per cent otherwise).
  uint32_t lookups = 0, hits = 0;
  bool worth_caching() const { return lookups < 256 || hits * 8 >= lookups; }
};

/// Memoized facts about expressions, definitions and instance declarations.
class LevelFacts {
 public:
  explicit LevelFacts(const Program& program) : program_(program) {}

  /// Facts about `e` (memoized by address; the constant value may be filled in by the caller).
  ExprFacts& of_expr(const ast::Expr& e);
  /// True when every substitution of `decl` is state-level and reads no slot below `depth`.
  bool instance_closed(const ast::InstanceDecl& decl, int depth);
  /// True for a 0-arity operator definition (not a function or instance) whose value is a
  /// function of one state, or of none (`constant`), wherever it is called: a top-level one, or
  /// a LET definition that reads no slot of the definitions around it.
  /// Its facts (for the constant_level flag and the cache statistics), else null.
  ExprFacts* cacheable_definition(const ast::OpDef& def);

 private:
  ExprFacts compute(const ast::Expr& e);
  void visit(const ast::Expr& e, ExprFacts& out);
  void visit_ref(const ast::Ref& r, ExprFacts& out);
  const ExprFacts& of_def(const ast::OpDef& def);

  // Direct-mapped memos in front of the maps (their entries never move nor go away once
  // final), so the hot paths look facts up without hashing.
  template <class Key>
  struct Memo {
    struct Entry {
      const Key* key = nullptr;
      ExprFacts* facts = nullptr;
    };
    std::array<Entry, 1024> entries{};
    Entry& at(const Key* k) {
      return entries[static_cast<size_t>((reinterpret_cast<uintptr_t>(k) >> 3) * 0x9E3779B97F4A7C15ULL >> 54)];
    }
  };
  Memo<ast::Expr> expr_memo_;
  Memo<ast::OpDef> def_memo_;  // cacheable_definition's answers (facts null: not cacheable)

  const Program& program_;
  std::unordered_map<const ast::Expr*, ExprFacts> exprs_;
  struct DefState {
    ExprFacts facts;
    bool done = false;
  };
  std::unordered_map<const ast::OpDef*, DefState> defs_;
  std::unordered_map<const ast::InstanceDecl*, ExprFacts> instances_;
  // Definitions consulted while still being computed (recursion): results that relied on them
  // are dropped when the cycle's root turns out not to be state-level.
  std::vector<const ast::OpDef*> in_progress_used_;
  std::vector<const ast::OpDef*> computed_;
  int depth_ = 0;
};

}  // namespace tlatrace::eval
