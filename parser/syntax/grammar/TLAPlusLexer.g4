// TLA+ lexer. Junction-list structure is not decided here: the JunctionTokenSource sitting
// between this lexer and the parser turns prefix-position `/\` and `\/` bullets into the
// virtual JL_* tokens declared below, by column, as SANY does.
lexer grammar TLAPlusLexer;

tokens { JL_AND, JL_OR, JL_ITEM, JL_CLOSE }

// ---- White space (comments are blanked out by the parse driver before lexing) ----------
WS            : [ \t\r\n\f\u000B\u00A0]+ -> skip ;

// ---- Module structure ------------------------------------------------------------------
SEPARATOR : '----' '-'* | '\u2500\u2500\u2500\u2500' '\u2500'* ;
FOOTER    : '====' '='* | '\u2550\u2550\u2550\u2550' '\u2550'* ;

// ---- Reserved words --------------------------------------------------------------------
MODULE      : 'MODULE' ;
EXTENDS     : 'EXTENDS' ;
CONSTANT    : 'CONSTANT' ;
CONSTANTS   : 'CONSTANTS' ;
VARIABLE    : 'VARIABLE' ;
VARIABLES   : 'VARIABLES' ;
ASSUME      : 'ASSUME' ;
ASSUMPTION  : 'ASSUMPTION' ;
AXIOM       : 'AXIOM' ;
THEOREM     : 'THEOREM' ;
LEMMA       : 'LEMMA' ;
COROLLARY   : 'COROLLARY' ;
PROPOSITION : 'PROPOSITION' ;
PROOF       : 'PROOF' ;
BY          : 'BY' ;
OBVIOUS     : 'OBVIOUS' ;
OMITTED     : 'OMITTED' ;
QED         : 'QED' ;
SUFFICES    : 'SUFFICES' ;
HAVE        : 'HAVE' ;
TAKE        : 'TAKE' ;
WITNESS     : 'WITNESS' ;
PICK        : 'PICK' ;
USE         : 'USE' ;
HIDE        : 'HIDE' ;
DEFINE      : 'DEFINE' ;
DEFS        : 'DEFS' ;
DEF         : 'DEF' ;
PROVE       : 'PROVE' ;
NEW         : 'NEW' ;
ONLY        : 'ONLY' ;
STATE       : 'STATE' ;
ACTION      : 'ACTION' ;
TEMPORAL    : 'TEMPORAL' ;
LOCAL       : 'LOCAL' ;
INSTANCE    : 'INSTANCE' ;
WITH        : 'WITH' ;
LET         : 'LET' ;
IN          : 'IN' ;
IF          : 'IF' ;
THEN        : 'THEN' ;
ELSE        : 'ELSE' ;
CASE        : 'CASE' ;
OTHER       : 'OTHER' ;
CHOOSE      : 'CHOOSE' ;
LAMBDA      : 'LAMBDA' ;
RECURSIVE   : 'RECURSIVE' ;
ENABLED     : 'ENABLED' ;
UNCHANGED   : 'UNCHANGED' ;
SUBSET      : 'SUBSET' ;
UNION       : 'UNION' ;
DOMAIN      : 'DOMAIN' ;
EXCEPT      : 'EXCEPT' ;
TRUE        : 'TRUE' ;
FALSE       : 'FALSE' ;
// `WF_` / `SF_` alone (as in `WF_<<x>>(A)`); `WF_vars` lexes as one IDENT that the token
// source splits into WF + IDENT.
WF_US       : 'WF_' ;
SF_US       : 'SF_' ;

// ---- Numbers and strings ---------------------------------------------------------------
REAL    : [0-9]+ '.' [0-9]+ ;
NUMBER  : [0-9]+ ;
BINNUM  : '\\' [bB] [01]+ ;
OCTNUM  : '\\' [oO] [0-7]+ ;
HEXNUM  : '\\' [hH] [0-9a-fA-F]+ ;
STRING_LIT : '"' ( '\\' [nrtf"\\] | ~["\\\r\n] )* '"' ;

// A proof step label: <1>, <2>3., <1>a., <*>, <+>.
STEP : '<' ([0-9]+ | '*' | '+') '>' [a-zA-Z0-9_]* '.'? ;

// ---- Quantifiers -----------------------------------------------------------------------
TFORALL : '\\AA' | '\u2200\u2200' ;
TEXISTS : '\\EE' | '\u2203\u2203' ;
FORALL  : '\\A' | '\\forall' | '\u2200' ;
EXISTS  : '\\E' | '\\exists' | '\u2203' ;

