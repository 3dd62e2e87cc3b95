// The BFS loop: initial states, then one level at a time, each level's frontier shared among
// the workers (frontier_queues.hpp); new states are merged in key order at the end of the level.
#include "evaluator/checker/checker.hpp"

#include <algorithm>
#include <chrono>

#include "evaluator/checker/trace_builder.hpp"

namespace tlatrace::eval {

namespace {
double now_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}
constexpr uint64_t kOrdinalBits = 20;
uint64_t make_key(uint64_t index, uint64_t ordinal) {
  return (index << kOrdinalBits) | std::min<uint64_t>(ordinal, (1ULL << kOrdinalBits) - 1);
}
}  // namespace

namespace {
// Prefetches the heap objects of `n` values at `depth` 0 (their headers and first slots), or
// those of the values they hold at depth 1 (the first 16 results of a function, the first 16
// elements of a set), or those these hold at depth 2.
void prefetch_values(const Value* vals, size_t n, int depth) {
  for (size_t j = 0; j < n; ++j) {
    const Value& v = vals[j];
    if (!v.is_function() && v.tag() != Tag::Set) continue;
    if (depth == 0) {
      const char* p = reinterpret_cast<const char*>(v.raw_heap());
      __builtin_prefetch(p);
      __builtin_prefetch(p + 64);
      continue;
    }
    std::span<const Value> inner = v.is_function() ? v.as_fcn_obj().rng() : v.as_set_obj().elems();
    prefetch_values(inner.data(), std::min<size_t>(inner.size(), 16), depth - 1);
  }
}
}  // namespace

std::string action_name(const ActionTag& tag) { return tag.def ? tag.def->name : "Next"; }

Checker::Checker(Model& model, CheckOptions options)
    : model_(model), options_(std::move(options)), seen_(256, std::max(1, options_.workers) > 1) {
  nvars_ = model.nvars();
  check_deadlock_ = options_.check_deadlock.value_or(model.check_deadlock);
  if (options_.graph) options_.graph->set_variables(model.var_names);
  int n = std::max(1, options_.workers);
  for (int i = 0; i < n; ++i) {
    workers_.push_back(std::make_unique<Worker>(*this, model));
    workers_.back()->id = static_cast<size_t>(i);
  }
}

Checker::~Checker() = default;

void Checker::progress(bool force) {
  double t = now_seconds();
  if (!force && t - last_progress_ < 10) return;
  last_progress_ = t;
  uint64_t generated = 0;
  for (auto& w : workers_) generated += w->generated;
  if (options_.log)
    options_.log("Progress(" + std::to_string(depth_) + "): " + std::to_string(generated) + " states generated, " +
                 std::to_string(distinct_.load()) + " distinct states found, " + std::to_string(frontier_size_) +
                 " states left on queue.");
}

bool Checker::check_assumptions(CheckResult& r) {
  Worker& w = *workers_[0];
  for (const auto& [name, body] : model_.assumptions) {
    Ctx c = w.en.context(nullptr, nullptr);
    if (!w.ev.eval_bool(*body, c, "an ASSUME")) {
      r.verdict = CheckResult::Verdict::Violation;
      r.kind = "assume";
      r.name = name;
      r.error_range = body->range;
      r.message = "Assumption " + tlc_location(body->range, model_.root().name) + " is false.";
      return false;
    }
  }
  return true;
}

