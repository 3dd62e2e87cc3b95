-------------------------- MODULE FiniteSetTheorems --------------------------
(***************************************************************************)
(* tlatrace's own text of the TLA+ proof system's module FiniteSetTheorems,*)
(* written for tlatrace from the documented meaning of its definitions.    *)
(* The published module proves facts about finite sets and their           *)
(* cardinality; tlatrace parses theorems but does not use them, so only a  *)
(* few are stated here, in our own words.                                  *)
(***************************************************************************)
EXTENDS FiniteSets, Integers, Functions, WellFoundedInduction

\* The empty set is finite and has no element.
THEOREM FS_EmptySet ==
  /\ IsFiniteSet({})
  /\ Cardinality({}) = 0

\* The cardinality of a finite set is a natural number.
THEOREM FS_CardinalityType ==
  \A S : IsFiniteSet(S) => Cardinality(S) \in Nat

\* An interval of integers is finite.
THEOREM FS_Interval ==
  \A a, b \in Int : IsFiniteSet(a .. b)

\* Induction over finite sets: P holds for {} and is kept by adding an
\* element, so it holds for every finite set.
THEOREM FS_Induction ==
  ASSUME NEW S, IsFiniteSet(S), NEW P(_),
         P({}),
         \A T, x : IsFiniteSet(T) /\ P(T) /\ x \notin T => P(T \cup {x})
  PROVE  P(S)

\* The finite subsets of S.
FiniteSubsetsOf(S) == {T \in SUBSET S : IsFiniteSet(T)}

\* Strict inclusion between subsets of S, as a set of pairs.
StrictSubsetOrdering(S) ==
  {pair \in (SUBSET S) \X (SUBSET S) : pair[1] \subseteq pair[2] /\ pair[1] # pair[2]}

=============================================================================
