#include "evaluator/core/membership.hpp"

namespace tlatrace::eval {

bool member(const Value& elem, const Value& set) {
  if (set.tag() != Tag::LazySet) return is_member(elem, set);
  const LazySetObj& obj = set.as_lazy_obj();
  switch (obj.kind) {
    case LazyKind::FcnSet: {
      if (!elem.is_function()) return is_member(elem, set);  // the value layer's message
      const FcnObj& f = elem.as_fcn_obj();
      if (!equal(domain(elem), obj.args[0])) return false;
      for (const Value& v : f.rng)
        if (!member(v, obj.args[1])) return false;
      return true;
    }
    case LazyKind::Seq: {
      if (!elem.is_function() || !is_sequence(elem)) return is_member(elem, set);
      for (const Value& v : elem.as_fcn_obj().rng)
        if (!member(v, obj.args[0])) return false;
      return true;
    }
    case LazyKind::RcdSet: {
      if (!elem.is_function()) return is_member(elem, set);
      const FcnObj& f = elem.as_fcn_obj();
      if (f.seq || f.size() != obj.names.size()) return f.seq && f.size() == 0 && obj.names.empty();
      for (size_t i = 0; i < obj.names.size(); ++i) {
        const Value* v = try_apply(elem, Value::string(obj.names[i]));
        if (!v || !member(*v, obj.args[i])) return false;
      }
      return true;
    }
    case LazyKind::Product: {
      if (!elem.is_function()) return is_member(elem, set);
      const FcnObj& f = elem.as_fcn_obj();
      if (!f.seq || f.size() != obj.args.size()) return false;
      for (size_t i = 0; i < f.size(); ++i)
        if (!member(f.rng[i], obj.args[i])) return false;
      return true;
    }
    case LazyKind::Cup:
      return member(elem, obj.args[0]) || member(elem, obj.args[1]);
    case LazyKind::Cap:
      return member(elem, obj.args[0]) && member(elem, obj.args[1]);
    case LazyKind::Diff:
      return member(elem, obj.args[0]) && !member(elem, obj.args[1]);
    case LazyKind::Union: {
      bool found = false;
      for_each_element(obj.args[0], [&](const Value& s) {
        found = member(elem, s);
        return !found;
      });
      return found;
    }
    case LazyKind::Subset: {
      if (!elem.is_set()) return is_member(elem, set);
      bool all = true;
      for_each_element(elem, [&](const Value& e) {
        all = member(e, obj.args[0]);
        return all;
      });
      return all;
    }
    case LazyKind::Filter:
      return member(elem, obj.args[0]) && obj.filter->test(elem);
    default:
      return is_member(elem, set);
  }
}

}  // namespace tlatrace::eval
