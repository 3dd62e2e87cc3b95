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
