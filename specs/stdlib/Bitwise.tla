------------------------------- MODULE Bitwise -------------------------------
(***************************************************************************)
(* tlatrace's own text of the community module Bitwise, written for        *)
(* tlatrace from the documented meaning of each operator: bitwise          *)
(* operations on the binary representation of natural numbers.  Every      *)
(* definition can be evaluated as written (one binary digit per step).     *)
(***************************************************************************)
LOCAL INSTANCE Integers

\* Digit-by-digit recursions: the lowest binary digit of the result is
\* computed from the lowest digits of the arguments, the rest from the
\* arguments halved.
RECURSIVE BitAnd(_, _)
LOCAL BitAnd(a, b) ==
  IF a = 0 \/ b = 0 THEN 0
  ELSE 2 * BitAnd(a \div 2, b \div 2) + (a % 2) * (b % 2)

RECURSIVE BitOr(_, _)
LOCAL BitOr(a, b) ==
  IF a = 0 THEN b
  ELSE IF b = 0 THEN a
  ELSE 2 * BitOr(a \div 2, b \div 2) + (IF a % 2 = 1 \/ b % 2 = 1 THEN 1 ELSE 0)

RECURSIVE BitXor(_, _)
LOCAL BitXor(a, b) ==
  IF a = 0 THEN b
  ELSE IF b = 0 THEN a
  ELSE 2 * BitXor(a \div 2, b \div 2) + ((a + b) % 2)

RECURSIVE BitNot(_)
LOCAL BitNot(a) ==
  IF a = 0 THEN 0 ELSE 2 * BitNot(a \div 2) + (1 - (a % 2))

\* Bitwise AND of the naturals x and y.
x & y == BitAnd(x, y)

\* Bitwise OR of the naturals x and y.
x | y == BitOr(x, y)

\* Bitwise exclusive OR of the naturals x and y.
x ^^ y == BitXor(x, y)

\* The natural a with each of its binary digits flipped, up to and including
\* its highest 1 digit (Not(0) = 0, Not(5) = 2).
Not(a) == BitNot(a)

\* The natural n shifted right by pos binary digits (zeros come in at the
\* top).
shiftR(n, pos) == n \div (2 ^ pos)

=============================================================================
