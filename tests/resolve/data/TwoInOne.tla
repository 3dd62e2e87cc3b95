---- MODULE TwoInOne ----
EXTENDS Helper
X == Twice(2)
====
Text between modules is ignored.
---- MODULE Helper ----
EXTENDS Naturals
Twice(n) == 2 * n
====
