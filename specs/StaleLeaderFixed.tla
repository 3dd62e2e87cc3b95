-------------------------- MODULE StaleLeaderFixed --------------------------
(***************************************************************************)
(* StaleLeader corrected. A commit stands for a round with a quorum of    *)
(* servers, and any quorum meets the quorum that elected a newer leader:   *)
(* a leader whose term is not the largest term known would hear of the    *)
(* newer term and commit nothing. The abstraction of that round is one     *)
(* more guard on ClientRequest: n's term is the maximum term. The          *)
(* refinement mapping RM (inherited from StaleLeader) is unchanged.        *)
(***************************************************************************)
EXTENDS StaleLeader

\* ClientRequest, committed only by a leader of the maximum term.
QuorumClientRequest(n) ==
  /\ currentTerm[n] = MaxKnownTerm
  /\ ClientRequest(n)

FixedNext == \E n \in Server : BecomeLeader(n) \/ QuorumClientRequest(n)

FixedSpec == Init /\ [][FixedNext]_vars

\* The abstract type invariant under the mapping.
RMTypeOK == RM!TypeOK
=============================================================================
