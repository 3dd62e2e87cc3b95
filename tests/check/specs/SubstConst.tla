------------------------------ MODULE SubstConst ------------------------------
\* `C <- D` where D is a CONSTANT: C takes D's value, as TLC takes `Leader <- L` after `L = L`
\* (EWD687a_anim.cfg); a definition may be replaced by a CONSTANT too (Peer <- L).
CONSTANTS Leader, L
VARIABLE x
Peer == "peer"
Init == x = Leader
Next == x' = IF x = Leader THEN Peer ELSE Leader
IsL == x = L
==============================================================================
