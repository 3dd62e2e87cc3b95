#include "evaluator/value/value.hpp"

#include "evaluator/value/heap.hpp"

#include <new>

namespace tlatrace::eval {

std::atomic<bool> detail::plain_refs{false};

Value Value::string(std::string_view text) { return string(intern(text)); }

Value Value::model(std::string_view name) {
  Value v;
  v.tag_ = Tag::Model;
  v.payload_.atom = intern(name);
  return v;
}

namespace {

/// Memory for a heap object of `object_size` bytes followed by `values` undefined Values.
void* allocate_with_values(size_t object_size, size_t values) {
  void* mem = ::operator new(object_size + values * sizeof(Value));
  Value* slot = reinterpret_cast<Value*>(static_cast<char*>(mem) + object_size);
  for (size_t i = 0; i < values; ++i) new (slot + i) Value();
  return mem;
}

void destroy_values(Value* slot, size_t values) {
  for (size_t i = 0; i < values; ++i) slot[i].~Value();
}

uint32_t checked_count(size_t n, const char* what) {
  if (n > INT32_MAX) throw EvalError(std::string("A ") + what + " with 2^31 elements or more cannot be built.");
  return static_cast<uint32_t>(n);
}

}  // namespace

SetObj* SetObj::create(size_t n) {
  const uint32_t count = checked_count(n, "set");
  return new (allocate_with_values(sizeof(SetObj), n)) SetObj(count);
}

SetObj::~SetObj() {
  delete[] sym_cache.load(std::memory_order_relaxed);
  destroy_values(slots(), n_);
}

FcnObj* FcnObj::create(bool seq, size_t n) {
  const uint32_t count = checked_count(n, "function");
  return new (allocate_with_values(sizeof(FcnObj), seq ? n : 2 * n)) FcnObj(seq, count);
}

FcnObj::~FcnObj() {
  delete[] sym_cache.load(std::memory_order_relaxed);
  destroy_values(slots(), seq() ? size() : 2 * size());
}

const char* kind_description(const Value& v) {
  switch (v.kind()) {
    case Kind::None: return "an undefined value";
    case Kind::ModelValue: return "a model value";
    case Kind::Bool: return "a boolean";
    case Kind::Int: return "an integer";
    case Kind::String: return "a string";
    case Kind::Set: return "a set";
    case Kind::Function: return "a function";
  }
  return "a value";
}

void detail::wrong_type(const Value& v, const char* expected) {
  throw EvalError(std::string("Expected ") + expected + " but found " + kind_description(v) + ".");
}

bool Value::as_bool() const {
  if (tag_ != Tag::Bool) detail::wrong_type(*this, "a boolean");
  return payload_.b;
}

int64_t Value::as_int() const {
  if (tag_ != Tag::Int) detail::wrong_type(*this, "an integer");
  return payload_.i;
}

const Atom* Value::as_atom() const {
  if (tag_ != Tag::String && tag_ != Tag::Model) detail::wrong_type(*this, "a string");
  return payload_.atom;
}

}  // namespace tlatrace::eval
