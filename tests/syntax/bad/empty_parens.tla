\* expect: 3:9 unexpected ')'
---- MODULE P ----
x == Op()
====
