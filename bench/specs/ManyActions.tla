--------------------------- MODULE ManyActions ---------------------------
\* Benchmark (many small actions): N independent counters modulo 4, each
\* with its own step and reset action.
EXTENDS Naturals
CONSTANT N
VARIABLE s

Init == s = [i \in 1..N |-> 0]
Step(i) == s[i] < 3 /\ s' = [s EXCEPT ![i] = @ + 1]
Reset(i) == s[i] = 3 /\ s' = [s EXCEPT ![i] = 0]
Next == \E i \in 1..N : Step(i) \/ Reset(i)
InRange == \A i \in 1..N : s[i] \in 0..3
=========================================================================
