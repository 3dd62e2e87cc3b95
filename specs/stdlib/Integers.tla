------------------------------ MODULE Integers ------------------------------
(***************************************************************************)
(* tlatrace's own text of the standard module Integers, written for        *)
(* tlatrace from the documented meaning of each operator.  "\* native"     *)
(* marks a placeholder body for a primitive of the evaluator.              *)
(***************************************************************************)
EXTENDS Naturals

\* native: the set of all integers ..., -1, 0, 1, ...
Int == CHOOSE Z : TRUE

\* Unary minus, written -a in expressions.
-. a == 0 - a

=============================================================================
