------------------------------ MODULE RaftLog ------------------------------
(***************************************************************************)
(* A Raft-style replicated log at the granularity of the implementation in *)
(* examples/raftkv/: every event that implementation logs is exactly one   *)
(* step of this specification, under the same name and with the same      *)
(* parameters (i: the server taking the step, j: a peer, v: a value, m: a  *)
(* message).  Each step changes at most one entry of one server's log.     *)
(*                                                                         *)
(* Messages travel in a bag (a function from messages to their number of   *)
(* copies in flight): the network may drop, duplicate and reorder them.    *)
(* A crash and the later restart are one step, Restart, that keeps the     *)
(* persisted state (term, vote, log and commit index) and resets the rest. *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS Server, Value

VARIABLES
  currentTerm,   \* currentTerm[i]: the latest term server i has seen
  role,          \* role[i]: Follower, Candidate or Leader
  votedFor,      \* votedFor[i]: whom i voted for in its current term, or Nil
  log,           \* log[i]: a sequence of [term |-> t, value |-> v]
  commitIndex,   \* commitIndex[i]: the longest prefix of log[i] i knows committed
  votesGranted,  \* votesGranted[i]: the servers that voted for candidate i
  nextIndex,     \* nextIndex[i][j]: the next entry leader i sends to j
  matchIndex,    \* matchIndex[i][j]: the longest prefix leader i knows j holds
  messages       \* the bag of messages in flight: message -> number of copies

vars == <<currentTerm, role, votedFor, log, commitIndex, votesGranted,
          nextIndex, matchIndex, messages>>

Follower == "Follower"
Candidate == "Candidate"
Leader == "Leader"
Nil == "none"

RequestVoteRequest == "RequestVoteRequest"
RequestVoteResponse == "RequestVoteResponse"
AppendEntriesRequest == "AppendEntriesRequest"
AppendEntriesResponse == "AppendEntriesResponse"

----------------------------------------------------------------------------
(* Helpers *)

Min(S) == CHOOSE x \in S : \A y \in S : x <= y
Max(S) == CHOOSE x \in S : \A y \in S : x >= y

\* A set of servers that outnumbers the rest.
IsQuorum(Q) == 2 * Cardinality(Q) > Cardinality(Server)

LastTerm(xlog) == IF Len(xlog) = 0 THEN 0 ELSE xlog[Len(xlog)].term

\* The bag with one more copy of m.
WithMessage(m, msgs) ==
  IF m \in DOMAIN msgs THEN [msgs EXCEPT ![m] = @ + 1] ELSE msgs @@ (m :> 1)

\* The bag with one copy of m fewer; a message with no copies leaves the domain.
WithoutMessage(m, msgs) ==
  IF m \in DOMAIN msgs
  THEN IF msgs[m] = 1 THEN [x \in DOMAIN msgs \ {m} |-> msgs[x]]
       ELSE [msgs EXCEPT ![m] = @ - 1]
  ELSE msgs

Send(m) == messages' = WithMessage(m, messages)
Discard(m) == messages' = WithoutMessage(m, messages)
Reply(response, request) ==
  messages' = WithoutMessage(request, WithMessage(response, messages))

\* m is in flight to server i.
InFlightTo(i, m) == m \in DOMAIN messages /\ m.mdest = i

----------------------------------------------------------------------------
Init ==
  /\ currentTerm = [i \in Server |-> 0]
  /\ role = [i \in Server |-> Follower]
  /\ votedFor = [i \in Server |-> Nil]
  /\ log = [i \in Server |-> << >>]
  /\ commitIndex = [i \in Server |-> 0]
  /\ votesGranted = [i \in Server |-> {}]
  /\ nextIndex = [i \in Server |-> [j \in Server |-> 1]]
  /\ matchIndex = [i \in Server |-> [j \in Server |-> 0]]
  /\ messages = [m \in {} |-> 0]

----------------------------------------------------------------------------
(* Steps a server takes on its own *)

\* Server i crashes and comes back with its persisted state.
Restart(i) ==
  /\ role' = [role EXCEPT ![i] = Follower]
  /\ votesGranted' = [votesGranted EXCEPT ![i] = {}]
  /\ nextIndex' = [nextIndex EXCEPT ![i] = [j \in Server |-> 1]]
  /\ matchIndex' = [matchIndex EXCEPT ![i] = [j \in Server |-> 0]]
  /\ UNCHANGED <<currentTerm, votedFor, log, commitIndex, messages>>

\* Server i's election timer fires: it starts an election in a new term.
Timeout(i) ==
  /\ role[i] \in {Follower, Candidate}
  /\ currentTerm' = [currentTerm EXCEPT ![i] = @ + 1]
  /\ role' = [role EXCEPT ![i] = Candidate]
  /\ votedFor' = [votedFor EXCEPT ![i] = i]
  /\ votesGranted' = [votesGranted EXCEPT ![i] = {i}]
  /\ UNCHANGED <<log, commitIndex, nextIndex, matchIndex, messages>>

\* Candidate i asks j for its vote.
RequestVote(i, j) ==
  /\ i # j
  /\ role[i] = Candidate
  /\ Send([mtype |-> RequestVoteRequest, mterm |-> currentTerm[i],
           mlastLogTerm |-> LastTerm(log[i]), mlastLogIndex |-> Len(log[i]),
           msource |-> i, mdest |-> j])
  /\ UNCHANGED <<currentTerm, role, votedFor, log, commitIndex, votesGranted,
                 nextIndex, matchIndex>>

\* Candidate i has the votes of a quorum.
BecomeLeader(i) ==
  /\ role[i] = Candidate
  /\ IsQuorum(votesGranted[i])
  /\ role' = [role EXCEPT ![i] = Leader]
  /\ nextIndex' = [nextIndex EXCEPT ![i] = [j \in Server |-> Len(log[i]) + 1]]
  /\ matchIndex' = [matchIndex EXCEPT ![i] = [j \in Server |-> 0]]
  /\ UNCHANGED <<currentTerm, votedFor, log, commitIndex, votesGranted, messages>>

\* Leader i appends a client's value to its log.
ClientRequest(i, v) ==
  /\ role[i] = Leader
  /\ log' = [log EXCEPT ![i] = Append(@, [term |-> currentTerm[i], value |-> v])]
  /\ UNCHANGED <<currentTerm, role, votedFor, commitIndex, votesGranted,
                 nextIndex, matchIndex, messages>>

\* Leader i sends j the entry at nextIndex[i][j] (none if j is up to date).
AppendEntries(i, j) ==
  /\ i # j
  /\ role[i] = Leader
  /\ LET prevLogIndex == nextIndex[i][j] - 1
         prevLogTerm == IF prevLogIndex > 0 THEN log[i][prevLogIndex].term ELSE 0
         lastEntry == Min({Len(log[i]), nextIndex[i][j]})
         entries == SubSeq(log[i], nextIndex[i][j], lastEntry)
     IN Send([mtype |-> AppendEntriesRequest, mterm |-> currentTerm[i],
              mprevLogIndex |-> prevLogIndex, mprevLogTerm |-> prevLogTerm,
              mentries |-> entries, mcommitIndex |-> Min({commitIndex[i], lastEntry}),
              msource |-> i, mdest |-> j])
  /\ UNCHANGED <<currentTerm, role, votedFor, log, commitIndex, votesGranted,
                 nextIndex, matchIndex>>

\* Leader i commits up to the longest prefix a quorum holds, if its last entry
\* is of i's current term (Raft's commit rule).
AdvanceCommitIndex(i) ==
  /\ role[i] = Leader
  /\ LET Agree(index) == {i} \cup {k \in Server : matchIndex[i][k] >= index}
         agreeIndexes == {index \in 1..Len(log[i]) : IsQuorum(Agree(index))}
     IN /\ agreeIndexes # {}
        /\ log[i][Max(agreeIndexes)].term = currentTerm[i]
        /\ Max(agreeIndexes) > commitIndex[i]
        /\ commitIndex' = [commitIndex EXCEPT ![i] = Max(agreeIndexes)]
  /\ UNCHANGED <<currentTerm, role, votedFor, log, votesGranted, nextIndex,
                 matchIndex, messages>>

----------------------------------------------------------------------------
(* Steps on receiving a message m at server i *)

\* m carries a newer term: i adopts it and becomes a follower; m stays in flight.
UpdateTerm(i, m) ==
  /\ InFlightTo(i, m)
  /\ m.mterm > currentTerm[i]
  /\ currentTerm' = [currentTerm EXCEPT ![i] = m.mterm]
  /\ role' = [role EXCEPT ![i] = Follower]
  /\ votedFor' = [votedFor EXCEPT ![i] = Nil]
  /\ UNCHANGED <<log, commitIndex, votesGranted, nextIndex, matchIndex, messages>>

HandleRequestVoteRequest(i, m) ==
  /\ InFlightTo(i, m)
  /\ m.mtype = RequestVoteRequest
  /\ m.mterm <= currentTerm[i]
  /\ LET j == m.msource
         logOk == \/ m.mlastLogTerm > LastTerm(log[i])
                  \/ /\ m.mlastLogTerm = LastTerm(log[i])
                     /\ m.mlastLogIndex >= Len(log[i])
         grant == /\ m.mterm = currentTerm[i]
                  /\ logOk
                  /\ votedFor[i] \in {Nil, j}
     IN /\ votedFor' = IF grant THEN [votedFor EXCEPT ![i] = j] ELSE votedFor
        /\ Reply([mtype |-> RequestVoteResponse, mterm |-> currentTerm[i],
                  mvoteGranted |-> grant, msource |-> i, mdest |-> j], m)
  /\ UNCHANGED <<currentTerm, role, log, commitIndex, votesGranted, nextIndex,
                 matchIndex>>

HandleRequestVoteResponse(i, m) ==
  /\ InFlightTo(i, m)
  /\ m.mtype = RequestVoteResponse
  /\ m.mterm = currentTerm[i]
  /\ votesGranted' = IF m.mvoteGranted
                     THEN [votesGranted EXCEPT ![i] = @ \cup {m.msource}]
                     ELSE votesGranted
  /\ Discard(m)
  /\ UNCHANGED <<currentTerm, role, votedFor, log, commitIndex, nextIndex, matchIndex>>

\* A response from an older term is ignored.
DropStaleResponse(i, m) ==
  /\ InFlightTo(i, m)
  /\ m.mtype \in {RequestVoteResponse, AppendEntriesResponse}
  /\ m.mterm < currentTerm[i]
  /\ Discard(m)
  /\ UNCHANGED <<currentTerm, role, votedFor, log, commitIndex, votesGranted,
                 nextIndex, matchIndex>>

\* i holds the entry m's entry follows (the consistency check).
LogOk(i, m) ==
  \/ m.mprevLogIndex = 0
  \/ /\ m.mprevLogIndex > 0
     /\ m.mprevLogIndex <= Len(log[i])
     /\ m.mprevLogTerm = log[i][m.mprevLogIndex].term

\* An AppendEntries request i can act on: current term, i a follower, check passed.
AppendEntriesOk(i, m) ==
  /\ InFlightTo(i, m)
  /\ m.mtype = AppendEntriesRequest
  /\ m.mterm = currentTerm[i]
  /\ role[i] = Follower
  /\ LogOk(i, m)

\* i's entry at m's index has another term than m's entry.
Conflicts(i, m) ==
  LET index == m.mprevLogIndex + 1
  IN /\ m.mentries # << >>
     /\ Len(log[i]) >= index
     /\ log[i][index].term # m.mentries[1].term

\* A stale request, or one whose consistency check fails: i says no.
RejectAppendEntries(i, m) ==
  /\ InFlightTo(i, m)
  /\ m.mtype = AppendEntriesRequest
  /\ \/ m.mterm < currentTerm[i]
     \/ /\ m.mterm = currentTerm[i]
        /\ role[i] = Follower
        /\ ~LogOk(i, m)
  /\ Reply([mtype |-> AppendEntriesResponse, mterm |-> currentTerm[i],
            msuccess |-> FALSE, mmatchIndex |-> 0, msource |-> i, mdest |-> m.msource], m)
  /\ UNCHANGED <<currentTerm, role, votedFor, log, commitIndex, votesGranted,
                 nextIndex, matchIndex>>

\* A candidate hears from the leader of its term; m stays in flight.
ReturnToFollower(i, m) ==
  /\ InFlightTo(i, m)
  /\ m.mtype = AppendEntriesRequest
  /\ m.mterm = currentTerm[i]
  /\ role[i] = Candidate
  /\ role' = [role EXCEPT ![i] = Follower]
  /\ UNCHANGED <<currentTerm, votedFor, log, commitIndex, votesGranted, nextIndex,
                 matchIndex, messages>>

\* A conflicting entry: i drops its last entry; m stays in flight.
TruncateLog(i, m) ==
  /\ AppendEntriesOk(i, m)
  /\ Conflicts(i, m)
  /\ ~(/\ Len(log[i]) = m.mprevLogIndex + 1
       /\ log[i][Len(log[i])].value = m.mentries[1].value)
  /\ log' = [log EXCEPT ![i] = SubSeq(@, 1, Len(@) - 1)]
  /\ UNCHANGED <<currentTerm, role, votedFor, commitIndex, votesGranted, nextIndex,
                 matchIndex, messages>>

\* A conflicting last entry with the same value: i takes m's term for it.
ReplaceEntry(i, m) ==
  /\ AppendEntriesOk(i, m)
  /\ Conflicts(i, m)
  /\ Len(log[i]) = m.mprevLogIndex + 1
  /\ log[i][Len(log[i])].value = m.mentries[1].value
  /\ log' = [log EXCEPT ![i] = [log[i] EXCEPT ![Len(log[i])] = m.mentries[1]]]
  /\ UNCHANGED <<currentTerm, role, votedFor, commitIndex, votesGranted, nextIndex,
                 matchIndex, messages>>

\* i's log ends where m's entry goes: i appends it; m stays in flight.
StoreEntry(i, m) ==
  /\ AppendEntriesOk(i, m)
  /\ m.mentries # << >>
  /\ Len(log[i]) = m.mprevLogIndex
  /\ log' = [log EXCEPT ![i] = Append(@, m.mentries[1])]
  /\ UNCHANGED <<currentTerm, role, votedFor, commitIndex, votesGranted, nextIndex,
                 matchIndex, messages>>

\* i's log holds m's entry (or m is a heartbeat): i learns the commit index, says yes.
AcceptAppendEntries(i, m) ==
  /\ AppendEntriesOk(i, m)
  /\ \/ m.mentries = << >>
     \/ /\ m.mentries # << >>
        /\ Len(log[i]) >= m.mprevLogIndex + 1
        /\ log[i][m.mprevLogIndex + 1].term = m.mentries[1].term
  /\ commitIndex' = [commitIndex EXCEPT ![i] = Max({@, m.mcommitIndex})]
  /\ Reply([mtype |-> AppendEntriesResponse, mterm |-> currentTerm[i],
            msuccess |-> TRUE, mmatchIndex |-> m.mprevLogIndex + Len(m.mentries),
            msource |-> i, mdest |-> m.msource], m)
  /\ UNCHANGED <<currentTerm, role, votedFor, log, votesGranted, nextIndex, matchIndex>>

HandleAppendEntriesResponse(i, m) ==
  /\ InFlightTo(i, m)
  /\ m.mtype = AppendEntriesResponse
  /\ m.mterm = currentTerm[i]
  /\ LET j == m.msource
     IN IF m.msuccess
        THEN /\ nextIndex' = [nextIndex EXCEPT ![i][j] = m.mmatchIndex + 1]
             /\ matchIndex' = [matchIndex EXCEPT ![i][j] = m.mmatchIndex]
        ELSE /\ nextIndex' = [nextIndex EXCEPT ![i][j] = Max({@ - 1, 1})]
             /\ UNCHANGED matchIndex
  /\ Discard(m)
  /\ UNCHANGED <<currentTerm, role, votedFor, log, commitIndex, votesGranted>>

----------------------------------------------------------------------------
(* The network *)

DuplicateMessage(m) ==
  /\ m \in DOMAIN messages
  /\ Send(m)
  /\ UNCHANGED <<currentTerm, role, votedFor, log, commitIndex, votesGranted,
                 nextIndex, matchIndex>>

DropMessage(m) ==
  /\ m \in DOMAIN messages
  /\ Discard(m)
  /\ UNCHANGED <<currentTerm, role, votedFor, log, commitIndex, votesGranted,
                 nextIndex, matchIndex>>

----------------------------------------------------------------------------
ReceiveStep(i, m) ==
  \/ UpdateTerm(i, m)
  \/ HandleRequestVoteRequest(i, m)
  \/ HandleRequestVoteResponse(i, m)
  \/ DropStaleResponse(i, m)
  \/ RejectAppendEntries(i, m)
  \/ ReturnToFollower(i, m)
  \/ TruncateLog(i, m)
  \/ ReplaceEntry(i, m)
  \/ StoreEntry(i, m)
  \/ AcceptAppendEntries(i, m)
  \/ HandleAppendEntriesResponse(i, m)

Next ==
  \/ \E i \in Server :
        \/ Restart(i)
        \/ Timeout(i)
        \/ BecomeLeader(i)
        \/ AdvanceCommitIndex(i)
        \/ \E j \in Server : RequestVote(i, j) \/ AppendEntries(i, j)
        \/ \E v \in Value : ClientRequest(i, v)
  \/ \E m \in DOMAIN messages :
        \/ ReceiveStep(m.mdest, m)
        \/ DuplicateMessage(m)
        \/ DropMessage(m)

Spec == Init /\ [][Next]_vars

----------------------------------------------------------------------------
(* Properties *)

Entry == [term : Nat, value : Value]

TypeOK ==
  /\ currentTerm \in [Server -> Nat]
  /\ role \in [Server -> {Follower, Candidate, Leader}]
  /\ votedFor \in [Server -> Server \cup {Nil}]
  /\ \A i \in Server : \A n \in DOMAIN log[i] : log[i][n] \in Entry
  /\ commitIndex \in [Server -> Nat]
  /\ votesGranted \in [Server -> SUBSET Server]
  /\ \A i, j \in Server : nextIndex[i][j] \in Nat /\ matchIndex[i][j] \in Nat
  /\ \A m \in DOMAIN messages : messages[m] > 0

\* The entries every server has committed: <<index, value>> pairs.
Committed ==
  {<<n, log[s][n].value>> : s \in Server, n \in 1..Min({commitIndex[s], Len(log[s])})}

\* No server's commit index runs past its log.
CommitWithinLog == \A i \in Server : commitIndex[i] <= Len(log[i])

\* At most one leader per term.
ElectionSafety ==
  \A i, j \in Server :
    (role[i] = Leader /\ role[j] = Leader /\ currentTerm[i] = currentTerm[j]) => i = j

\* Two logs with an entry of the same term at the same index agree up to it.
LogMatching ==
  \A i, j \in Server : \A n \in 1..Min({Len(log[i]), Len(log[j])}) :
    log[i][n].term = log[j][n].term => SubSeq(log[i], 1, n) = SubSeq(log[j], 1, n)

\* Committed prefixes agree: no index has two committed values.
CommittedSafety ==
  \A p, q \in Committed : p[1] = q[1] => p = q
=============================================================================
