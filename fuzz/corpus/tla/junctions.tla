---- MODULE Junctions ----
F == /\ a
     /\ \/ b
        \/ /\ c
           /\ d
     /\ (/\ e
         /\ f) /\ g
  /\ h
G == \/ IF a THEN /\ b ELSE c
     \/ CASE x -> /\ y
                  /\ z
          [] OTHER -> w
====
