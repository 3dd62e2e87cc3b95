-------------------------------- MODULE Folds -------------------------------
(***************************************************************************)
(* tlatrace's own text of the community module Folds, written for          *)
(* tlatrace from the documented meaning of its operator.                   *)
(***************************************************************************)

\* Starting from base, combines f(x) for every x in the finite set S with
\* op, taking the elements in the order given by repeatedly applying choose
\* to the elements not yet taken: with x1 = choose(S), x2 = choose(S \ {x1}),
\* ..., the result is op(f(x1), op(f(x2), ... op(f(xn), base) ...)).
MapThenFoldSet(op(_, _), base, f(_), choose(_), S) ==
  LET RECURSIVE Fold(_)
      Fold(T) == IF T = {} THEN base
                 ELSE LET x == choose(T)
                      IN  op(f(x), Fold(T \ {x}))
  IN  Fold(S)

=============================================================================
