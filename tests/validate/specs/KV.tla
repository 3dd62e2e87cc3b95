---------------------------- MODULE KV ----------------------------
\* A small key-value store: Put writes a key, Delete clears a written one.
\* Used by the trace-validation tests (tests/validate).
EXTENDS Naturals, Sequences

CONSTANTS Keys, Vals, NoVal, MaxVersion

VARIABLES store, version, history, written

vars == <<store, version, history, written>>

Init ==
  /\ store = [k \in Keys |-> NoVal]
  /\ version = 0
  /\ history = <<>>
  /\ written = {}

Put(k, v) ==
  /\ version < MaxVersion
  /\ store' = [store EXCEPT ![k] = v]
  /\ version' = version + 1
  /\ history' = Append(history, [op |-> "put", key |-> k, val |-> v])
  /\ written' = written \cup {k}

Delete(k) ==
  /\ store[k] # NoVal
  /\ store' = [store EXCEPT ![k] = NoVal]
  /\ version' = version + 1
  /\ history' = Append(history, [op |-> "del", key |-> k, val |-> 0])
  /\ UNCHANGED written

Next ==
  \/ \E k \in Keys, v \in Vals : Put(k, v)
  \/ \E k \in Keys : Delete(k)

Spec == Init /\ [][Next]_vars

TypeOK == version \in 0..MaxVersion

\* The version counter refines a counter that may count to 2 only.
Bounded == INSTANCE BoundedCounter WITH n <- version, Max <- 2
\* ... and one that may count to MaxVersion.
Unbounded == INSTANCE BoundedCounter WITH n <- version, Max <- MaxVersion
BoundedSpec == Bounded!Spec
UnboundedSpec == Unbounded!Spec

\* --match: an implementation that logs {"kv": {...}, "op": "set"|"unset", "key": k}.
ImplMatch(l) ==
  /\ store' = [k \in Keys |-> IF k \in DOMAIN l.kv THEN l.kv[k] ELSE NoVal]
  /\ l.op = IF history'[Len(history')].op = "put" THEN "set" ELSE "unset"
=============================================================================
