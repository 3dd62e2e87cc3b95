---------------------------- MODULE StepProperty ----------------------------
\* A [][A]_v property over the spec's own variables, broken by the second disjunct of Next.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x' = x + 1 /\ y' = y
        \/ y' = y + 2 /\ x' = x
Up == x' >= x /\ y' = y
Inc == x' = x + 1
Mono == [][Inc \/ Up]_<<x, y>>
Bound == x + y < 10
Sum == [sum |-> x + y]
=============================================================================
