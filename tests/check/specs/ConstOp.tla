---- MODULE ConstOp ----
\* A CONSTANT operator the cfg substitutes by a definition that reads a variable (F <- G):
\* Val, which reads F, depends on x and must not be cached as a constant (nor by the variables
\* its own text names).
EXTENDS Naturals
CONSTANT F(_)
VARIABLES x, y
G(a) == a + x
Val == F(0)
Inv == Val = x
Init == x = 0 /\ y = 0
Next == \/ x < 3 /\ x' = x + 1 /\ y' = y
        \/ y < 2 /\ y' = y + 1 /\ x' = x
====
