----------------------------- MODULE Statistics ------------------------------
(***************************************************************************)
(* tlatrace's own text of the community module Statistics, written for     *)
(* tlatrace from the documented meaning of its operator.                   *)
(***************************************************************************)
EXTENDS Naturals

\* native: the chi-square goodness-of-fit test: TRUE iff the hypothesis that
\* the observed counts actual follow the distribution given by the expected
\* counts expected is not rejected at significance level alpha.
ChiSquare(expected, actual, alpha) == TRUE

=============================================================================
