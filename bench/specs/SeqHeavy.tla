---------------------------- MODULE SeqHeavy ----------------------------
\* Benchmark (sequence-heavy): values travel through two bounded FIFO queues.
EXTENDS Naturals, Sequences
CONSTANTS Values, Cap
VARIABLES q1, q2

Init == q1 = <<>> /\ q2 = <<>>
Send(v) == Len(q1) < Cap /\ q1' = Append(q1, v) /\ UNCHANGED q2
Relay == q1 # <<>> /\ Len(q2) < Cap /\ q2' = Append(q2, Head(q1)) /\ q1' = Tail(q1)
Receive == q2 # <<>> /\ q2' = Tail(q2) /\ UNCHANGED q1
Next == (\E v \in Values : Send(v)) \/ Relay \/ Receive
TypeOK == q1 \in Seq(Values) /\ q2 \in Seq(Values) /\ Len(q1) <= Cap /\ Len(q2) <= Cap
=========================================================================
