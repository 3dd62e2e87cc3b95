#include "refinement/rejection_hint.hpp"

namespace tlatrace::refine {

namespace {

std::string action_name(const Node& n) { return n.stutter ? "a stuttering step" : n.action ? n.action->name : "?"; }

/// The states matching `r` from `before` under `options` (nothing when the probe fails).
std::vector<NodePtr> probe(eval::Model& model, ValidateOptions options, const PreparedRecord& r,
                           const std::vector<NodePtr>& before) {
  options.max_states = 100000;  // a hint is not worth a long search
  try {
    StepSearch steps(model, options);
    std::vector<NodePtr> out = steps.step(r, before);
    return steps.limit() ? std::vector<NodePtr>{} : out;
  } catch (const std::exception&) {
    return {};
  }
}

}  // namespace

std::string rejection_hint(eval::Model& model, const ValidateOptions& options, const PreparedRecord& r,
                           const std::vector<NodePtr>& before) {
  if (options.match_op || before.empty()) return "";
  const trace::TraceRecord& rec = r.rec;
  if (rec.action) {
    // The same record without its action hint and params.
    PreparedRecord bare;
    bare.rec = rec;
    bare.rec.action.reset();
    bare.rec.params.reset();
    bare.observed = r.observed;
    bare.observed.rec = &bare.rec;
    std::vector<NodePtr> m = probe(model, options, bare, before);
    for (const NodePtr& n : m)
      if (!n->stutter)
        return "without its action hint the record matches a step of " + action_name(*n) + ": it names " +
               *rec.action + (rec.params ? " with params " + rec.params->dump() : "") + " (a wrong action hint?)";
    if (!m.empty())
      return "the record's observed values equal the state before it, but it names action " + *rec.action +
             ": was the step logged twice? (a record that changes nothing matches a stuttering step only when it "
             "names no action)";
  }
  ValidateOptions more = options;
  more.max_hidden += 1;
  std::vector<NodePtr> m = probe(model, more, r, before);
  if (!m.empty()) {
    std::string hidden;
    for (const Node* n = m[0]->parent.get(); n && n->hidden; n = n->parent.get())
      hidden = action_name(*n) + (hidden.empty() ? "" : ", then " + hidden);
    return "the record matches after " + std::to_string(more.max_hidden) + " unlogged step" +
           (more.max_hidden == 1 ? "" : "s") + (hidden.empty() ? "" : " (" + hidden + ")") +
           ": is a record missing before it? --max-hidden " + std::to_string(more.max_hidden) + " accepts this step";
  }
  return "";
}

}  // namespace tlatrace::refine
