\* expect: 4:3 unexpected '=='
---- MODULE P ----
x ==
y == 2
====
