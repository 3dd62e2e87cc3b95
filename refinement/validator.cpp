#include "refinement/validator.hpp"

#include <chrono>
#include <memory>
#include <unordered_set>

#include "evaluator/value/values.hpp"
#include "refinement/diagnosis.hpp"
#include "refinement/json_match.hpp"
#include "refinement/observed_record.hpp"
#include "refinement/spec_session.hpp"

namespace tlatrace::refine {

using eval::Value;

namespace {

/// A spec state consistent with the records so far, with a window of its history.
struct Node {
  std::vector<Value> vars;
  uint64_t fp = 0;
  int64_t depth = 1;  // states in the behavior up to this one (TLCGet("level"))
  uint64_t record = 0;
  uint32_t line = 0;
  const ast::OpDef* action = nullptr;
  bool hidden = false, stutter = false;
  std::shared_ptr<Node> parent;
};
using NodePtr = std::shared_ptr<Node>;

/// A check of the cfg along the matched behavior.
struct PropertyCheck {
  std::string kind, name;
  const ast::Expr* invariant = nullptr;
  const eval::TemporalPart* part = nullptr;
};

struct PendingViolation {
  const PropertyCheck* check = nullptr;
  NodePtr state;  // the state reached (its parent is where the step started)
};

/// The record as a TLA+ record, for --match OP(line).
Value record_value(const trace::TraceRecord& rec) {
  std::vector<std::pair<std::string_view, Value>> fields;
  for (const auto& [k, v] : rec.vars) fields.emplace_back(k, json_to_value(v));
  if (rec.action) fields.emplace_back("action", Value::string(*rec.action));
  if (rec.params) fields.emplace_back("params", json_to_value(*rec.params));
  if (rec.node) fields.emplace_back("node", Value::string(*rec.node));
  if (rec.clock) fields.emplace_back("clock", Value::integer(static_cast<int64_t>(*rec.clock)));
  return eval::make_record(std::move(fields));
}

class Validation {
 public:
  Validation(eval::Model& model, RecordSource& source, SourceManager& sm, const ValidateOptions& opt)
      : model_(model), source_(source), sm_(sm), opt_(opt), session_(model) {
    collect_checks();
    match_.def = opt.match_op;
  }

  ValidationResult run();

 private:
  void collect_checks();
  bool in_model(const Value* cur, Value* next);
  const PropertyCheck* violated(const Value* cur, Value* next, bool initial);
  NodePtr make_node(const Value* t, uint64_t fp, const NodePtr& parent, const ast::OpDef* action,
                    const trace::TraceRecord* rec);
  bool step_matches(const ObservedRecord& r, const Value* cur, Value* t, const eval::ActionTag& tag);
  bool stutter_matches(const ObservedRecord& r, Node& cur);
  void prune_history(Node* n);
  void reject(ValidationResult& res, const ObservedRecord& r, const std::vector<NodePtr>& before);
  void fill_header(ValidationResult& res, const trace::TraceRecord& rec);
  void fill_path(ValidationResult& res, const Node* last);
  PathStep path_step(const Node& n) const;
  std::vector<NodePtr> initial(const ObservedRecord& r);
  std::vector<NodePtr> step(const ObservedRecord& r, const std::vector<NodePtr>& frontier);

