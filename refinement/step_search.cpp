#include "refinement/step_search.hpp"

#include <unordered_set>

#include "evaluator/value/values.hpp"
#include "refinement/json_match.hpp"

namespace tlatrace::refine {

using eval::Value;

StepSearch::StepSearch(eval::Model& model, const ValidateOptions& options)
    : model_(model), opt_(options), session_(model) {
  collect_checks();
  match_.def = options.match_op;
}

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


void StepSearch::collect_checks() {
  for (const auto& inv : model_.invariants) checks_.push_back({"invariant", inv.name, inv.expr, nullptr});
  for (const auto& p : model_.properties) {
    bool refinement = eval::is_refinement(p.parts);
    for (const auto& part : p.parts)
      if (part.kind != eval::TemporalPart::Kind::Liveness)
        checks_.push_back({refinement ? "refinement" : "property", p.name, nullptr, &part});
  }
}

bool StepSearch::in_model(const Value* cur, Value* next) {
  const Value* state = next ? next : cur;
  for (const auto& c : model_.constraints)
    if (!session_.holds(*c.expr, state, nullptr, "a CONSTRAINT")) return false;
  if (next)
    for (const auto& c : model_.action_constraints)
      if (!session_.holds(*c.expr, cur, next, "an ACTION_CONSTRAINT")) return false;
  return true;
}

/// The first check that (cur -> next), or the initial state `cur` when next is null, breaks.
const PropertyCheck* StepSearch::violated(const Value* cur, Value* next, bool initial) {
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

NodePtr StepSearch::make_node(const Value* t, uint64_t fp, const NodePtr& parent, const ast::OpDef* action,
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

bool StepSearch::step_matches(const ObservedRecord& r, const Value* cur, Value* t, const eval::ActionTag& tag) {
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

bool StepSearch::stutter_matches(const ObservedRecord& r, Node& cur) {
  if (r.rec->action) return false;
  if (match_.def) {
    eval::Ctx c = session_.enumerator().context(cur.vars.data(), cur.vars.data());
    Value line = match_.line;
    Value ok = session_.evaluator().apply_def_values(*match_.def, std::span<const Value>(&line, 1), c, *match_.def->body);
    return ok.is_bool() && ok.raw_bool();
  }
  return observed_match(r, cur.vars.data());
}

void StepSearch::prune_history(Node* n) const {
  // Keep path_window states behind n: cut the chain beyond.
  for (size_t i = 0; n && i < opt_.path_window; ++i) n = n->parent.get();
  if (n) n->parent.reset();
}

std::vector<NodePtr> StepSearch::initial(const PreparedRecord& pr) {
  const ObservedRecord& r = pr.observed;
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

std::vector<NodePtr> StepSearch::step(const PreparedRecord& pr, const std::vector<NodePtr>& frontier) {
  const ObservedRecord& r = pr.observed;
  match_.line = pr.line;
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

}  // namespace tlatrace::refine
