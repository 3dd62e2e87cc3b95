-------------------------------- MODULE Option --------------------------------
(***************************************************************************)
(* tlatrace's own text of the module Option of the Apalache model checker, *)
(* written for tlatrace from the documented meaning of each operator.  An  *)
(* option is a variant tagged "Some" (carrying a value) or "None".         *)
(***************************************************************************)
EXTENDS Apalache, Variants

\* The option holding v.
Some(v) == Variant("Some", v)

\* The empty option.
None == Variant("None", UNIT)

IsSome(o) == VariantTag(o) = "Some"

IsNone(o) == VariantTag(o) = "None"

\* SomeCase(v) if o holds v, otherwise NoneCase(UNIT).
OptionCase(o, SomeCase(_), NoneCase(_)) ==
  IF IsSome(o) THEN SomeCase(VariantGetUnsafe("Some", o))
  ELSE NoneCase(VariantGetUnsafe("None", o))

\* Some(F(v)) if o holds v, otherwise None.
OptionMap(F(_), o) == IF IsSome(o) THEN Some(F(VariantGetUnsafe("Some", o))) ELSE None

\* F(v) (itself an option) if o holds v, otherwise None.
OptionFlatMap(F(_), o) == IF IsSome(o) THEN F(VariantGetUnsafe("Some", o)) ELSE None

\* v if o holds v, otherwise default.
OptionGetOrElse(o, default) == IF IsSome(o) THEN VariantGetUnsafe("Some", o) ELSE default

\* << v >> if o holds v, otherwise << >>.
OptionToSeq(o) == IF IsSome(o) THEN << VariantGetUnsafe("Some", o) >> ELSE << >>

\* {v} if o holds v, otherwise {}.
OptionToSet(o) == IF IsSome(o) THEN {VariantGetUnsafe("Some", o)} ELSE {}

\* None if S is empty, otherwise Some(x) for an element x of S.
OptionGuess(S) == IF S = {} THEN None ELSE Some(Guess(S))

\* Some(f[v]) if o holds v, otherwise None.
OptionFunApp(f, o) == OptionMap(LAMBDA v : f[v], o)

\* The function on DOMAIN f \cup undefined mapping each x of undefined to
\* None and each other x to Some(f[x]).
OptionPartialFun(f, undefined) ==
  [x \in DOMAIN f \cup undefined |-> IF x \in undefined THEN None ELSE Some(f[x])]

=============================================================================
