#pragma once
// Printing values exactly as TLC prints them (tlc2.value.impl.*Value.toString with TLC's default
// TLCGlobals.expand = true):
//   TRUE  42  "a\"b"  m1 (model values bare)  {1, 2}  {}  1..3  <<1, 2>>  <<>>
//   [a |-> 1, b |-> 2]          a function whose domain is all strings that are TLA+ names
//   (0 :> "x" @@ 2 :> "y")      any other function; a function over 1..n prints as a tuple
//   Nat  Int  STRING  Seq(S)
//   SUBSET S     enumerated when |S| < 7, else "SUBSET S" ("SUBSET (1..8)" around an interval)
//   [S -> T], [a: S], (S \X T)   enumerated when they have fewer than 2000 elements
//   S \cup T, S \cap T, S \ T, UNION(S), set filters: enumerated when possible
// Elements, fields and domains appear in the canonical order (compare.hpp).
#include <string>

#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

/// The TLC rendering of `v`.
std::string to_tla_string(const Value& v);
/// Appends the TLC rendering of `v` to `out`.
void print_value(std::string& out, const Value& v);
/// The TLA+ string literal for `text` with TLC's escapes (\" \\ \t \n \f \r).
std::string quote_string(const std::string& text);
/// TLC's test for a record field name that prints as `name |-> ...` (FcnRcdValue.isName).
bool is_record_field_name(const std::string& name);

}  // namespace tlatrace::eval
