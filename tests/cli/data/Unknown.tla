---- MODULE Unknown ----
VARIABLE x

Init == x = 0 /\ y = 1
====
