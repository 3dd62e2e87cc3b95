---- MODULE ActionInstance ----
EXTENDS Naturals
VARIABLE v
INSTANCE ActionInner
Init == v = 0
Small == v < 2
====
\* Check.ActionsAreNamedAndLocatedAsTlc: TLC names the step Next, at the INSTANCE (it substitutes v).
