--------------------------- MODULE NaturalsInduction --------------------------
(***************************************************************************)
(* tlatrace's own text of the TLA+ proof system's module NaturalsInduction,*)
(* written for tlatrace from the documented meaning of its definitions.    *)
(* The module states induction principles over the natural numbers and the *)
(* facts that justify functions defined by primitive recursion over Nat or *)
(* over an interval m..n.  tlatrace parses theorems but does not use them; *)
(* the definitions range over Nat and are meant for proofs, not for        *)
(* evaluation.                                                             *)
(***************************************************************************)
EXTENDS Integers

\* Ordinary induction: P(0), and P(n) => P(n + 1), give P for every natural.
THEOREM NatInduction ==
  ASSUME NEW P(_),
         P(0),
         \A n \in Nat : P(n) => P(n + 1)
  PROVE  \A n \in Nat : P(n)

\* Course-of-values induction: P(n) follows from P holding below n.
THEOREM GeneralNatInduction ==
  ASSUME NEW P(_),
         \A n \in Nat : (\A m \in 0 .. (n - 1) : P(m)) => P(n)
  PROVE  \A n \in Nat : P(n)

\* f is the function picked by CHOOSE among those g on Nat whose value at 0
\* is f0 and whose value at i > 0 is Def(g[i - 1], i).
NatInductiveDefHypothesis(f, f0, Def(_, _)) ==
  f = CHOOSE g : g = [i \in Nat |-> IF i = 0 THEN f0 ELSE Def(g[i - 1], i)]

\* f is a function on Nat with f[0] = f0 and f[i] = Def(f[i - 1], i) for
\* every positive i.
NatInductiveDefConclusion(f, f0, Def(_, _)) ==
  f = [i \in Nat |-> IF i = 0 THEN f0 ELSE Def(f[i - 1], i)]

\* A recursive definition over Nat defines its function.
THEOREM NatInductiveDef ==
  ASSUME NEW Def(_, _), NEW f, NEW f0,
         NatInductiveDefHypothesis(f, f0, Def)
  PROVE  NatInductiveDefConclusion(f, f0, Def)

\* The same as NatInductiveDefHypothesis for the interval m .. n, with
\* f[m] = c.
FiniteNatInductiveDefHypothesis(f, c, Def(_, _), m, n) ==
  f = CHOOSE g : g = [i \in m .. n |-> IF i = m THEN c ELSE Def(g[i - 1], i)]

\* The same as NatInductiveDefConclusion for the interval m .. n, with
\* f[m] = c.
FiniteNatInductiveDefConclusion(f, c, Def(_, _), m, n) ==
  f = [i \in m .. n |-> IF i = m THEN c ELSE Def(f[i - 1], i)]

\* A recursive definition over an interval of naturals defines its function.
THEOREM FiniteNatInductiveDef ==
  ASSUME NEW Def(_, _), NEW f, NEW c, NEW m \in Nat, NEW n \in Nat,
         FiniteNatInductiveDefHypothesis(f, c, Def, m, n)
  PROVE  FiniteNatInductiveDefConclusion(f, c, Def, m, n)

=============================================================================
