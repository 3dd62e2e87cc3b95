---- MODULE Proofs ----
THEOREM T == ASSUME NEW x \in Nat PROVE x >= 0
<1>1. x >= 0
  BY DEF Nat
<1>2. CASE x = 0
  OBVIOUS
<1> QED BY <1>1, <1>2
LEMMA L == TRUE
PROOF OMITTED
USE DEF T
====
