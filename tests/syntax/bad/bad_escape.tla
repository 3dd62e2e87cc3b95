\* expect: 3:8 invalid escape sequence
---- MODULE P ----
x == "a\qb"
====
