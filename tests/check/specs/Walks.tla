-------------------------------- MODULE Walks -------------------------------
\* TLC walks \A and => inside an action like conjunctions (a disjunction in
\* them yields a successor per true branch) and lets them assign x'.
\* x = 0: 2 (\A: i = 1 satisfies both disjuncts) * 2 (=>: both) = 4 successors;
\* x = 1: 2 * 1 = 2; x = 2 has none. Generated 1 + 4 + 2 = 7, distinct 3.
\* Once x' has its value, the last conjunct is evaluated, not walked (TLC's
\* getNextStatesAllAssigned): its two true disjuncts do not double the count.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == /\ x < 2
        /\ \A i \in {1, 2} : i = i \/ i = 1
        /\ x >= 0 => (TRUE \/ x = 0)
        /\ \A v \in {x + 1} : x' = v
        /\ x' > 0 \/ x' > 1
=============================================================================
