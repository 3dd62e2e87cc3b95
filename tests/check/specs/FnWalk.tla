---- MODULE FnWalk ----
\* An application f[a] in an action is walked through f's body, as TLC does when f's value is
\* lazy (a FcnLambdaValue): a recursive definition, a state-level one, a LET one; a
\* constant-level top-level one is computed before the search and only tested.
\* Successors walked from x (0..3), all equal to x + 1:
\*   Some[x]: 1, 1, 2, 4 paths (Some[n] holds by n = 0 or by each smaller Some[m]);
\*   Near[x]: 2 (both d); Small[x]: 1 (not walked); Two[x]: 2 (both disjuncts).
\* Generated: 1 initial + 4 * (1 + 1 + 2 + 4) = 33; distinct 5; depth 5.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Some[n \in 0..4] == \/ n = 0
                    \/ \E m \in 0..(n - 1) : Some[m]
Near[n \in 0..4] == \E d \in {1, 2} : n + d > x
Small[n \in 0..4] == \E d \in {1, 2} : n + d > 0
Next == /\ x < 4
        /\ Some[x]
        /\ Near[x]
        /\ Small[x]
        /\ LET Two[n \in 0..4] == n \in 0..4 \/ n = n IN Two[x]
        /\ x' = x + 1
====
