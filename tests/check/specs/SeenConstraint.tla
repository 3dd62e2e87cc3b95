---------------------------- MODULE SeenConstraint ----------------------------
\* CONSTRAINT as TLC applies it: a successor outside the constraint (y = 1) is not explored, but
\* it is checked against the invariants and the step to it against the action properties; a
\* successor seen before is not checked against a constraint that is a function of the state
\* (unless VIEW makes one fingerprint stand for several states), a PrintT constraint still prints.
EXTENDS Naturals, TLC
VARIABLES x, y
Init == x = 0 /\ y = 0
InitBoth == x = 0 /\ y \in {0, 1}
Next == \/ x < 2 /\ x' = x + 1 /\ y' \in {0, 1}
        \/ x > 0 /\ x' = x - 1 /\ y' = 0
YZero == y = 0
Printed == PrintT(<<"constraint", x, y>>) /\ y = 0
ViewX == x
NoY == y # 1
LevelTwo == TLCGet("level") <= 2
StepFromLevelOne == TLCGet("level") <= 1
StepKeepsYZero == [][y' = 0]_<<x, y>>
==============================================================================
