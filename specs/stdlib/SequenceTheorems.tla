-------------------------- MODULE SequenceTheorems ---------------------------
(***************************************************************************)
(* tlatrace's own text of the TLA+ proof system's module SequenceTheorems, *)
(* written for tlatrace from the documented meaning of its contents.  The  *)
(* published module defines no operator: it proves facts about the         *)
(* operators of Sequences.  tlatrace parses theorems but does not use      *)
(* them, so only a few are stated here, in our own words.                  *)
(***************************************************************************)
EXTENDS Sequences, Functions
LOCAL INSTANCE NaturalsInduction
LOCAL INSTANCE TLAPS

\* The sequences over S are the functions from some 1 .. n into S.
LEMMA SeqDef == \A S : Seq(S) = UNION {[1 .. n -> S] : n \in Nat}

\* The empty sequence is a sequence over every set, of length 0.
THEOREM EmptySeq ==
  \A S : /\ << >> \in Seq(S)
         /\ Len(<< >>) = 0

\* Len and Append on a sequence over S.
THEOREM AppendProperties ==
  \A S : \A s \in Seq(S), e \in S :
    /\ Append(s, e) \in Seq(S)
    /\ Len(Append(s, e)) = Len(s) + 1
    /\ Append(s, e)[Len(s) + 1] = e

=============================================================================
