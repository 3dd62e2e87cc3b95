----------------------------- MODULE Tokens -----------------------------
\* Processes (model values) pick up and drop tokens; under SYMMETRY only the
\* number of holders matters.
EXTENDS Naturals, TLC, FiniteSets
CONSTANT Procs
VARIABLE held

Init == held = {}
Take(p) == p \notin held /\ held' = held \cup {p}
Drop(p) == p \in held /\ held' = held \ {p}
Next == \E p \in Procs : Take(p) \/ Drop(p)
Sym == Permutations(Procs)
NotAll == Cardinality(held) < 4
=========================================================================
