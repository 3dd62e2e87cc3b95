-------------------------------- MODULE Deep --------------------------------
\* An invariant that recurses without end.
EXTENDS Naturals
VARIABLE x
RECURSIVE Forever(_)
Forever(n) == Forever(n)
Init == x = 0
Next == UNCHANGED x
Inv == Forever(x)
=============================================================================
