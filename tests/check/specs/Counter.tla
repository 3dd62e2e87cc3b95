---------------------------- MODULE Counter ----------------------------
\* A counter that may climb to Limit; the invariant claims it stays below 3.
EXTENDS Naturals
CONSTANT Limit
VARIABLE x

Init == x = 0
Inc == x < Limit /\ x' = x + 1
Next == Inc
Small == x < 3
=========================================================================
