---------------------------- MODULE SequencesExt ---------------------------
(***************************************************************************)
(* tlatrace's own text of the community module SequencesExt, written for   *)
(* tlatrace from the documented meaning of each operator.  Every           *)
(* definition can be evaluated as written; several are implemented         *)
(* natively for speed and for strings (which are sequences of characters). *)
(***************************************************************************)
\* Extended, not instantiated LOCAL-ly, as in the community modules since July 2026: a module
\* that extends this one sees \o, Cardinality, ... (SlidingPuzzles_anim relies on it).
EXTENDS Sequences, Naturals, FiniteSets, FiniteSetsExt, Folds, Functions, Bags, TLC

\* The set of the elements of s.
ToSet(s) == {s[i] : i \in DOMAIN s}

\* The bag of the elements of s: each element with its number of occurrences.
ToBag(s) == [x \in ToSet(s) |-> Cardinality({i \in DOMAIN s : s[i] = x})]

\* Some sequence listing each element of the finite set S exactly once.
SetToSeq(S) == CHOOSE f \in [1 .. Cardinality(S) -> S] : IsInjective(f)

\* All sequences listing each element of the finite set S exactly once.
SetToSeqs(S) == {f \in [1 .. Cardinality(S) -> S] : IsInjective(f)}

\* The elements of S as a sequence sorted by op.
SetToSortSeq(S, op(_, _)) == SortSeq(SetToSeq(S), op)

\* All sequences of distinct elements of S (of every length 0 .. |S|).
SetToAllKPermutations(S) == UNION {SetToSeqs(T) : T \in SUBSET S}

\* The sequences of length n with elements in set.
TupleOf(set, n) == [1 .. n -> set]

\* The sequences of length at most n with elements in set.
SeqOf(set, n) == UNION {[1 .. k -> set] : k \in 0 .. n}

\* Another name for SeqOf: a bounded version of Seq.
BoundedSeq(S, n) == SeqOf(S, n)

-----------------------------------------------------------------------------

\* TRUE iff e is an element of s.
Contains(s, e) == \E i \in DOMAIN s : s[i] = e

\* TRUE iff op(s[i], s[j]) holds for all positions i < j.
IsSorted(s, op(_, _)) == \A i, j \in 1 .. Len(s) : i < j => op(s[i], s[j])

\* The elements of s in the opposite order.
Reverse(s) == [i \in 1 .. Len(s) |-> s[Len(s) + 1 - i]]

\* s without any occurrence of e.
Remove(s, e) == SelectSeq(s, LAMBDA x : x # e)

\* s with every occurrence of old replaced by new.
ReplaceAll(s, old, new) == [i \in 1 .. Len(s) |-> IF s[i] = old THEN new ELSE s[i]]

\* The first position i of seq with Test(seq[i]), or 0 when there is none.
SelectInSeq(seq, Test(_)) ==
  LET hits == {i \in 1 .. Len(seq) : Test(seq[i])}
  IN  IF hits = {} THEN 0 ELSE Min(hits)

\* SelectInSeq on SubSeq(seq, from, to) (the position is relative to from).
SelectInSubSeq(seq, from, to, Test(_)) == SelectInSeq(SubSeq(seq, from, to), Test)

\* The last position i of seq with Test(seq[i]), or 0 when there is none.
SelectLastInSeq(seq, Test(_)) ==
  LET hits == {i \in 1 .. Len(seq) : Test(seq[i])}
  IN  IF hits = {} THEN 0 ELSE Max(hits)

\* SelectLastInSeq on SubSeq(seq, from, to) (the position is relative to from).
SelectLastInSubSeq(seq, from, to, Test(_)) ==
  SelectLastInSeq(SubSeq(seq, from, to), Test)

-----------------------------------------------------------------------------

\* s with e inserted at position i; the elements from i on move one up.
InsertAt(s, i, e) == SubSeq(s, 1, i - 1) \o << e >> \o SubSeq(s, i, Len(s))

\* s with its i-th element replaced by e.
ReplaceAt(s, i, e) == [s EXCEPT ![i] = e]

\* s without its i-th element.
RemoveAt(s, i) == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))

\* s without the first occurrence of e (s itself when e does not occur).
RemoveFirst(s, e) ==
  LET i == SelectInSeq(s, LAMBDA x : x = e)
  IN  IF i = 0 THEN s ELSE RemoveAt(s, i)

\* s without its first element x with Test(x) (s itself when there is none).
RemoveFirstMatch(s, Test(_)) ==
  LET i == SelectInSeq(s, Test)
  IN  IF i = 0 THEN s ELSE RemoveAt(s, i)

-----------------------------------------------------------------------------

\* seq with elt added at its front.
Cons(elt, seq) == << elt >> \o seq

\* seq with elt added at its end (Append with its arguments swapped).
Snoc(elt, seq) == Append(seq, elt)

\* s without its last element.
Front(s) == SubSeq(s, 1, Len(s) - 1)

\* The last element of s.
Last(s) == s[Len(s)]

-----------------------------------------------------------------------------

\* TRUE iff t starts with s.
IsPrefix(s, t) == Len(s) \leq Len(t) /\ SubSeq(t, 1, Len(s)) = s

\* TRUE iff t starts with s and is longer.
IsStrictPrefix(s, t) == IsPrefix(s, t) /\ Len(s) < Len(t)

\* TRUE iff t ends with s.
IsSuffix(s, t) ==
  Len(s) \leq Len(t) /\ SubSeq(t, Len(t) - Len(s) + 1, Len(t)) = s

\* TRUE iff t ends with s and is longer.
IsStrictSuffix(s, t) == IsSuffix(s, t) /\ Len(s) < Len(t)

