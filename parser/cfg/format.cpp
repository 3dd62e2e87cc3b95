// Printing a Config back as cfg text (for messages, debugging and round-trip tests).
#include <string>

#include "parser/cfg/config.hpp"

namespace tlatrace::cfg {

namespace {

void single(std::string& out, const char* keyword, const std::optional<CfgName>& name) {
  if (name) out += std::string(keyword) + " " + name->text + "\n";
}

void list(std::string& out, const char* keyword, const std::vector<CfgName>& names) {
  if (names.empty()) return;
  out += keyword;
  out += "\n";
  for (const auto& n : names) out += "  " + n.text + "\n";
}

std::string binding_text(const ConstantBinding& b) {
  std::string out = b.name.text;
  if (!b.args.empty()) {
    out += "(";
    for (size_t i = 0; i < b.args.size(); ++i) out += (i > 0 ? ", " : "") + to_string(b.args[i]);
    out += ")";
  }
  out += b.kind == BindingKind::Substitution ? " <- " : " = ";
  if (b.module) out += "[" + b.module->text + "] ";
  out += b.kind == BindingKind::Substitution ? b.substitute.text : to_string(b.value);
  return out;
}

}  // namespace

std::string to_string(const Config& c) {
  std::string out;
  single(out, "SPECIFICATION", c.specification);
  single(out, "INIT", c.init);
  single(out, "NEXT", c.next);
  if (!c.constants.empty()) {
    out += "CONSTANTS\n";
    for (const auto& b : c.constants) out += "  " + binding_text(b) + "\n";
  }
  list(out, "INVARIANTS", c.invariants);
  list(out, "PROPERTIES", c.properties);
  list(out, "CONSTRAINTS", c.constraints);
  list(out, "ACTION_CONSTRAINTS", c.action_constraints);
  list(out, "POSTCONDITIONS", c.postconditions);
  single(out, "SYMMETRY", c.symmetry);
  single(out, "VIEW", c.view);
  single(out, "ALIAS", c.alias);
  if (c.check_deadlock) out += std::string("CHECK_DEADLOCK ") + (*c.check_deadlock ? "TRUE" : "FALSE") + "\n";
  single(out, "_PERIODIC", c.periodic);
  single(out, "_RL_REWARD", c.rl_reward);
  list(out, "_POSSIBLE", c.possible);
  return out;
}

}  // namespace tlatrace::cfg
