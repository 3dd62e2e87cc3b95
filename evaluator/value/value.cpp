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

SetObj* SetObj::create(size_t n) {
  if (n > UINT32_MAX) throw EvalError("A set with more than 2^32 elements cannot be built.");
  void* mem = ::operator new(sizeof(SetObj) + n * sizeof(Value));
  auto* obj = new (mem) SetObj(static_cast<uint32_t>(n));
  Value* slot = obj->slots();
  for (size_t i = 0; i < n; ++i) new (slot + i) Value();
  return obj;
}

SetObj::~SetObj() {
  delete[] sym_cache.load(std::memory_order_relaxed);
  Value* slot = slots();
  for (size_t i = 0; i < n_; ++i) slot[i].~Value();
}

FcnObj* FcnObj::create(bool seq, size_t n) {
  if (n > UINT32_MAX) throw EvalError("A function with more than 2^32 arguments cannot be built.");
  const size_t values = seq ? n : 2 * n;
  void* mem = ::operator new(sizeof(FcnObj) + values * sizeof(Value));
  auto* obj = new (mem) FcnObj(seq, static_cast<uint32_t>(n));
  Value* slot = obj->slots();
  for (size_t i = 0; i < values; ++i) new (slot + i) Value();
  return obj;
}

FcnObj::~FcnObj() {
  delete[] sym_cache.load(std::memory_order_relaxed);
  Value* slot = slots();
  for (size_t i = 0, values = seq ? n_ : 2 * size_t{n_}; i < values; ++i) slot[i].~Value();
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
