------------------------------ MODULE Imported ------------------------------
\* The behavior is defined in Climb and imported by an unnamed INSTANCE.
EXTENDS Naturals
CONSTANT Top
VARIABLE x
INSTANCE Climb
=============================================================================
