\* expect: 3:14 precedence conflict between '=' and '='
---- MODULE P ----
Bad == a = b = c
====
