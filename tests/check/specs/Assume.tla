----------------------------- MODULE Assume -----------------------------
EXTENDS Naturals
CONSTANT K
VARIABLE v
ASSUME K > 10
Init == v = K
Next == UNCHANGED v
=========================================================================
