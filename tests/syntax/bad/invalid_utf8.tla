\* expect: 3:8 invalid UTF-8
---- MODULE P ----
x == a ÿþ b
====
