------------------------------ MODULE Relation -------------------------------
(***************************************************************************)
(* tlatrace's own text of the community module Relation, written for       *)
(* tlatrace from the documented meaning of each operator.  A relation R on *)
(* a set S is a Boolean function on S \X S: R[x, y] tells whether x is     *)
(* related to y.  Each property also comes in a variant "...Under" that    *)
(* takes the relation as a binary Boolean operator.  Every definition can  *)
(* be evaluated as written.                                                *)
(***************************************************************************)
\* As in the community modules since July 2026 (EXTENDS, not LOCAL INSTANCE).
EXTENDS Naturals, FiniteSets

\* The Boolean function on S \X S given by the operator op.
LOCAL AsFunction(op(_, _), S) == [x, y \in S |-> op(x, y)]

IsReflexive(R, S) == \A x \in S : R[x, x]

IsReflexiveUnder(op(_, _), S) == IsReflexive(AsFunction(op, S), S)

IsIrreflexive(R, S) == \A x \in S : ~R[x, x]

IsIrreflexiveUnder(op(_, _), S) == IsIrreflexive(AsFunction(op, S), S)

IsSymmetric(R, S) == \A x, y \in S : R[x, y] = R[y, x]

IsSymmetricUnder(op(_, _), S) == IsSymmetric(AsFunction(op, S), S)

\* x and y related both ways only when they are equal.
IsAntiSymmetric(R, S) == \A x, y \in S : (R[x, y] /\ R[y, x]) => x = y

IsAntiSymmetricUnder(op(_, _), S) == IsAntiSymmetric(AsFunction(op, S), S)

\* Never related both ways (hence irreflexive).
IsAsymmetric(R, S) == \A x, y \in S : ~(R[x, y] /\ R[y, x])

IsAsymmetricUnder(op(_, _), S) == IsAsymmetric(AsFunction(op, S), S)

IsTransitive(R, S) == \A x, y, z \in S : (R[x, y] /\ R[y, z]) => R[x, z]

IsTransitiveUnder(op(_, _), S) == IsTransitive(AsFunction(op, S), S)

\* A strict partial order: irreflexive, antisymmetric and transitive.
IsStrictlyPartiallyOrdered(R, S) ==
  IsIrreflexive(R, S) /\ IsAntiSymmetric(R, S) /\ IsTransitive(R, S)

IsStrictlyPartiallyOrderedUnder(op(_, _), S) ==
  IsStrictlyPartiallyOrdered(AsFunction(op, S), S)

\* A partial order: reflexive, antisymmetric and transitive.
IsPartiallyOrdered(R, S) ==
  IsReflexive(R, S) /\ IsAntiSymmetric(R, S) /\ IsTransitive(R, S)

IsPartiallyOrderedUnder(op(_, _), S) == IsPartiallyOrdered(AsFunction(op, S), S)

\* A strict total order: a strict partial order relating any two distinct
\* elements one way or the other.
IsStrictlyTotallyOrdered(R, S) ==
  /\ IsStrictlyPartiallyOrdered(R, S)
  /\ \A x, y \in S : x # y => (R[x, y] \/ R[y, x])

IsStrictlyTotallyOrderedUnder(op(_, _), S) ==
  IsStrictlyTotallyOrdered(AsFunction(op, S), S)

\* A total order: a partial order relating any two elements one way or the
\* other.
IsTotallyOrdered(R, S) ==
  /\ IsPartiallyOrdered(R, S)
  /\ \A x, y \in S : R[x, y] \/ R[y, x]

IsTotallyOrderedUnder(op(_, _), S) == IsTotallyOrdered(AsFunction(op, S), S)

\* The smallest transitive relation on the finite set S that contains R:
\* x is related to y iff a chain of one or more R steps inside S leads from
\* x to y.  Each round lengthens the chains by one step; chains longer than
\* Cardinality(S) steps add nothing.
TransitiveClosure(R, S) ==
  LET Step(T) == [x, y \in S |-> T[x, y] \/ \E z \in S : T[x, z] /\ R[z, y]]
      RECURSIVE Rounds(_, _)
      Rounds(T, k) == IF k = 0 THEN T ELSE Rounds(Step(T), k - 1)
  IN  Rounds([x, y \in S |-> R[x, y]], Cardinality(S))

\* The transitive closure, with every element related to itself.
ReflexiveTransitiveClosure(R, S) ==
  LET closure == TransitiveClosure(R, S)
  IN  [x, y \in S |-> x = y \/ closure[x, y]]

\* Any two elements of S are linked by a chain of R steps.
IsConnected(R, S) ==
  LET closure == ReflexiveTransitiveClosure(R, S)
  IN  \A x, y \in S : closure[x, y]

=============================================================================