void Checker::explore_initial(CheckResult&) {
  Worker& w = *workers_[0];
  w.level = 0;
  uint64_t ordinal = 0;
  try {
    w.en.initial_states(model_.init, [&](const Value* vars, const ActionTag& tag) {
      ++w.generated;
      uint64_t key = make_key(0, ordinal++);
      // As TLC: an initial state outside the CONSTRAINTs is checked, not recorded.
      if (!in_model(w, vars, nullptr, 1)) {
        check_state(w, vars, nullptr, key, FingerprintSet::kNoParent, tag, 1, true);
      } else {
        uint64_t fp = fingerprint(w, vars);
        if (options_.graph) options_.graph->add_initial(fp, vars);
        if (seen_.insert(fp, FingerprintSet::kNoParent, key, 1) == FingerprintSet::Insert::New) {
          distinct_.fetch_add(1);
          w.candidates.push_back({key, fp, FingerprintSet::kNoParent, w.values.size()});
          w.values.insert(w.values.end(), vars, vars + nvars_);
          check_state(w, vars, &fp, key, FingerprintSet::kNoParent, tag, 1, true);
        }
      }
    });
  } catch (const EvalFailure& e) {
    Violation v;
    v.kind = "error";
    v.message = e.what();
    v.range = e.range();
    w.violations.push_back(std::move(v));
  }
}

void Checker::expand(Worker& w, size_t index, int level) {
  // TLC's order (ModelChecker.doNext): a successor inside the CONSTRAINTs is recorded if new;
  // invariants are checked on new ones and on every successor outside the constraints (those
  // are not explored further); action properties on every successor, seen or not.
  const Value* s = &frontier_[index * nvars_];
  uint64_t sfp = frontier_fps_[index];
  uint64_t ordinal = 0;
  bool any = false;
  w.en.successors(*model_.next, s, [&](const Value* t, const ActionTag& tag) {
    ++w.generated;
    any = true;
    uint64_t key = make_key(index, ++ordinal);
    Value* tn = const_cast<Value*>(t);
    // Most successors were seen before (MCLamportMutex: 3 in 4); the constraints held for them.
    uint64_t fp = skip_constraints_when_seen_ ? fingerprint(w, t) : 0;
    bool known = skip_constraints_when_seen_ && seen_.contains(fp);
    if (in_model(w, s, tn, level, !known)) {
      if (!skip_constraints_when_seen_) fp = fingerprint(w, t);
      if (options_.graph) options_.graph->add_transition(sfp, fp, t, action_name(tag));
      auto ins = seen_.insert(fp, sfp, key, static_cast<uint32_t>(level));
      if (ins == FingerprintSet::Insert::New) {
        uint64_t n = distinct_.fetch_add(1) + 1;
        if (options_.max_states && n >= options_.max_states) {
          limit_hit_ = true;
          stop_ = true;
        }
      }
      if (ins != FingerprintSet::Insert::Seen) {
        w.candidates.push_back({key, fp, sfp, w.values.size()});
        w.values.insert(w.values.end(), t, t + nvars_);
        check_state(w, t, &fp, key, sfp, tag, level, false);
      }
    } else {
      check_state(w, t, nullptr, key, sfp, tag, level, false);
    }
    check_step(w, s, tn, key, sfp, tag, level);
    w.level = level - 1;  // TLCGet("level") in the next-state relation: the current state's
  });
  const uint64_t extra = w.en.take_extra_generated();
  w.generated += extra;
  generated_by_[index] = ordinal + extra;
  if (!any && check_deadlock_) {
    Violation v;
    v.key = make_key(index, 0);
    v.kind = "deadlock";
    v.chain_end = sfp;
    w.violations.push_back(std::move(v));
  }
}

