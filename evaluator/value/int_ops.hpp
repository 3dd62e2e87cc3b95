#pragma once
// Checked 64-bit integer arithmetic with TLC's semantics. Overflow is an EvalError
// ("Overflow when computing a + b"), never a wrapped result.
//   a \div b  floor division (rounds toward -infinity); b = 0 is an error
//   a % b     b must be positive; result in 0..b-1 (TLC's Integers.Mod)
//   a ^ b     b must be >= 0; 0^0 is an error ("0^0 is undefined.")
#include <cstdint>

namespace tlatrace::eval {

int64_t checked_add(int64_t a, int64_t b);
int64_t checked_sub(int64_t a, int64_t b);
int64_t checked_mul(int64_t a, int64_t b);
int64_t checked_neg(int64_t a);
int64_t checked_div(int64_t a, int64_t b);  ///< \div
int64_t checked_mod(int64_t a, int64_t b);  ///< %
int64_t checked_pow(int64_t a, int64_t b);  ///< ^

}  // namespace tlatrace::eval
