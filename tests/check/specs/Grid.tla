----------------------------- MODULE Grid -----------------------------
\* A walker on an (N+1) x (N+1) grid that moves right or up; it is stuck
\* (deadlocked) in the corner (N, N).
EXTENDS Naturals
CONSTANT N
VARIABLES x, y
vars == <<x, y>>

Init == x = 0 /\ y = 0
Right == x < N /\ x' = x + 1 /\ UNCHANGED y
Up == y < N /\ y' = y + 1 /\ UNCHANGED x
Next == Right \/ Up
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
TypeOK == x \in 0..N /\ y \in 0..N
=========================================================================
