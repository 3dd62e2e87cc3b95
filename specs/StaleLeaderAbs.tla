--------------------------- MODULE StaleLeaderAbs ---------------------------
(***************************************************************************)
(* The abstract single-leader log: one term at a time, the leader of that  *)
(* term (or None before the first election), and the committed entries.   *)
(* Only the leader of the current (maximum) term may commit an entry, and  *)
(* the entry carries that term.                                            *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Server, None
VARIABLES maxTerm, leader, committed

vars == <<maxTerm, leader, committed>>

TypeOK ==
  /\ maxTerm \in Nat
  /\ leader \in Server \cup {None}
  /\ committed \subseteq [index : Nat, term : Nat]

Init ==
  /\ maxTerm = 0
  /\ leader = None
  /\ committed = {}

\* A new term begins with n as its leader.
Elect(n) ==
  /\ maxTerm' = maxTerm + 1
  /\ leader' = n
  /\ UNCHANGED committed

\* The leader of the current term commits one entry of that term.
Write(n) ==
  /\ n = leader
  /\ \E i \in 1..Cardinality(committed) + 1 :
       committed' = committed \cup {[index |-> i, term |-> maxTerm]}
  /\ UNCHANGED <<maxTerm, leader>>

Next == \E n \in Server : Elect(n) \/ Write(n)

Spec == Init /\ [][Next]_vars
=============================================================================
