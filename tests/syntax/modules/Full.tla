Some text before the header (* even ( unbalanced
------------------------------- MODULE Full -------------------------------
EXTENDS Naturals, Sequences
(* a (* nested *) comment *)
CONSTANT N, F(_, _), _ \prec _
CONSTANTS A, B
VARIABLE x
VARIABLES y, z
ASSUME N > 0
ASSUMPTION NPos == N > 0
AXIOM Ax == TRUE
RECURSIVE Fact(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
LOCAL Helper == 1
a \prec b == a < b
-. a == 0 - a
a ^+ == a
f[i \in Nat] == IF i = 0 THEN 0 ELSE f[i - 1]
Apply(G(_), v) == G(v)
----
I == INSTANCE Inner WITH c <- 1, + <- Plus
P(q) == INSTANCE Inner WITH c <- q
INSTANCE Inner
LOCAL INSTANCE Inner WITH c <- 2
---- MODULE Inner ----
CONSTANT c
Val == c
====
THEOREM T1 == N > 0
PROOF OBVIOUS
LEMMA N > 0 => TRUE
  <1>1. N > 0
    BY DEF Fact
  <1>a. SUFFICES ASSUME NEW k \in Nat PROVE k >= 0
    OBVIOUS
  <1>2. CASE N = 1
  <1> DEFINE Q == 1
  <1>3. HAVE N > 0
  <1>4. TAKE k \in Nat
  <1>5. WITNESS 1
  <1>6. PICK k \in Nat : k > 0
    OMITTED
  <1> USE <1>1 DEFS Fact
  <1> HIDE DEF Fact
  <1> QED BY <1>1, <1>2
THEOREM ASSUME NEW CONSTANT K, K \in Nat PROVE K >= 0
COROLLARY C1 == TRUE
PROPOSITION TRUE
USE DEF Fact
=============================================================================
trailing text "unterminated (* whatever
