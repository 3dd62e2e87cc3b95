--------------------------- MODULE DyadicRationals ---------------------------
(***************************************************************************)
(* tlatrace's own text of the community module DyadicRationals, written   *)
(* for tlatrace from the documented meaning of each operator.  A dyadic    *)
(* rational is a fraction whose denominator is a power of two, represented *)
(* as a record [num |-> numerator, den |-> denominator] in lowest terms.   *)
(***************************************************************************)
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE Integers
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSetsExt
LOCAL INSTANCE TLC

LOCAL Fraction(n, d) == [num |-> n, den |-> d]

\* Greatest common divisor (Euclid's algorithm).
RECURSIVE GreatestCommonDivisor(_, _)
LOCAL GreatestCommonDivisor(a, b) ==
  IF b = 0 THEN a ELSE GreatestCommonDivisor(b, a % b)

\* The fraction p in lowest terms.
LOCAL LowestTerms(p) ==
  LET g == GreatestCommonDivisor(p.num, p.den)
  IN  IF g = 1 THEN p ELSE Fraction(p.num \div g, p.den \div g)

\* TRUE iff the denominator of r is a power of two.
IsDyadicRational(r) == \E i \in 0 .. r.den : 2 ^ i = r.den

Zero == Fraction(0, 1)

One == Fraction(1, 1)

\* The sum of the dyadic rationals p and q, in lowest terms.  The larger
\* denominator is a multiple of the smaller one, as both are powers of two.
Add(p, q) ==
  IF p = Zero THEN q
  ELSE LET d == Max({p.den, q.den})
       IN  LowestTerms(Fraction(p.num * (d \div p.den) + q.num * (d \div q.den), d))

\* Half of p, in lowest terms.
Half(p) == LowestTerms(Fraction(p.num, 2 * p.den))

\* p as a string: "0", "1" or "numerator/denominator".
PrettyPrint(p) ==
  IF p = Zero THEN "0"
  ELSE IF p = One THEN "1"
  ELSE ToString(p.num) \o "/" \o ToString(p.den)

=============================================================================
