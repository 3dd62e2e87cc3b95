#pragma once
// The TLA+ value: one 16-byte handle (tag + payload) for every value TLC knows.
//   Bool, Int (int64, inline)           String, ModelValue (pointer to an immortal Atom)
//   Set      (sorted, duplicate-free vector: the canonical form of a finite set)
//   Interval (a..b, kept lazy: TLC prints it as "a..b")
//   LazySet  (Nat, Int, STRING, SUBSET S, [S -> T], [a : S], Seq(S), S \X T, \cup, \cap, \,
//             UNION S, {x \in S : P}): tested for membership and counted without being built)
//   Function (sorted domain + parallel range; records, tuples and sequences are functions)
// Composite payloads are immutable, reference-counted heap objects, so copies are cheap and
// values can be shared between threads.
//
// Every operation lives in this folder: compare.hpp (equality and the total order),
// fingerprint.hpp, print.hpp, int_ops.hpp, set_ops.hpp, enumerate.hpp, fcn_ops.hpp, json.hpp.
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "evaluator/value/atom.hpp"
#include "evaluator/value/eval_error.hpp"

namespace tlatrace::eval {

/// How a value is stored.
enum class Tag : uint8_t { None, Bool, Int, String, Model, Set, Interval, LazySet, Function };

/// What a value is, in the rank order used by the total order (see compare.hpp).
enum class Kind : uint8_t { None, ModelValue, Bool, Int, String, Set, Function };

/// Base of every heap payload: an intrusive, thread-safe reference count.
struct HeapObj {
  mutable std::atomic<uint32_t> refs{0};
  virtual ~HeapObj() = default;
};

namespace detail {
extern std::atomic<bool> plain_refs;
}  // namespace detail

/// TRUE while reference counts are updated with plain loads and stores instead of locked
/// read-modify-writes (see SingleThreadedValues).
inline bool plain_refs() noexcept { return detail::plain_refs.load(std::memory_order_relaxed); }

/// While one lives, reference counts are plain loads and stores (a locked read-modify-write costs
/// ~20 cycles and is done on every copy of a value). Only for a program that knows exactly one
/// thread uses values meanwhile, e.g. the checker running its one worker on the calling thread
/// (CheckOptions::sole_thread). Not nested; created and destroyed by that one thread.
class SingleThreadedValues {
 public:
  explicit SingleThreadedValues(bool on) noexcept : on_(on) {
    if (on_) detail::plain_refs.store(true, std::memory_order_relaxed);
  }
  ~SingleThreadedValues() {
    if (on_) detail::plain_refs.store(false, std::memory_order_relaxed);
  }
  SingleThreadedValues(const SingleThreadedValues&) = delete;
  SingleThreadedValues& operator=(const SingleThreadedValues&) = delete;

 private:
  bool on_;
};

struct SetObj;
struct IntervalObj;
struct LazySetObj;
struct FcnObj;

/// The value handle: 16 bytes, immutable, cheap to copy.
class Value {
 public:
  Value() noexcept : tag_(Tag::None) { payload_.i = 0; }
  Value(const Value& other) noexcept : tag_(other.tag_), payload_(other.payload_) { retain(); }
  Value(Value&& other) noexcept : tag_(other.tag_), payload_(other.payload_) {
    other.tag_ = Tag::None;
  }
  Value& operator=(const Value& other) noexcept {
    Value copy(other);
    swap(copy);
    return *this;
  }
  Value& operator=(Value&& other) noexcept {
    Value moved(std::move(other));
    swap(moved);
    return *this;
  }
  ~Value() { release(); }
  void swap(Value& other) noexcept {
    std::swap(tag_, other.tag_);
    std::swap(payload_, other.payload_);
  }

