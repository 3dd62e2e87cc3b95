------------------------------- MODULE Graphs --------------------------------
(***************************************************************************)
(* tlatrace's own text of the community module Graphs, written for         *)
(* tlatrace from the documented meaning of each operator.  A directed      *)
(* graph is a record [node |-> set of nodes, edge |-> set of pairs <<m, n>> *)
(* of nodes].  Every definition can be evaluated as written on a finite    *)
(* graph, except Path, an infinite set whose membership can be tested.     *)
(***************************************************************************)
\* As in the community modules since July 2026 (EXTENDS, not LOCAL INSTANCE).
EXTENDS Naturals, Sequences, FiniteSets, SequencesExt, Relation

\* G is a record with exactly the fields node and edge, and its edges join
\* its nodes.
IsDirectedGraph(G) ==
  /\ G = [node |-> G.node, edge |-> G.edge]
  /\ G.edge \subseteq G.node \X G.node

\* The directed graphs made of some of G's nodes and some of G's edges
\* between them.
DirectedSubgraph(G) ==
  {H \in [node : SUBSET G.node, edge : SUBSET (G.node \X G.node)] :
     IsDirectedGraph(H) /\ H.edge \subseteq G.edge}

\* G with every edge reversed.
Transpose(G) == [node |-> G.node, edge |-> {<<e[2], e[1]>> : e \in G.edge}]

\* A directed graph in which every edge also goes the other way.
IsUndirectedGraph(G) ==
  IsDirectedGraph(G) /\ \A e \in G.edge : <<e[2], e[1]>> \in G.edge

UndirectedSubgraph(G) == {H \in DirectedSubgraph(G) : IsUndirectedGraph(H)}

\* The non-empty sequences of nodes in which each node has an edge to the
\* next one.
Path(G) ==
  {p \in Seq(G.node) :
     p # << >> /\ \A i \in 1 .. (Len(p) - 1) : <<p[i], p[i + 1]>> \in G.edge}

\* The paths that visit no node twice (none is longer than the number of
\* nodes).
SimplePath(G) ==
  {p \in UNION {[1 .. k -> G.node] : k \in 1 .. Cardinality(G.node)} :
     /\ \A i \in 1 .. (Len(p) - 1) : <<p[i], p[i + 1]>> \in G.edge
     /\ \A i, j \in 1 .. Len(p) : p[i] = p[j] => i = j}

\* The nodes reached from the set of nodes S by following zero or more edges.
RECURSIVE ReachedFrom(_, _)
LOCAL ReachedFrom(G, S) ==
  LET next == S \cup {n \in G.node : \E m \in S : <<m, n>> \in G.edge}
  IN  IF next = S THEN S ELSE ReachedFrom(G, next)

\* Some path leads from m to n (a node is connected to itself).
AreConnectedIn(m, n, G) == m \in G.node /\ n \in ReachedFrom(G, {m})

\* Every node is connected to every node.
IsStronglyConnected(G) == \A m, n \in G.node : AreConnectedIn(m, n, G)

\* The Boolean matrix telling for each pair of nodes whether they are
\* connected (as AreConnectedIn), computed once per source node.
ConnectionsIn(G) ==
  LET reached == [m \in G.node |-> ReachedFrom(G, {m})]
  IN  [m, n \in G.node |-> n \in reached[m]]

\* G is a tree whose edges point towards the root r: r has no outgoing
\* edge, every other node at most one, and every node is connected to r.
IsTreeWithRoot(G, r) ==
  /\ IsDirectedGraph(G)
  /\ r \in G.node
  /\ \A e \in G.edge : e[1] # r
  /\ \A e, f \in G.edge : e[1] = f[1] => e = f
  /\ \A n \in G.node : AreConnectedIn(n, r, G)

\* The nodes and edges of both graphs.
GraphUnion(G, H) == [node |-> G.node \cup H.node, edge |-> G.edge \cup H.edge]

\* U and V are disjoint, cover the nodes, and every edge joins U and V.
IsBipartiteWithPartitions(G, U, V) ==
  /\ U \cap V = {}
  /\ G.node \subseteq U \cup V
  /\ \A e \in G.edge : (e[1] \in U /\ e[2] \in V) \/ (e[1] \in V /\ e[2] \in U)

\* G has a self-loop, or two distinct nodes connected both ways.
HasCycle(G) ==
  \/ \E n \in G.node : <<n, n>> \in G.edge
  \/ LET connected == ConnectionsIn(G)
     IN  \E m, n \in G.node : m # n /\ connected[m, n] /\ connected[n, m]

\* A directed graph without cycle.
IsDag(G) == IsDirectedGraph(G) /\ ~HasCycle(G)

\* The nodes that an edge from n leads to.
Successors(G, n) == {m \in G.node : <<n, m>> \in G.edge}

AllSuccessors(G, S) == UNION {Successors(G, n) : n \in S}

\* The nodes with an edge to n.
Predecessors(G, n) == {m \in G.node : <<m, n>> \in G.edge}

AllPredecessors(G, S) == UNION {Predecessors(G, n) : n \in S}

\* The edges of G as a Boolean matrix on its nodes.
LOCAL EdgeMatrix(G) == [m, n \in G.node |-> <<m, n>> \in G.edge]

\* The nodes from which a path of one or more edges leads to n.
Ancestors(G, n) ==
  LET closure == TransitiveClosure(EdgeMatrix(G), G.node)
  IN  {m \in G.node : closure[m, n]}

\* The nodes to which a path of one or more edges leads from n.
Descendants(G, n) ==
  LET closure == TransitiveClosure(EdgeMatrix(G), G.node)
  IN  {m \in G.node : closure[n, m]}

InDegree(G, n) == Cardinality(Predecessors(G, n))

OutDegree(G, n) == Cardinality(Successors(G, n))

\* The nodes without incoming edges.
Roots(G) == {n \in G.node : Predecessors(G, n) = {}}

\* The nodes without outgoing edges.
Leaves(G) == {n \in G.node : Successors(G, n) = {}}

EmptyGraph == [node |-> {}, edge |-> {}]

\* The directed graphs whose set of nodes is S.
Graphs(S) == [node : {S}, edge : SUBSET (S \X S)]

=============================================================================
