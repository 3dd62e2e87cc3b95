------------ MODULE Temporal ------------
VARIABLES x, y
vars == <<x, y>>
Next == \/ x' = x + 1 /\ UNCHANGED y
        \/ <<y' = y>>_x
Spec == x = 0 /\ [][Next]_vars /\ WF_vars(Next) /\ SF_<<x>>(Next)
Live == []<>(x > 0) ~> ENABLED Next
T == \EE z : \AA w : z = w
==========================================
