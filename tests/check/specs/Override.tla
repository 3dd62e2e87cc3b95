------------------------------ MODULE Override ------------------------------
\* The cfg replaces Limit by Wider, which calls the original through an instance
\* (B!Limit is the instantiated copy, which the override leaves alone, as in TLC).
EXTENDS OverrideBase
Wider(n) == LET B == INSTANCE OverrideBase IN B!Limit(n) \/ n < 5
=============================================================================
