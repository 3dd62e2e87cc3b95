---- MODULE StutterLib ----
\* Instantiated by Stutter.tla with its own s and vars (a tuple of variables there).
CONSTANT Ok(_)
VARIABLES s, vars
Pause(A) == IF s = 0 THEN A /\ s' = 1 ELSE UNCHANGED vars /\ s' = 0
Allowed(n) == Ok(n)
====
