#include "refinement/validator.hpp"

#include <chrono>
#include <deque>
#include <memory>

#include "evaluator/value/values.hpp"
#include "refinement/depth_first.hpp"
#include "refinement/diagnosis.hpp"
#include "refinement/rejection_hint.hpp"
#include "refinement/step_search.hpp"

namespace tlatrace::refine {

using eval::Value;

namespace {

class Validation {
 public:
  Validation(eval::Model& model, RecordSource& source, SourceManager& sm, const ValidateOptions& opt)
      : model_(model), source_(source), sm_(sm), opt_(opt), steps_(model, opt) {}

  ValidationResult run();

 private:
  bool read(PreparedRecord& slot);
  /// The frontier search from `states` over `window`, then the rest of the trace; with
  /// `until_single`, it stops (returning false) once one state is left. True when finished.
  bool frontier(std::vector<NodePtr>& states, std::deque<PreparedRecord>& window, bool until_single);
  bool advance(std::vector<NodePtr>& states, PreparedRecord& r);
  /// The depth-first search from `states`; false when it handed over to the frontier search
  /// and that left one state in `states` (the depth-first search resumes from it).
  bool depth_first(std::vector<NodePtr>& states);
  void limit(const trace::TraceRecord& rec);
  void reject(const PreparedRecord& r, const std::vector<NodePtr>& before);
  void fill_header(const trace::TraceRecord& rec);
  void fill_path(const Node* last);
  PathStep path_step(const Node& n) const;

