------------------------------- MODULE Pairs --------------------------------
\* Four initial states (a, b); Permutations(A) \cup Permutations(B) generates the
\* group that also swaps both at once, so all four are one orbit (TLC: 1 distinct).
EXTENDS TLC
CONSTANTS A, B
VARIABLE p
Init == p \in A \X B
Next == UNCHANGED p
Sym == Permutations(A) \cup Permutations(B)
=============================================================================
