----------------------------- MODULE Enabled -----------------------------
\* x climbs to 2 through A; B resets it only when A is not enabled.
EXTENDS Naturals
VARIABLE x
Init == x = 0
A == x < 2 /\ x' = x + 1
B == ~ENABLED A /\ x' = 0
Next == A \/ B
TwoSteps == [][x' = 0 \/ (A \cdot A) \/ A]_x
Double == [][A \cdot A]_x
=========================================================================
