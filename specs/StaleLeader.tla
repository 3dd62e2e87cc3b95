----------------------------- MODULE StaleLeader -----------------------------
(***************************************************************************)
(* A Raft-level log in which a client request is committed at once, and   *)
(* its refinement mapping onto the single-leader log StaleLeaderAbs:      *)
(*   - the abstract term is the maximum term of any server;                *)
(*   - the abstract leader is the leader of that term (every other server  *)
(*     is seen as a follower).                                             *)
(* A new leader takes a term one above every term it knows of, but does   *)
(* not depose the other leaders: a leader of a stale term may still       *)
(* accept requests. The refinement fails after Init, BecomeLeader(n1),     *)
(* BecomeLeader(n2), ClientRequest(n1): n1 commits an entry of term 1      *)
(* while the abstract leader is n2 in term 2. StaleLeaderFixed.tla fixes  *)
(* the spec; specs/README.md explains why the mapping cannot be fixed.     *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Server, MaxTerm, MaxLogLen

Leader == "Leader"
Follower == "Follower"
None == "None"

VARIABLES currentTerm, state, log, committed

vars == <<currentTerm, state, log, committed>>

TypeOK ==
  /\ currentTerm \in [Server -> Nat]
  /\ state \in [Server -> {Leader, Follower}]
  /\ log \in [Server -> Seq([term : Nat])]
  /\ committed \subseteq [index : Nat, term : Nat]

\* The largest term any server knows of.
MaxKnownTerm == LET terms == {currentTerm[m] : m \in Server}
                IN  CHOOSE t \in terms : \A u \in terms : u <= t

Init ==
  /\ currentTerm = [n \in Server |-> 0]
  /\ state = [n \in Server |-> Follower]
  /\ log = [n \in Server |-> << >>]
  /\ committed = {}

\* n becomes leader of a term above every term it knows of. The others keep their roles.
BecomeLeader(n) ==
  /\ currentTerm' = [currentTerm EXCEPT ![n] = MaxKnownTerm + 1]
  /\ state' = [state EXCEPT ![n] = Leader]
  /\ UNCHANGED <<log, committed>>

\* A leader appends a client's entry of its term; the entry is committed at once.
ClientRequest(n) ==
  /\ state[n] = Leader
  /\ log' = [log EXCEPT ![n] = Append(@, [term |-> currentTerm[n]])]
  /\ committed' = committed \cup {[index |-> Len(log[n]) + 1, term |-> currentTerm[n]]}
  /\ UNCHANGED <<currentTerm, state>>

Next == \E n \in Server : BecomeLeader(n) \/ ClientRequest(n)

Spec == Init /\ [][Next]_vars

\* Bounds for model checking.
StateBound == \A n \in Server : currentTerm[n] <= MaxTerm /\ Len(log[n]) <= MaxLogLen

\* The refinement mapping.
LeaderOfMaxTerm ==
  IF \E n \in Server : state[n] = Leader /\ currentTerm[n] = MaxKnownTerm
  THEN CHOOSE n \in Server : state[n] = Leader /\ currentTerm[n] = MaxKnownTerm
  ELSE None

RM == INSTANCE StaleLeaderAbs WITH maxTerm <- MaxKnownTerm, leader <- LeaderOfMaxTerm

\* The refinement property (a cfg names definitions, not RM!Spec itself).
RMSpec == RM!Spec
=============================================================================
