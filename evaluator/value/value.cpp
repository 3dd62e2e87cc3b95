#include "evaluator/value/value.hpp"

#include "evaluator/value/heap.hpp"

namespace tlatrace::eval {

std::atomic<bool> detail::plain_refs{false};

Value Value::string(std::string_view text) { return string(intern(text)); }

Value Value::model(std::string_view name) {
  Value v;
  v.tag_ = Tag::Model;
  v.payload_.atom = intern(name);
  return v;
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

namespace {
[[noreturn]] void wrong_type(const Value& v, const char* expected) {
  throw EvalError(std::string("Expected ") + expected + " but found " + kind_description(v) + ".");
}
}  // namespace

bool Value::as_bool() const {
  if (tag_ != Tag::Bool) wrong_type(*this, "a boolean");
  return payload_.b;
}

int64_t Value::as_int() const {
  if (tag_ != Tag::Int) wrong_type(*this, "an integer");
  return payload_.i;
}

const Atom* Value::as_atom() const {
  if (tag_ != Tag::String && tag_ != Tag::Model) wrong_type(*this, "a string");
  return payload_.atom;
}

const SetObj& Value::as_set_obj() const {
  if (tag_ != Tag::Set) wrong_type(*this, "an enumerated set");
  return static_cast<const SetObj&>(*payload_.heap);
}

const IntervalObj& Value::as_interval_obj() const {
  if (tag_ != Tag::Interval) wrong_type(*this, "an interval");
  return static_cast<const IntervalObj&>(*payload_.heap);
}

const LazySetObj& Value::as_lazy_obj() const {
  if (tag_ != Tag::LazySet) wrong_type(*this, "a lazy set");
  return static_cast<const LazySetObj&>(*payload_.heap);
}

const FcnObj& Value::as_fcn_obj() const {
  if (tag_ != Tag::Function) wrong_type(*this, "a function");
  return static_cast<const FcnObj&>(*payload_.heap);
}

}  // namespace tlatrace::eval
