#pragma once
// One step of trace validation: the spec states that match one record, from a set of states
// consistent with the records before it (hidden steps, stuttering, action hints, params,
// --match, CONSTRAINT / ACTION_CONSTRAINT, and the cfg's properties checked on every matched
// step). Both searches of validator.hpp use it: the frontier search calls it with the whole
// consistent set, the depth-first search with one state at a time (depth_first.hpp).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "evaluator/model/model.hpp"
#include "refinement/diagnosis.hpp"
#include "refinement/observed_record.hpp"
#include "refinement/spec_session.hpp"
#include "refinement/validator.hpp"

namespace tlatrace::refine {

/// A spec state consistent with the records so far, with a window of its history.
struct Node {
  std::vector<eval::Value> vars;
  uint64_t fp = 0;
  int64_t depth = 1;  // states in the behavior up to this one (TLCGet("level"))
  uint64_t record = 0;
  uint32_t line = 0;
  const ast::OpDef* action = nullptr;
  bool hidden = false, stutter = false;
  std::shared_ptr<Node> parent;
};
using NodePtr = std::shared_ptr<Node>;

/// A record as read, prepared for matching (its storage must not move once prepared:
/// `observed` points into `rec`).
struct PreparedRecord {
  trace::TraceRecord rec;
  ObservedRecord observed;
  eval::Value line;  // the record as a TLA+ record, for --match OP(line)
  bool whole_state = false;  // it observes every variable in full: at most one state matches it
};

/// A check of the cfg along the matched behavior.
struct PropertyCheck {
  std::string kind, name;
  const ast::Expr* invariant = nullptr;
  const eval::TemporalPart* part = nullptr;
};

/// A record that a spec step matches, but the step breaks a property.
struct PendingViolation {
  const PropertyCheck* check = nullptr;
  NodePtr state;  // the state reached (its parent is where the step started)
};

/// The states matching one record, and what the steps found on the way.
class StepSearch {
 public:
  StepSearch(eval::Model& model, const ValidateOptions& options);

  /// The initial states that match `r` (deduplicated by fingerprint).
  std::vector<NodePtr> initial(const PreparedRecord& r);
  /// The states that match `r` after up to max_hidden hidden steps from `from` (deduplicated).
  std::vector<NodePtr> step(const PreparedRecord& r, const std::vector<NodePtr>& from);
  /// Cuts the history of `n` beyond the path window (memory stays flat).
  void prune_history(Node* n) const;

  /// Set when a record matches a step that breaks a property (the first one); reset by the caller.
  std::optional<PendingViolation>& pending() { return pending_; }
  /// True once a set of states exceeded max_states.
  bool limit() const { return limit_; }
  uint64_t transitions() const { return transitions_; }
  SpecSession& session() { return session_; }
  MatchOperator& match() { return match_; }

 private:
  void collect_checks();
  bool in_model(const eval::Value* cur, eval::Value* next);
  const PropertyCheck* violated(const eval::Value* cur, eval::Value* next, bool initial);
  NodePtr make_node(const eval::Value* t, uint64_t fp, const NodePtr& parent, const ast::OpDef* action,
                    const trace::TraceRecord* rec);
  bool step_matches(const ObservedRecord& r, const eval::Value* cur, eval::Value* t, const eval::ActionTag& tag);
  bool stutter_matches(const ObservedRecord& r, Node& cur);

  eval::Model& model_;
  ValidateOptions opt_;
  SpecSession session_;
  std::vector<PropertyCheck> checks_;
  MatchOperator match_;
  std::optional<PendingViolation> pending_;
  uint64_t transitions_ = 0;
  bool limit_ = false;
};

/// The record as a TLA+ record, for --match OP(line).
eval::Value record_value(const trace::TraceRecord& rec);

}  // namespace tlatrace::refine
