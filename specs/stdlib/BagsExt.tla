------------------------------- MODULE BagsExt -------------------------------
(***************************************************************************)
(* tlatrace's own text of the community module BagsExt, written for        *)
(* tlatrace from the documented meaning of each operator.  A bag maps each *)
(* of its elements to the (positive) number of its copies.  Every          *)
(* definition can be evaluated as written.                                 *)
(***************************************************************************)
LOCAL INSTANCE Bags
LOCAL INSTANCE Integers
LOCAL INSTANCE Folds

\* B with one more copy of x.
BagAdd(B, x) == B (+) SetToBag({x})

\* B with one copy of x less (B itself when x is not in B).
BagRemove(B, x) == B (-) SetToBag({x})

\* B without any copy of x.
BagRemoveAll(B, x) == [e \in DOMAIN B \ {x} |-> B[e]]

\* Like MapThenFoldSet over the elements of B, each taken as many times as
\* it has copies: starting from base, combines f(x) for every copy of every
\* element x with op, in the order that choose gives to the elements.
MapThenFoldBag(op(_, _), base, f(_), choose(_), B) ==
  LET copies == {<<e, i>> : e \in DOMAIN B, i \in 1 .. B[e]}
      pick(P) == CHOOSE c \in P : c[1] = choose({d[1] : d \in P})
  IN  MapThenFoldSet(op, base, LAMBDA c : f(c[1]), pick, copies)

\* Combines every copy of every element of B with op, starting from base.
FoldBag(op(_, _), base, B) ==
  MapThenFoldBag(op, base, LAMBDA x : x, LAMBDA S : CHOOSE x \in S : TRUE, B)

\* The sum of the elements of B, counted with their copies.
SumBag(B) == FoldBag(LAMBDA a, b : a + b, 0, B)

\* The product of the elements of B, counted with their copies.
ProductBag(B) == FoldBag(LAMBDA a, b : a * b, 1, B)

=============================================================================
