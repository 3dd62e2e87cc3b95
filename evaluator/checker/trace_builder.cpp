#include "evaluator/checker/trace_builder.hpp"

#include <algorithm>

#include "evaluator/action/action_arguments.hpp"

namespace tlatrace::eval {

std::string tlc_location(const SourceRange& r, const std::string& module) {
  return "line " + std::to_string(r.line) + ", col " + std::to_string(r.col) + " to line " +
         std::to_string(r.end_line) + ", col " + std::to_string(r.end_col) + " of module " + module;
}

std::string module_of(const SourceRange& r) {
  if (!r.valid()) return "";
  std::string p = r.file->path;
  size_t slash = p.find_last_of('/');
  if (slash != std::string::npos) p = p.substr(slash + 1);
  if (p.size() > 4 && p.substr(p.size() - 4) == ".tla") p.resize(p.size() - 4);
  return p;
}

TraceStep TraceBuilder::make_step(int n, const std::vector<Value>& vars, const std::vector<Value>* next,
                                  const ActionTag* tag, const std::string& arguments) {
  Model& m = checker_.model();
  TraceStep step;
  step.step = n;
  if (!tag) {
    step.action = "Initial predicate";
  } else if (const ast::OpDef* d = tag->shown ? tag->shown : tag->def) {
    // As TLC: the action's definition (`I!Next` when called through a named instance), and
    // where its split of Next ended (in leaf_in): at an instance with substitutions, the
    // INSTANCE (the whole `I == INSTANCE ...` definition when named).
    step.action = d->name;
    const ast::Expr* at = tag->shown ? tag->shown_at : nullptr;
    if (at && at->kind == ast::ExprKind::Name && at->segments.size() > 1) {
      step.action.clear();
      for (const auto& seg : at->segments) step.action += (step.action.empty() ? "" : "!") + seg.name;
    }
    step.location = tag->leaf ? tag->leaf->range : d->body ? d->body->range : d->range;
    if (tag->leaf_instance) {
      step.location = tag->leaf_instance->range;
      const ast::OpDef* named = tag->leaf && tag->leaf->kind == ast::ExprKind::Name && tag->leaf->segments.size() > 1
                                    ? tag->leaf->segments[0].ref.def
                                    : nullptr;
      if (named && named->instance.get() == tag->leaf_instance) step.location = named->range;
    }
    const ast::OpDef* in = tag->leaf ? tag->leaf_in : d;
    step.module = in && in->module ? in->module->name : m.root().name;
  } else {
    step.action = "Action";
    step.location = tag->leaf ? tag->leaf->range : m.next ? m.next->range : SourceRange{};
    step.module = m.root().name;
  }
  if (tag) step.arguments = arguments;
  std::string alias_error;
  if (m.alias) {
    try {
      std::vector<Value> nx = next ? *next : vars;
      Ctx c = w_.en.context(vars.data(), nx.data());
      w_.level = n;  // TLCGet("level") in the ALIAS: this state's (SVGSerialize's frame number)
      Value rec = w_.ev.eval(*m.alias, c);
      if (!rec.is_function()) throw EvalFailure(m.alias->range, "The ALIAS must be a record, but it is " + to_tla_string(rec));
      for (const Value& f : elements(domain(rec)))
        step.state.emplace_back(f.is_string() ? f.raw_atom()->text : to_tla_string(f), apply(rec, f));
      return step;
    } catch (const EvalFailure& e) {
      alias_error = e.what();
    } catch (const EvalError& e) {
      alias_error = e.what();
    }
    step.state.clear();
  }
  for (size_t i = 0; i < vars.size(); ++i) step.state.emplace_back(m.var_names[i], vars[i]);
  // As TLC (Tool.evalAlias): a state whose ALIAS fails is shown as it is, with the error in
  // one more field, and the counterexample is kept.
  if (!alias_error.empty()) step.state.emplace_back("_ALIASEvalError", Value::string(alias_error));
  return step;
}

std::vector<TraceStep> TraceBuilder::build(const Violation& v) {
  Model& m = checker_.model();
  size_t nv = m.nvars();
  std::vector<uint64_t> chain;
  for (uint64_t fp = v.chain_end; fp != FingerprintSet::kNoParent; fp = checker_.seen_.parent_of(fp)) chain.push_back(fp);
  std::reverse(chain.begin(), chain.end());
  states_.clear();
  // Steps name their actions as TLC does: the enumerator tracks TLC's split of Next while the
  // counterexample is rebuilt (not during the search, where it would cost 5%).
  struct TlcActions {
    Enumerator& en;
    explicit TlcActions(Enumerator& e) : en(e) { en.set_tlc_actions(true); }
    ~TlcActions() { en.set_tlc_actions(false); }
  } tlc_actions(w_.en);
  std::vector<ActionTag> tags;
  std::vector<std::string> arguments;  // TLC's argument list of each step's action
  std::vector<bool> initial;
  if (!chain.empty()) {
    bool found = false;
    std::vector<Value> st;
    w_.en.initial_states(m.init, [&](const Value* vars, const ActionTag&) {
      if (found || !checker_.in_model(w_, vars, nullptr, 1)) return;
      if (checker_.fingerprint(w_, vars) != chain[0]) return;
      found = true;
      st.assign(vars, vars + nv);
    });
    if (!found) throw EvalFailure({}, "the initial state of the counterexample was not found again");
    states_.push_back(st);
    tags.push_back({});
    arguments.emplace_back();
    initial.push_back(true);
    for (size_t k = 1; k < chain.size(); ++k) {
      std::vector<Value> prev = states_.back();
      found = false;
      ActionTag tg;
      std::string args;
      const int level = static_cast<int>(k) + 1;  // of chain[k]
      w_.level = level - 1;
      w_.en.successors(*m.next, prev.data(), [&](const Value* t, const ActionTag& tag) {
        if (found || !checker_.in_model(w_, prev.data(), const_cast<Value*>(t), level)) return;
        if (checker_.fingerprint(w_, t) != chain[k]) return;
        found = true;
        st.assign(t, t + nv);
        tg = tag;
        if (tag.shown && tag.shown_call)  // read now: the call's frame lives while the sink runs
          args = tlc_argument_list(action_parameters(w_.ev, *tag.shown, *tag.shown_call, w_.en.context(t, nullptr).top));
        w_.level = level - 1;
      });
      if (!found) throw EvalFailure({}, "a state of the counterexample was not found again");
      states_.push_back(st);
      tags.push_back(tg);
      arguments.push_back(args);
      initial.push_back(false);
    }
  }
  if (v.has_extra) {
    // The last state was not recorded: its action, as TLC names it, is that of the first
    // successor of the state before it equal to it (the search kept the first).
    ActionTag tg = v.extra_action;
    std::string args;
    if (!v.extra_initial && !states_.empty()) {
      std::vector<Value> prev = states_.back();
      bool found = false;
      w_.level = static_cast<int>(states_.size());
      w_.en.successors(*m.next, prev.data(), [&](const Value* t, const ActionTag& tag) {
        if (found || !std::equal(t, t + nv, v.extra.begin(), [](const Value& a, const Value& b) { return equal(a, b); }))
          return;
        found = true;
        tg = tag;
        if (tag.shown && tag.shown_call)
          args = tlc_argument_list(action_parameters(w_.ev, *tag.shown, *tag.shown_call, w_.en.context(t, nullptr).top));
      });
    }
    states_.push_back(v.extra);
    tags.push_back(tg);
    arguments.push_back(args);
    initial.push_back(v.extra_initial);
  }
  if (checker_.options().graph) record_graph(*checker_.options().graph, tags, initial);
  std::vector<TraceStep> out;
  for (size_t i = 0; i < states_.size(); ++i)
    out.push_back(make_step(static_cast<int>(i + 1), states_[i], i + 1 < states_.size() ? &states_[i + 1] : nullptr,
                            initial[i] ? nullptr : &tags[i], arguments[i]));
  return out;
}

void TraceBuilder::record_graph(StateGraph& g, const std::vector<ActionTag>& tags, const std::vector<bool>& initial) {
  Model& m = checker_.model();
  constexpr size_t kMaxSuccessors = 64;  // neighbours drawn per state of the path
  std::vector<uint64_t> fps;
  std::vector<std::string> actions;
  for (size_t i = 0; i < states_.size(); ++i) {
    uint64_t fp = checker_.fingerprint(w_, states_[i].data());
    g.force_node(fp, states_[i].data(), initial[i]);
    actions.push_back(i > 0 ? action_name(tags[i]) : "");
    if (i > 0) g.force_edge(fps.back(), fp, actions.back());
    fps.push_back(fp);
  }
  for (size_t i = 0; i < states_.size() && m.next; ++i) {
    size_t drawn = 0;
    const int level = static_cast<int>(i) + 2;  // of the successors of states_[i]
    w_.level = level - 1;
    w_.en.successors(*m.next, states_[i].data(), [&](const Value* t, const ActionTag& tag) {
      if (drawn >= kMaxSuccessors || !checker_.in_model(w_, states_[i].data(), const_cast<Value*>(t), level)) return;
      w_.level = level - 1;
      ++drawn;
      uint64_t fp = checker_.fingerprint(w_, t);
      g.force_node(fp, t, false);
      g.force_edge(fps[i], fp, action_name(tag));
    });
  }
  g.set_path(std::move(fps), std::move(actions));
}

std::vector<std::string> TraceBuilder::refinement_details(const Violation& v) {
  std::vector<std::string> out;
  if (!v.part || v.part->kind != TemporalPart::Kind::ActionAlways || states_.size() < 2) return out;
  // The instance whose [Next]_vars is violated: the innermost instance-qualified opener.
  const ast::InstanceDecl* inst = nullptr;
  for (const ast::Expr* o : v.part->openers)
    if (o->kind == ast::ExprKind::Name && o->segments.size() > 1 && o->segments[0].ref.def)
      inst = o->segments[0].ref.def->instance.get();
  const auto& before = states_[states_.size() - 2];
  auto after = states_.back();
  if (inst && inst->target) {
    const auto* syms = checker_.model().program().resolver().symbols(inst->target);
    std::vector<std::string> moved;
    for (const auto& sub : inst->with) {
      bool is_var = false;
      for (const auto* var : syms->variables) is_var |= var->name == sub.name;
      if (!is_var || !sub.value) continue;
      Ctx c0 = w_.en.context(before.data(), nullptr);
      Ctx c1 = w_.en.context(after.data(), nullptr);
      Value a = w_.ev.eval(*sub.value, c0), b = w_.ev.eval(*sub.value, c1);
      if (!equal(a, b)) moved.push_back(sub.name + ": " + to_tla_string(a) + " -> " + to_tla_string(b));
    }
    std::string list;
    for (const auto& s : moved) list += (list.empty() ? "" : ", ") + s;
    out.push_back(moved.empty() ? "No abstract variable changed." : "Abstract variables that changed: " + list + ".");
    out.push_back("The step is neither a step of the abstract next-state relation of " + inst->module_name +
                  " nor a stuttering step (one that leaves the abstract variables unchanged).");
  } else {
    out.push_back("The step satisfies neither the action nor leaves its subscript unchanged.");
  }
  return out;
}

}  // namespace tlatrace::eval
