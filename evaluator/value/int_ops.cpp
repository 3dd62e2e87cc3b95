#include "evaluator/value/int_ops.hpp"

#include <limits>
#include <string>

#include "evaluator/value/eval_error.hpp"

namespace tlatrace::eval {
namespace {

[[noreturn]] void overflow(int64_t a, const char* op, int64_t b) {
  throw EvalError("Overflow when computing " + std::to_string(a) + " " + op + " " +
                  std::to_string(b));
}

}  // namespace

int64_t checked_add(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) overflow(a, "+", b);
  return r;
}

int64_t checked_sub(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) overflow(a, "-", b);
  return r;
}

int64_t checked_mul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) overflow(a, "*", b);
  return r;
}

int64_t checked_neg(int64_t a) {
  if (a == std::numeric_limits<int64_t>::min()) {
    throw EvalError("Overflow when computing -(" + std::to_string(a) + ")");
  }
  return -a;
}

int64_t checked_div(int64_t a, int64_t b) {
  if (b == 0) throw EvalError("The second argument of \\div is 0.");
  if (a == std::numeric_limits<int64_t>::min() && b == -1) overflow(a, "\\div", b);
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t checked_mod(int64_t a, int64_t b) {
  if (b <= 0) {
    throw EvalError("The second argument of % should be a positive number, but instead it is:\n" +
                    std::to_string(b));
  }
  int64_t r = a % b;
  return r < 0 ? r + b : r;
}

int64_t checked_pow(int64_t a, int64_t b) {
  if (b < 0) {
    throw EvalError("The second argument of ^ should be a natural number, but instead it is:\n" +
                    std::to_string(b));
  }
  if (b == 0) {
    if (a == 0) throw EvalError("0^0 is undefined.");
    return 1;
  }
  int64_t result = 1;
  int64_t base = a;
  int64_t e = b;
  // Square-and-multiply; every product is checked, but the base squaring is only needed while
  // more bits of the exponent remain.
  while (true) {
    if (e & 1) {
      if (__builtin_mul_overflow(result, base, &result)) overflow(a, "^", b);
    }
    e >>= 1;
    if (e == 0) break;
    if (__builtin_mul_overflow(base, base, &base)) overflow(a, "^", b);
  }
  return result;
}

}  // namespace tlatrace::eval