  eval::Model& model_;
  RecordSource& source_;
  SourceManager& sm_;
  ValidateOptions opt_;
  StepSearch steps_;
  ValidationResult res_;
};

PathStep Validation::path_step(const Node& n) const {
  PathStep p;
  p.record = n.record;
  p.line = n.line;
  p.hidden = n.hidden;
  p.state = n.vars;
  if (!n.parent && n.depth == 1) p.action = "Initial predicate";
  else if (n.stutter) p.action = "Stuttering";
  else if (n.action) {
    p.action = n.action->name;
    p.action_range = n.action->range;
  } else {
    p.action = "Initial predicate";
  }
  return p;
}

void Validation::fill_path(const Node* last) {
  std::vector<PathStep> rev;
  const Node* n = last;
  for (; n; n = n->parent.get()) rev.push_back(path_step(*n));
  res_.path.assign(rev.rbegin(), rev.rend());
  res_.path_elided = last ? static_cast<uint64_t>(last->depth) - rev.size() : 0;
}

void Validation::fill_header(const trace::TraceRecord& rec) {
  res_.step = rec.number;
  res_.file = rec.file;
  res_.line = rec.line;
  res_.record = rec.raw;
}

void Validation::limit(const trace::TraceRecord& rec) {
  res_.verdict = ValidationResult::Verdict::Limit;
  fill_header(rec);
  res_.message = "more than " + std::to_string(opt_.max_states) + " spec states are consistent with the trace at record " +
                 std::to_string(rec.number) + " (--max-states)";
}

void Validation::reject(const PreparedRecord& pr, const std::vector<NodePtr>& before) {
  const ObservedRecord& r = pr.observed;
  res_.verdict = ValidationResult::Verdict::Rejected;
  fill_header(*r.rec);
  if (const auto& pending = steps_.pending()) {
    // The record matches a step of the spec, but that step breaks a property of the cfg.
    const PendingViolation& v = *pending;
    res_.kind = v.check->kind;
    res_.name = v.check->name;
    fill_path(v.state->parent.get());
    res_.violating = path_step(*v.state);
    res_.summary = std::string(v.check->kind == "invariant" ? "invariant " : v.check->kind == "refinement" ? "refinement " : "property ") +
                   v.check->name + " is violated by the step that matches record " + std::to_string(r.rec->number);
    return;
  }
  res_.kind = "trace";
  res_.consistent_states = before.size();
  if (before.empty()) {
    res_.summary = "no initial state of the spec matches the first record";
    res_.diagnosis.push_back(diagnose_initial(steps_.session(), r));
    std::string why = summarize(res_.diagnosis);
    if (!why.empty()) res_.summary += ": " + why;
    return;
  }
  fill_path(before[0].get());
  std::vector<DiagnosedState> states;
  for (size_t i = 0; i < before.size() && i < opt_.diagnose_states; ++i)
    states.push_back({before[i]->vars.data(), before[i]->depth});
  res_.diagnosis = diagnose_step(steps_.session(), states, r, steps_.match());
  res_.summary = "record " + std::to_string(r.rec->number) + " matches no step of the spec from the " +
                 std::to_string(before.size()) + " state" + (before.size() == 1 ? "" : "s") +
                 " consistent with the records before it";
  std::string why = summarize(res_.diagnosis);
  if (!why.empty()) res_.summary += ": " + why;
  res_.hint = rejection_hint(model_, opt_, pr, before);
}

bool Validation::read(PreparedRecord& slot) {
  if (!source_.next(slot.rec)) return false;
  slot.observed = prepare_record(slot.rec, model_.var_names, opt_.match_op != nullptr, sm_);
  if (opt_.match_op) slot.line = record_value(slot.rec);
  slot.whole_state = !opt_.match_op && observes_whole_state(slot.observed, model_.nvars());
  ++res_.records;
  return true;
}

bool Validation::advance(std::vector<NodePtr>& states, PreparedRecord& r) {
  steps_.pending().reset();
  std::vector<NodePtr> next = steps_.step(r, states);
  if (steps_.limit()) {
    limit(r.rec);
    return false;
  }
  if (next.empty()) {
    reject(r, states);
    return false;
  }
  for (const NodePtr& n : next) steps_.prune_history(n.get());
  res_.max_frontier = std::max(res_.max_frontier, next.size());
  states = std::move(next);
  return true;
}

bool Validation::frontier(std::vector<NodePtr>& states, std::deque<PreparedRecord>& window, bool until_single) {
  ++res_.frontier_passes;
  for (PreparedRecord& r : window)
    if (!advance(states, r)) return true;
  // The rest of the trace, streamed (one slot, reused).
  PreparedRecord r;
  while (!until_single || states.size() > 1) {
    r = PreparedRecord{};
    if (!read(r)) return true;
    if (!advance(states, r)) return true;
  }
  return false;
}

bool Validation::depth_first(std::vector<NodePtr>& states) {
  auto reader = [&](PreparedRecord& slot) { return read(slot); };
  DepthFirstSearch dfs(steps_, reader, opt_.window_records);
  DepthFirstSearch::Outcome outcome = dfs.run(std::move(states));
  const DepthFirstStats& st = dfs.stats();
  res_.backtracks += st.backtracks;
  res_.frontier_passes += st.frontier_passes;
  res_.max_window = std::max(res_.max_window, st.max_window);
  res_.max_frontier = std::max(res_.max_frontier, st.max_known);
  switch (outcome) {
    case DepthFirstSearch::Outcome::Accepted: return true;
    case DepthFirstSearch::Outcome::Limit: limit(dfs.limit_record()->rec); return true;
    case DepthFirstSearch::Outcome::Rejected:
      // The full frontier from the last exactly known set finds the failing record and gives
      // the diagnosis its states (should the two searches ever disagree, the frontier's
      // verdict stands).
      states = dfs.base();
      frontier(states, dfs.window(), false);
      return true;
    case DepthFirstSearch::Outcome::Ambiguous:
      // A lasting ambiguity: the frontier goes on until one state is left.
      states = dfs.base();
      return frontier(states, dfs.window(), true);
  }
  return true;
}

ValidationResult Validation::run() {
  auto t0 = std::chrono::steady_clock::now();
  res_.trace_name = source_.name();
  res_.var_names = model_.var_names;
  res_.search = opt_.search == ValidateOptions::Search::DepthFirst ? "depth-first" : "frontier";
  auto finish = [&]() -> ValidationResult {
    res_.transitions = steps_.transitions();
    res_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return std::move(res_);
  };
  try {
    PreparedRecord first;
    if (!read(first)) {
      res_.verdict = ValidationResult::Verdict::Error;
      res_.message = source_.name() + ": the trace has no records (the first record is the initial state)";
      return finish();
    }
    std::vector<NodePtr> initial = steps_.initial(first);
    if (initial.empty()) {
      reject(first, {});
      return finish();
    }
    res_.max_frontier = initial.size();
    std::deque<PreparedRecord> none;
    if (opt_.search == ValidateOptions::Search::DepthFirst) {
      while (!depth_first(initial)) {
      }
    } else {
      frontier(initial, none, false);
      res_.frontier_passes = 0;
    }
  } catch (const eval::EvalFailure& e) {
    res_.verdict = ValidationResult::Verdict::Error;
    res_.message = e.what();
    res_.error_range = e.range();
  } catch (const eval::EvalError& e) {
    res_.verdict = ValidationResult::Verdict::Error;
    res_.message = e.what();
  }
  return finish();
}

}  // namespace

ValidationResult validate_trace(eval::Model& model, RecordSource& source, SourceManager& sm,
                                const ValidateOptions& options) {
  Validation v(model, source, sm, options);
  return v.run();
}

}  // namespace tlatrace::refine
