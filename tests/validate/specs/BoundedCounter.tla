---------------------------- MODULE BoundedCounter ----------------------------
\* A counter that counts up to Max (the abstraction of KV's version).
EXTENDS Naturals
CONSTANTS Max
VARIABLES n
Init == n = 0
Next == n < Max /\ n' = n + 1
Spec == Init /\ [][Next]_n
=============================================================================
