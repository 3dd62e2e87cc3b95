-------------------------------- MODULE TLAPS -------------------------------
(***************************************************************************)
(* tlatrace's own text of the TLA+ proof system's module TLAPS, written    *)
(* for tlatrace from the documented meaning of its definitions.            *)
(*                                                                         *)
(* Every definition is a pragma: a name that a proof cites with BY or USE  *)
(* to choose a back-end prover, a tactic or a time limit.  To TLC and to   *)
(* tlatrace a pragma is just the constant TRUE (the two wrappers of        *)
(* operators are FALSE); tlatrace parses proofs but does not check them.   *)
(***************************************************************************)

\* Back ends: SMT solvers (the default one, then by name), with a variant
\* taking a time limit (or other options) as argument.
SimpleArithmetic == TRUE
SMT == TRUE
SMTT(X) == TRUE
CVC3 == TRUE
CVC3T(X) == TRUE
CVC4 == TRUE
CVC4T(X) == TRUE
Yices == TRUE
YicesT(X) == TRUE
veriT == TRUE
veriTT(X) == TRUE
Zipper == TRUE
ZipperT(X) == TRUE
Z3 == TRUE
Z3T(X) == TRUE
Spass == TRUE
SpassT(X) == TRUE

\* Propositional temporal logic, decided by LS4.
LS4 == TRUE
LS4T(X) == TRUE
PTL == TRUE

\* The Zenon tableau prover and Isabelle/TLA+ (IsaM takes a tactic, IsaMT a
\* tactic and a time limit).
Zenon == TRUE
ZenonT(X) == TRUE
Isa == TRUE
IsaT(X) == TRUE
IsaM(X) == TRUE
IsaMT(X, Y) == TRUE
IsaWithSetExtensionality == TRUE

\* Two facts of set theory that proofs may cite.
THEOREM SetExtensionality ==
  \A A, B : (\A e : e \in A <=> e \in B) => A = B
THEOREM NoSetContainsEverything ==
  \A A : \E e : e \notin A

\* Zenon with longer time limits.
SlowZenon == TRUE
SlowerZenon == TRUE
VerySlowZenon == TRUE
SlowestZenon == TRUE

\* Isabelle tactics, each also with longer time limits.
Auto == TRUE
SlowAuto == TRUE
SlowerAuto == TRUE
SlowestAuto == TRUE
Force == TRUE
SlowForce == TRUE
SlowerForce == TRUE
SlowestForce == TRUE
SimplifyAndSolve == TRUE
SlowSimplifyAndSolve == TRUE
SlowerSimplifyAndSolve == TRUE
SlowestSimplifyAndSolve == TRUE
Simplification == TRUE
SlowSimplification == TRUE
SlowerSimplification == TRUE
SlowestSimplification == TRUE
Blast == TRUE
SlowBlast == TRUE
SlowerBlast == TRUE
SlowestBlast == TRUE
AutoBlast == TRUE

\* Try several back ends in turn.
AllProvers == TRUE
AllProversT(X) == TRUE
AllSMT == TRUE
AllSMTT(X) == TRUE
AllIsa == TRUE
AllIsaT(X) == TRUE

\* Proof-manager directives: expand ENABLED and the composition \cdot,
\* use the definitions automatically, turn operators into LAMBDAs, add the
\* axioms about ENABLED, compare expression levels.
ExpandENABLED == TRUE
ExpandCdot == TRUE
AutoUSE == TRUE
Lambdify == TRUE
ENABLEDaxioms == TRUE
LevelComparison == TRUE

\* Wrappers that mark an operator for the ENABLED and \cdot directives.
EnabledWrapper(Op(_)) == FALSE
CdotWrapper(Op(_)) == FALSE

\* Facts that hold trivially.
Trivial == TRUE

=============================================================================