  /// TRUE / FALSE.
  static Value boolean(bool b) noexcept {
    Value v;
    v.tag_ = Tag::Bool;
    v.payload_.i = 0;
    v.payload_.b = b;
    return v;
  }
  /// An integer.
  static Value integer(int64_t i) noexcept {
    Value v;
    v.tag_ = Tag::Int;
    v.payload_.i = i;
    return v;
  }
  /// A string (interned).
  static Value string(std::string_view text);
  static Value string(const Atom* atom) noexcept {
    Value v;
    v.tag_ = Tag::String;
    v.payload_.atom = atom;
    return v;
  }
  /// A model value named `name` (TLC: typed when the name is "x_..." with length > 2).
  static Value model(std::string_view name);
  /// Wraps a freshly built heap object (takes the first reference).
  static Value from_heap(Tag tag, const HeapObj* obj) noexcept {
    Value v;
    v.tag_ = tag;
    v.payload_.heap = obj;
    obj->refs.store(1, std::memory_order_relaxed);  // no other thread sees a fresh object
    return v;
  }

  Tag tag() const noexcept { return tag_; }
  Kind kind() const noexcept {
    switch (tag_) {
      case Tag::None: return Kind::None;
      case Tag::Bool: return Kind::Bool;
      case Tag::Int: return Kind::Int;
      case Tag::String: return Kind::String;
      case Tag::Model: return Kind::ModelValue;
      case Tag::Set:
      case Tag::Interval:
      case Tag::LazySet: return Kind::Set;
      case Tag::Function: return Kind::Function;
    }
    return Kind::None;
  }
  bool is_none() const noexcept { return tag_ == Tag::None; }
  bool is_bool() const noexcept { return tag_ == Tag::Bool; }
  bool is_int() const noexcept { return tag_ == Tag::Int; }
  bool is_string() const noexcept { return tag_ == Tag::String; }
  bool is_model() const noexcept { return tag_ == Tag::Model; }
  /// Any set representation (enumerated, interval or lazy).
  bool is_set() const noexcept {
    return tag_ == Tag::Set || tag_ == Tag::Interval || tag_ == Tag::LazySet;
  }
  bool is_function() const noexcept { return tag_ == Tag::Function; }

  /// Payload accessors; each throws EvalError naming the expected type when the tag differs.
  bool as_bool() const;
  int64_t as_int() const;
  const Atom* as_atom() const;  // strings and model values
  // The composite payloads' accessors are inline (heap.hpp): f[a] reads one per application.
  inline const SetObj& as_set_obj() const;
  inline const IntervalObj& as_interval_obj() const;
  inline const LazySetObj& as_lazy_obj() const;
  inline const FcnObj& as_fcn_obj() const;

  /// Raw payload access without checks (callers have checked the tag).
  bool raw_bool() const noexcept { return payload_.b; }
  int64_t raw_int() const noexcept { return payload_.i; }
  const Atom* raw_atom() const noexcept { return payload_.atom; }
  const HeapObj* raw_heap() const noexcept { return payload_.heap; }
  /// The same handle (same tag and payload): then the values are equal. Equal values built
  /// separately are usually not identical.
  bool identical(const Value& o) const noexcept { return tag_ == o.tag_ && payload_.i == o.payload_.i; }

 private:
  bool has_heap() const noexcept { return tag_ >= Tag::Set; }
  void retain() const noexcept {
    if (!has_heap()) return;
    std::atomic<uint32_t>& refs = payload_.heap->refs;
    if (plain_refs())
      refs.store(refs.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    else
      refs.fetch_add(1, std::memory_order_relaxed);
  }
  void release() noexcept {
    if (!has_heap()) return;
    std::atomic<uint32_t>& refs = payload_.heap->refs;
    if (plain_refs()) {
      uint32_t n = refs.load(std::memory_order_relaxed);
      if (n != 1) {
        refs.store(n - 1, std::memory_order_relaxed);
        return;
      }
    } else if (refs.fetch_sub(1, std::memory_order_acq_rel) != 1) {
      return;
    }
    delete payload_.heap;
  }

  Tag tag_;
  union Payload {
    bool b;
    int64_t i;
    const Atom* atom;
    const HeapObj* heap;
  } payload_;
};

static_assert(sizeof(Value) == 16, "Value must stay a 16-byte handle");

/// Short, human-readable name of a value's type for error messages ("an integer", "a set"...).
const char* kind_description(const Value& v);

namespace detail {
/// The accessors' error: `v` is not `expected` ("an enumerated set").
[[noreturn, gnu::cold]] void wrong_type(const Value& v, const char* expected);
}  // namespace detail

}  // namespace tlatrace::eval

#include "evaluator/value/heap.hpp"  // the payloads, for the inline accessors
