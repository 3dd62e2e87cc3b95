// TLA+ parser grammar. Expressions are parsed flatly (operands separated by infix operator
// tokens, each operand with its prefix and postfix operators); the AST builder resolves
// precedence and associativity with SANY's ranges. Junction lists arrive as JL_* tokens.
parser grammar TLAPlusParser;

options { tokenVocab = TLAPlusLexer; }

// ---- Modules ---------------------------------------------------------------------------
moduleFile : module EOF ;
expressionFile : expr EOF ;

module : SEPARATOR MODULE IDENT SEPARATOR extendsClause? unit* FOOTER ;
extendsClause : EXTENDS IDENT (COMMA IDENT)* ;

unit
  : module
  | SEPARATOR
  | constantDecl
  | variableDecl
  | recursiveDecl
  | LOCAL? instance
  | LOCAL? definition
  | assumption
  | theorem
  | useOrHide
  ;

constantDecl : (CONSTANT | CONSTANTS) opDecl (COMMA opDecl)* ;
variableDecl : (VARIABLE | VARIABLES) IDENT (COMMA IDENT)* ;
recursiveDecl : RECURSIVE opDecl (COMMA opDecl)* ;

// `C`, `C(_, _)`, `-. _`, `_ + _`, `_ ^+`
opDecl
  : IDENT (LPAREN UNDERSCORE (COMMA UNDERSCORE)* RPAREN)?
  | MINUS_DOT UNDERSCORE
  | UNDERSCORE infixSymbol UNDERSCORE
  | UNDERSCORE POSTFIX_OP
  ;

// Operator, function and module (instance) definitions.
definition
  : IDENT LBRACKET quantBound (COMMA quantBound)* RBRACKET DEFEQ expr   # functionDefinition
  | defLhs DEFEQ (instance | expr)                                     # operatorDefinition
  ;

defLhs
  : IDENT (LPAREN opDecl (COMMA opDecl)* RPAREN)?                      # nonfixLhs
  | MINUS_DOT IDENT                                                    # prefixLhs
  | IDENT infixSymbol IDENT                                            # infixLhs
  | IDENT POSTFIX_OP                                                   # postfixLhs
  ;

infixSymbol : INFIX_OP | MINUS | EQ | ELEM | AND | OR ;

instance : INSTANCE IDENT (WITH substitution (COMMA substitution)*)? ;
substitution : (IDENT | infixSymbol | MINUS_DOT | NOT | POSTFIX_OP) LARROW argument ;

assumption : (ASSUME | ASSUMPTION | AXIOM) (IDENT DEFEQ)? expr ;

theorem : (THEOREM | LEMMA | COROLLARY | PROPOSITION) (IDENT DEFEQ)? (assumeProve | expr) proof? ;

assumeProve : ASSUME assumeItem (COMMA assumeItem)* PROVE expr ;
assumeItem
  : assumeProve
  | NEW? (CONSTANT | VARIABLE | STATE | ACTION | TEMPORAL) opDecl (ELEM expr)?
  | NEW opDecl (ELEM expr)?
  | definition
  | expr
  ;

// Proofs are parsed loosely (as a flat sequence of steps) and dropped.
proof : proofItem+ ;
proofItem
  : PROOF
  | terseProof
  | STEP stepBody?
  ;
terseProof : BY ONLY? useBody | OBVIOUS | OMITTED ;
stepBody
  : QED
  | SUFFICES (assumeProve | expr)
  | HAVE expr
  | TAKE (quantBound (COMMA quantBound)* | IDENT (COMMA IDENT)*)
  | WITNESS expr (COMMA expr)*
  | PICK (quantBound (COMMA quantBound)* | IDENT (COMMA IDENT)*) COLON expr
  | (USE | HIDE) ONLY? useBody
  | DEFINE? definition+
  | CASE expr
  | assumeProve
  | instance
  | expr
  ;
useOrHide : (USE | HIDE) ONLY? useBody ;
useBody
  : useItem (COMMA useItem)* ((DEF | DEFS) useItem (COMMA useItem)*)?
  | (DEF | DEFS) useItem (COMMA useItem)*
  ;
useItem : MODULE IDENT | STEP | infixSymbol | expr ;

