------------------------------ MODULE InstVars ------------------------------
\* Three instances of InstCell read the same expressions (the same references to
\* v) with different substitutions: two variables and an expression over one.
\* Each instance must read its own: Inv holds in the 4 reachable states.
EXTENDS Naturals
VARIABLES x, y
A == INSTANCE InstCell WITH v <- x
B == INSTANCE InstCell WITH v <- y
C == INSTANCE InstCell WITH v <- [x EXCEPT ![1] = @ + 10]
Init == x = <<0, "on", <<>>>> /\ y = <<7, "off", <<1>>>>
Next == x[1] < 3 /\ x' = [x EXCEPT ![1] = @ + 1] /\ UNCHANGED y
Inv == /\ A!First = x[1] /\ B!First = 7 /\ C!First = x[1] + 10
       /\ A!IsOn /\ ~B!IsOn /\ B!IsOff /\ C!IsOn
       /\ A!IsEmpty /\ ~B!IsEmpty
=============================================================================
