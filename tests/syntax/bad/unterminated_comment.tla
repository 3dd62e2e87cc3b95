\* expect: 4:3 unterminated comment
---- MODULE P ----
x == 1
  (* this comment (* nested *) never ends
y == 2
====
