------------------------------ MODULE Wrap ------------------------------
\* A counter modulo M that claims to refine Mod3 through a <- x % 3; that
\* holds only when 3 divides M.
EXTENDS Naturals
CONSTANT M
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % M
Abs == INSTANCE Mod3 WITH a <- x % 3
AbsSpec == Abs!Spec
StepOK == [][x' # x]_x
=========================================================================
