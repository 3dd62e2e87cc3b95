------------------------------ MODULE InstCell ------------------------------
\* A cell v (a function) read through INSTANCE substitutions by InstVars.
VARIABLE v
First == v[1]
IsOn == v[2] = "on"
IsOff == v[2] # "on"
IsEmpty == v[3] = <<>>
=============================================================================
