---------------------------- MODULE Randomization ---------------------------
(***************************************************************************)
(* tlatrace's own text of TLC's module Randomization, written for          *)
(* tlatrace from the documented meaning of each operator.  The random      *)
(* choices are native; each placeholder body states which sets the choice  *)
(* is drawn from.                                                          *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets

\* native: a pseudo-randomly chosen subset of S with k elements
RandomSubset(k, S) == CHOOSE T \in SUBSET S : Cardinality(T) = k

\* native: a set of at most k pseudo-randomly chosen subsets of S, each
\* element of S being in each subset with probability n / Cardinality(S)
RandomSetOfSubsets(k, n, S) ==
  CHOOSE T \in SUBSET SUBSET S : Cardinality(T) \leq k

\* The sizes of five independent draws of RandomSetOfSubsets(k, n, S).
TestRandomSetOfSubsets(k, n, S) ==
  [i \in 1 .. 5 |-> Cardinality(RandomSetOfSubsets(k, n, S))]

\* native: like RandomSetOfSubsets, but p is a string literal such as
\* "0.25" giving the probability of each element being in a subset
RandomSubsetSet(k, p, S) ==
  CHOOSE T \in SUBSET SUBSET S : Cardinality(T) \leq k

\* The sizes of five independent draws of RandomSubsetSet(k, p, S).
RandomSubsetSetSize(k, p, S) ==
  [i \in 1 .. 5 |-> Cardinality(RandomSubsetSet(k, p, S))]

=============================================================================
