------------------------------ MODULE PingPong ------------------------------
\* A token passed between N nodes: the holder sends it to another node, which
\* receives it and becomes the holder. count[n] is how often n has sent it.
EXTENDS Integers

CONSTANT N

VARIABLES holder, inflight, count

vars == <<holder, inflight, count>>

Node == 0 .. N - 1
NoMsg == -1

Init ==
  /\ holder = 0
  /\ inflight = NoMsg
  /\ count = [n \in Node |-> 0]

Send(n, m) ==
  /\ holder = n
  /\ inflight = NoMsg
  /\ m # n
  /\ inflight' = m
  /\ count' = [count EXCEPT ![n] = @ + 1]
  /\ UNCHANGED holder

Recv(m) ==
  /\ inflight = m
  /\ holder' = m
  /\ inflight' = NoMsg
  /\ UNCHANGED count

Next == \E n, m \in Node : Send(n, m) \/ Recv(m)

Spec == Init /\ [][Next]_vars

TypeOK == holder \in Node /\ inflight \in Node \cup {NoMsg}
=============================================================================
