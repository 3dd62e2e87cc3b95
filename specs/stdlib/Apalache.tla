------------------------------- MODULE Apalache -------------------------------
(***************************************************************************)
(* tlatrace's own text of the module Apalache of the Apalache model        *)
(* checker, written for tlatrace from the documented meaning of each       *)
(* operator.  Apalache gives several of them a symbolic meaning of its      *)
(* own (non-deterministic choice, bounded generation, hints to its solver); *)
(* the definitions here are their documented meaning for an explicit-state *)
(* checker such as TLC, where a hint is the identity.                      *)
(***************************************************************************)

\* An assignment, as Apalache marks it: x := e means x = e.
x := e == x = e

\* native: a value of the expected type whose size is bounded by size
\* (Apalache alone generates such values; the body is a placeholder).
Gen(size) == CHOOSE v : TRUE

\* Some element of S (Apalache picks it non-deterministically; an explicit
\* checker takes a fixed one).
Guess(S) == CHOOSE x \in S : TRUE

\* The function given by the set S of pairs <<argument, value>>: for each
\* first component, the second component of one of the pairs starting with
\* it.
SetAsFun(S) ==
  [a \in {pair[1] : pair \in S} |-> (CHOOSE pair \in S : pair[1] = a)[2]]

LOCAL INSTANCE Integers

\* The sequence << F(1), F(2), ..., F(N) >>.
MkSeq(N, F(_)) == [i \in 1 .. N |-> F(i)]

LOCAL INSTANCE Sequences

\* The function fn on 1 .. len read as a sequence of length len; capacity
\* is an upper bound on len that Apalache needs.
FunAsSeq(fn, len, capacity) == [i \in 1 .. len |-> fn[i]]

\* A hint that the existential quantification e can be replaced by a
\* constant; means e.
Skolem(e) == e

\* A hint to enumerate the set S; means S.
Expand(S) == S

\* A hint to treat the cardinality test e with a constant bound; means e.
ConstCardinality(e) == e

\* Left fold over the finite set S: starting from v, combines the
\* accumulated value with each element of S by Op, in some order.
RECURSIVE ApaFoldSet(_, _, _)
ApaFoldSet(Op(_, _), v, S) ==
  IF S = {} THEN v
  ELSE LET x == CHOOSE y \in S : TRUE
       IN  ApaFoldSet(Op, Op(v, x), S \ {x})

\* Left fold over the sequence s: Op(...Op(Op(v, s[1]), s[2])..., s[n]).
RECURSIVE ApaFoldSeqLeft(_, _, _)
ApaFoldSeqLeft(Op(_, _), v, s) ==
  IF s = << >> THEN v ELSE ApaFoldSeqLeft(Op, Op(v, Head(s)), Tail(s))

\* F applied N times, the i-th time to the previous result and i:
\* F(...F(F(x, 1), 2)..., N); x itself when N <= 0.
RECURSIVE Repeat(_, _, _)
Repeat(F(_, _), N, x) == IF N <= 0 THEN x ELSE F(Repeat(F, N - 1, x), N)

=============================================================================
