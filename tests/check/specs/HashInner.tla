----------------------------- MODULE HashInner ------------------------------
\* Step is an action-level CONSTANT operator; None has no value TLC can compute
\* (an unbounded CHOOSE) and is replaced from the cfg with `None = [HashInner] v`.
EXTENDS Naturals
CONSTANT Step(_, _)
VARIABLE x
None == CHOOSE v : v \notin Nat
Init == x = 0 /\ None /= 1
Next == x < 3 /\ Step(x, x')
=============================================================================
