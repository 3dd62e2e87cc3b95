------------------------------ MODULE Naturals ------------------------------
(***************************************************************************)
(* tlatrace's own text of the standard module Naturals, written for        *)
(* tlatrace from the documented meaning of each operator.                  *)
(*                                                                         *)
(* A definition marked "\* native" is a placeholder: the value is a        *)
(* primitive of the evaluator (registered by module and operator name),   *)
(* and the body only keeps the declaration well formed.  Every other body  *)
(* is a real definition that can be evaluated as written, although the    *)
(* evaluator may still implement it natively for speed.                    *)
(***************************************************************************)

\* native: the set of natural numbers 0, 1, 2, ...
Nat == CHOOSE N : TRUE

\* native: addition
a + b == CHOOSE n : TRUE

\* native: subtraction (the result may be negative)
a - b == CHOOSE n : n + b = a

\* native: multiplication
a * b == CHOOSE n : TRUE

\* native: strict order on numbers
a < b == CHOOSE p \in BOOLEAN : TRUE

\* native: integer division rounding down, defined for b > 0
a \div b == CHOOSE q : TRUE

a > b == b < a

a \leq b == (a < b) \/ (a = b)

a \geq b == b \leq a

\* The remainder of a \div b; it lies in 0 .. b-1 when b > 0.
a % b == a - b * (a \div b)

\* native: exponentiation; as written, correct for a natural exponent b
a ^ b ==
  LET power[k \in Nat] == IF k = 0 THEN 1 ELSE a * power[k - 1]
  IN  power[b]

\* native: the interval {i : a <= i <= b} (empty when b < a)
a .. b == CHOOSE S : TRUE

=============================================================================
