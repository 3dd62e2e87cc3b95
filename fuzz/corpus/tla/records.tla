---- MODULE Records ----
R == [a |-> 1, b |-> <<2, "s\"t">>]
S == [a : Nat, b : SUBSET Nat]
U == [R EXCEPT !.a = @ + 1, !.b[1] = 3]
V == R.b[2] \o <<>>
W == [x \in 1..3, y \in {4} |-> x * y]
X == [Nat -> BOOLEAN]
====
