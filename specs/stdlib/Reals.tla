------------------------------- MODULE Reals --------------------------------
(***************************************************************************)
(* tlatrace's own text of the standard module Reals, written for tlatrace  *)
(* from the documented meaning of each operator.  Like TLC, tlatrace only  *)
(* parses these operators: real numbers cannot be evaluated.  "\* native"  *)
(* marks a placeholder body.                                               *)
(***************************************************************************)
EXTENDS Integers

\* native: the set of real numbers (not evaluable)
Real == CHOOSE R : TRUE

\* native: real division (not evaluable)
a / b == CHOOSE q : q * b = a

\* native: a value larger than every real number (not evaluable)
Infinity == CHOOSE x : TRUE

=============================================================================
