---- MODULE Instances ----
CONSTANT N
M == INSTANCE Naturals
P(k) == INSTANCE Inner WITH c <- k
LOCAL INSTANCE Sequences
Q == P(1)!Val + M!Nat
---- MODULE Inner ----
CONSTANT c
Val == c
====
====
