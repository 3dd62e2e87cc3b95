---- MODULE UsesLeader ----
CONSTANT Leader(_)
First == Leader(1)
====
