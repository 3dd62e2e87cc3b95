---------------------------- MODULE Combinatorics ----------------------------
(***************************************************************************)
(* tlatrace's own text of the community module Combinatorics, written for  *)
(* tlatrace from the documented meaning of each definition.                *)
(***************************************************************************)
EXTENDS Naturals

\* n! for every natural n.
factorial[n \in Nat] == IF n = 0 THEN 1 ELSE n * factorial[n - 1]

\* The binomial coefficient: the number of k-element subsets of an
\* n-element set (k <= n).
choose(n, k) == factorial[n] \div (factorial[k] * factorial[n - k])

=============================================================================
