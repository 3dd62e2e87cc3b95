------------------------------- MODULE TLCExt -------------------------------
(***************************************************************************)
(* tlatrace's own text of TLC's module TLCExt, written for tlatrace from   *)
(* the documented meaning of each operator.  "\* native" marks a           *)
(* placeholder body: the operator reads or changes the checker's state,    *)
(* so only the evaluator can give it its meaning.                          *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers

\* a = b; when they differ, prints a failure line followed by a and b.
AssertEq(a, b) ==
  IF a = b THEN TRUE
  ELSE /\ PrintT("Assertion failed")
       /\ PrintT(a)
       /\ PrintT(b)
       /\ FALSE

\* native: TRUE iff evaluating exp fails with exactly the error message err
\* (TRUE as well when exp evaluates without error)
AssertError(err, exp) == CHOOSE b \in BOOLEAN : TRUE

\* native: the behaviour so far, from an initial state to the current one,
\* as a sequence of records mapping variable names to values
Trace == CHOOSE t : TRUE

\* native: in a POSTCONDITION, the violation found, as a graph
\* [state |-> states, action |-> <<state, action, state>> triples]
CounterExample == CHOOSE ce : TRUE

\* native: the behaviour, as a sequence of states, of a counterexample CE
ToTrace(CE) == CHOOSE t : TRUE

\* native: the model value named str (typed when str has the form "T_...")
TLCModelValue(str) == CHOOSE v : TRUE

\* native: evaluates expression later (in simulation, once a successor is
\* chosen) or never; equals TRUE
TLCDefer(expression) == TRUE

\* Equals val; a hook for debugging the evaluator.
TLCNoOp(val) == val

\* native: TRUE when exp holds; otherwise lets the user pick the successor
PickSuccessor(exp) == IF exp THEN TRUE ELSE CHOOSE b \in BOOLEAN : TRUE

\* Equals expression; the checker may reuse an earlier value of it for the
\* same value of closure.
TLCCache(expression, closure) == expression

\* native: the checker's fingerprint of val, as an integer
TLCFP(val) == CHOOSE n \in Int : TRUE

\* native: the value of the zero-argument definition whose name is the
\* string name
TLCEvalDefinition(name) == CHOOSE v : TRUE

\* native: TLCGet(key) when register key has been set, otherwise defaultVal
TLCGetOrDefault(key, defaultVal) == CHOOSE v : TRUE

\* Sets register key to Op(old, val), where old is its current value (or
\* defaultVal when unset), and equals old.  The register is read exactly once:
\* the bound variable old holds the value read before the update.
TLCGetAndSet(key, Op(_, _), val, defaultVal) ==
  CHOOSE old \in {TLCGetOrDefault(key, defaultVal)} : TLCSet(key, Op(old, val))

=============================================================================
