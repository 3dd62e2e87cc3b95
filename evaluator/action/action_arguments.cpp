#include "evaluator/action/action_arguments.hpp"

#include "evaluator/value/print.hpp"

namespace tlatrace::eval {

std::vector<std::pair<std::string, Value>> action_parameters(Evaluator& ev, const ast::OpDef& def, const Ctx& call,
                                                             Binding* top) {
  std::vector<std::pair<std::string, Value>> out;
  const size_t n = def.params.size();
  if (n == 0 || call.env.depth < static_cast<int>(n)) return out;
  Ctx c = call;
  if (top > c.top) c.top = top;
  for (size_t i = 0; i < n; ++i) {
    Binding& b = c.env.base[c.env.depth - n + i];
    if (def.params[i].arity > 0) continue;
    out.emplace_back(def.params[i].name, ev.force(b, c));
  }
  return out;
}

std::string tlc_argument_list(const std::vector<std::pair<std::string, Value>>& args) {
  if (args.empty()) return "";
  std::string out = "(";
  for (size_t i = 0; i < args.size(); ++i) out += (i ? "," : "") + to_tla_string(args[i].second);
  return out + ")";
}

}  // namespace tlatrace::eval
