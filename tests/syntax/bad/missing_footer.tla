\* expect: 4:1 unexpected end of input
---- MODULE P ----
x == 1
