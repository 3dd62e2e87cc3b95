\* expect: 1:1 no module header
x == 1
====
