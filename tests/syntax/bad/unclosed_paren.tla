\* expect: 4:1 unexpected '===='
---- MODULE P ----
x == (1 + 2
====
