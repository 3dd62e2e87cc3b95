-------------------------------- MODULE Bags --------------------------------
(***************************************************************************)
(* tlatrace's own text of the standard module Bags, written for tlatrace   *)
(* from the documented meaning of each operator.                           *)
(*                                                                         *)
(* A bag (multiset) is a function from its elements to their numbers of    *)
(* copies, each a positive natural number.  Every definition below can be  *)
(* evaluated as written; the evaluator may implement them natively.        *)
(***************************************************************************)
EXTENDS TLC
LOCAL INSTANCE Naturals

\* The sum of the numbers f[x] for x in the finite set D.
LOCAL TotalOver(f, D) ==
  LET RECURSIVE Sum(_)
      Sum(T) == IF T = {} THEN 0
                ELSE LET x == CHOOSE y \in T : TRUE
                     IN  f[x] + Sum(T \ {x})
  IN  Sum(D)

\* TRUE iff B is a bag: it maps each element to a positive number of copies.
IsABag(B) == \A e \in DOMAIN B : B[e] \in Nat /\ B[e] > 0

\* The set of elements that occur in bag B at least once.
BagToSet(B) == DOMAIN B

\* The bag holding one copy of each element of set S.
SetToBag(S) == [e \in S |-> 1]

\* Membership for bags.
BagIn(e, B) == e \in DOMAIN B

\* The bag with no elements.
EmptyBag == SetToBag({})

\* The number of copies of e in bag B (0 when e is not in B).
CopiesIn(e, B) == IF BagIn(e, B) THEN B[e] ELSE 0

\* Bag sum: the copies of both bags together.
B1 (+) B2 ==
  [e \in (DOMAIN B1) \cup (DOMAIN B2) |-> CopiesIn(e, B1) + CopiesIn(e, B2)]

\* Bag difference: for each copy of e in B2, one copy fewer of e (never below 0).
B1 (-) B2 ==
  [e \in {d \in DOMAIN B1 : CopiesIn(d, B1) > CopiesIn(d, B2)} |->
     B1[e] - CopiesIn(e, B2)]

\* The bag sum of all the bags in the finite set S of bags.
BagUnion(S) ==
  [e \in UNION {DOMAIN B : B \in S} |->
     TotalOver([B \in S |-> CopiesIn(e, B)], S)]

\* Bag inclusion: B2 has at least as many copies of every element as B1.
B1 \sqsubseteq B2 == \A e \in DOMAIN B1 : B1[e] \leq CopiesIn(e, B2)

\* The set of all bags SB with SB \sqsubseteq B.
SubBag(B) ==
  LET Counts(D) == UNION {1 .. B[e] : e \in D}
      Within(D) == {SB \in [D -> Counts(D)] : \A e \in D : SB[e] \leq B[e]}
  IN  UNION {Within(D) : D \in SUBSET DOMAIN B}

\* The bag analogue of {F(x) : x \in B}: each copy of d in B gives a copy of F(d).
BagOfAll(F(_), B) ==
  [v \in {F(d) : d \in DOMAIN B} |->
     TotalOver(B, {d \in DOMAIN B : F(d) = v})]

\* The total number of copies in the finite bag B.
BagCardinality(B) == TotalOver(B, DOMAIN B)

=============================================================================
