---------------------------- MODULE Ambiguous ----------------------------
\* A spec where partial observation leaves several states consistent with a trace, so that
\* the depth-first search's first choice often dead-ends (tests/validate/search_test.cpp).
\* IncX and IncBoth both move x; only y tells them apart. Flip moves z alone.
EXTENDS Naturals

VARIABLES x, y, z

Init == x = 0 /\ y = 0 /\ z \in {0, 1}

IncX == x < 4 /\ x' = x + 1 /\ UNCHANGED <<y, z>>
IncBoth == x < 4 /\ x' = x + 1 /\ y' = y + 1 /\ UNCHANGED z
Flip == z' = 1 - z /\ UNCHANGED <<x, y>>
Reset == x = 4 /\ x' = 0 /\ UNCHANGED <<y, z>>

Next == IncX \/ IncBoth \/ Flip \/ Reset

YBound == y <= 6
=============================================================================
