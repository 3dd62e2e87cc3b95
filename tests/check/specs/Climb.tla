------------------------------- MODULE Climb --------------------------------
EXTENDS Naturals
CONSTANT Top
VARIABLE x
Init == x = 0
Next == x < Top /\ x' = x + 1
Spec == Init /\ [][Next]_x
Bounded == x <= Top
=============================================================================
