-------------------------- MODULE FunctionTheorems ---------------------------
(***************************************************************************)
(* tlatrace's own text of the community module FunctionTheorems, written  *)
(* for tlatrace from the documented meaning of its contents.  The          *)
(* published module defines no operator: it proves facts about the         *)
(* operators of Functions.  tlatrace parses theorems but does not use      *)
(* them, so only a few are stated here, in our own words.                  *)
(***************************************************************************)
EXTENDS Functions, Integers, FiniteSets

\* Every set is in bijection with itself.
THEOREM Fun_ExistsBijReflexive == \A S : ExistsBijection(S, S)

\* Being in bijection is symmetric.
THEOREM Fun_ExistsBijSymmetric ==
  \A S, T : ExistsBijection(S, T) => ExistsBijection(T, S)

\* Being in bijection is transitive.
THEOREM Fun_ExistsBijTransitive ==
  \A S, T, U : ExistsBijection(S, T) /\ ExistsBijection(T, U) => ExistsBijection(S, U)

=============================================================================
