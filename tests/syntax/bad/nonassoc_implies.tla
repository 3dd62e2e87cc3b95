\* expect: 3:13 precedence conflict between '=>' and '=>'
---- MODULE P ----
x == a => b => c
====
