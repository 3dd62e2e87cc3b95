------------------------------- MODULE Variants -------------------------------
(***************************************************************************)
(* tlatrace's own text of the module Variants of the Apalache model        *)
(* checker, written for tlatrace from the documented meaning of each       *)
(* operator.  A variant is a value tagged with a string; for an untyped    *)
(* checker such as TLC it is the function mapping its one tag to its value.*)
(***************************************************************************)

\* The value of the unit type, used as the value of a variant that carries
\* nothing.
UNIT == "U_OF_UNIT"

\* The value v tagged with tag.
Variant(tag, v) == [t \in {tag} |-> v]

\* The values of the variants in S tagged with tag.
VariantFilter(tag, S) == {w[tag] : w \in {u \in S : tag \in DOMAIN u}}

\* The tag of the variant w.
VariantTag(w) == CHOOSE t \in DOMAIN w : TRUE

\* The value of w if w is tagged with tag, otherwise default.
VariantGetOrElse(tag, w, default) == IF tag \in DOMAIN w THEN w[tag] ELSE default

\* The value of w, which must be tagged with tag.
VariantGetUnsafe(tag, w) == w[tag]

=============================================================================
