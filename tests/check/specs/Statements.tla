----------------------------- MODULE Statements -----------------------------
\* No variables and no behavior: TLC only checks the ASSUMEs. A THEOREM's name
\* and Name!: denote its statement. TLCGet("-Dkey") reads a system property.
EXTENDS Naturals, TLC
THEOREM Sum == 1 + 1 = 2
ASSUME Sum!:
ASSUME Sum
ASSUME TLCGet("-Dtlatrace.test.mode") \in {"-Dtlatrace.test.mode", "strict"}
ASSUME TLCGet("-Dtlatrace.test.mode") = "strict" => 2 + 2 = 4
=============================================================================