\* The prefixes of s, from << >> to s.
Prefixes(s) == {SubSeq(s, 1, k) : k \in 0 .. Len(s)}

\* The sequences that are prefixes of every sequence in the set S.
CommonPrefixes(S) ==
  {p \in UNION {Prefixes(t) : t \in S} : \A t \in S : IsPrefix(p, t)}

\* The longest sequence that is a prefix of every sequence in S.
LongestCommonPrefix(S) ==
  LET C == CommonPrefixes(S)
  IN  CHOOSE p \in C : \A q \in C : Len(q) \leq Len(p)

\* The suffixes of s, from << >> to s.
Suffixes(s) == {SubSeq(s, k, Len(s)) : k \in 1 .. Len(s)} \cup {<< >>}

-----------------------------------------------------------------------------

\* a % b, but b instead of 0, so that the result is a position 1 .. b.
SeqMod(a, b) == IF a % b = 0 THEN b ELSE a % b

\* Combines the elements of seq with op, starting from base, in an
\* unspecified order (op should be associative and commutative).
FoldSeq(op(_, _), base, seq) == FoldFunction(op, base, seq)

\* op(... op(op(base, seq[1]), seq[2]) ..., seq[n]).
FoldLeft(op(_, _), base, seq) ==
  LET acc[i \in 0 .. Len(seq)] ==
        IF i = 0 THEN base ELSE op(acc[i - 1], seq[i])
  IN  acc[Len(seq)]

\* op(seq[1], op(seq[2], ... op(seq[n], base) ...)).
FoldRight(op(_, _), seq, base) ==
  LET acc[i \in 1 .. (Len(seq) + 1)] ==
        IF i > Len(seq) THEN base ELSE op(seq[i], acc[i + 1])
  IN  acc[1]

\* FoldLeft over the positions 1 .. Len(seq) instead of the elements.
FoldLeftDomain(op(_, _), base, seq) == FoldLeft(op, base, [i \in DOMAIN seq |-> i])

\* FoldRight over the positions 1 .. Len(seq) instead of the elements.
FoldRightDomain(op(_, _), seq, base) == FoldRight(op, [i \in DOMAIN seq |-> i], base)

-----------------------------------------------------------------------------

\* The concatenation of the sequences in the sequence seqs.
FlattenSeq(seqs) ==
  IF Len(seqs) = 0 THEN seqs
  ELSE FoldLeft(LAMBDA a, b : a \o b, Head(seqs), Tail(seqs))

\* The pairs <<s[i], t[i]>> for i up to the length of the shorter sequence.
Zip(s, t) ==
  [i \in 1 .. (IF Len(s) \leq Len(t) THEN Len(s) ELSE Len(t)) |-> << s[i], t[i] >>]

\* For sequences of equal length n > 0, the 2n one-element sequences
\* <<s[1]>>, <<t[1]>>, <<s[2]>>, <<t[2]>>, ...; << <<>>, <<>> >> when n = 0.
Interleave(s, t) ==
  CASE Len(s) = Len(t) /\ Len(s) > 0 ->
         [i \in 1 .. (2 * Len(s)) |->
            IF i % 2 = 1 THEN << s[(i + 1) \div 2] >> ELSE << t[i \div 2] >>]
    [] Len(s) = Len(t) /\ Len(s) = 0 -> << << >>, << >> >>

\* The contiguous subsequences of s, including << >>.
SubSeqs(s) ==
  UNION {{SubSeq(s, m, n) : n \in (m - 1) .. Len(s)} : m \in 1 .. (Len(s) + 1)}

\* The subsequences of s, contiguous or not: s with any elements left out,
\* the others kept in order.
AllSubSeqs(s) ==
  LET Keep(D) ==
        LET kept[i \in 0 .. Len(s)] ==
              IF i = 0 THEN << >>
              ELSE IF i \in D THEN Append(kept[i - 1], s[i]) ELSE kept[i - 1]
        IN  kept[Len(s)]
  IN  {Keep(D) : D \in SUBSET DOMAIN s}

\* The first position at which s occurs contiguously in t (1 when s is
\* empty); undefined when s does not occur in t.
IndexFirstSubSeq(s, t) ==
  Min({i \in 1 .. (Len(t) - Len(s) + 1) : SubSeq(t, i, i + Len(s) - 1) = s})

\* t with the occurrence of s at position i replaced by r.
ReplaceSubSeqAt(i, r, s, t) ==
  SubSeq(t, 1, i - 1) \o r \o SubSeq(t, i + Len(s), Len(t))

\* t with the first occurrence of s replaced by r (t when s does not occur).
ReplaceFirstSubSeq(r, s, t) ==
  IF s \in SubSeqs(t) THEN ReplaceSubSeqAt(IndexFirstSubSeq(s, t), r, s, t)
                      ELSE t

\* t with every occurrence of s replaced by r, scanning from the left so that
\* of two overlapping occurrences the earlier one is replaced.  When s is
\* empty (and t is not), r is inserted before every element of t.
ReplaceAllSubSeqs(r, s, t) ==
  CASE s = t -> r
    [] s # t /\ Len(s) = 0 -> FlattenSeq([i \in 1 .. Len(t) |-> r \o << t[i] >>])
    [] s # t /\ Len(s) > 0 ->
         LET n == Len(s)
             out[i \in 1 .. (Len(t) + 1)] ==
               IF i > Len(t) THEN << >>
               ELSE IF i + n - 1 \leq Len(t) /\ SubSeq(t, i, i + n - 1) = s
                    THEN r \o out[i + n]
                    ELSE << t[i] >> \o out[i + 1]
         IN  out[1]

=============================================================================
