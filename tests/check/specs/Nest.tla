-------------------------------- MODULE Nest --------------------------------
\* A refinement property written through two instance levels without entering a definition
\* of the instantiated module (R!L!Init /\ [][R!L!Next]_x): x counts to 3, the abstract
\* counter stops at 1, so the step from 1 to 2 breaks it. Own is a property over x alone.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x
R == INSTANCE NestMid WITH z <- x
Refines == R!L!Init /\ [][R!L!Next]_x
Own == [][x' = x + 1 /\ x' < 2]_x
=============================================================================
