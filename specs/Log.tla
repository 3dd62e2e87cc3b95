-------------------------------- MODULE Log --------------------------------
(***************************************************************************)
(* The abstract log: the set of <<index, value>> pairs chosen so far.      *)
(* A step chooses a contiguous range i..j of indices, none of them chosen  *)
(* yet, and a value for each, all at once: the log may fill slots out of   *)
(* order and several at a time. An empty range (i > j) is a stutter.       *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT Value
VARIABLE chosen

\* The indices that have a chosen value.
ChosenIndices == {p[1] : p \in chosen}

TypeOK == chosen \subseteq Nat \X Value

Init == chosen = {}

\* Choose f[k] at every index k of i..j, none of which is chosen yet.
ChooseRange(i, j, f) ==
  /\ \A k \in i..j : k \notin ChosenIndices
  /\ chosen' = chosen \cup {<<k, f[k]>> : k \in i..j}

Next == \E i, j \in Nat : \E f \in [i..j -> Value] : ChooseRange(i, j, f)

Spec == Init /\ [][Next]_chosen

\* Two pairs with the same index are the same pair.
ChosenSafety == \A p, q \in chosen : p[1] = q[1] => p = q
=============================================================================
