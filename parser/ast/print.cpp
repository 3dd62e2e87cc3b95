#include "parser/ast/print.hpp"

namespace tlatrace::ast {
namespace {

class Printer {
 public:
  std::string out;

  void expr(const Expr& e);
  void def(const OpDef& d);
  void module(const Module& m);

 private:
  void open(std::string_view head) {
    out += '(';
    out += head;
  }
  void space() { out += ' '; }
  void args(const std::vector<ExprPtr>& xs, size_t from = 0) {
    for (size_t i = from; i < xs.size(); ++i) {
      space();
      if (xs[i]) expr(*xs[i]); else out += "<null>";
    }
  }
  void string_literal(const std::string& s);
  void binder(const Binder& b);
  void binders(const std::vector<Binder>& bs) {
    for (const auto& b : bs) { space(); binder(b); }
  }
  void segment(const NameSegment& s);
  void params(const std::vector<OpParam>& ps);
  void instance(const InstanceDecl& in);
  void unit(const Unit& u);
};

std::string op_name(const std::string& op) {
  if (op.size() > 1 && op[0] == '\\') return op.substr(1);
  return op;
}

void Printer::string_literal(const std::string& s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\f': out += "\\f"; break;
      default: out += c;
    }
  }
  out += '"';
}

void Printer::binder(const Binder& b) {
  std::string names;
  if (b.tuple) names += "<<";
  for (size_t i = 0; i < b.names.size(); ++i) {
    if (i) names += ' ';
    names += b.names[i].name;
  }
  if (b.tuple) names += ">>";
  if (!b.domain) {
    out += names;
    return;
  }
  open("in ");
  out += names;
  space();
  expr(*b.domain);
  out += ')';
}

void Printer::segment(const NameSegment& s) {
  if (!s.has_parens) {
    out += s.name;
    return;
  }
  open(s.name);
  args(s.args);
  out += ')';
}

void Printer::params(const std::vector<OpParam>& ps) {
  out += '(';
  for (size_t i = 0; i < ps.size(); ++i) {
    if (i) space();
    out += ps[i].name;
    if (ps[i].arity > 0) out += "/" + std::to_string(ps[i].arity);
  }
  out += ')';
}

void Printer::expr(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Number: out += e.str; return;
    case ExprKind::String: string_literal(e.str); return;
    case ExprKind::Bool: out += e.num ? "TRUE" : "FALSE"; return;
    case ExprKind::At: out += '@'; return;
    case ExprKind::Name:
      if (e.segments.size() == 1) { segment(e.segments[0]); return; }
      open("!");
      for (const auto& s : e.segments) { space(); segment(s); }
      out += ')';
      return;
    case ExprKind::OpApp: open(op_name(e.op)); args(e.args); break;
    case ExprKind::And: open(e.bulleted ? "/\\" : "and"); args(e.args); break;
    case ExprKind::Or: open(e.bulleted ? "\\/" : "or"); args(e.args); break;
    case ExprKind::Forall: open("A"); binders(e.binders); args(e.args); break;
    case ExprKind::Exists: open("E"); binders(e.binders); args(e.args); break;
    case ExprKind::TemporalForall: open("AA"); binders(e.binders); args(e.args); break;
    case ExprKind::TemporalExists: open("EE"); binders(e.binders); args(e.args); break;
    case ExprKind::Choose: open("CHOOSE"); binders(e.binders); args(e.args); break;
    case ExprKind::SetEnum: open("set"); args(e.args); break;
    case ExprKind::SetFilter: open("filter"); binders(e.binders); args(e.args); break;
    case ExprKind::SetMap: open("map"); args(e.args); binders(e.binders); break;
    case ExprKind::FuncCons: open("fn"); binders(e.binders); args(e.args); break;
    case ExprKind::FuncSet: open("->"); args(e.args); break;
    case ExprKind::FuncApp: open("app"); args(e.args); break;
    case ExprKind::RecordCons:
    case ExprKind::RecordSet:
      open(e.kind == ExprKind::RecordCons ? "record" : "recset");
      for (size_t i = 0; i < e.fields.size() && i < e.args.size(); ++i) {
        space();
        open(e.fields[i]);
        space();
        expr(*e.args[i]);
        out += ')';
      }
      break;
    case ExprKind::FieldAccess:
      open(". ");
      if (!e.args.empty()) expr(*e.args[0]);
      for (const auto& f : e.fields) { space(); out += f; }
      break;
    case ExprKind::Except:
      open("except");
      args(e.args);
      for (const auto& u : e.updates) {
        out += " (!";
        for (const auto& step : u.path) {
          space();
          if (step.field) {
            out += '.' + *step.field;
          } else {
            out += '[';
            for (size_t i = 0; i < step.index.size(); ++i) {
              if (i) space();
              expr(*step.index[i]);
            }
            out += ']';
          }
        }
        space();
        if (u.value) expr(*u.value);
        out += ')';
      }
      break;
    case ExprKind::Tuple: open("tuple"); args(e.args); break;
    case ExprKind::Times: open("X"); args(e.args); break;
    case ExprKind::If: open("if"); args(e.args); break;
    case ExprKind::Case:
      open("case");
      for (const auto& arm : e.arms) {
        out += " (-> ";
        expr(*arm.guard);
        space();
        expr(*arm.value);
        out += ')';
      }
      if (!e.args.empty()) { out += " (other "; expr(*e.args[0]); out += ')'; }
      break;
    case ExprKind::Let:
      open("let (");
      for (size_t i = 0; i < e.defs.size(); ++i) {
        if (i) space();
        def(*e.defs[i]);
      }
      out += ')';
      args(e.args);
      break;
    case ExprKind::Lambda: open("lambda "); params(e.params); args(e.args); break;
    case ExprKind::Label:
      open(":: ");
      out += e.op;
      if (!e.params.empty()) { space(); params(e.params); }
      args(e.args);
      break;
    case ExprKind::BoxAction: open("[]_"); args(e.args); break;
    case ExprKind::AngleAction: open("<>_"); args(e.args); break;
    case ExprKind::WeakFair: open("WF"); args(e.args); break;
    case ExprKind::StrongFair: open("SF"); args(e.args); break;
  }
  out += ')';
}

