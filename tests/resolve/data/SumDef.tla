---- MODULE SumDef ----
EXTENDS Naturals
VARIABLE pc
vars == <<pc>>
RECURSIVE Sum(_, _)
Sum(f, S) == IF S = {} THEN 0 ELSE LET x == CHOOSE y \in S : TRUE IN f[x] + Sum(f, S \ {x})
====
