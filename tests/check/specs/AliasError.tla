---- MODULE AliasError ----
\* An ALIAS that fails on the first state (Check.AliasErrorKeepsTheCounterexample).
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Small == x < 2
Alias == [x |-> x, inverse |-> 12 \div x]
LevelAlias == [x |-> x, level |-> TLCGet("level")]
====
