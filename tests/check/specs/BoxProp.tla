------------------------------ MODULE BoxProp ------------------------------
\* PROPERTIES of the form []P: TLC checks P as an invariant and reports it as
\* one, named by P when P is a name, else by the property, else (a conjunct
\* of a property) by the conjunct's location.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Small == x < 3
AlwaysSmall == []Small
AlwaysBelow == [](x < 2)
Both == [](x < 5) /\ []Small
Both2 == [](x < 2) /\ []Small
=============================================================================
