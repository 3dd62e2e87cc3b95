----------------------------- MODULE Errors -----------------------------
\* A spec whose next-state relation applies a function outside its domain
\* once i reaches 3.
EXTENDS Naturals
VARIABLE i
f == <<10, 20, 30>>
Init == i = 1
Next == i' = i + 1 /\ f[i + 1] > 0
=========================================================================
