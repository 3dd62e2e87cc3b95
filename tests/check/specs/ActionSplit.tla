---- MODULE ActionSplit ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Step(k) == \/ x' = x + k /\ y' = y
           \/ x > 0 /\ x' = 0 /\ y' = y + 5
Next == \E k \in {1} : Step(k)
Small == y < 5
====
\* Check.ActionsAreNamedAndLocatedAsTlc: each disjunct of Step is an action of its own,
\* "<Step(1) line 5, col 15 to line 5, col 34 of module ActionSplit>" (TLC).
