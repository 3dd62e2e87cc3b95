#pragma once
// What trace validation needs of a model to evaluate actions: a binding stack, an evaluator
// and an enumerator, with the evaluator hooks (ENABLED, \cdot, TLCGet, Print) a validation
// run answers itself. TLCGet("level") is the position of the current state in the matched
// behavior (1 for the initial state), as in TLC.
#include <functional>
#include <string>
#include <vector>

#include "evaluator/action/enumerator.hpp"
#include "evaluator/model/model.hpp"

namespace tlatrace::refine {

/// One evaluation session over a model (single-threaded).
class SpecSession final : public eval::EvalHooks {
 public:
  explicit SpecSession(eval::Model& model);

  eval::Model& model() { return model_; }
  eval::Evaluator& evaluator() { return ev_; }
  eval::Enumerator& enumerator() { return en_; }
  size_t nvars() const { return model_.nvars(); }

  /// The level TLCGet("level") answers (the position of the current state, 1-based).
  void set_level(int64_t level) { level_ = level; }
  /// Where Print/PrintT output goes (default: standard error).
  void set_print(std::function<void(const std::string&)> print) { print_ = std::move(print); }

  /// `e` as a boolean on (cur, next); `next` may be null for a state predicate.
  bool holds(const ast::Expr& e, const eval::Value* cur, eval::Value* next, const char* what);
  /// The fingerprint of a state: of the VIEW when the model has one, else of the variables.
  uint64_t fingerprint(const eval::Value* vars);

  bool enabled(const ast::Expr& action, eval::Ctx& c) override;
  bool compose(const ast::Expr& a, const ast::Expr& b, eval::Ctx& c) override;
  eval::Value tlc_get(const eval::Value& key, eval::Ctx& c) override;
  eval::Value tlc_get_register(int64_t i) override;
  void tlc_set_register(int64_t i, const eval::Value& v) override;
  void print(const std::string& line) override;

 private:
  eval::Model& model_;
  eval::BindingStack stack_;
  eval::Evaluator ev_;
  eval::Enumerator en_;
  int64_t level_ = 1;
  std::vector<eval::Value> registers_;
  std::function<void(const std::string&)> print_;
};

}  // namespace tlatrace::refine
