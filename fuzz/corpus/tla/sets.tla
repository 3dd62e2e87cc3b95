---- MODULE Sets ----
A == {1, 2, 3} \cup {x \in 1..10 : x % 2 = 0}
B == {x + y : x \in A, y \in A} \ {0}
C == {<<a, b>> \in A \X A : a < b}
D == UNION {SUBSET A, {A}}
E == \A x \in A : \E y \in B : x \leq y
F == CHOOSE x \in A : x > 1
====
