\* expect: 3:8 unexpected character '?'
---- MODULE P ----
x == a ? b
====
