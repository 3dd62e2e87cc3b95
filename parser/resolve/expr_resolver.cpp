#include "parser/resolve/expr_resolver.hpp"

#include <set>

#include "parser/ast/operators.hpp"
#include "parser/resolve/builtins.hpp"
#include "parser/resolve/resolver.hpp"

namespace tlatrace::resolve {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;

const Symbol* ExprResolver::lookup(const std::string& name) const {
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
    if (it->name == name) return &it->symbol;
  if (auto it = module_.all.find(name); it != module_.all.end()) return &it->second;
  return nullptr;
}

void ExprResolver::push_slot(const std::string& name, Ref::Kind kind, int arity, const ast::OpDef* def,
                             const SourceRange& where) {
  Symbol s;
  s.ref.kind = kind;
  s.ref.index = slots_++;
  s.ref.def = def;
  s.arity = arity;
  s.declared = where;
  stack_.push_back({name, s, true});
}

void ExprResolver::push_named(const std::string& name, Symbol s) { stack_.push_back({name, s, false}); }

void ExprResolver::pop_to(size_t size) {
  while (stack_.size() > size) {
    if (stack_.back().slot) --slots_;
    stack_.pop_back();
  }
}

void ExprResolver::args(std::vector<ast::ExprPtr>& as, bool arg_position) {
  for (auto& a : as)
    if (a) expr(*a, arg_position);
}

// An operator with parameters may appear without arguments only as an argument to another
// operator (a higher-order argument); otherwise the argument count must match.
bool ExprResolver::check_arity(const ast::NameSegment& seg, const Symbol& s, bool arg_position) {
  int given = static_cast<int>(seg.args.size());
  if (given == s.arity) return true;
  if (given == 0 && !seg.has_parens && arg_position) return true;
  diags_.error(seg.range, "'" + seg.name + "' takes " + std::to_string(s.arity) + " argument" +
                              (s.arity == 1 ? "" : "s") + ", but " + std::to_string(given) +
                              (given == 1 ? " is" : " are") + " given");
  return false;
}

void ExprResolver::name(Expr& e, bool arg_position) {
  auto& segs = e.segments;
  if (segs.empty()) return;
  ast::NameSegment& first = segs[0];
  const std::string key(ast::canonical_operator(first.name));  // `\cap` passed as an argument
  const Symbol* s = lookup(key);
  if (!s) {
    args(first.args);
    auto b = builtin_by_symbol(key);
    bool usable = b && segs.size() == 1 && first.args.empty() && (builtin_arity(*b) == 0 || arg_position);
    if (usable) {  // TRUE, BOOLEAN, or an operator such as \intersect passed as an argument
      e.ref.kind = first.ref.kind = Ref::Kind::Builtin;
      e.ref.index = first.ref.index = static_cast<int>(*b);
      return;
    }
    diags_.error(first.range, "unknown identifier '" + first.name + "'");
    for (size_t i = 1; i < segs.size(); ++i) args(segs[i].args);
    return;
  }
  // A copy: resolving the arguments may push LET definitions and bound names onto the stack,
  // which can move the entry `s` points into.
  const Symbol sym = *s;
  args(first.args);
  check_arity(first, sym, arg_position && segs.size() == 1);
  first.ref = sym.ref;
  e.ref = sym.ref;
  for (size_t i = 1; i < segs.size(); ++i) {
    ast::NameSegment& seg = segs[i];
    args(seg.args);
    if (e.ref.kind != Ref::Kind::Instance) continue;  // a positional or label selector
    const ast::Module* target = e.ref.def && e.ref.def->instance ? e.ref.def->instance->target : nullptr;
    const ModuleSymbols* syms = target ? resolver_.symbols(target) : nullptr;
    if (!syms) return;  // the instance itself failed to resolve; already reported
    auto it = syms->exported.find(seg.name);
    if (it == syms->exported.end()) {
      diags_.error(seg.range, "module '" + target->name + "' (instantiated as '" + segs[i - 1].name +
                                  "') defines no '" + seg.name + "'");
      return;
    }
    check_arity(seg, it->second, arg_position && i + 1 == segs.size());
    seg.ref = it->second.ref;
    e.ref = it->second.ref;
  }
}

void ExprResolver::op_app(Expr& e) {
  args(e.args);
  if (auto b = builtin_by_symbol(e.op)) {
    e.ref.kind = Ref::Kind::Builtin;
    e.ref.index = static_cast<int>(*b);
    return;
  }
  if (const Symbol* s = lookup(e.op)) {
    e.ref = s->ref;
    if (s->arity != static_cast<int>(e.args.size()))
      diags_.error(e.range, "operator '" + e.op + "' takes " + std::to_string(s->arity) + " operand" +
                                (s->arity == 1 ? "" : "s") + ", but " + std::to_string(e.args.size()) +
                                " are given");
    return;
  }
  std::string hint;
  static const char* kNaturals[] = {"+", "-", "*", "^", "<", ">", "\\leq", "\\geq", "%", "\\div", ".."};
  for (const char* n : kNaturals)
    if (e.op == n) hint = " (is EXTENDS Naturals or Integers missing?)";
  if (e.op == "-.") hint = " (is EXTENDS Integers missing?)";
  if (e.op == "\\o") hint = " (is EXTENDS Sequences missing?)";
  if (e.op == ":>" || e.op == "@@") hint = " (is EXTENDS TLC missing?)";
  diags_.error(e.range, "operator '" + e.op + "' is not defined" + hint);
}

// Domains first (each in the scope of the binders before it), then the names themselves.
void ExprResolver::binders(std::vector<ast::Binder>& bs) {
  for (auto& b : bs) {
    if (b.domain) expr(*b.domain, false);
    for (auto& n : b.names) push_slot(n.name, Ref::Kind::Bound, 0, nullptr, n.range);
  }
}

void ExprResolver::def_body(ast::OpDef& def) {
  size_t mark = stack_.size();
  def.scope_depth = depth();
  for (auto& p : def.params) push_slot(p.name, Ref::Kind::Parameter, p.arity, &def, p.range);
  if (def.is_function) {
    Symbol self;
    self.ref.kind = Ref::Kind::Definition;
    self.ref.def = &def;
    self.declared = def.name_range;
    self.identity = &def;
    push_named(def.name, self);
    binders(def.fn_binders);
  }
  if (def.body) expr(*def.body, false);
  pop_to(mark);
}

void ExprResolver::definition(ast::OpDef& def) {
  if (!def.instance) return def_body(def);
  size_t mark = stack_.size();
  for (auto& p : def.params) push_slot(p.name, Ref::Kind::Parameter, p.arity, &def, p.range);
  instance(*def.instance);
  pop_to(mark);
}

// Loads and resolves the instantiated module, then checks and completes the substitutions:
// every CONSTANT and VARIABLE of the target without an explicit `<-` is substituted by the
// same name as seen here (an implicit substitution, appended to `with`).
void ExprResolver::instance(ast::InstanceDecl& inst) {
  const ModuleSymbols* tsyms = resolver_.instantiate(inst);
  std::set<std::string> given;
  for (auto& sub : inst.with) {
    if (tsyms) {
      bool is_param = false;
      for (auto* c : tsyms->constants) is_param |= c->name == sub.name;
      for (auto* v : tsyms->variables) is_param |= v->name == sub.name;
      if (!is_param)
        diags_.error(sub.range, "'" + sub.name + "' is not a CONSTANT or VARIABLE of module '" + inst.module_name + "'");
    }
    if (!given.insert(sub.name).second) diags_.error(sub.range, "'" + sub.name + "' is substituted twice");
    if (sub.value) expr(*sub.value, true);  // an operator may be substituted by name
  }
  if (!tsyms) return;
  auto implicit = [&](const std::string& name, int arity) {
    if (given.count(name)) return;
    const Symbol* s = lookup(name);
    if (!s) {
      diags_.error(inst.range, "INSTANCE " + inst.module_name + ": no substitution for '" + name +
                                   "', and no '" + name + "' is defined here");
      return;
    }
    if (s->arity != arity)
      diags_.error(inst.range, "INSTANCE " + inst.module_name + ": '" + name + "' takes " + std::to_string(arity) +
                                   " arguments there but " + std::to_string(s->arity) + " here");
    ast::Substitution sub;
    sub.name = name;
    sub.range = inst.range;
    sub.value = std::make_unique<Expr>(ExprKind::Name, inst.range);
    ast::NameSegment seg;
    seg.name = name;
    seg.range = inst.range;
    seg.ref = s->ref;
    sub.value->ref = s->ref;
    sub.value->segments.push_back(std::move(seg));
    inst.with.push_back(std::move(sub));
  };
  for (auto* c : tsyms->constants) implicit(c->name, c->arity);
  for (auto* v : tsyms->variables) implicit(v->name, 0);
}

void ExprResolver::local_definition(ast::OpDef& def) {
  Symbol s;
  s.ref.kind = Ref::Kind::Definition;
  s.ref.def = &def;
  s.arity = static_cast<int>(def.params.size());
  s.declared = def.name_range;
  s.identity = &def;
  if (def.recursive) push_named(def.name, s);  // visible in its own body
  def_body(def);
  if (!def.recursive) push_named(def.name, s);
}

void ExprResolver::let(Expr& e) {
  size_t mark = stack_.size();
  for (auto& d : e.defs) {
    if (!d) continue;
    if (d->instance) {
      d->scope_depth = depth();
      definition(*d);
      Symbol s;
      s.ref.kind = Ref::Kind::Instance;
      s.ref.def = d.get();
      s.arity = static_cast<int>(d->params.size());
      s.declared = d->name_range;
      s.identity = d.get();
      push_named(d->name, s);
      continue;
    }
    local_definition(*d);
  }
  args(e.args, false);
  pop_to(mark);
}

void ExprResolver::expr(Expr& e, bool arg_position) {
  switch (e.kind) {
    case ExprKind::Number:
    case ExprKind::String:
    case ExprKind::Bool:
      return;
    case ExprKind::Name:
      return name(e, arg_position);
    case ExprKind::OpApp:
      return op_app(e);
    case ExprKind::At:
      if (except_depth_ == 0) diags_.error(e.range, "'@' may appear only in the value of an EXCEPT clause");
      return;
    case ExprKind::Forall:
    case ExprKind::Exists:
    case ExprKind::TemporalForall:
    case ExprKind::TemporalExists:
    case ExprKind::Choose:
    case ExprKind::SetFilter:
    case ExprKind::SetMap:
    case ExprKind::FuncCons: {
      size_t mark = stack_.size();
      binders(e.binders);
      args(e.args, false);
      pop_to(mark);
      return;
    }
    case ExprKind::Let:
      return let(e);
    case ExprKind::Lambda: {
      size_t mark = stack_.size();
      e.num = depth();
      for (auto& p : e.params) push_slot(p.name, Ref::Kind::Parameter, p.arity, nullptr, p.range);
      args(e.args, false);
      pop_to(mark);
      return;
    }
    case ExprKind::Except: {
      if (!e.args.empty() && e.args[0]) expr(*e.args[0], false);
      for (auto& u : e.updates) {
        for (auto& step : u.path) args(step.index, false);
        ++except_depth_;
        if (u.value) expr(*u.value, false);
        --except_depth_;
      }
      return;
    }
    case ExprKind::Case:
      for (auto& arm : e.arms) {
        if (arm.guard) expr(*arm.guard, false);
        if (arm.value) expr(*arm.value, false);
      }
      args(e.args, false);
      return;
    default:
      // Every other form only has sub-expressions in args.
      args(e.args, false);
      return;
  }
}

}  // namespace tlatrace::resolve
