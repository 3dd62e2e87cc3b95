---- MODULE Stutter ----
\* Every step of x is followed by one stuttering step of <<x, y>> (s counts it), as in
\* tlaplus/Examples' Stuttering module: UNCHANGED vars there is UNCHANGED <<x, y>> here.
\* Ok is substituted by a LAMBDA; Freeze passes y by name to UNCHANGED.
\* States (x, s): (0,0) (1,1) (1,0) (2,1) (2,0), where x' = 3 is not Allowed:
\* 5 distinct, 5 generated (the initial state and one successor of each but the last), depth 5.
EXTENDS Naturals
VARIABLES x, y, s
vars == <<x, y>>
INSTANCE StutterLib WITH Ok <- LAMBDA n : n < 3
Freeze(v) == UNCHANGED v
Init == x = 0 /\ y = 0 /\ s = 0
Next == Pause(x' = x + 1 /\ Freeze(y) /\ Allowed(x'))
====
