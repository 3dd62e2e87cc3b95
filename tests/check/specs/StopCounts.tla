---- MODULE StopCounts ----
\* The counts at a stop (tests/check/check_test.cpp, Check.CountsAtAStopAreTlcs): (3, 0) is
\* deadlocked, and it comes after other states of its level that have new successors.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ y < 3 /\ ~(x = 3 /\ y = 0) /\ y' = y + 1 /\ x' = x
        \/ x < 3 /\ x' = x + 1 /\ y' = y
SumBelow5 == x + y < 5
====
