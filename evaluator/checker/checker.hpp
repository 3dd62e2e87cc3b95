#pragma once
// The explicit-state model checker: level-synchronous breadth-first search over the reachable
// states with a fingerprint set, N worker threads giving the same counts, verdicts and
// (shortest) counterexamples as one (see fingerprint_set.hpp for how ties are broken).
// Each state is stored once: the current and next BFS levels keep the states themselves, the
// fingerprint set keeps (fingerprint -> parent fingerprint); counterexamples are rebuilt by
// re-executing Init and Next along the fingerprint chain (trace_builder.cpp).
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "evaluator/action/enumerator.hpp"
#include "evaluator/checker/fingerprint_set.hpp"
#include "evaluator/checker/frontier_queues.hpp"
#include "evaluator/checker/result.hpp"
#include "evaluator/checker/state_graph.hpp"
#include "evaluator/checker/symmetry.hpp"
#include "evaluator/checker/worker_pool.hpp"
#include "evaluator/model/model.hpp"

namespace tlatrace::eval {

/// How to run the checker.
struct CheckOptions {
  int workers = 1;
  uint64_t max_states = 0;                 // stop after this many distinct states (0: no limit)
  std::optional<bool> check_deadlock;      // overrides the cfg's CHECK_DEADLOCK
  std::function<void(const std::string&)> log;    // progress lines
  std::function<void(const std::string&)> print;  // output of Print / PrintT
  StateGraph* graph = nullptr;             // when set, records the explored graph (for --dot)
  // No other thread of the process uses values while run() runs: with one worker (which runs on
  // the calling thread) reference counts are then plain increments (SingleThreadedValues).
  bool sole_thread = false;
};

class Checker;

/// The name an edge of the state graph gets for a transition: the action's definition name.
std::string action_name(const ActionTag& tag);

/// A violation found while exploring (kept until the level ends; the smallest key wins).
struct Violation {
  uint64_t key = 0;
  uint64_t fp = 0;                                  // the new state's fingerprint (state checks)
  bool new_state = false;                           // valid only if this transition won `fp`
  std::string kind, name, message;
  uint64_t chain_end = FingerprintSet::kNoParent;  // last state reachable through the fingerprint set
  bool has_extra = false;                           // one more state after chain_end
  std::vector<Value> extra;
  ActionTag extra_action;                           // (its call is not valid any more)
  bool extra_initial = false;
  SourceRange range;                                // errors: where evaluation failed
  std::vector<Value> error_state;                   // errors: the state being processed
  const TemporalPart* part = nullptr;               // property violations: the part violated
};

/// One worker: its binding stack, evaluator, enumerator and local results.
struct Worker final : EvalHooks {
  Worker(Checker& checker, Model& model);
  bool enabled(const ast::Expr& action, Ctx& c) override;
  bool compose(const ast::Expr& a, const ast::Expr& b, Ctx& c) override;
  Value tlc_get(const Value& key, Ctx& c) override;
  Value tlc_get_register(int64_t i) override;
  void tlc_set_register(int64_t i, const Value& v) override;
  void print(const std::string& line) override;

  Checker& checker;
  size_t id = 0;  // index in the checker's workers (FrontierQueues: who created a state)
  BindingStack stack;
  Evaluator ev;
  Enumerator en;
  int level = 0;
  uint64_t generated = 0;
  // New states of the level: flattened values and (key, fp, parent fp).
  struct Candidate {
    uint64_t key, fp, parent;
    size_t offset;
  };
  std::vector<Value> values;
  std::vector<Candidate> candidates;
  std::vector<Violation> violations;
};

/// Runs a model.
class Checker {
 public:
  Checker(Model& model, CheckOptions options);
  ~Checker();
  CheckResult run();

  // Used by workers and the trace builder.
  Model& model() { return model_; }
  const CheckOptions& options() const { return options_; }
  uint64_t fingerprint(Worker& w, const Value* vars);
  bool holds(Worker& w, const ast::Expr& e, const Value* cur, Value* next, const char* what);
  /// The CONSTRAINTs (unless `state_constraints` is false) and ACTION_CONSTRAINTs hold for a
  /// state of BFS level `level` (an initial state: 1) and the step to it.
  bool in_model(Worker& w, const Value* cur, Value* next, int level, bool state_constraints = true);
  /// Invariants and state-level properties of a state reached by transition `key` (new, with
  /// its fingerprint `fp`, or outside the CONSTRAINTs, `fp` null); records a violation in `w`.
  void check_state(Worker& w, const Value* vars, const uint64_t* fp, uint64_t key, uint64_t parent,
                   const ActionTag& action, int level, bool initial);
  /// The action properties ([][A]_v) of the step cur -> next; records a violation in `w`.
  void check_step(Worker& w, const Value* cur, Value* next, uint64_t key, uint64_t parent, const ActionTag& action,
                  int level);
  Value registers_get(int64_t i);
  void registers_set(int64_t i, const Value& v);
  void emit_print(const std::string& line);
  Value stats_record(int level);
  Value config_record();
  int current_depth() const { return depth_; }
  double elapsed() const;

 private:
  friend class TraceBuilder;
  void explore_initial(CheckResult& r);
  void explore_level(int level);
  void expand(Worker& w, size_t index, int level);
  bool finish_level(CheckResult& r, int level);
  bool check_assumptions(CheckResult& r);
  void check_postconditions(CheckResult& r);
  void report_violation(CheckResult& r, const Violation& v);
  void progress(bool force);
  /// True when every CONSTRAINT is a function of the state alone (no TLCGet, Print, ...) and a
  /// fingerprint identifies one state: a successor already seen then satisfies them (only
  /// states that do are recorded), so they are evaluated on unseen successors only.
  bool constraints_are_state_functions(Worker& w) const;

  Model& model_;
  CheckOptions options_;
  bool check_deadlock_ = true;
  size_t nvars_ = 0;
  std::vector<Permutation> perms_;
  FingerprintSet seen_;
  std::vector<std::unique_ptr<Worker>> workers_;
  // The current BFS level.
  std::vector<Value> frontier_;
  std::vector<uint64_t> frontier_fps_;
  size_t frontier_size_ = 0;
  FrontierQueues queues_;  // which worker expands which frontier state
  std::unique_ptr<WorkerPool> pool_;  // the workers' threads (several workers only)
  // The frontier index of the first state whose expansion failed with an error in this level:
  // states after it are not expanded, the ones before it still are (the 1-worker result).
  std::atomic<size_t> error_index_{SIZE_MAX};
  std::atomic<bool> stop_{false};
  std::atomic<uint64_t> distinct_{0};
  int depth_ = 0;
  std::mutex registers_mutex_, print_mutex_;
  std::vector<Value> registers_;
  double start_ = 0, last_progress_ = 0;
  std::atomic<bool> limit_hit_{false};
  bool skip_constraints_when_seen_ = false;  // see constraints_are_state_functions
  int level_ = 1;                            // the level of the states being generated
  uint64_t level_start_distinct_ = 0;        // distinct states before the current level
  uint64_t level_start_generated_ = 0;       // states generated before the current level
  std::vector<uint64_t> generated_by_;       // successors generated by each frontier state
  std::optional<uint64_t> stop_distinct_;    // TLC's distinct count at a violation
  std::optional<uint64_t> stop_generated_;   // TLC's generated count at a violation

};

}  // namespace tlatrace::eval
