------------------------------ MODULE Functions -----------------------------
(***************************************************************************)
(* tlatrace's own text of the community module Functions, written for      *)
(* tlatrace from the documented meaning of each operator.  Every           *)
(* definition can be evaluated as written.                                 *)
(***************************************************************************)
\* As in the community modules since July 2026 (EXTENDS, not LOCAL INSTANCE).
EXTENDS Integers, Folds

\* The function f restricted to the set S (a subset of DOMAIN f).
Restrict(f, S) == [x \in S |-> f[x]]

\* f restricted to the arguments x with Test(x).
RestrictDomain(f, Test(_)) == Restrict(f, {x \in DOMAIN f : Test(x)})

\* f restricted to the arguments x whose value f[x] satisfies Test.
RestrictValues(f, Test(_)) == Restrict(f, {x \in DOMAIN f : Test(f[x])})

\* TRUE iff narrow is wide restricted to DOMAIN narrow.
IsRestriction(narrow, wide) ==
  /\ DOMAIN narrow \subseteq DOMAIN wide
  /\ \A x \in DOMAIN narrow : narrow[x] = wide[x]

\* The set of values of f.
Range(f) == {f[x] : x \in DOMAIN f}

\* The function mapping each x of DOMAIN f to T(f[x], g[x]).
Pointwise(f, g, T(_, _)) == [x \in DOMAIN f |-> T(f[x], g[x])]

\* For every t of T, some s of S with f[s] = t (any s of S when t is not a
\* value of f).
Inverse(f, S, T) ==
  [t \in T |-> IF t \in Range(f) THEN CHOOSE s \in S : f[s] = t
                                 ELSE CHOOSE s \in S : TRUE]

\* The inverse of f from its range back to its domain.
AntiFunction(f) == Inverse(f, DOMAIN f, Range(f))

\* TRUE iff f maps distinct arguments to distinct values.
IsInjective(f) == \A x, y \in DOMAIN f : x # y => f[x] # f[y]

\* The injective functions from S to T.
Injection(S, T) == {f \in [S -> T] : IsInjective(f)}

\* The functions from S onto T.
Surjection(S, T) == {f \in [S -> T] : Range(f) = T}

\* The functions from S to T that are one-to-one and onto.
Bijection(S, T) == Injection(S, T) \cap Surjection(S, T)

ExistsInjection(S, T) == Injection(S, T) # {}

ExistsSurjection(S, T) == Surjection(S, T) # {}

ExistsBijection(S, T) == Bijection(S, T) # {}

\* Combines fun[i] for every i in indices (a subset of DOMAIN fun) with op,
\* starting from base, in an unspecified order (op should be associative
\* and commutative).
FoldFunctionOnSet(op(_, _), base, fun, indices) ==
  MapThenFoldSet(op, base, LAMBDA i : fun[i], LAMBDA D : CHOOSE i \in D : TRUE,
                 indices)

\* FoldFunctionOnSet over the whole domain of fun.
FoldFunction(op(_, _), base, fun) == FoldFunctionOnSet(op, base, fun, DOMAIN fun)

\* The sum of fun[i] for i in indices.
SumFunctionOnSet(fun, indices) ==
  FoldFunctionOnSet(LAMBDA a, b : a + b, 0, fun, indices)

\* The sum of all values of fun.
SumFunction(fun) == SumFunctionOnSet(fun, DOMAIN fun)

=============================================================================
