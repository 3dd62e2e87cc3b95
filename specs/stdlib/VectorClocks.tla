---------------------------- MODULE VectorClocks ----------------------------
(***************************************************************************)
(* tlatrace's own text of the community module VectorClocks, written for   *)
(* tlatrace from the documented meaning of each operator.  A vector clock  *)
(* is a function from nodes to natural numbers; a node missing from its    *)
(* domain counts as 0.                                                     *)
(***************************************************************************)
EXTENDS Naturals, Sequences, Functions

\* The clock c extended to the nodes D, with 0 for the nodes it lacks.
LOCAL Padded(c, D) == [d \in D |-> IF d \in DOMAIN c THEN c[d] ELSE 0]

\* For clocks v, w over the same nodes: v happened before w.
LOCAL HappenedBefore(v, w) ==
  /\ \A d \in DOMAIN v : v[d] \leq w[d]
  /\ \E d \in DOMAIN v : v[d] < w[d]

\* For clocks v, w over the same nodes: neither happened before the other.
LOCAL Concurrent(v, w) ==
  /\ \E d \in DOMAIN v : v[d] < w[d]
  /\ \E d \in DOMAIN v : w[d] < v[d]

\* TRUE iff no entry of the sequence log happened after a later entry, the
\* clock of an entry being clock(entry): every earlier entry happened before
\* or is concurrent with every later one.
IsCausalOrder(log, clock(_)) ==
  \A i \in 1 .. Len(log) : \A j \in 1 .. (i - 1) :
    LET D == DOMAIN clock(log[i]) \cup DOMAIN clock(log[j])
        later == Padded(clock(log[i]), D)
        earlier == Padded(clock(log[j]), D)
    IN  HappenedBefore(earlier, later) \/ Concurrent(earlier, later)

\* native: the entries of log reordered into a causal order; node(entry) is
\* the node that logged the entry and domain(c) the nodes clock c covers.
\* (The definition below states the result; it is not practical to evaluate.)
CausalOrder(log, clock(_), node(_), domain(_)) ==
  CHOOSE sorted \in {f \in [1 .. Len(log) -> Range(log)] : Range(f) = Range(log)} :
    IsCausalOrder(sorted, clock)

=============================================================================
