Text before the header.
---------------------------- MODULE PlusCal ----------------------------
EXTENDS Integers
(* --algorithm Count
variables x = 0;
begin
  L: while x < 3 do x := x + 1; end while;
end algorithm; *)
\* BEGIN TRANSLATION
VARIABLES x, pc
vars == << x, pc >>
Init == /\ x = 0
        /\ pc = "L"
L == /\ pc = "L"
     /\ IF x < 3
           THEN /\ x' = x + 1
                /\ pc' = "L"
           ELSE /\ pc' = "Done"
                /\ x' = x
Spec == Init /\ [][L]_vars
\* END TRANSLATION
=============================================================================
Trailing notes.
