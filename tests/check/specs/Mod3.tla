------------------------------ MODULE Mod3 ------------------------------
\* An abstract counter modulo 3.
EXTENDS Naturals
VARIABLE a
Init == a = 0
Next == a' = (a + 1) % 3
Spec == Init /\ [][Next]_a
=========================================================================
