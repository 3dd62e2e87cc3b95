#pragma once
// `--watch EXPR`: a TLA+ expression evaluated in every step of a counterexample, as the Trace
// Explorer's error-trace expressions are. Parsed and resolved in the scope of the spec's root
// module (instance operators such as `RM!Next` and primed variables allowed). A state-level
// expression is evaluated on each step's state; an action-level one (primes, UNCHANGED,
// [A]_v, or a definition that uses them) on the transition from the previous step into this
// one, so it has no value at the first step.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "evaluator/model/model.hpp"
#include "inspect/annotate.hpp"
#include "inspect/counterexample.hpp"
#include "parser/resolve/frontend.hpp"

namespace tlatrace::inspect {

/// A parsed and resolved watch expression.
struct WatchExpr {
  std::string text;
  /// The expression, inside a LET that defines the model values it names (see parse_watches).
  ast::ExprPtr expr;
  bool action_level = false;
};

/// Parses and resolves each expression in the scope of `root` (the model's root module, which
/// `fe` loaded). As in TLC's Trace Explorer, the cfg's model values (`n1` of `Nodes = {n1, n2}`)
/// may be named. Each expression is its own source named "--watch" (so errors read
/// `--watch:1:5: error: ...` with the expression and a caret); errors go to fe.diagnostics().
/// Null when any had an error.
std::optional<std::vector<WatchExpr>> parse_watches(Frontend& fe, eval::Model& model, const ast::Module& root,
                                                    const std::vector<std::string>& texts);

/// True when `e`, or a definition or instance substitution it uses, is action-level.
bool is_action_level(const ast::Expr& e);

/// Evaluates every watch in every step of `cx` (values read from each step's ITF "values" by the
/// model's variable names). A step without a state, or without a predecessor for an
/// action-level watch, gets no value; an evaluation error gets no value and its message.
std::vector<WatchResult> evaluate_watches(eval::Model& model, const std::vector<WatchExpr>& watches,
                                          const Counterexample& cx);

}  // namespace tlatrace::inspect
