---------------------------- MODULE Counter ----------------------------
\* A counter whose only action is disabled by a primed conjunct: the diagnosis must explain
\* primed conjuncts against the record (tests/validate/diagnosis_test.cpp).
EXTENDS Naturals, Sequences

VARIABLES x, log

Init == x = 0 /\ log = [n \in {"n1", "n2"} |-> <<>>]

Inc(n) ==
  /\ x' = x + 1
  /\ x' <= 2
  /\ log' = [log EXCEPT ![n] = Append(@, x')]

Next == \E n \in {"n1", "n2"} : Inc(n)
=============================================================================
