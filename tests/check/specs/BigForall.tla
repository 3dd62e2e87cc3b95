----------------------------- MODULE BigForall -----------------------------
\* \A over 65536 subsets in a next-state relation: a state predicate, and a
\* body that assigns x'. Each instance used to be walked inside the previous
\* one, which exhausted the stack.
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0
Next == \/ /\ x < 2
           /\ \A s \in SUBSET (1..16) : Cardinality(s) <= 16 + x
           /\ x' = x + 1
        \/ /\ x = 2
           /\ \A s \in SUBSET (1..16) : Cardinality(s) < 17 /\ x' = 3
=========================================================================
