\* expect: 3:6 unterminated string
---- MODULE P ----
x == "abc
====
