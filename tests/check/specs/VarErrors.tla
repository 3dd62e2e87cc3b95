---------------------------- MODULE VarErrors ----------------------------
\* A spec whose next-state relation applies a variable's function outside
\* its domain once i reaches 3 (the variable is read in place, not copied).
EXTENDS Naturals
VARIABLES v, i
Init == v = <<10, 20, 30>> /\ i = 1
Next == i' = i + 1 /\ v[i] > 0 /\ v' = v /\ v'[i + 1] > 0
=========================================================================