void Checker::explore_level(int level) {
  error_index_ = SIZE_MAX;
  level_ = level;
  level_start_distinct_ = distinct_.load();
  level_start_generated_ = 0;
  for (auto& w : workers_) level_start_generated_ += w->generated;
  generated_by_.assign(frontier_size_, 0);
  queues_.start();
  // Workers take their states in runs of consecutive ones: siblings, adjacent in the frontier,
  // share most of their values.
  const size_t run = std::clamp<size_t>(frontier_size_ / (8 * workers_.size()), 1, 64);
  auto body = [&](Worker& w) {
    w.level = level - 1;
    while (!stop_.load(std::memory_order_relaxed)) {
      const std::span<const size_t> states = queues_.take(w.id, run);
      if (states.empty()) break;
      for (size_t k = 0; k < states.size(); ++k) {  // in increasing order
        const size_t i = states[k];
        if (i >= error_index_.load(std::memory_order_relaxed) || stop_.load(std::memory_order_relaxed)) break;
        // The next states' objects are requested from memory while this one is expanded: the
        // variables' objects three states ahead, the objects they hold two states ahead, and
        // those these hold one state ahead (each time, their holders arrived meanwhile).
        for (size_t ahead = 1; ahead <= 3 && k + ahead < states.size(); ++ahead)
          prefetch_values(&frontier_[states[k + ahead] * nvars_], nvars_, static_cast<int>(3 - ahead));
        try {
          expand(w, i, level);
          // The state is not needed any more (traces are rebuilt from fingerprints): its values
          // are released now, while they are in this core's cache, rather than by one thread
          // when the level ends.
          for (Value* v = &frontier_[i * nvars_], *end = v + nvars_; v != end; ++v) *v = Value();
        } catch (const EvalFailure& e) {
          Violation v;
          v.key = make_key(i, 0);
          v.kind = "error";
          v.message = e.what();
          v.range = e.range();
          v.chain_end = frontier_fps_[i];
          w.violations.push_back(std::move(v));
          size_t first = error_index_.load();
          while (i < first && !error_index_.compare_exchange_weak(first, i)) {
          }
        }
      }
    }
  };
  if (workers_.size() == 1) {
    body(*workers_[0]);
    return;
  }
  if (!pool_) pool_ = std::make_unique<WorkerPool>(workers_.size());
  pool_->run([&](size_t i) { body(*workers_[i]); });
}

bool Checker::finish_level(CheckResult& r, int level) {
  const Violation* best = nullptr;
  for (auto& w : workers_)
    for (const auto& v : w->violations) {
      if (v.new_state && seen_.key_of(v.fp) != v.key) continue;
      if (!best || v.key < best->key) best = &v;
    }
  if (best) {
    report_violation(r, *best);
    return true;
  }
  if (limit_hit_) {
    r.verdict = CheckResult::Verdict::Limit;
    r.message = "The limit of " + std::to_string(options_.max_states) +
                " distinct states (--max-states) was reached before the search completed.";
    return true;
  }
  struct Ref {
    uint64_t key;
    Worker* w;
    size_t idx;
  };
  std::vector<Ref> keep;
  for (auto& w : workers_)
    for (size_t i = 0; i < w->candidates.size(); ++i)
      if (workers_.size() == 1 || seen_.key_of(w->candidates[i].fp) == w->candidates[i].key)
        keep.push_back({w->candidates[i].key, w.get(), i});
  std::sort(keep.begin(), keep.end(), [](const Ref& a, const Ref& b) { return a.key < b.key; });
  std::vector<Value> next;
  next.reserve(keep.size() * nvars_);
  std::vector<uint64_t> fps;
  fps.reserve(keep.size());
  queues_.reset(workers_.size());
  for (const auto& k : keep) {
    const auto& c = k.w->candidates[k.idx];
    for (size_t j = 0; j < nvars_; ++j) next.push_back(std::move(k.w->values[c.offset + j]));
    queues_.add(k.w->id, fps.size());  // its creator expands it first
    fps.push_back(c.fp);
  }
  for (auto& w : workers_) {
    w->candidates.clear();
    w->values.clear();
    w->violations.clear();
  }
  frontier_.swap(next);
  frontier_fps_.swap(fps);
  frontier_size_ = keep.size();
  if (frontier_size_ > 0) depth_ = level;
  progress(false);
  return false;
}

