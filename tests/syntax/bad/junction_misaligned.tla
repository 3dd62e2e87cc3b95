\* expect: 6:2 not right of its bullets
---- MODULE P ----
Init ==
  /\ x = 1
  /\ y =
 2 + 3
  /\ z = 0
====
