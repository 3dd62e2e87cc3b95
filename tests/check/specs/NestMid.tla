------------------------------ MODULE NestMid ------------------------------
\* The middle of Nest.tla's two instance levels: it instantiates NestAbs as L.
VARIABLE z
L == INSTANCE NestAbs WITH y <- z
=============================================================================
