---- MODULE B1 ----
LOCAL H == 1
F == H
====
