---------------------------- MODULE RaftLogTrace ----------------------------
(***************************************************************************)
(* Validating traces of examples/raftkv against RaftLog while checking,    *)
(* step by step, that they refine DistLog and Log (a committed entry is    *)
(* never lost or contradicted).                                            *)
(*                                                                         *)
(* The actions are RaftLog's, taken through an instance, so every step     *)
(* keeps the name and parameters the implementation logs.  One thing is    *)
(* added, and only when the cfg sets Lenient = TRUE: a leader may take any *)
(* AppendEntries response, of any term and either outcome, as news of the  *)
(* follower's progress, and record any progress up to what it has sent.   *)
(* The leader's bookkeeping of its followers is then not trusted.  A trace *)
(* of a leader that miscounts acknowledgements still matches, up to the    *)
(* step where the damage reaches the abstract log: the refinement to Log   *)
(* breaks there, and the report names that step and its event.  With      *)
(* Lenient = FALSE (RaftLogTrace.cfg) the steps are exactly RaftLog's.     *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Server, Value, Lenient

VARIABLES currentTerm, role, votedFor, log, commitIndex, votesGranted,
          nextIndex, matchIndex, messages

vars == <<currentTerm, role, votedFor, log, commitIndex, votesGranted,
          nextIndex, matchIndex, messages>>

\* RaftLog, with the two refinement mappings of RaftLogMC (its bounds are unused here).
R == INSTANCE RaftLogMC WITH MaxTerm <- 0, MaxLogLen <- 0, MaxCopies <- 0, MaxInFlight <- 0

----------------------------------------------------------------------------
\* A response to leader i updates i's record of the follower's progress: RaftLog's rule,
\* or (Lenient) any progress between what i knew and what i has sent, whatever the
\* response says.
HandleAppendEntriesResponse(i, m) ==
  \/ R!HandleAppendEntriesResponse(i, m)
  \/ /\ Lenient
     /\ R!InFlightTo(i, m)
     /\ m.mtype = R!AppendEntriesResponse
     /\ role[i] = R!Leader
     /\ LET j == m.msource
        IN \E n \in matchIndex[i][j]..R!Min({nextIndex[i][j], Len(log[i])}) :
             /\ matchIndex' = [matchIndex EXCEPT ![i][j] = n]
             /\ nextIndex' = [nextIndex EXCEPT ![i][j] = n + 1]
     /\ R!Discard(m)
     /\ UNCHANGED <<currentTerm, role, votedFor, log, commitIndex, votesGranted>>

ReceiveStep(i, m) ==
  \/ R!UpdateTerm(i, m)
  \/ R!HandleRequestVoteRequest(i, m)
  \/ R!HandleRequestVoteResponse(i, m)
  \/ R!DropStaleResponse(i, m)
  \/ R!RejectAppendEntries(i, m)
  \/ R!ReturnToFollower(i, m)
  \/ R!TruncateLog(i, m)
  \/ R!ReplaceEntry(i, m)
  \/ R!StoreEntry(i, m)
  \/ R!AcceptAppendEntries(i, m)
  \/ HandleAppendEntriesResponse(i, m)

\* RaftLog's Next, with the receive steps above.
Next ==
  \/ \E i \in Server :
        \/ R!Restart(i)
        \/ R!Timeout(i)
        \/ R!BecomeLeader(i)
        \/ R!AdvanceCommitIndex(i)
        \/ \E j \in Server : R!RequestVote(i, j) \/ R!AppendEntries(i, j)
        \/ \E v \in Value : R!ClientRequest(i, v)
  \/ \E m \in DOMAIN messages :
        \/ ReceiveStep(m.mdest, m)
        \/ R!DuplicateMessage(m)
        \/ R!DropMessage(m)

Spec == R!Init /\ [][Next]_vars

----------------------------------------------------------------------------
(* The refinements, checked on every step of the trace *)

\* Log's Next quantifies over all of Nat and all functions [i..j -> Value]: no checker can
\* enumerate that.  On a given step it has one possible witness, because ChooseRange adds
\* only pairs at indices not chosen before: i..j must be the indices of the new pairs, and
\* f their values.  LogNextOnStep is Log's Next with that witness; a cfg puts it in place
\* of Log's Next (`Next <- [Log] LogNextOnStep`).  An empty range (i > j) is a stutter.
NewPairs == R!Committed' \ R!Committed
NewIndices == {p[1] : p \in NewPairs}
LogNextOnStep ==
  IF NewPairs = {}
  THEN R!L!ChooseRange(1, 0, << >>)
  ELSE LET i == R!Min(NewIndices)
           j == R!Max(NewIndices)
       IN /\ \A k \in i..j : k \in NewIndices
          /\ R!L!ChooseRange(i, j, [k \in i..j |-> CHOOSE v \in Value : <<k, v>> \in NewPairs])

\* The refinement to Log: the committed entries only grow, one value per index.
LogRefinement == R!LogSpec
\* The refinement to DistLog (its safety part), each log seen as its values.
DistLogRefinement == R!DistLogSafety
=============================================================================
