------------------------------- MODULE ByName -------------------------------
\* Arguments are passed by name: SetTo (a CONSTANT operator bound to MySetTo by
\* the cfg) sets x' through its parameter `new`, Bump sets y' through `v'`.
EXTENDS Naturals
CONSTANT SetTo(_, _)
VARIABLES x, y
MySetTo(old, new) == new = old + 1
Bump(v) == v' = v + 2
Init == x = 0 /\ y = 0
Next == x < 4 /\ SetTo(x, x') /\ Bump(y)
=============================================================================
