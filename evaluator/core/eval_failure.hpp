#pragma once
// A run-time evaluation error with the source range of the expression that failed.
// Value operations throw EvalError (no location); the evaluator rethrows it as an EvalFailure
// at the innermost expression being evaluated.
#include <stdexcept>
#include <string>

#include "parser/ast/source.hpp"

namespace tlatrace::eval {

/// An evaluation error at a place in the spec.
class EvalFailure : public std::runtime_error {
 public:
  EvalFailure(const SourceRange& range, const std::string& message)
      : std::runtime_error(message), range_(range) {}
  const SourceRange& range() const { return range_; }

 private:
  SourceRange range_;
};

/// Thrown by TLC!Assert and by checks that report a failed assertion (carries a location too).
class AssertionFailure : public EvalFailure {
 public:
  using EvalFailure::EvalFailure;
};

}  // namespace tlatrace::eval
