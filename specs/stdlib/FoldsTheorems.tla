---------------------------- MODULE FoldsTheorems ----------------------------
(***************************************************************************)
(* tlatrace's own text of the community module FoldsTheorems, written for  *)
(* tlatrace from the documented meaning of its contents.  The published    *)
(* module defines no operator: it proves facts about MapThenFoldSet.       *)
(* tlatrace parses theorems but does not use them, so only a few are       *)
(* stated here, in our own words.                                          *)
(***************************************************************************)
EXTENDS Folds, FiniteSets

\* Folding over the empty set gives the base value.
THEOREM MapThenFoldSetEmpty ==
  ASSUME NEW op(_, _), NEW base, NEW f(_), NEW choose(_)
  PROVE  MapThenFoldSet(op, base, f, choose, {}) = base

\* Folding over a non-empty finite set takes out the chosen element first.
THEOREM MapThenFoldSetNonempty ==
  ASSUME NEW op(_, _), NEW base, NEW f(_), NEW choose(_),
         NEW S, IsFiniteSet(S), S # {},
         \A T \in SUBSET S : T # {} => choose(T) \in T
  PROVE  MapThenFoldSet(op, base, f, choose, S) =
           op(f(choose(S)), MapThenFoldSet(op, base, f, choose, S \ {choose(S)}))

=============================================================================
