---- MODULE TwoErrors ----
VARIABLE x
A == a
B == b
====
