------------------------------ MODULE NestAbs ------------------------------
\* The abstract side of Nest.tla: a counter that stops at 1.
EXTENDS Naturals
VARIABLE y
Init == y = 0
Next == y < 1 /\ y' = y + 1
=============================================================================
