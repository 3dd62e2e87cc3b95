\* expect: 3:6 exactly one action
---- MODULE P ----
x == <<A, B>>_v
====
