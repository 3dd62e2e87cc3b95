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
    using K = ast::Ref::Kind;
    auto kind = static_cast<K>(ka);
    if (ka != kb) return false;
    // Slots compare by index; a CONSTANT or VARIABLE by its name, which the equal text already
    // compared (the two modules' declarations differ, and an INSTANCE substitutes one for the
    // other); a recursive definition's call to itself is the same call in both.
    if (kind == K::Parameter || kind == K::Bound) {
      if (ia != ib) return false;
      continue;
    }
    if (kind == K::Constant || kind == K::Variable) continue;
    if (ta == &a && tb == &b) continue;
    // A LET definition inside each (no module of its own): the equal text makes them correspond.
    if (kind == K::Definition && ta && tb && !static_cast<const ast::OpDef*>(ta)->module &&
        !static_cast<const ast::OpDef*>(tb)->module)
      continue;
    if (ta != tb) return false;
    (void)ma;
    (void)mb;
  }
  return ra.size() == rb.size();
}

}  // namespace tlatrace::resolve
