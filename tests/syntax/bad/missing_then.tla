\* expect: 3:11 expected 'THEN'
---- MODULE P ----
x == IF a ELSE b
====
