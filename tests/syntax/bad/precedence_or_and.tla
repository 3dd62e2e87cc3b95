\* expect: 3:15 precedence conflict between '\lor' and '\land'
---- MODULE P ----
Bad == a \/ b /\ c
====
