/**
 * Assignment and deletion targets: turning an expression parsed in Load
 * context into a Store or Del target, or finding why it cannot be one.
 *
 * The parser reads the left side of `=`, `for … in`, `with … as` and `del`
 * as an ordinary expression first (as CPython's invalid_* rules do on their
 * second pass), then `setContext` rewrites `ctx` in place through tuples,
 * lists and starred items. `invalidTarget` is CPython's
 * `_PyPegen_get_invalid_target`, and `exprName` is `_PyPegen_get_expr_name`,
 * which words the "cannot assign to %s" messages.
 */

import type { Expr, ExprContext } from "../src/ast/nodes.js";

/** The noun CPython uses for an expression kind in error messages. */
export function exprName(e: Expr): string {
  switch (e.type) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v.kind === "None") return "None";
      if (v.kind === "bool") return v.value ? "True" : "False";
      if (v.kind === "Ellipsis") return "ellipsis";
      return "literal";
    }
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    case "Slice":
      return "slice";
  }
}

/** A node's own span, apart from any parentheses around it (the parser
 *  counts those when the node is located as a whole). */
export function ownSpan(e: Expr): { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number } {
  return { lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

/** The first sub-expression that cannot be a target, or null if `e` can. */
export function invalidTarget(e: Expr, ctx: "Store" | "Del"): Expr | null {
  switch (e.type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      return null;
    case "Tuple":
    case "List":
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, ctx);
        if (bad !== null) return bad;
      }
      return null;
    case "Starred":
      return ctx === "Del" ? e : invalidTarget(e.value, ctx);
    default:
      return e;
  }
}

/** _PyPegen_get_invalid_target with FOR_TARGETS: the target of a `for`
 *  read as star_expressions, where `a in b` is a comparison whose left
 *  side is the target. */
export function invalidForTarget(e: Expr): Expr | null {
  switch (e.type) {
    case "Tuple":
    case "List":
      for (const elt of e.elts) {
        const bad = invalidForTarget(elt);
        if (bad !== null) return bad;
      }
      return null;
    case "Starred":
      return invalidForTarget(e.value);
    case "Compare":
      return e.ops[0] === "In" ? invalidForTarget(e.left) : null;
    default:
      return invalidTarget(e, "Store");
  }
}

/** Rewrite `ctx` of a valid target (check with invalidTarget first). */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e.type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      e.ctx = ctx;
      break;
    case "Tuple":
    case "List":
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      break;
    case "Starred":
      e.ctx = ctx;
      setContext(e.value, ctx);
      break;
    default:
      break;
  }
}
