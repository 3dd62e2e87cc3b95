---------------------------- MODULE Cluster ----------------------------
\* A toy replicated log for the counterexample-inspection tests (tests/inspect): a node
\* collects a vote and becomes leader, the leader appends its term (Replicate) to its log, a node may
\* drop the head of its log. Functions, records, sequences and sets, so that every kind of
\* change shows in a step.
EXTENDS Naturals, Sequences

CONSTANTS Nodes, None

VARIABLES log, term, votes, leader

vars == <<log, term, votes, leader>>

Init ==
  /\ log = [n \in Nodes |-> <<>>]
  /\ term = 0
  /\ votes = {}
  /\ leader = [id |-> None, term |-> 0]

Elect(n) ==
  /\ n \notin votes
  /\ votes' = votes \cup {n}
  /\ term' = term + 1
  /\ leader' = [id |-> n, term |-> term + 1]
  /\ UNCHANGED log

Replicate(n) ==
  /\ leader.id = n
  /\ log' = [log EXCEPT ![n] = Append(@, term)]
  /\ UNCHANGED <<term, votes, leader>>

Drop(n) ==
  /\ log[n] # <<>>
  /\ log' = [log EXCEPT ![n] = Tail(@)]
  /\ UNCHANGED <<term, votes, leader>>

Next == \E n \in Nodes : Elect(n) \/ Replicate(n) \/ Drop(n)

Spec == Init /\ [][Next]_vars

\* Violated after two appends by one leader.
ShortLogs == \A n \in Nodes : Len(log[n]) < 2
=============================================================================
