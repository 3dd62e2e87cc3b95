------------------------------ MODULE DistLog ------------------------------
(***************************************************************************)
(* The distributed log: one sequence of values per server. A value v is    *)
(* chosen at index i when every server of some chooser group holds v at i. *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Server, Value
VARIABLE log

\* The chooser groups: all servers together, as in the original design.
AllServers == {Server}
\* The alternative the design notes discuss: any majority of the servers.
Majorities == {Q \in SUBSET Server : 2 * Cardinality(Q) > Cardinality(Server)}
\* The groups in force; a cfg selects majorities with `ChooserGroups <- Majorities`.
ChooserGroups == AllServers

ChosenAt(i, v) ==
  \E Q \in ChooserGroups : \A s \in Q : Len(log[s]) >= i /\ log[s][i] = v

\* Some value is chosen at index i.
SomeChosenAt(i) == \E v \in Value : ChosenAt(i, v)

TypeOK == log \in [Server -> Seq(Value)]

Init == log = [s \in Server |-> <<>>]

\* s appends a new value, unless something is chosen at its next slot.
WriteNewEntry(s, v) ==
  /\ ~SomeChosenAt(Len(log[s]) + 1)
  /\ log' = [log EXCEPT ![s] = Append(@, v)]

\* s copies t's entry at s's next slot.
AppendEntry(s, t) ==
  /\ Len(log[t]) > Len(log[s])
  /\ log' = [log EXCEPT ![s] = Append(@, log[t][Len(log[s]) + 1])]

\* s drops its last entry, unless that entry is chosen.
RemoveEntry(s) ==
  /\ Len(log[s]) > 0
  /\ ~SomeChosenAt(Len(log[s]))
  /\ log' = [log EXCEPT ![s] = SubSeq(@, 1, Len(@) - 1)]

Next ==
  \/ \E s \in Server, v \in Value : WriteNewEntry(s, v)
  \/ \E s, t \in Server : AppendEntry(s, t)
  \/ \E s \in Server : RemoveEntry(s)

Spec == Init /\ [][Next]_log /\ WF_log(Next)
=============================================================================
