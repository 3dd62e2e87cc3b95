---- MODULE BadInstance ----
CONSTANT Limit
C == INSTANCE Counter WITH Nope <- 1
====
