---------------------------- MODULE PropertyFlag ----------------------------
\* Holds only when run with -Dtlatrace.test.flag=on; TLCSet("-Dk", v) sets a
\* property to v's printed form.
EXTENDS TLC
ASSUME TLCGet("-Dtlatrace.test.flag") = "on"
ASSUME TLCSet("-Dtlatrace.test.copy", "on") /\ TLCGet("-Dtlatrace.test.copy") = "\"on\""
=============================================================================
