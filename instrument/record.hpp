#pragma once
// TLATRACE_RECORD(Type, field1, field2, ...): makes a struct convertible by to_tla, as a TLA+
// record (a JSON object whose keys are the field names, in the order given):
//
//   namespace raft { struct Entry { int term; std::string value; }; TLATRACE_RECORD(Entry, term, value) }
//   to_tla_string(raft::Entry{2, "x"}) == R"({"term":2,"value":"x"})"
//
// Use it at namespace scope in the namespace that declares Type (the conversion is found by
// argument-dependent lookup). Fields must be accessible there; up to 64 fields.
#include "instrument/to_tla.hpp"

#define TLATRACE_DETAIL_PARENS ()
#define TLATRACE_DETAIL_EXPAND(...) \
  TLATRACE_DETAIL_EXPAND3(TLATRACE_DETAIL_EXPAND3(TLATRACE_DETAIL_EXPAND3(TLATRACE_DETAIL_EXPAND3(__VA_ARGS__))))
#define TLATRACE_DETAIL_EXPAND3(...) \
  TLATRACE_DETAIL_EXPAND2(TLATRACE_DETAIL_EXPAND2(TLATRACE_DETAIL_EXPAND2(TLATRACE_DETAIL_EXPAND2(__VA_ARGS__))))
#define TLATRACE_DETAIL_EXPAND2(...) \
  TLATRACE_DETAIL_EXPAND1(TLATRACE_DETAIL_EXPAND1(TLATRACE_DETAIL_EXPAND1(TLATRACE_DETAIL_EXPAND1(__VA_ARGS__))))
#define TLATRACE_DETAIL_EXPAND1(...) __VA_ARGS__

// Applies macro(x) to every further argument.
#define TLATRACE_DETAIL_FOR_EACH(macro, ...) \
  __VA_OPT__(TLATRACE_DETAIL_EXPAND(TLATRACE_DETAIL_FOR_EACH_STEP(macro, __VA_ARGS__)))
#define TLATRACE_DETAIL_FOR_EACH_STEP(macro, first, ...) \
  macro(first) __VA_OPT__(TLATRACE_DETAIL_FOR_EACH_AGAIN TLATRACE_DETAIL_PARENS(macro, __VA_ARGS__))
#define TLATRACE_DETAIL_FOR_EACH_AGAIN() TLATRACE_DETAIL_FOR_EACH_STEP

#define TLATRACE_DETAIL_RECORD_FIELD(field)                      \
  tlatrace_out.key(#field, tlatrace_first);                      \
  ::tlatrace::instrument::to_tla(tlatrace_out, tlatrace_value.field);

/// Defines the to_tla conversion of `Type` as a record of the listed fields.
#define TLATRACE_RECORD(Type, ...)                                                                  \
  [[maybe_unused]] inline void tlatrace_to_tla(::tlatrace::instrument::JsonOut& tlatrace_out,       \
                                               const Type& tlatrace_value) {                        \
    [[maybe_unused]] bool tlatrace_first = true;                                                    \
    (void)tlatrace_value;                                                                           \
    tlatrace_out.raw('{');                                                                          \
    TLATRACE_DETAIL_FOR_EACH(TLATRACE_DETAIL_RECORD_FIELD, __VA_ARGS__)                             \
    tlatrace_out.raw('}');                                                                          \
  }
