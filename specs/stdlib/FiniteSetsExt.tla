---------------------------- MODULE FiniteSetsExt --------------------------
(***************************************************************************)
(* tlatrace's own text of the community module FiniteSetsExt, written for  *)
(* tlatrace from the documented meaning of each operator.  Every           *)
(* definition can be evaluated as written.                                 *)
(***************************************************************************)
\* As in the community modules since July 2026 (EXTENDS, not LOCAL INSTANCE).
EXTENDS Integers, FiniteSets, Folds, Functions

\* Combines the elements of the finite set with op, starting from base, in
\* an unspecified order (op should be associative and commutative).
FoldSet(op(_, _), base, set) ==
  MapThenFoldSet(op, base, LAMBDA x : x, LAMBDA T : CHOOSE x \in T : TRUE, set)

\* The sum of the numbers in the finite set.
SumSet(set) == FoldSet(LAMBDA a, b : a + b, 0, set)

\* The product of the numbers in the finite set.
ProductSet(set) == FoldSet(LAMBDA a, b : a * b, 1, set)

\* FoldSet with its arguments in an older order.
ReduceSet(op(_, _), set, acc) == FoldSet(op, acc, set)

\* The sum of op(x) for every x in the finite set.
MapThenSumSet(op(_), set) ==
  MapThenFoldSet(LAMBDA a, b : a + b, 0, op, LAMBDA T : CHOOSE x \in T : TRUE, set)

\* The union of a set of sets (the same as UNION S).
FlattenSet(S) == UNION S

\* The elements in exactly one of A and B.
SymDiff(A, B) == (A \cup B) \ (A \cap B)

\* The number of elements x of S with P(x).
Quantify(S, P(_)) == Cardinality({x \in S : P(x)})

\* The subsets of S with exactly k elements.
kSubset(k, S) == {T \in SUBSET S : Cardinality(T) = k}

\* The largest number in the non-empty finite set S.
Max(S) == CHOOSE m \in S : \A x \in S : x \leq m

\* The smallest number in the non-empty finite set S.
Min(S) == CHOOSE m \in S : \A x \in S : m \leq x

\* The sets that can be formed by taking one element from each set in Sets.
Choices(Sets) ==
  LET Picks == {f \in [Sets -> UNION Sets] : \A T \in Sets : f[T] \in T}
  IN  {Range(f) : f \in Picks}

\* The only element x of S with P(x); fails unless there is exactly one.
ChooseUnique(S, P(_)) == CHOOSE x \in S : {y \in S : P(y)} = {x}

=============================================================================
