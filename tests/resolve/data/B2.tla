---- MODULE B2 ----
LOCAL H == 2
F == H
====
