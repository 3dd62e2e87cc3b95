-------------------------------- MODULE TLC ---------------------------------
(***************************************************************************)
(* tlatrace's own text of the standard module TLC, written for tlatrace    *)
(* from the documented meaning of each operator.                           *)
(*                                                                         *)
(* "\* native" marks a placeholder body: the operator has a side effect    *)
(* or reads the checker's state, so only the evaluator can give it its     *)
(* meaning.  Every other body can be evaluated as written.                 *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets

\* native: prints out and val, then equals val
Print(out, val) == val

\* native: prints out, then equals TRUE
PrintT(out) == TRUE

\* native: equals TRUE when val is TRUE; otherwise evaluation fails with out
Assert(val, out) == IF val = TRUE THEN TRUE ELSE CHOOSE v : FALSE

\* native: the current time in seconds since the epoch
JavaTime == CHOOSE n : n \in Nat

\* native: reads the checker register or statistic named by i
TLCGet(i) == CHOOSE v : TRUE

\* native: writes v into register i, then equals TRUE
TLCSet(i, v) == TRUE

\* The function with domain {d} that maps d to e.
d :> e == [x \in {d} |-> e]

\* Function merge; on the common domain the left function wins.
f @@ g ==
  [x \in (DOMAIN f) \cup (DOMAIN g) |-> IF x \in DOMAIN f THEN f[x] ELSE g[x]]

\* The set of all permutations (bijections onto itself) of the finite set S.
Permutations(S) ==
  {p \in [S -> S] : {p[x] : x \in S} = S}

\* The sequence s sorted by Op, a strict or non-strict total order on its
\* elements: for i < j, Op(result[i], result[j]) or the two are equal.
SortSeq(s, Op(_, _)) ==
  LET Insert(t, e) ==
        LET before == {k \in 1 .. Len(t) : Op(e, t[k])}
            at == IF before = {} THEN Len(t) + 1
                  ELSE CHOOSE k \in before : \A j \in before : k \leq j
        IN  SubSeq(t, 1, at - 1) \o << e >> \o SubSeq(t, at, Len(t))
      sorted[i \in 0 .. Len(s)] ==
        IF i = 0 THEN << >> ELSE Insert(sorted[i - 1], s[i])
  IN  sorted[Len(s)]

\* native: a pseudo-randomly chosen element of the finite set s
RandomElement(s) == CHOOSE x \in s : TRUE

\* native: a set that every value is a member of (x \in Any always holds)
Any == CHOOSE x : TRUE

\* native: the string TLC prints for v
ToString(v) == CHOOSE str : TRUE

\* Equals v; asks the checker to evaluate v eagerly (and to cache it).
TLCEval(v) == v

=============================================================================
