\* expect: 4:1 expected 'ELSE'
---- MODULE P ----
x == IF a THEN b
y == 2
====
