---- MODULE ActionStops2 ----
EXTENDS Naturals
VARIABLES x, msgs
Init == x = 1 /\ msgs = {}
Recv(m) == x' = x + m /\ msgs' = msgs \cup {m}
Twice(v) == x' = v + v /\ UNCHANGED msgs
Dispatch == IF x > 2 THEN Recv(1) ELSE Recv(2)
Next == \/ Twice(x)
        \/ Dispatch
Small == x < 5
====
\* Check.ActionsAreNamedAndLocatedAsTlc: TLC ends its split at an IF and at a call with a
\* state-level argument (TLC: <Dispatch line 7, col 13 ...>, <Twice line 8, col 12 ...>).
