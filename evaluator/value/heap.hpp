#pragma once
// The heap payloads behind composite values. All are immutable once wrapped in a Value; the only
// mutable members are caches (fingerprint, materialized lazy set) filled in a thread-safe way.
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

/// A finite set in canonical form, in one allocation: the object, then its elements sorted by
/// the total order, no duplicates.
struct SetObj final : HeapObj {
  /// A new object with room for `n` elements, each the undefined Value: wrap it in a Value
  /// (Value::from_heap) before filling the slots, so an exception thrown meanwhile frees it.
  /// The undefined Value owns nothing: a slot may be filled by construction over it
  /// (std::uninitialized_copy), as by assignment.
  static SetObj* create(size_t n);
  ~SetObj() override;
  // The deleting destructor frees what create() allocated (its size is not sizeof(SetObj)).
  static void operator delete(void* p) { ::operator delete(p); }

 private:
  uint32_t n_;  // first: it fills HeapObj's tail padding, so the header is 32 bytes

 public:
  mutable std::atomic<uint64_t> fp_cache{0};  // 0 = not computed yet
  mutable std::atomic<const uint64_t*> sym_cache{nullptr};  // SYMMETRY image hashes (checker/symmetry.cpp)

  size_t size() const { return n_; }
  std::span<const Value> elems() const { return {slots(), n_}; }
  /// The slots of an object being built (see create).
  Value* elem_slots() { return slots(); }

 private:
  explicit SetObj(uint32_t n) : n_(n) {}
  Value* slots() const {
    return reinterpret_cast<Value*>(const_cast<char*>(reinterpret_cast<const char*>(this) + sizeof(SetObj)));
  }
};
static_assert(sizeof(SetObj) % alignof(Value) == 0, "SetObj's Values follow it in memory");
static_assert(sizeof(SetObj) <= 32, "SetObj's header fits half a cache line");

/// The integer interval lo..hi with lo <= hi (an empty interval is the empty Set instead).
struct IntervalObj final : HeapObj {
  int64_t lo = 0;
  int64_t hi = 0;
};

/// A function in canonical form, in one allocation: the object, then its Values. When `seq` is
/// true the domain is 1..size() and only the results are stored (tuples, sequences, and every
/// function whose domain is exactly 1..n, including the empty function <<>>); otherwise the
/// domain, sorted by the total order, is stored first and the parallel results after it.
struct FcnObj final : HeapObj {
  /// A new object with room for `n` results (and `n` domain elements unless `seq`), every slot
  /// the undefined Value: wrap it in a Value (Value::from_heap) before filling the slots, so an
  /// exception thrown meanwhile frees it. A slot may be filled by construction over it, as
  /// SetObj's.
  static FcnObj* create(bool seq, size_t n);
  ~FcnObj() override;
  // The deleting destructor frees what create() allocated (its size is not sizeof(FcnObj)).
  static void operator delete(void* p) { ::operator delete(p); }

 private:
  // The size, and the seq form in the top bit; first: it fills HeapObj's tail padding, so the
  // header is 32 bytes (a 3-field record is then 128 bytes, two cache lines).
  uint32_t bits_;
  static constexpr uint32_t kSeqBit = 0x80000000u;

 public:
  mutable std::atomic<uint64_t> fp_cache{0};
  mutable std::atomic<const uint64_t*> sym_cache{nullptr};  // SYMMETRY image hashes (checker/symmetry.cpp)

  /// In seq form: the domain is 1..size() and only the results are stored.
  bool seq() const { return (bits_ & kSeqBit) != 0; }
  size_t size() const { return bits_ & ~kSeqBit; }
  /// The sorted domain (empty in seq form).
  std::span<const Value> dom() const { return {slots(), seq() ? 0 : size()}; }
  /// The results, parallel to dom() (in seq form, the i-th is the result at i + 1).
  std::span<const Value> rng() const { return {slots() + (seq() ? 0 : size()), size()}; }
  /// The slots of an object being built (see create).
  Value* dom_slots() { return slots(); }
  Value* rng_slots() { return slots() + (seq() ? 0 : size()); }

 private:
  FcnObj(bool is_seq, uint32_t n) : bits_(n | (is_seq ? kSeqBit : 0)) {}
  Value* slots() const {
    return reinterpret_cast<Value*>(const_cast<char*>(reinterpret_cast<const char*>(this) + sizeof(FcnObj)));
  }
};
static_assert(sizeof(FcnObj) % alignof(Value) == 0, "FcnObj's Values follow it in memory");
static_assert(sizeof(FcnObj) <= 32, "FcnObj's header fits half a cache line");

/// The predicate of a lazy set filter {x \in S : P(x)}; supplied by the evaluator.
class SetFilter {
 public:
  virtual ~SetFilter() = default;
  /// TRUE when `elem` (already known to be in the base set) satisfies the predicate.
  virtual bool test(const Value& elem) const = 0;
  /// How TLC prints the set when it cannot be enumerated, e.g. "{x \\in Nat : <expression ...> }".
  virtual std::string describe(const Value& base) const = 0;
};

/// Which lazy set a LazySetObj stands for.
enum class LazyKind : uint8_t {
  Nat,       // Nat
  Int,       // Int
  String,    // STRING
  Subset,    // SUBSET args[0]
  FcnSet,    // [args[0] -> args[1]]
  RcdSet,    // [names[i] : args[i]], names sorted by atom token
  Seq,       // Seq(args[0])
  Product,   // args[0] \X args[1] \X ...
  Cup,       // args[0] \cup args[1]
  Cap,       // args[0] \cap args[1]
  Diff,      // args[0] \ args[1]
  Union,     // UNION args[0]
  Filter,    // {x \in args[0] : filter}
};

/// A set represented by its definition rather than its elements.
struct LazySetObj final : HeapObj {
  LazyKind kind = LazyKind::Nat;
  std::vector<Value> args;
  std::vector<const Atom*> names;
  std::shared_ptr<const SetFilter> filter;
  // Cache of the canonical enumerated form (filled at most once, on demand).
  mutable std::once_flag materialize_once;
  mutable Value materialized;
};

inline const SetObj& Value::as_set_obj() const {
  if (tag_ != Tag::Set) detail::wrong_type(*this, "an enumerated set");
  return static_cast<const SetObj&>(*payload_.heap);
}

inline const IntervalObj& Value::as_interval_obj() const {
  if (tag_ != Tag::Interval) detail::wrong_type(*this, "an interval");
  return static_cast<const IntervalObj&>(*payload_.heap);
}

inline const LazySetObj& Value::as_lazy_obj() const {
  if (tag_ != Tag::LazySet) detail::wrong_type(*this, "a lazy set");
  return static_cast<const LazySetObj&>(*payload_.heap);
}

inline const FcnObj& Value::as_fcn_obj() const {
  if (tag_ != Tag::Function) detail::wrong_type(*this, "a function");
  return static_cast<const FcnObj&>(*payload_.heap);
}

}  // namespace tlatrace::eval
