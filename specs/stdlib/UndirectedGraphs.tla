--------------------------- MODULE UndirectedGraphs ---------------------------
(***************************************************************************)
(* tlatrace's own text of the community module UndirectedGraphs, written  *)
(* for tlatrace from the documented meaning of each operator.  An          *)
(* undirected graph is a record [node |-> set of nodes, edge |-> set of     *)
(* edges], an edge being the set {a, b} of the nodes it joins ({a} for a   *)
(* loop).  Every definition can be evaluated as written on a finite graph, *)
(* except Path, an infinite set whose membership can be tested.            *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE SequencesExt
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE Folds
LOCAL INSTANCE Functions

\* G is a record with exactly the fields node and edge, and each edge joins
\* one or two of its nodes.
IsUndirectedGraph(G) ==
  /\ G = [node |-> G.node, edge |-> G.edge]
  /\ \A e \in G.edge : \E a, b \in G.node : e = {a, b}

\* The same, without loops: each edge joins two distinct nodes.
IsLoopFreeUndirectedGraph(G) ==
  /\ G = [node |-> G.node, edge |-> G.edge]
  /\ \A e \in G.edge : \E a, b \in G.node : a # b /\ e = {a, b}

\* The undirected graphs made of some of G's nodes and some of G's edges.
UndirectedSubgraph(G) ==
  {H \in [node : SUBSET G.node, edge : SUBSET G.edge] : IsUndirectedGraph(H)}

\* The non-empty sequences of nodes in which each node shares an edge with
\* the next one.
Path(G) ==
  {p \in Seq(G.node) :
     p # << >> /\ \A i \in 1 .. (Len(p) - 1) : {p[i], p[i + 1]} \in G.edge}

\* The paths that visit no node twice (none is longer than the number of
\* nodes).
SimplePath(G) ==
  {p \in UNION {[1 .. k -> G.node] : k \in 1 .. Cardinality(G.node)} :
     /\ \A i \in 1 .. (Len(p) - 1) : {p[i], p[i + 1]} \in G.edge
     /\ \A i, j \in 1 .. Len(p) : p[i] = p[j] => i = j}

\* The nodes reached from the set of nodes S by following zero or more edges.
RECURSIVE ReachedFrom(_, _)
LOCAL ReachedFrom(G, S) ==
  LET next == S \cup {n \in G.node : \E m \in S : {m, n} \in G.edge}
  IN  IF next = S THEN S ELSE ReachedFrom(G, next)

\* Some path joins m and n (a node is connected to itself).
AreConnectedIn(m, n, G) == m \in G.node /\ n \in ReachedFrom(G, {m})

\* The maximal non-empty sets of nodes that are pairwise connected.
ConnectedComponents(G) == {ReachedFrom(G, {n}) : n \in G.node}

\* G has exactly one connected component, made of all its nodes.
IsStronglyConnected(G) == ConnectedComponents(G) = {G.node}

\* The undirected graphs whose set of nodes is S.
UndirectedGraphs(S) == [node : {S}, edge : SUBSET {{a, b} : a \in S, b \in S}]

=============================================================================