// ---- Punctuation -----------------------------------------------------------------------
DEFEQ      : '==' | '\u225C' ;
MAPSTO     : '|->' | '\u21A6' ;
ARROW      : '->' | '\u2192' ;
LARROW     : '<-' | '\u2190' ;
LANGLE     : '<<' | '\u27E8' ;
RANGLE_US  : '>>_' | '\u27E9_' ;
RANGLE     : '>>' | '\u27E9' ;
RBRACKET_US: ']_' ;
BOX        : '[]' | '\u25A1' ;
DIAMOND    : '<>' | '\u25C7' ;
LPAREN     : '(' ;
RPAREN     : ')' ;
LBRACKET   : '[' ;
RBRACKET   : ']' ;
LBRACE     : '{' ;
RBRACE     : '}' ;
COMMA      : ',' ;
DCOLON     : '::' ;
COLON      : ':' ;
DOT        : '.' ;
BANG       : '!' ;
AT         : '@' ;
UNDERSCORE : '_' ;
PRIME      : '\'' ;

// ---- Operators with a grammatical role of their own -------------------------------------
AND       : '/\\' | '\\land' | '\u2227' ;
OR        : '\\/' | '\\lor' | '\u2228' ;
NOT       : '~' | '\\lnot' | '\\neg' | '\u00AC' ;
EQ        : '=' ;
MINUS     : '-' ;
MINUS_DOT : '-.' ;
ELEM      : '\\in' | '\u2208' ;
POSTFIX_OP: '^+' | '^*' | '^#' | '\u207A' ;

// ---- Every other infix operator (the builder maps the spelling to the canonical symbol) --
INFIX_OP
  : '/=' | '#' | '\u2260'
  | '=>' | '\u21D2' | '<=>' | '\\equiv' | '\u2261' | '\u21D4'
  | '<' | '>' | '<=' | '=<' | '\\leq' | '\u2264' | '>=' | '\\geq' | '\u2265'
  | '\\notin' | '\u2209'
  | '\\subseteq' | '\u2286' | '\\subset' | '\u2282' | '\\supseteq' | '\u2287' | '\\supset' | '\u2283'
  | '\\cup' | '\\union' | '\u222A' | '\\cap' | '\\intersect' | '\u2229' | '\\' | '\u2216'
  | '\\X' | '\\times' | '\u00D7'
  | '..' | '\u2025' | '...' | '\u2026'
  | '+' | '*' | '/' | '\\div' | '\u00F7' | '%' | '^'
  | ':>' | '@@' | '~>' | '\u219D' | '-+->' | '\u21F8'
  | '\\cdot' | '\u22C5' | '\\o' | '\\circ' | '\u2218'
  | '\\prec' | '\u227A' | '\\preceq' | '\u2AAF' | '\\succ' | '\u227B' | '\\succeq' | '\u2AB0'
  | '\\ll' | '\u226A' | '\\gg' | '\u226B'
  | '\\sqsubset' | '\u228F' | '\\sqsubseteq' | '\u2291' | '\\sqsupset' | '\u2290' | '\\sqsupseteq' | '\u2292'
  | '\\sqcap' | '\u2293' | '\\sqcup' | '\u2294' | '\\uplus' | '\u228E'
  | '\\oplus' | '(+)' | '\u2295' | '\\ominus' | '(-)' | '\u2296' | '\\otimes' | '(\\X)' | '\u2297'
  | '\\oslash' | '(/)' | '\u2298' | '\\odot' | '(.)' | '\u2299'
  | '\\bullet' | '\u25CF' | '\\star' | '\u22C6' | '\\bigcirc' | '\u25EF'
  | '\\sim' | '\u223C' | '\\simeq' | '\u2243' | '\\approx' | '\u2248' | '\\cong' | '\u2245'
  | '\\asymp' | '\u224D' | '\\doteq' | '\u2250' | '\\propto' | '\u221D' | '\\wr' | '\u2240'
  | '++' | '--' | '**' | '//' | '^^' | '|-' | '\u22A2' | '-|' | '\u22A3' | '|=' | '\u22A8' | '=|' | '\u2AE4'
  | '<:' | ':=' | '\u2254' | '::=' | '\u2A74'
  | '&' | '&&' | '$' | '$$' | '??' | '\u2047' | '%%' | '##' | '|' | '||' | '\u2016' | '!!' | '\u203C'
  ;

IDENT : [a-zA-Z0-9_]* [a-zA-Z] [a-zA-Z0-9_]* ;

// Anything else is a lexical error reported by the parse driver.
ERROR_CHAR : . ;