CheckResult Checker::run() {
  SingleThreadedValues plain_refs(options_.sole_thread && workers_.size() == 1);
  start_ = now_seconds();
  last_progress_ = start_;
  CheckResult r;
  try {
    if (check_assumptions(r) && !model_.assumptions_only) {
      if (model_.symmetry) {
        Worker& w = *workers_[0];
        Ctx c = w.en.context(nullptr, nullptr);
        perms_ = permutations_of(w.ev.eval(*model_.symmetry, c));
      }
      skip_constraints_when_seen_ = constraints_are_state_functions(*workers_[0]);
      if (options_.log) options_.log("Computing initial states...");
      explore_initial(r);
      bool done = finish_level(r, 1);
      if (!done && options_.log)
        options_.log("Finished computing initial states: " + std::to_string(distinct_.load()) +
                     " distinct state" + (distinct_.load() == 1 ? "" : "s") + " generated.");
      for (int level = 2; !done && frontier_size_ > 0; ++level) {
        explore_level(level);
        done = finish_level(r, level);
      }
      if (!done) check_postconditions(r);
    }
  } catch (const EvalFailure& e) {
    r.verdict = CheckResult::Verdict::Error;
    r.message = e.what();
    r.error_range = e.range();
  }
  for (auto& w : workers_) r.generated += w->generated;
  if (stop_generated_) r.generated = *stop_generated_;
  r.distinct = stop_distinct_ ? *stop_distinct_ : distinct_.load();
  r.depth = depth_;
  if (r.verdict == CheckResult::Verdict::Ok) r.queue_left = 0;
  r.seconds = now_seconds() - start_;
  return r;
}

void Checker::check_postconditions(CheckResult& r) {
  Worker& w = *workers_[0];
  w.level = depth_;
  for (const auto& p : model_.postconditions) {
    if (!holds(w, *p.expr, nullptr, nullptr, "a POSTCONDITION")) {
      r.verdict = CheckResult::Verdict::Violation;
      r.kind = "postcondition";
      r.name = p.name;
      r.message = "The postcondition " + p.name + " is violated.";
      return;
    }
  }
}

void Checker::report_violation(CheckResult& r, const Violation& v) {
  r.verdict = v.kind == "error" ? CheckResult::Verdict::Error : CheckResult::Verdict::Violation;
  r.kind = v.kind;
  r.name = v.name;
  r.message = v.message;
  r.error_range = v.range;
  TraceBuilder tb(*this, *workers_[0]);
  try {
    r.trace = tb.build(v);
    if (v.part) r.details = tb.refinement_details(v);
    // The search reached the level of the violating state.
    if (v.kind != "error") depth_ = std::max(depth_, static_cast<int>(r.trace.size()));
  } catch (const EvalFailure& e) {
    r.details.push_back(std::string("(the counterexample could not be rebuilt: ") + e.what() + ")");
  }
  // TLC's counts when it stops at the violation (the level was explored to its end here): the
  // new states recorded by transitions up to the violating one (key order; that one's state is
  // recorded, if new, but not queued), and the frontier states after its parent still queued.
  uint64_t before = 0;
  bool violating_is_new = false;
  for (auto& w : workers_)
    for (const auto& c : w->candidates) {
      if (c.key > v.key || (workers_.size() > 1 && seen_.key_of(c.fp) != c.key)) continue;
      if (c.key < v.key) ++before;
      else violating_is_new = true;
    }
  const uint64_t parent = v.key >> kOrdinalBits;
  r.queue_left = before + (frontier_size_ > parent + 1 ? frontier_size_ - parent - 1 : 0);
  stop_distinct_ = level_start_distinct_ + before + (violating_is_new ? 1 : 0);
  if (level_ < 2) return;  // initial states: TLC prints no counts
  // The successors generated before TLC stopped: those of the states before the parent, and the
  // parent's up to the violating one (none for a deadlock or an error).
  uint64_t generated = level_start_generated_ + (v.key & ((1ULL << kOrdinalBits) - 1));
  for (uint64_t j = 0; j < parent && j < generated_by_.size(); ++j) generated += generated_by_[j];
  stop_generated_ = generated;
  // TLC's depth is the level of the last state it recorded: this level's, once one was.
  if (before > 0 || violating_is_new) depth_ = std::max(depth_, level_);
}

}  // namespace tlatrace::eval
