----------------------------- MODULE ManyErrors -----------------------------
\* 300 states in the first level; expanding every seventh fails, each with an
\* error naming its own x. Whatever the workers, the error reported is the
\* first one in the frontier's order (x = 3), as with one worker, even though
\* the two states before it are slow to expand and other workers fail first.
EXTENDS Naturals, FiniteSets
VARIABLE x
f == <<10, 20, 30>>
Init == x = 0
Next == \/ x = 0 /\ x' \in 1..300
        \/ /\ x > 0
           /\ x < 3 => \A s \in SUBSET (1..18) : Cardinality(s) < 20 + x
           /\ x' = IF x % 7 = 3 THEN f[x + 1] ELSE x
=========================================================================
