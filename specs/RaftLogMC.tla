----------------------------- MODULE RaftLogMC -----------------------------
(***************************************************************************)
(* Model checking RaftLog: bounds that make the state space finite, and    *)
(* the two refinement mappings, stated as named instances:                 *)
(*   - DistLog, with each server's log seen as its sequence of values;     *)
(*   - Log, with the chosen pairs being the committed entries.             *)
(***************************************************************************)
EXTENDS RaftLog

CONSTANTS MaxTerm, MaxLogLen, MaxCopies, MaxInFlight

\* Bounds terms, logs and the network.
StateBound ==
  /\ \A i \in Server : currentTerm[i] <= MaxTerm /\ Len(log[i]) <= MaxLogLen
  /\ \A m \in DOMAIN messages : messages[m] <= MaxCopies
  /\ Cardinality(DOMAIN messages) <= MaxInFlight

\* Each server's log as DistLog sees it: its values.
ValueLogs == [s \in Server |-> [n \in DOMAIN log[s] |-> log[s][n].value]]

DL == INSTANCE DistLog WITH log <- ValueLogs
L == INSTANCE Log WITH chosen <- Committed

\* DistLog's safety part (its Spec adds a fairness condition RaftLog does not make).
DistLogSafety == DL!Init /\ [][DL!Next]_ValueLogs
LogSpec == L!Spec
LogChosenSafety == L!ChosenSafety
DistLogTypeOK == DL!TypeOK

\* The servers are interchangeable: RaftLog, both mappings and both abstract specs treat them
\* alike, so a cfg may check one state of each class of server renamings (SYMMETRY).
ServerSymmetry == Permutations(Server)
=============================================================================
