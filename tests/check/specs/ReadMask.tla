---- MODULE ReadMask ----
\* Constraints cached by the variables they read (x or y): Bound reads y through a recursive
\* operator, Bound2 through a definition, so a step that keeps x but changes y (and one that
\* keeps y and changes x) must evaluate them again.
EXTENDS Naturals
VARIABLES x, y
RECURSIVE Twice(_)
Twice(n) == IF n = 0 THEN 0 ELSE 2 + Twice(n - 1)
YOf == y
Bound == Twice(YOf) < 12
Bound2 == YOf < 6
XBound == x < 3
Init == x = 0 /\ y = 0
Next == \/ x' = x + 1 /\ y' = y
        \/ x' = x /\ y' = y + 1
====
