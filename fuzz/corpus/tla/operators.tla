---- MODULE Operators ----
a \prec b == a < b
a ++ b == a + b
-. a == 0 - a
a ^+ == a
X == 1 (+) 2 (-) 3 \oplus 4
Y == (2 ^ 3) + (4 \cdot 5) + (6 :> 7 @@ 8 :> 9) + (a ^^ b)
Z == a \sqsubseteq b \/ a |- b \/ (a -+-> b) \/ (a <=> b) \/ a # b
====
