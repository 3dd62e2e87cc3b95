---- MODULE ActionInner ----
EXTENDS Naturals
VARIABLE v
Step(k) == v' = v + k
Next == \/ Step(1)
        \/ Step(2)
====
