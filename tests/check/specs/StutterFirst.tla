---------------------------- MODULE StutterFirst ----------------------------
\* [A]_v on a step that leaves v unchanged holds without evaluating A: here A divides by y,
\* which is 0, and every step leaves y unchanged (tests/check/refinement_kind_test.cpp).
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x < 2 /\ x' = x + 1 /\ y' = y
Spec == Init /\ [][Next]_<<x, y>>
YSteps == [][1 \div y = 1]_y
=============================================================================
