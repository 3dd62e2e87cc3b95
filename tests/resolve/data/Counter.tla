---- MODULE Counter ----
EXTENDS Naturals
CONSTANT Limit
VARIABLE count
Init == count = 0
Next == count < Limit /\ count' = count + 1
Double(n) == 2 * n
====
