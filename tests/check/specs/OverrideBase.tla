---------------------------- MODULE OverrideBase ----------------------------
\* x climbs while Limit(x) holds.
EXTENDS Naturals
VARIABLE x
Limit(n) == n < 3
Init == x = 0
Next == Limit(x) /\ x' = x + 1
=============================================================================
