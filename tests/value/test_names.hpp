#pragma once
// Strings and model values are ordered by first interning (as TLC orders them by UniqueString
// token). Every test calls intern_test_names() first so the names it uses have a fixed order
// whatever subset of tests runs: "a" < "b" < ... < "z", then m1 < m2 < m3, then the rest.
#include <string>

#include "evaluator/value/values.hpp"

namespace value_test {

inline void intern_test_names() {
  static const bool done = [] {
    for (char c = 'a'; c <= 'z'; ++c) tlatrace::eval::intern(std::string(1, c));
    for (const char* n : {"m1", "m2", "m3", "x_1", "x_2", "y_1", "foo", "bar"}) {
      tlatrace::eval::intern(n);
    }
    return true;
  }();
  (void)done;
}

using tlatrace::eval::Value;
inline Value I(int64_t i) { return Value::integer(i); }
inline Value S(const char* s) { return Value::string(s); }
inline Value B(bool b) { return Value::boolean(b); }
inline Value M(const char* name) { return Value::model(name); }

inline std::string error_of(auto&& fn) {
  try {
    fn();
  } catch (const tlatrace::eval::EvalError& e) {
    return e.what();
  }
  return "<no error>";
}

}  // namespace value_test
