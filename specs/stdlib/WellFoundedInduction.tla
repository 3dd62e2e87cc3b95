------------------------- MODULE WellFoundedInduction -------------------------
(***************************************************************************)
(* tlatrace's own text of the TLA+ proof system's module                   *)
(* WellFoundedInduction, written for tlatrace from the documented meaning  *)
(* of its definitions.  A relation is a set of pairs <<x, y>>, read as "x  *)
(* is below y".  The module states induction over well-founded relations   *)
(* and the facts that justify functions defined by well-founded recursion. *)
(* tlatrace parses theorems but does not use them; several definitions     *)
(* range over Nat or over all functions and are meant for proofs.           *)
(***************************************************************************)
EXTENDS NaturalsInduction

\* R, restricted to S, is transitive.
IsTransitivelyClosedOn(R, S) ==
  \A a, b, c \in S : <<a, b>> \in R /\ <<b, c>> \in R => <<a, c>> \in R

\* No infinite sequence of elements of S descends along R.
IsWellFoundedOn(R, S) ==
  ~ \E desc \in [Nat -> S] : \A i \in Nat : <<desc[i + 1], desc[i]>> \in R

\* The elements of S below x.
SetLessThan(x, R, S) == {y \in S : <<y, x>> \in R}

\* Induction over a well-founded relation.
THEOREM WFInduction ==
  ASSUME NEW P(_), NEW R, NEW S,
         IsWellFoundedOn(R, S),
         \A x \in S : (\A y \in SetLessThan(x, R, S) : P(y)) => P(x)
  PROVE  \A x \in S : P(x)

\* Def(g, x) depends only on the values of g below x.
WFDefOn(R, S, Def(_, _)) ==
  \A g, h : \A x \in S :
    (\A y \in SetLessThan(x, R, S) : g[y] = h[y]) => Def(g, x) = Def(h, x)

\* f is the function on S picked by CHOOSE among the fixed points of Def.
OpDefinesFcn(f, S, Def(_, _)) ==
  f = CHOOSE g : g = [x \in S |-> Def(g, x)]

\* f is a fixed point of Def on S.
WFInductiveDefines(f, S, Def(_, _)) == f = [x \in S |-> Def(f, x)]

\* Def has at most one fixed point on S.
WFInductiveUnique(S, Def(_, _)) ==
  \A g, h : WFInductiveDefines(g, S, Def) /\ WFInductiveDefines(h, S, Def)
              => g = h

\* The smallest relation on S that contains R restricted to S and is
\* transitively closed.
TransitiveClosureOn(R, S) ==
  {pair \in S \X S :
     \A T \in SUBSET (S \X S) :
       (R \cap (S \X S) \subseteq T /\ IsTransitivelyClosedOn(T, S)) => pair \in T}

\* A definition by well-founded recursion defines its function.
THEOREM WFInductiveDef ==
  ASSUME NEW Def(_, _), NEW R, NEW S, NEW f,
         IsWellFoundedOn(R, S),
         WFDefOn(R, S, Def),
         OpDefinesFcn(f, S, Def)
  PROVE  WFInductiveDefines(f, S, Def)

\* The relation on S given by a binary operator (for example < on Nat).
OpToRel(_\prec_, S) == {pair \in S \X S : pair[1] \prec pair[2]}

\* The relation on S that relates a and b when <<f(a), f(b)>> is in R.
PreImage(f(_), S, R) == {pair \in S \X S : <<f(pair[1]), f(pair[2])>> \in R}

\* The lexicographic order on S1 \X S2 built from R1 on S1 and R2 on S2.
LexPairOrdering(R1, R2, S1, S2) ==
  {pair \in (S1 \X S2) \X (S1 \X S2) :
     LET a == pair[1]
         b == pair[2]
     IN  \/ <<a[1], b[1]>> \in R1
         \/ a[1] = b[1] /\ <<a[2], b[2]>> \in R2}

\* The lexicographic order on the n-tuples over S built from R on S.
LexProductOrdering(R, S, n) ==
  {pair \in [1 .. n -> S] \X [1 .. n -> S] :
     \E k \in 1 .. n :
       /\ \A i \in 1 .. (k - 1) : pair[1][i] = pair[2][i]
       /\ <<pair[1][k], pair[2][k]>> \in R}

\* < is well founded on Nat.
THEOREM NatLessThanWellFounded == IsWellFoundedOn(OpToRel(<, Nat), Nat)

=============================================================================
