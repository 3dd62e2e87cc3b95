#include "refinement/diagnosis.hpp"

#include <map>

#include "evaluator/value/values.hpp"
#include "refinement/conjunct_explainer.hpp"
#include "refinement/record_conjunct.hpp"

namespace tlatrace::refine {

using eval::Ctx;
using eval::Value;

namespace {

/// The closest successor of one action from one state.
struct Closest {
  size_t score = SIZE_MAX;
  std::vector<VariableDifference> diffs;
  std::string arguments, note;
  std::vector<Value> state;
};

/// Evaluates the body of the --match operator on (cur, next) with its parameter bound to the
/// record, and explains why it is false.
std::optional<FalseConjunct> explain_match_operator(SpecSession& s, const MatchOperator& op, const Value* cur,
                                                    Value* next) {
  Ctx c = s.enumerator().context(cur, next);
  size_t n = op.def->params.size();
  eval::Binding* base = eval::push_frame(c, static_cast<int>(n));
  for (size_t i = 0; i < n; ++i) base[i] = eval::Binding::of_value(op.line);
  c.env = eval::Env{base, static_cast<int>(n), nullptr};
  c.top = base + n;
  return first_false_conjunct(s.evaluator(), *op.def->body, c);
}

bool args_agree(const ObservedRecord& r, const ast::OpDef& def, const BoundValues& call_params,
                const BoundValues& bound) {
  if (!r.rec->params) return true;
  BoundValues all = call_params;
  all.insert(all.end(), bound.begin(), bound.end());
  return params_match(*r.rec->params, &def, all, nullptr);
}

ActionDiagnosis diagnose_disabled(SpecSession& s, const DiagnosedState& st, const ast::OpDef& def,
                                  const ObservedRecord& r) {
  ActionDiagnosis a;
  a.action = def.name;
  a.range = def.range;
  std::vector<Value> unknown(s.nvars());
  Ctx c = s.enumerator().context(st.vars, unknown.data());
  bool found = false, named = false;
  std::string why;
  visit_actions(s.evaluator(), *s.model().next, c, [&](const ast::OpDef& d, Ctx& call, const BoundValues& bound) {
    if (&d != &def) return true;
    BoundValues params = action_parameters(s.evaluator(), d, call, call.top);
    // Show the instance the record's params name; else the first instance.
    bool preferred = args_agree(r, d, params, bound);
    if (!preferred && !found && r.rec->params) {
      BoundValues all = params;
      all.insert(all.end(), bound.begin(), bound.end());
      params_match(*r.rec->params, &d, all, &why);
    }
    named |= preferred;
    if (!found || preferred) {
      BoundValues all = params;
      all.insert(all.end(), bound.begin(), bound.end());
      a.arguments = describe_arguments(all);
      a.false_conjunct = first_false_conjunct(s.evaluator(), *d.body, call);
      found = true;
    }
    return !preferred;
  });
  if (!found) a.note = "the next-state relation offers no instance of this action in this state";
  else if (r.rec->params && !named)
    a.note = "no instance of " + def.name + " takes the record's params (" + why + "); shown: the first instance";
  else if (!a.false_conjunct) {
    a.note = "every guard holds, but no successor satisfies the action's primed conjuncts";
    std::vector<Value> next = record_next_state(r, st.vars, s.nvars());
    a.false_conjunct = conjunct_against_record(s, st, def, a.arguments, next);
    if (a.false_conjunct) a.note += "; with the primed variables as the record gives them, the conjunct above is false";
  }
  return a;
}

}  // namespace

std::vector<StateDiagnosis> diagnose_step(SpecSession& s, const std::vector<DiagnosedState>& states,
                                          const ObservedRecord& r, const MatchOperator& op) {
  std::vector<StateDiagnosis> out;
  const auto& names = s.model().var_names;
  for (size_t i = 0; i < states.size(); ++i) {
    const DiagnosedState& st = states[i];
    StateDiagnosis sd;
    sd.state_index = i;
    sd.state.assign(st.vars, st.vars + s.nvars());
    s.set_level(st.level);
    std::map<const ast::OpDef*, std::vector<Closest>> best;  // the closest successors, ties kept (3 at most)
    s.enumerator().successors(*s.model().next, st.vars, [&](const Value* t, const eval::ActionTag& tag) {
      if (!tag.def) return;
      BoundValues args = step_arguments(s.evaluator(), tag, s.enumerator().context(st.vars, nullptr).top);
      // With params in the record, only the instance it names is this action's candidate.
      if (r.rec->params && !params_match(*r.rec->params, tag.def, args, nullptr)) return;
      Closest c;
      c.diffs = observed_differences(r, t, names);
      c.arguments = describe_arguments(args);
      c.score = c.diffs.size();
      std::vector<Closest>& b = best[tag.def];
      if (!b.empty() && c.score > b[0].score) return;
      if (!b.empty() && c.score < b[0].score) b.clear();
      if (b.size() >= 3) return;
      c.state.assign(t, t + s.nvars());
      b.push_back(std::move(c));
    });
    Ctx c = s.enumerator().context(st.vars, nullptr);
    std::vector<const ast::OpDef*> actions = action_definitions(s.evaluator(), *s.model().next, c);
    if (r.rec->action) {
      std::vector<const ast::OpDef*> hinted;
      for (const ast::OpDef* d : actions)
        if (d->name == *r.rec->action) hinted.push_back(d);
      if (hinted.empty()) {
        ActionDiagnosis a;
        a.action = *r.rec->action;
        std::string list;
        for (const ast::OpDef* d : actions) list += (list.empty() ? "" : ", ") + d->name;
        a.note = "the record names action '" + *r.rec->action + "', but Next has no such action (its actions: " + list + ")";
        sd.actions.push_back(a);
      }
      actions = hinted;
    }
    for (const ast::OpDef* d : actions) {
      auto it = best.find(d);
      if (it == best.end()) {
        sd.actions.push_back(diagnose_disabled(s, st, *d, r));
        continue;
      }
      ActionDiagnosis a;
      a.action = d->name;
      a.range = d->range;
      a.enabled = true;
      const Closest& first = it->second[0];
      a.arguments = first.arguments;
      a.differences = first.diffs;
      for (size_t k = 1; k < it->second.size(); ++k)
        a.also_closest.emplace_back(it->second[k].arguments, it->second[k].diffs);
      if (op.def) {
        a.false_conjunct = explain_match_operator(s, op, st.vars, it->second[0].state.data());
        if (a.note.empty()) a.note = "--match " + op.def->name + "(line) is false for every successor of this action";
      } else if (a.differences.empty() && a.note.empty()) {
        a.note = "a successor matches the record, but it breaks a constraint or property of the cfg";
      } else {
        std::vector<Value> next = record_next_state(r, first.state.data(), s.nvars());
        a.record_conjunct = conjunct_against_record(s, st, *d, first.arguments, next);
      }
      sd.actions.push_back(std::move(a));
    }
    out.push_back(std::move(sd));
  }
  return out;
}

StateDiagnosis diagnose_initial(SpecSession& s, const ObservedRecord& r) {
  StateDiagnosis sd;
  ActionDiagnosis a;
  a.action = "Initial predicate";
  Closest best;
  s.set_level(1);
  s.enumerator().initial_states(s.model().init, [&](const Value* t, const eval::ActionTag&) {
    auto diffs = observed_differences(r, t, s.model().var_names);
    if (diffs.size() < best.score) {
      best.score = diffs.size();
      best.diffs = std::move(diffs);
      best.state.assign(t, t + s.nvars());
    }
  });
  a.enabled = best.score != SIZE_MAX;
  a.differences = best.diffs;
  if (!a.enabled) a.note = "the initial predicate has no state";
  sd.state = best.state;
  sd.actions.push_back(std::move(a));
  return sd;
}

std::string summarize(const std::vector<StateDiagnosis>& d) {
  if (d.empty() || d[0].actions.empty()) return "";
  std::string out;
  for (const auto& a : d[0].actions) {
    std::string part;
    if (!a.note.empty() && a.range.valid() == false) part = a.note;
    else if (!a.enabled && a.false_conjunct) {
      part = a.action + " is disabled: " + a.false_conjunct->text + " is false";
      if (a.false_conjunct->against_record && !a.false_conjunct->explanation.empty())
        part += " (" + a.false_conjunct->explanation + ")";
    }
    else if (!a.enabled) part = a.action + " is disabled";
    else if (!a.differences.empty()) {
      const auto& v = a.differences[0];
      part = a.action + " would make " + v.variable + v.diff.path + " = " + v.diff.spec + ", the trace has " + v.diff.trace;
    } else if (!a.note.empty()) part = a.action + ": " + a.note;
    if (!part.empty()) out += (out.empty() ? "" : "; ") + part;
  }
  return out;
}

}  // namespace tlatrace::refine
