-------------------------------- MODULE Lazy --------------------------------
\* Sets TLC never builds: Partitions (2^64 candidates) is only tested for
\* membership, and Huge (10^10 functions) is never used. Building either would
\* not finish. x goes through 3 partitions of 1..3 (one block, two, three).
EXTENDS Naturals
VARIABLE x
Partitions == {D \in SUBSET SUBSET (1..8) : /\ UNION D = 1..3
                                            /\ \A I, J \in D : I # J => I \cap J = {}}
Huge == {f \in [1..10 -> 1..10] : TRUE}
Init == x = {1..3}
Next == \/ x = {1..3} /\ x' = {{1}, {2, 3}}
        \/ x = {{1}, {2, 3}} /\ x' = {{1}, {2}, {3}}
Inv == x \in Partitions /\ {{1, 2}, {2, 3}} \notin Partitions
=============================================================================
