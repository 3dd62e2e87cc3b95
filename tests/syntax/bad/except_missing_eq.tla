\* expect: 3:21 expected '[', '.' or '='
---- MODULE P ----
x == [f EXCEPT ![1] 2]
====
