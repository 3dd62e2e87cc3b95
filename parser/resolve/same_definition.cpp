#include "parser/resolve/same_definition.hpp"

#include <tuple>
#include <vector>

#include "parser/ast/print.hpp"

namespace tlatrace::resolve {
namespace {

using RefKey = std::tuple<int, int32_t, const void*, const void*>;

// Every resolved reference of an expression tree, in a fixed walk order.
void collect(const ast::Expr* e, std::vector<RefKey>& out);

void collect_binders(const std::vector<ast::Binder>& bs, std::vector<RefKey>& out) {
  for (const auto& b : bs) collect(b.domain.get(), out);
}

void collect(const ast::Expr* e, std::vector<RefKey>& out) {
  if (!e) return;
  const void* target = e->ref.def ? static_cast<const void*>(e->ref.def) : static_cast<const void*>(e->ref.formula);
  out.emplace_back(static_cast<int>(e->ref.kind), e->ref.index, target, e->ref.module);
  for (const auto& seg : e->segments) {
    out.emplace_back(static_cast<int>(seg.ref.kind), seg.ref.index, seg.ref.def, seg.ref.module);
    for (const auto& a : seg.args) collect(a.get(), out);
  }
  collect_binders(e->binders, out);
  for (const auto& a : e->args) collect(a.get(), out);
  for (const auto& u : e->updates) {
    for (const auto& step : u.path)
      for (const auto& i : step.index) collect(i.get(), out);
    collect(u.value.get(), out);
  }
  for (const auto& arm : e->arms) {
    collect(arm.guard.get(), out);
    collect(arm.value.get(), out);
  }
  for (const auto& d : e->defs) {
    if (!d) continue;
    collect_binders(d->fn_binders, out);
    collect(d->body.get(), out);
  }
}

std::vector<RefKey> refs_of(const ast::OpDef& d) {
  std::vector<RefKey> out;
  collect_binders(d.fn_binders, out);
  collect(d.body.get(), out);
  return out;
}

}  // namespace

bool same_definition(const ast::OpDef& a, const ast::OpDef& b) {
  if (!a.body || !b.body || a.params.size() != b.params.size() || a.is_function != b.is_function) return false;
  if (ast::to_sexpr(a) != ast::to_sexpr(b)) return false;
  // Same text; parameters and bound names are slots, so they compare by index. A name that
  // resolved to two different definitions (e.g. a LOCAL helper of each module) differs.
  auto ra = refs_of(a), rb = refs_of(b);
  for (size_t i = 0; i < ra.size() && i < rb.size(); ++i) {
    auto& [ka, ia, ta, ma] = ra[i];
    auto& [kb, ib, tb, mb] = rb[i];
    bool slot = ka == static_cast<int>(ast::Ref::Kind::Parameter) || ka == static_cast<int>(ast::Ref::Kind::Bound);
    if (ka != kb || ia != ib) return false;
    if (slot) continue;  // the parameter's own definition differs by construction
    if (ta != tb) return false;
    if (ka == static_cast<int>(ast::Ref::Kind::Constant) || ka == static_cast<int>(ast::Ref::Kind::Variable))
      if (ma != mb) return false;
  }
  return ra.size() == rb.size();
}

}  // namespace tlatrace::resolve
