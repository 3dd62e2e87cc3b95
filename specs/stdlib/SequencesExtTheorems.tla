------------------------ MODULE SequencesExtTheorems -------------------------
(***************************************************************************)
(* tlatrace's own text of the community module SequencesExtTheorems,       *)
(* written for tlatrace from the documented meaning of its definitions.    *)
(* The published module proves facts about the operators of SequencesExt   *)
(* and justifies functions defined by recursion over sequences.  tlatrace  *)
(* parses theorems but does not use them, so only a few are stated here,   *)
(* in our own words.  The definitions range over Seq(S) and are meant for  *)
(* proofs, not for evaluation.                                             *)
(***************************************************************************)
EXTENDS Sequences, SequencesExt, Functions, Integers, WellFoundedInduction

\* Front and Reverse of the empty sequence.
THEOREM FrontOfEmpty == Front(<< >>) = << >>
THEOREM ReverseEmpty == Reverse(<< >>) = << >>

\* Def(g, s) depends only on the values of g at the strict prefixes of s.
StrictPrefixesDetermineDef(S, Def(_, _)) ==
  \A g, h : \A s \in Seq(S) :
    (\A p \in Seq(S) : IsStrictPrefix(p, s) => g[p] = h[p]) => Def(g, s) = Def(h, s)

\* Def(g, s) depends only on the values of g at the strict suffixes of s.
StrictSuffixesDetermineDef(S, Def(_, _)) ==
  \A g, h : \A s \in Seq(S) :
    (\A p \in Seq(S) : IsStrictSuffix(p, s) => g[p] = h[p]) => Def(g, s) = Def(h, s)

\* f is the function on Seq(S) picked by CHOOSE among those g with
\* g[<< >>] = f0 and g[s] = Def(g[Tail(s)], s) for a non-empty s.
TailInductiveDefHypothesis(f, S, f0, Def(_, _)) ==
  f = CHOOSE g : g = [s \in Seq(S) |-> IF s = << >> THEN f0 ELSE Def(g[Tail(s)], s)]

\* f is a function on Seq(S) with f[<< >>] = f0 and
\* f[s] = Def(f[Tail(s)], s) for every non-empty s.
TailInductiveDefConclusion(f, S, f0, Def(_, _)) ==
  f = [s \in Seq(S) |-> IF s = << >> THEN f0 ELSE Def(f[Tail(s)], s)]

\* As TailInductiveDefHypothesis, recursing on Front(s) instead of Tail(s).
FrontInductiveDefHypothesis(f, S, f0, Def(_, _)) ==
  f = CHOOSE g : g = [s \in Seq(S) |-> IF s = << >> THEN f0 ELSE Def(g[Front(s)], s)]

\* As TailInductiveDefConclusion, recursing on Front(s) instead of Tail(s).
FrontInductiveDefConclusion(f, S, f0, Def(_, _)) ==
  f = [s \in Seq(S) |-> IF s = << >> THEN f0 ELSE Def(f[Front(s)], s)]

\* A definition by recursion on the tail defines its function.
THEOREM TailInductiveDef ==
  ASSUME NEW S, NEW Def(_, _), NEW f, NEW f0,
         TailInductiveDefHypothesis(f, S, f0, Def)
  PROVE  TailInductiveDefConclusion(f, S, f0, Def)

\* A definition by recursion on the front defines its function.
THEOREM FrontInductiveDef ==
  ASSUME NEW S, NEW Def(_, _), NEW f, NEW f0,
         FrontInductiveDefHypothesis(f, S, f0, Def)
  PROVE  FrontInductiveDefConclusion(f, S, f0, Def)

=============================================================================
