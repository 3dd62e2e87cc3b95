---- MODULE ActionStops ----
EXTENDS Naturals
VARIABLES x, msgs
Init == x = 0 /\ msgs = {1}
Recv(m) == x' = x + m /\ msgs' = msgs \cup {m + 1}
Twice(v) == x' = v + v /\ UNCHANGED msgs
Dispatch == IF x > 2 THEN Twice(x) ELSE Recv(1)
Next == \/ \E m \in msgs : Recv(m)
        \/ Twice(x)
        \/ Dispatch
Small == x < 6
====
\* Check.ActionsAreNamedAndLocatedAsTlc: TLC cannot enumerate msgs before a state exists, so
\* its action is the \E itself, named Next (TLC).
