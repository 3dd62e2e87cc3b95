----------------------------- MODULE FiniteSets -----------------------------
(***************************************************************************)
(* tlatrace's own text of the standard module FiniteSets, written for      *)
(* tlatrace from the documented meaning of each operator.                  *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences

\* native: TRUE iff S is finite, i.e. some finite sequence lists every
\* element of S (the definition ranges over the infinite set Seq(S)).
IsFiniteSet(S) ==
  \E list \in Seq(S) : \A x \in S : \E i \in 1 .. Len(list) : list[i] = x

\* The number of elements of the finite set S.
RECURSIVE Cardinality(_)
Cardinality(S) ==
  IF S = {} THEN 0
  ELSE LET x == CHOOSE y \in S : TRUE
       IN  1 + Cardinality(S \ {x})

=============================================================================