void Printer::instance(const InstanceDecl& in) {
  open("instance ");
  out += in.module_name;
  for (const auto& s : in.with) {
    out += " (<- " + s.name + ' ';
    if (s.value) expr(*s.value);
    out += ')';
  }
  out += ')';
}

void Printer::def(const OpDef& d) {
  if (d.local) open("local ");
  if (d.is_function) {
    open("fndef ");
    out += d.name;
    out += " (";
    for (size_t i = 0; i < d.fn_binders.size(); ++i) {
      if (i) space();
      binder(d.fn_binders[i]);
    }
    out += ')';
  } else {
    open(d.recursive ? "def* " : "def ");
    out += d.name;
    space();
    params(d.params);
  }
  space();
  if (d.instance) instance(*d.instance);
  else if (d.body) expr(*d.body);
  else out += "<null>";
  out += ')';
  if (d.local) out += ')';
}

void Printer::unit(const Unit& u) {
  if (auto* c = std::get_if<ConstantDecl>(&u)) {
    out += "(constant " + c->name;
    if (c->arity) out += "/" + std::to_string(c->arity);
    out += ')';
  } else if (auto* v = std::get_if<VariableDecl>(&u)) {
    out += "(variable " + v->name + ')';
  } else if (auto* r = std::get_if<RecursiveDecl>(&u)) {
    out += "(recursive " + r->name + "/" + std::to_string(r->arity) + ')';
  } else if (auto* d = std::get_if<std::unique_ptr<OpDef>>(&u)) {
    def(**d);
  } else if (auto* i = std::get_if<std::unique_ptr<InstanceDecl>>(&u)) {
    if ((*i)->local) open("local ");
    instance(**i);
    if ((*i)->local) out += ')';
  } else if (auto* a = std::get_if<Assumption>(&u)) {
    open("assume");
    if (a->name) out += ' ' + *a->name;
    if (a->body) { space(); expr(*a->body); }
    out += ')';
  } else if (auto* t = std::get_if<Theorem>(&u)) {
    open("theorem");
    if (t->name) out += ' ' + *t->name;
    space();
    if (t->body) expr(*t->body); else out += "assume-prove";
    out += ')';
  } else if (auto* m = std::get_if<std::unique_ptr<Module>>(&u)) {
    module(**m);
  }
}

void Printer::module(const Module& m) {
  open("module ");
  out += m.name;
  if (!m.extends.empty()) {
    out += " (extends";
    for (const auto& e : m.extends) out += ' ' + e;
    out += ')';
  }
  for (const auto& u : m.units) {
    space();
    unit(u);
  }
  out += ')';
}

}  // namespace

std::string to_sexpr(const Expr& e) {
  Printer p;
  p.expr(e);
  return p.out;
}

std::string to_sexpr(const OpDef& d) {
  Printer p;
  p.def(d);
  return p.out;
}

std::string to_sexpr(const Module& m) {
  Printer p;
  p.module(m);
  return p.out;
}

}  // namespace tlatrace::ast
