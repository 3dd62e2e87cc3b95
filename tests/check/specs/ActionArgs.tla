---- MODULE ActionArgs ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
IncX == x' = x + 1 /\ y' = y
Bump(k) == y' = y + k /\ x' = x
Next == \/ IncX
        \/ \E k \in {1, 2} : Bump(k)
        \/ x > 0 /\ x' = 0 /\ y' = y
Small == x + y < 3
====
\* Check.ActionsAreNamedAndLocatedAsTlc: "<IncX line 5, col 9 to line 5, col 28 of module ActionArgs>",
\* "<Bump(2) line 6, col 12 to line 6, col 31 of module ActionArgs>" (TLC).
