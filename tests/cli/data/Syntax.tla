---- MODULE Syntax ----
VARIABLE x
Init == x = = 1
====
