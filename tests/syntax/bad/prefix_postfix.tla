\* expect: 3:9 precedence conflict between '[]' and '''
---- MODULE P ----
x == []v'
====
