------------------------------- MODULE Random -------------------------------
\* Pick is constant-level: TLC evaluates it once before the search, so Init and
\* Next see the same value and x never changes (1 distinct state, 2 generated).
EXTENDS Naturals, TLC
VARIABLE x
Pick == RandomElement(1..1000000)
Init == x = Pick
Next == x' = Pick
=============================================================================
