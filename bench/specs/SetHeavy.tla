---------------------------- MODULE SetHeavy ----------------------------
\* Benchmark (set-heavy): processes acquire and release resources; every
\* resource is free or owned by exactly one process. 4^|Res| states.
EXTENDS Naturals, FiniteSets
CONSTANTS Procs, Res
VARIABLE owned

Taken == UNION {owned[p] : p \in Procs}
Init == owned = [p \in Procs |-> {}]
Acquire(p, r) == r \notin Taken /\ owned' = [owned EXCEPT ![p] = @ \cup {r}]
Release(p, r) == r \in owned[p] /\ owned' = [owned EXCEPT ![p] = @ \ {r}]
Next == \E p \in Procs, r \in Res : Acquire(p, r) \/ Release(p, r)
Disjoint == \A p, q \in Procs : p # q => owned[p] \cap owned[q] = {}
Bounded == Cardinality(Taken) <= Cardinality(Res)
=========================================================================
