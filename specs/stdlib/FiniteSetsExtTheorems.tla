------------------------ MODULE FiniteSetsExtTheorems ------------------------
(***************************************************************************)
(* tlatrace's own text of the community module FiniteSetsExtTheorems,      *)
(* written for tlatrace from the documented meaning of its contents.  The  *)
(* published module defines no operator: it proves facts about the         *)
(* operators of FiniteSetsExt.  tlatrace parses theorems but does not use  *)
(* them, so only a few are stated here, in our own words.                  *)
(***************************************************************************)
EXTENDS FiniteSetsExt, FiniteSets, Integers

\* The sum of no numbers is 0, their product 1.
THEOREM SumSetEmpty == SumSet({}) = 0
THEOREM ProductSetEmpty == ProductSet({}) = 1

\* The maximum and minimum of a non-empty interval of integers.
THEOREM MaxInterval == \A a, b \in Int : a <= b => Max(a .. b) = b
THEOREM MinInterval == \A a, b \in Int : a <= b => Min(a .. b) = a

=============================================================================
