---- MODULE UsesCounter ----
EXTENDS Naturals
VARIABLE count
C == INSTANCE Counter WITH Limit <- 3
Step == C!Next
LOCAL INSTANCE Counter WITH Limit <- 5
Twice == Double(2)
====
