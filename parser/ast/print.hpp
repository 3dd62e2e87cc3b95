#pragma once
// A compact, deterministic S-expression dump of the AST, used by tests to assert shapes.
//
// Expressions:
//   literals       42  \hFF  1.5  "a\"b"  TRUE  FALSE  @
//   names          x   (Op a b)   (Op)   (! M (Op a) 2)      ; segments of M!Op(a)!2
//   operators      (+ a b)  (-. a)  (' x)  (in x S)  (lnot p) ; canonical op, leading `\` dropped
//   junctions      (and a b c) for infix /\ chains (flattened: `a /\ b /\ c` is one node,
//                  parentheses are not flattened), (/\ a b) for a bulleted list; (or ..) (\/ ..)
//   quantifiers    (A (in x y S) body)  (E x body)  (AA x body)  (CHOOSE (in x S) body)
//                  binders: `x` unbounded, (in x y S) bounded, (in <<a b>> S) tuple
//   sets           (set a b)  (filter (in x S) P)  (map e (in x S) (in y T))
//   functions      (fn (in x S) e)  (-> S T)  (app f a b)  (record (a 1) (b 2))
//                  (recset (a S))  (. r f)  (except f (! [i] .g value) ...)  (tuple a b)
//                  (X A B C)
//   control        (if c t e)  (case (-> p e) (other e))  (let ((def ..) ..) body)
//                  (lambda (x y) body)  (:: L (x) e)
//   temporal       ([]_ A v)  (<>_ A v)  (WF v A)  (SF v A)
// Modules:
//   (module Name (extends A B) unit ...) with units (constant C) (constant F/2) (variable x)
//   (recursive F/1) (def Op (p F/2) body) (fndef f ((in x S)) body) (instance X (<- c e))
//   (def M () (instance X ...)) (local <unit>) (assume [name] e) (theorem [name] e|assume-prove)
//   and nested (module ...). A definition declared RECURSIVE prints as (def* ...).
#include <string>

#include "parser/ast/ast.hpp"

namespace tlatrace::ast {

/// The S-expression of an expression.
std::string to_sexpr(const Expr& e);
/// The S-expression of an operator/function/instance definition.
std::string to_sexpr(const OpDef& d);
/// The S-expression of a whole module.
std::string to_sexpr(const Module& m);

}  // namespace tlatrace::ast