  eval::Model& model_;
  RecordSource& source_;
  SourceManager& sm_;
  ValidateOptions opt_;
  SpecSession session_;
  std::vector<PropertyCheck> checks_;
  MatchOperator match_;
  std::optional<PendingViolation> pending_;
  uint64_t transitions_ = 0;
  bool limit_ = false;
};

void Validation::collect_checks() {
  for (const auto& inv : model_.invariants) checks_.push_back({"invariant", inv.name, inv.expr, nullptr});
  for (const auto& p : model_.properties) {
    bool refinement = false;
    for (const auto& part : p.parts)
      for (const ast::Expr* o : part.openers) refinement |= o->segments.size() > 1 || o->ref.via;
    for (const auto& part : p.parts)
      if (part.kind != eval::TemporalPart::Kind::Liveness)
        checks_.push_back({refinement ? "refinement" : "property", p.name, nullptr, &part});
  }
}

bool Validation::in_model(const Value* cur, Value* next) {
  const Value* state = next ? next : cur;
  for (const auto& c : model_.constraints)
    if (!session_.holds(*c.expr, state, nullptr, "a CONSTRAINT")) return false;
  if (next)
    for (const auto& c : model_.action_constraints)
      if (!session_.holds(*c.expr, cur, next, "an ACTION_CONSTRAINT")) return false;
  return true;
}

/// The first check that (cur -> next), or the initial state `cur` when next is null, breaks.
const PropertyCheck* Validation::violated(const Value* cur, Value* next, bool initial) {
  const Value* state = next ? next : cur;
  for (const auto& c : checks_) {
    if (c.invariant) {
      if (!session_.holds(*c.invariant, state, nullptr, "an invariant")) return &c;
      continue;
    }
    using K = eval::TemporalPart::Kind;
    bool check = c.part->kind == K::Always || (initial && c.part->kind == K::Init) ||
                 (!initial && c.part->kind == K::ActionAlways);
    if (!check) continue;
    eval::Ctx ctx = c.part->kind == K::ActionAlways ? session_.enumerator().context(cur, next)
                                                   : session_.enumerator().context(state, nullptr);
    Value ok = eval::eval_part(session_.evaluator(), *c.part, ctx);
    if (!ok.is_bool()) throw eval::EvalFailure(c.part->expr->range, "The property " + c.name + " is not a boolean.");
    if (!ok.raw_bool()) return &c;
  }
  return nullptr;
}

NodePtr Validation::make_node(const Value* t, uint64_t fp, const NodePtr& parent, const ast::OpDef* action,
                              const trace::TraceRecord* rec) {
  auto n = std::make_shared<Node>();
  n->vars.assign(t, t + model_.nvars());
  n->fp = fp;
  n->depth = parent ? parent->depth + 1 : 1;
  n->action = action;
  n->parent = parent;
  if (rec) {
    n->record = rec->number;
    n->line = rec->line;
  } else {
    n->hidden = true;
  }
  return n;
}

bool Validation::step_matches(const ObservedRecord& r, const Value* cur, Value* t, const eval::ActionTag& tag) {
  const trace::TraceRecord& rec = *r.rec;
  if (match_.def) {
    eval::Ctx c = session_.enumerator().context(cur, t);
    Value line = match_.line;
    Value ok = session_.evaluator().apply_def_values(*match_.def, std::span<const Value>(&line, 1), c, *match_.def->body);
    return ok.is_bool() && ok.raw_bool();
  }
  if (!observed_match(r, t)) return false;
  if (rec.action && (!tag.def || tag.def->name != *rec.action)) return false;
  if (rec.params) {
    BoundValues args = step_arguments(session_.evaluator(), tag, session_.enumerator().context(cur, nullptr).top);
    if (!params_match(*rec.params, tag.def, args, nullptr)) return false;
  }
  return true;
}

bool Validation::stutter_matches(const ObservedRecord& r, Node& cur) {
  if (r.rec->action) return false;
  if (match_.def) {
    eval::Ctx c = session_.enumerator().context(cur.vars.data(), cur.vars.data());
    Value line = match_.line;
    Value ok = session_.evaluator().apply_def_values(*match_.def, std::span<const Value>(&line, 1), c, *match_.def->body);
    return ok.is_bool() && ok.raw_bool();
  }
  return observed_match(r, cur.vars.data());
}

void Validation::prune_history(Node* n) {
  // Keep path_window states behind n: cut the chain beyond.
  for (size_t i = 0; n && i < opt_.path_window; ++i) n = n->parent.get();
  if (n) n->parent.reset();
}

std::vector<NodePtr> Validation::initial(const ObservedRecord& r) {
  std::vector<NodePtr> out;
  std::unordered_set<uint64_t> seen;
  session_.set_level(1);
  session_.enumerator().initial_states(model_.init, [&](const Value* t, const eval::ActionTag&) {
    ++transitions_;
    if (!in_model(t, nullptr) || !observed_match(r, t)) return;
    NodePtr n = make_node(t, session_.fingerprint(t), nullptr, nullptr, r.rec);
    if (!seen.insert(n->fp).second) return;
    if (const PropertyCheck* c = violated(t, nullptr, true)) {
      if (!pending_) pending_ = PendingViolation{c, n};
      return;
    }
    out.push_back(std::move(n));
  });
  return out;
}

std::vector<NodePtr> Validation::step(const ObservedRecord& r, const std::vector<NodePtr>& frontier) {
  std::vector<NodePtr> matched;
  std::unordered_set<uint64_t> seen_matched, seen_hidden;
  std::vector<NodePtr> layer = frontier;
  for (int h = 0; h <= opt_.max_hidden && !layer.empty() && !limit_; ++h) {
    std::vector<NodePtr> hidden;
    bool more = h < opt_.max_hidden;
    for (const NodePtr& s : layer) {
      if (stutter_matches(r, *s)) {
        auto n = std::make_shared<Node>(*s);
        n->parent = s;
        n->depth = s->depth + 1;
        n->stutter = true;
        n->hidden = false;
        n->record = r.rec->number;
        n->line = r.rec->line;
        n->action = nullptr;
        if (seen_matched.insert(n->fp).second) matched.push_back(std::move(n));
      }
      session_.set_level(s->depth);
      session_.enumerator().successors(*model_.next, s->vars.data(), [&](const Value* t, const eval::ActionTag& tag) {
        ++transitions_;
        Value* tn = const_cast<Value*>(t);
        if (!in_model(s->vars.data(), tn)) return;
        bool is_match = step_matches(r, s->vars.data(), tn, tag);
        if (!is_match && !more) return;
        uint64_t fp = session_.fingerprint(t);
        if (is_match && seen_matched.count(fp) == 0) {
          session_.set_level(s->depth + 1);
          const PropertyCheck* c = violated(s->vars.data(), tn, false);
          session_.set_level(s->depth);
          NodePtr n = make_node(t, fp, s, tag.def, r.rec);
          if (c) {
            if (!pending_) pending_ = PendingViolation{c, n};
          } else {
            seen_matched.insert(fp);
            matched.push_back(std::move(n));
          }
        }
        if (more && seen_hidden.insert(fp).second) {
          session_.set_level(s->depth + 1);
          bool bad = violated(s->vars.data(), tn, false) != nullptr;
          session_.set_level(s->depth);
          if (bad) return;
          hidden.push_back(make_node(t, fp, s, tag.def, nullptr));
          if (hidden.size() > opt_.max_states) limit_ = true;
        }
      });
      if (matched.size() > opt_.max_states) limit_ = true;
    }
    layer = std::move(hidden);
  }
  return matched;
}

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

void Validation::fill_path(ValidationResult& res, const Node* last) {
  std::vector<PathStep> rev;
  const Node* n = last;
  for (; n; n = n->parent.get()) rev.push_back(path_step(*n));
  res.path.assign(rev.rbegin(), rev.rend());
  res.path_elided = last ? static_cast<uint64_t>(last->depth) - rev.size() : 0;
}

void Validation::fill_header(ValidationResult& res, const trace::TraceRecord& rec) {
  res.step = rec.number;
  res.file = rec.file;
  res.line = rec.line;
  res.record = rec.raw;
}

void Validation::reject(ValidationResult& res, const ObservedRecord& r, const std::vector<NodePtr>& before) {
  res.verdict = ValidationResult::Verdict::Rejected;
  fill_header(res, *r.rec);
  if (pending_) {
    // The record matches a step of the spec, but that step breaks a property of the cfg.
    const PendingViolation& v = *pending_;
    res.kind = v.check->kind;
    res.name = v.check->name;
    fill_path(res, v.state->parent.get());
    res.violating = path_step(*v.state);
    res.summary = std::string(v.check->kind == "invariant" ? "invariant " : v.check->kind == "refinement" ? "refinement " : "property ") +
                  v.check->name + " is violated by the step that matches record " + std::to_string(r.rec->number);
    return;
  }
  res.kind = "trace";
  res.consistent_states = before.size();
  if (before.empty()) {
    res.summary = "no initial state of the spec matches the first record";
    res.diagnosis.push_back(diagnose_initial(session_, r));
    std::string why = summarize(res.diagnosis);
    if (!why.empty()) res.summary += ": " + why;
    return;
  }
  fill_path(res, before[0].get());
  std::vector<DiagnosedState> states;
  for (size_t i = 0; i < before.size() && i < opt_.diagnose_states; ++i)
    states.push_back({before[i]->vars.data(), before[i]->depth});
  res.diagnosis = diagnose_step(session_, states, r, match_);
  res.summary = "record " + std::to_string(r.rec->number) + " matches no step of the spec from the " +
                std::to_string(before.size()) + " state" + (before.size() == 1 ? "" : "s") +
                " consistent with the records before it";
  std::string why = summarize(res.diagnosis);
  if (!why.empty()) res.summary += ": " + why;
}

ValidationResult Validation::run() {
  auto t0 = std::chrono::steady_clock::now();
  ValidationResult res;
  res.trace_name = source_.name();
  res.var_names = model_.var_names;
  auto finish = [&]() -> ValidationResult {
    res.transitions = transitions_;
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return std::move(res);
  };
  trace::TraceRecord rec;
  if (!source_.next(rec)) {
    res.verdict = ValidationResult::Verdict::Error;
    res.message = source_.name() + ": the trace has no records (the first record is the initial state)";
    return finish();
  }
  bool unknown_ok = match_.def != nullptr;
  try {
    ObservedRecord r = prepare_record(rec, model_.var_names, unknown_ok, sm_);
    res.records = 1;
    std::vector<NodePtr> frontier = initial(r);
    if (frontier.empty()) {
      reject(res, r, {});
      return finish();
    }
    res.max_frontier = frontier.size();
    trace::TraceRecord next_rec;
    while (source_.next(next_rec)) {
      ObservedRecord nr = prepare_record(next_rec, model_.var_names, unknown_ok, sm_);
      ++res.records;
      if (match_.def) match_.line = record_value(next_rec);
      pending_.reset();
      std::vector<NodePtr> next = step(nr, frontier);
      if (limit_) {
        res.verdict = ValidationResult::Verdict::Limit;
        fill_header(res, next_rec);
        res.message = "more than " + std::to_string(opt_.max_states) + " spec states are consistent with the trace at record " +
                      std::to_string(next_rec.number) + " (--max-states)";
        return finish();
      }
      if (next.empty()) {
        reject(res, nr, frontier);
        return finish();
      }
      for (const NodePtr& n : next) prune_history(n.get());
      res.max_frontier = std::max(res.max_frontier, next.size());
      frontier = std::move(next);
      next_rec = trace::TraceRecord{};
    }
  } catch (const eval::EvalFailure& e) {
    res.verdict = ValidationResult::Verdict::Error;
    res.message = e.what();
    res.error_range = e.range();
  } catch (const eval::EvalError& e) {
    res.verdict = ValidationResult::Verdict::Error;
    res.message = e.what();
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
