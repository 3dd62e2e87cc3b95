#pragma once
// `x \in S` for the evaluator. Delegates to the value layer's is_member, except for the lazy
// function, record, product and sequence sets, whose membership is decided here element by
// element (the value layer's test of a function set whose domain is an interval other than
// 1..n answers FALSE for a function such as [i \in 0..1 |-> TRUE]; see the evaluator report).
#include "evaluator/value/values.hpp"

namespace tlatrace::eval {

/// member's cases other than an integer in an interval.
bool member_other(const Value& elem, const Value& set);

/// elem \in set, with TLC's semantics. An integer in an interval (`clock[p] \in 0..maxClock`,
/// the range of `req \in [Proc -> [Proc -> Nat]]`) is tested inline.
inline bool member(const Value& elem, const Value& set) {
  if (set.tag() == Tag::Interval && elem.is_int()) {
    const IntervalObj& iv = *static_cast<const IntervalObj*>(set.raw_heap());
    return iv.lo <= elem.raw_int() && elem.raw_int() <= iv.hi;
  }
  return member_other(elem, set);
}

}  // namespace tlatrace::eval
