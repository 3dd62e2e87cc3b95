#include "parser/syntax/ast_depth.hpp"

#include <utility>
#include <vector>

namespace tlatrace::syntax {
namespace {

using ast::Expr;
using ast::ExprPtr;

template <class F>
void for_each_def_child(ast::OpDef& d, F&& f) {
  if (d.body) f(d.body);
  for (auto& b : d.fn_binders)
    if (b.domain) f(b.domain);
  if (d.instance)
    for (auto& s : d.instance->with)
      if (s.value) f(s.value);
}

// Calls f(ExprPtr&) for every direct sub-expression of e.
template <class F>
void for_each_child(Expr& e, F&& f) {
  for (auto& a : e.args)
    if (a) f(a);
  for (auto& b : e.binders)
    if (b.domain) f(b.domain);
  for (auto& s : e.segments)
    for (auto& a : s.args)
      if (a) f(a);
  for (auto& u : e.updates) {
    for (auto& step : u.path)
      for (auto& i : step.index)
        if (i) f(i);
    if (u.value) f(u.value);
  }
  for (auto& arm : e.arms) {
    if (arm.guard) f(arm.guard);
    if (arm.value) f(arm.value);
  }
  for (auto& d : e.defs)
    if (d) for_each_def_child(*d, f);
}

template <class F>
void for_each_module_expr(ast::Module& m, F&& f) {
  for (auto& u : m.units) {
    if (auto* d = std::get_if<std::unique_ptr<ast::OpDef>>(&u)) {
      for_each_def_child(**d, f);
    } else if (auto* i = std::get_if<std::unique_ptr<ast::InstanceDecl>>(&u)) {
      for (auto& s : (*i)->with)
        if (s.value) f(s.value);
    } else if (auto* a = std::get_if<ast::Assumption>(&u)) {
      if (a->body) f(a->body);
    } else if (auto* t = std::get_if<ast::Theorem>(&u)) {
      if (t->body) f(t->body);
    } else if (auto* nested = std::get_if<std::unique_ptr<ast::Module>>(&u)) {
      for_each_module_expr(**nested, f);
    }
  }
}

}  // namespace

bool exceeds_depth(Expr& root, size_t limit) {
  std::vector<std::pair<Expr*, size_t>> work{{&root, 1}};
  while (!work.empty()) {
    Expr* e = work.back().first;
    size_t depth = work.back().second;
    work.pop_back();
    if (depth > limit) return true;
    for_each_child(*e, [&](ExprPtr& c) { work.emplace_back(c.get(), depth + 1); });
  }
  return false;
}

bool exceeds_depth(ast::Module& m, size_t limit) {
  bool deep = false;
  for_each_module_expr(m, [&](ExprPtr& e) { deep = deep || exceeds_depth(*e, limit); });
  return deep;
}

void destroy_iteratively(ExprPtr root) {
  std::vector<ExprPtr> work;
  work.push_back(std::move(root));
  while (!work.empty()) {
    ExprPtr e = std::move(work.back());
    work.pop_back();
    if (!e) continue;
    for_each_child(*e, [&](ExprPtr& c) { work.push_back(std::move(c)); });
  }
}

void destroy_iteratively(std::unique_ptr<ast::Module> m) {
  if (!m) return;
  for_each_module_expr(*m, [&](ExprPtr& e) { destroy_iteratively(std::move(e)); });
}

}  // namespace tlatrace::syntax
