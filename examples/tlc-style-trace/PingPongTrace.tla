---------------------------- MODULE PingPongTrace ----------------------------
\* Trace validation of PingPong in TLC's own style (as tlaplus/Examples does it for
\* EWD998Chan): the log is read with Json's ndJsonDeserialize, reordered causally by
\* VectorClocks' CausalOrder, and TLC's breadth-first search is steered along it by an
\* ACTION_CONSTRAINT that looks at line TLCGet("level") of the log. Run it with
\*   JSON=examples/tlc-style-trace/PingPongTrace.ndjson tlatrace check PingPongTrace.tla
EXTENDS PingPong, Json, TLC, IOUtils, VectorClocks, Sequences

JsonLog ==
  ndJsonDeserialize(IF "JSON" \in DOMAIN IOEnv THEN IOEnv.JSON
                    ELSE "examples/tlc-style-trace/PingPongTrace.ndjson")

\* The first line of the log holds the number of nodes.
TraceN == JsonLog[1].N

\* The other lines, per node as the nodes wrote them, put into a causal order.
TraceLog ==
  CausalOrder(SubSeq(JsonLog, 2, Len(JsonLog)),
              LAMBDA l : l.vc, LAMBDA l : ToString(l.node), LAMBDA vc : DOMAIN vc)

TraceSpec == Init /\ [][Next \/ UNCHANGED vars]_vars

IsSend(l) == l.event = "send" /\ <<Send(l.node, l.to)>>_vars
IsRecv(l) == l.event = "recv" /\ <<Recv(l.node)>>_vars

TraceNextConstraint ==
  LET i == TLCGet("level") IN
  /\ i <= Len(TraceLog)
  /\ LET line == TraceLog[i] IN
       /\ IsSend(line) \/ IsRecv(line)
       /\ "failure" \notin DOMAIN line

\* A state may occur twice in the log: the level keeps the occurrences apart.
TraceView == <<vars, TLCGet("level")>>

\* The behavior found is as long as the log.
TraceAccepted ==
  LET d == TLCGet("stats").diameter IN
  IF d - 1 = Len(TraceLog) THEN TRUE
  ELSE Print(<<"Failed matching the trace to (a prefix of) a behavior:", TraceLog[d]>>, FALSE)

TraceAlias ==
  [ line     |-> TLCGet("level"),
    holder   |-> holder,
    inflight |-> inflight,
    count    |-> count,
    enabled  |-> [ Send |-> ENABLED \E n, m \in Node : Send(n, m),
                   Recv |-> ENABLED \E m \in Node : Recv(m) ] ]
=============================================================================
