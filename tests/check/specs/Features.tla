---------------------------- MODULE Features ----------------------------
\* Exercises cfg features: a definition overridden by a value (Max), CONSTRAINT,
\* ACTION_CONSTRAINT, VIEW, POSTCONDITION, ALIAS and TLCGet.
EXTENDS Naturals, TLC
Max == 100
VARIABLES x, y

Init == x = 0 /\ y = 0
Next == \/ x' = x + 1 /\ UNCHANGED y
        \/ y' = (y + 1) % 2 /\ UNCHANGED x
Bound == x <= Max
NotTwo == x' # 2
ViewX == x
Eight == TLCGet("stats").distinct = 8
Nine == TLCGet("stats").distinct = 9
Small == x + y < 2
Alias == [total |-> x + y, doubled |-> 2 * x]
=========================================================================
