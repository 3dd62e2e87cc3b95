#pragma once
// The error every value operation throws on a semantic failure (type mismatch, argument outside
// a function's domain, integer overflow, enumerating an infinite set...). The evaluator catches
// it and adds the source location of the expression being evaluated.
#include <stdexcept>
#include <string>

namespace tlatrace::eval {

/// A TLA+ evaluation error with TLC-style wording; carries no location (added by the evaluator).
class EvalError : public std::runtime_error {
 public:
  explicit EvalError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace tlatrace::eval
