------------------------------- MODULE MCHash -------------------------------
\* Instantiates HashInner: its Step is substituted by this module's Step, which
\* the cfg binds to Impl; x' is set inside Impl.
EXTENDS Naturals
CONSTANT Step(_, _)
VARIABLE x
I == INSTANCE HashInner
Impl(a, b) == b = a + 1
Init == I!Init
Next == I!Next
=============================================================================
