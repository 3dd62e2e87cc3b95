---- MODULE LetLambda ----
RECURSIVE Sum(_)
Sum(s) == IF s = {} THEN 0 ELSE LET e == CHOOSE v \in s : TRUE
                                    r == s \ {e}
                                IN e + Sum(r)
Apply(F(_, _), a, b) == F(a, b)
Add == Apply(LAMBDA p, q : p + q, 1, 2)
f[n \in Nat] == IF n = 0 THEN 1 ELSE n * f[n - 1]
====
