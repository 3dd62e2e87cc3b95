------------------------------ MODULE Sequences -----------------------------
(***************************************************************************)
(* tlatrace's own text of the standard module Sequences, written for       *)
(* tlatrace from the documented meaning of each operator.                  *)
(*                                                                         *)
(* A sequence of length n is a function with domain 1..n.  The evaluator   *)
(* implements these operators natively (strings are sequences of           *)
(* characters there); the definitions below state their meaning and can   *)
(* be evaluated as written, except the one marked "\* native".            *)
(***************************************************************************)
LOCAL INSTANCE Naturals

\* native: the set of all finite sequences of elements of S, infinite unless
\* S = {}; the evaluator tests membership without enumerating it.
Seq(S) == UNION { [1 .. n -> S] : n \in Nat }

\* The length of sequence s.
Len(s) == CHOOSE n \in (DOMAIN s) \cup {0} : DOMAIN s = 1 .. n

\* The concatenation of sequences s and t.
s \o t ==
  [i \in 1 .. (Len(s) + Len(t)) |-> IF i \leq Len(s) THEN s[i] ELSE t[i - Len(s)]]

\* The sequence s with e added at its end.
Append(s, e) == s \o << e >>

\* The first element of a non-empty sequence.
Head(s) == CASE s # << >> -> s[1]

\* The sequence s without its first element; s must not be empty.
Tail(s) == CASE s # << >> -> [i \in 1 .. (Len(s) - 1) |-> s[i + 1]]

\* The elements s[m], ..., s[n] as a sequence; << >> when n < m.
SubSeq(s, m, n) == [i \in 1 .. (1 + n - m) |-> s[m + i - 1]]

\* The subsequence of the elements e of s for which Test(e) holds, in order.
SelectSeq(s, Test(_)) ==
  LET kept[i \in 0 .. Len(s)] ==
        IF i = 0 THEN << >>
        ELSE IF Test(s[i]) THEN Append(kept[i - 1], s[i])
                           ELSE kept[i - 1]
  IN  kept[Len(s)]

=============================================================================
