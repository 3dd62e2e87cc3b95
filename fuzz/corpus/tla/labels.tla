---- MODULE Labels ----
Inv == L1:: /\ a
            /\ L2(x):: b
Ref == Inv!L1 /\ Inv!1 /\ Inv!<< /\ Inv!: /\ Inv!2!(x)
====