// ---- Expressions -----------------------------------------------------------------------
expr : operand (infixOp operand)* ;
infixOp : INFIX_OP | EQ | MINUS | ELEM | AND | OR ;
operand : prefixOp* primary postfix* ;
prefixOp : NOT | MINUS | BOX | DIAMOND | ENABLED | UNCHANGED | SUBSET | UNION | DOMAIN ;
postfix
  : PRIME
  | POSTFIX_OP
  | LBRACKET expr (COMMA expr)* RBRACKET
  | DOT fieldName
  ;
fieldName : IDENT ;

primary
  : name
  | literal
  | LPAREN expr RPAREN
  | junctionList
  | setExpr
  | bracketExpr
  | angleExpr
  | ifExpr
  | caseExpr
  | letExpr
  | quantExpr
  | chooseExpr
  | fairnessExpr
  | lambdaExpr
  | labelExpr
  | AT
  | STEP          // a proof-step reference such as <4>4 (inside proofs)
  ;

literal : NUMBER | REAL | BINNUM | OCTNUM | HEXNUM | STRING_LIT | TRUE | FALSE ;

// `x`, `Op(a, b)`, `M!Op(a)!Sub`, `Init!1`, `Op!<<`, `Op!:`, `Op!2!(x)`
name : nameSegment (BANG selector)* ;
nameSegment : IDENT (LPAREN argument (COMMA argument)* RPAREN)? ;
selector
  : (IDENT | NUMBER | infixSymbol) (LPAREN argument (COMMA argument)* RPAREN)?
  | LPAREN argument (COMMA argument)* RPAREN
  | LANGLE | RANGLE | COLON | AT
  ;
argument : expr | infixSymbol | MINUS_DOT | POSTFIX_OP ;

labelExpr : IDENT (LPAREN IDENT (COMMA IDENT)* RPAREN)? DCOLON expr ;

junctionList : (JL_AND | JL_OR) expr (JL_ITEM expr)* JL_CLOSE ;

setExpr : LBRACE setBody? RBRACE ;
setBody
  : boundHead ELEM expr COLON expr                       # setFilter
  | expr COLON quantBound (COMMA quantBound)*            # setMap
  | expr (COMMA expr)*                                   # setEnum
  ;

bracketExpr
  : LBRACKET fieldName MAPSTO expr (COMMA fieldName MAPSTO expr)* RBRACKET          # recordCons
  | LBRACKET fieldName COLON expr (COMMA fieldName COLON expr)* RBRACKET            # recordSet
  | LBRACKET quantBound (COMMA quantBound)* MAPSTO expr RBRACKET                    # funcCons
  | LBRACKET expr ARROW expr RBRACKET                                               # funcSet
  | LBRACKET expr EXCEPT exceptUpdate (COMMA exceptUpdate)* RBRACKET                # except
  | LBRACKET expr RBRACKET_US subscript                                             # boxAction
  ;
exceptUpdate : BANG exceptStep+ EQ expr ;
exceptStep : DOT fieldName | LBRACKET expr (COMMA expr)* RBRACKET ;

angleExpr : LANGLE (expr (COMMA expr)*)? (RANGLE | RANGLE_US subscript) ;
subscript : IDENT (BANG IDENT)* | LANGLE expr (COMMA expr)* RANGLE | LPAREN expr RPAREN ;

ifExpr : IF expr THEN expr ELSE expr ;
caseExpr : CASE caseArm (BOX caseArm)* (BOX OTHER ARROW expr)? ;
caseArm : expr ARROW expr ;
letExpr : LET letDef+ IN expr ;
letDef : definition | recursiveDecl ;

quantExpr
  : (FORALL | EXISTS) quantBound (COMMA quantBound)* COLON expr
  | (FORALL | EXISTS | TFORALL | TEXISTS) IDENT (COMMA IDENT)* COLON expr
  ;
quantBound : boundHead ELEM expr ;
boundHead : IDENT (COMMA IDENT)* | LANGLE IDENT (COMMA IDENT)* RANGLE ;
chooseExpr : CHOOSE (IDENT | LANGLE IDENT (COMMA IDENT)* RANGLE) (ELEM expr)? COLON expr ;
fairnessExpr : (WF_US | SF_US) subscript LPAREN expr RPAREN ;
lambdaExpr : LAMBDA IDENT (COMMA IDENT)* COLON expr ;
