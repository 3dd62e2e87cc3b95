----------------------------- MODULE DistLogMC -----------------------------
(***************************************************************************)
(* Model checking DistLog: bounded logs, and its refinement of Log.        *)
(***************************************************************************)
EXTENDS DistLog

CONSTANT MaxLen

\* Bounds every log, so that the state space is finite.
LogConstraint == \A s \in Server : Len(log[s]) <= MaxLen

\* The refinement mapping: chosen is what DistLog has chosen.
L == INSTANCE Log WITH chosen <- {<<i, v>> \in Nat \X Value : ChosenAt(i, v)}

LogSpec == L!Spec
LogSafety == L!ChosenSafety
=============================================================================
