---- MODULE ActionNamedInstance ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE ActionInner WITH v <- x
Init == x = 0
Next == I!Next
Small == x < 2
====
\* Check.ActionsAreNamedAndLocatedAsTlc: TLC names the step I!Next, at the whole definition of I.
