------------------------------ MODULE Compose -------------------------------
\* Action composition: Inc \cdot Double goes 0 -> (1) -> 2 -> (3) -> 6 -> (7) -> 14.
\* TLC counts the intermediate states (1, 3, 7) as generated: 1 + 3 + 3 = 7.
EXTENDS Naturals
VARIABLE x
Inc == x' = x + 1
Double == x' = 2 * x
Init == x = 0
Next == x < 10 /\ (Inc \cdot Double)
=============================================================================
