------------------------------ MODULE GraphViz -------------------------------
(***************************************************************************)
(* tlatrace's own text of the community module GraphViz, written for       *)
(* tlatrace from the documented meaning of its operator.                   *)
(***************************************************************************)

\* native: the directed graph G ([node, edge], edges being pairs of nodes) as
\* a string in the DOT language of GraphViz, each node labelled VL(node) and
\* each edge EL(edge).
DotDiGraph(G, VL(_), EL(_)) == CHOOSE text \in STRING : TRUE

=============================================================================
