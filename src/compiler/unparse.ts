/**
 * An expression back to source text: CPython 3.11's Python/ast_unparse.c
 * (_PyAST_ExprAsUnicode), which `from __future__ import annotations`
 * (PEP 563) uses to store annotations as strings.
 *
 * The text is the unparser's, not the source's: one space around binary
 * operators, `, ` between items, string literals in repr() form, and
 * parentheses only where a child binds less tightly than its place needs
 * (the PR_* levels below, compared as ast_unparse.c does, quirks
 * included: `lambda*a: 0`, `1 .real`, `1e309` for infinity, a space after
 * `{` when a replacement field starts with one).
 */

import type { Arguments, Arg, CmpOpKind, Comprehension, Expr, Keyword, OperatorKind } from "../ast/nodes.js";
import { constRepr, strRepr } from "../bytecode/dis.js";
import { constOf } from "./ast-opt.js";

// The priority levels of ast_unparse.c.
const PR_TUPLE = 0;
const PR_TEST = 1; // 'if'-'else', 'lambda'
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOPS: Record<OperatorKind, [string, number]> = {
  Add: [" + ", PR_ARITH],
  Sub: [" - ", PR_ARITH],
  Mult: [" * ", PR_TERM],
  MatMult: [" @ ", PR_TERM],
  Div: [" / ", PR_TERM],
  Mod: [" % ", PR_TERM],
  LShift: [" << ", PR_SHIFT],
  RShift: [" >> ", PR_SHIFT],
  BitOr: [" | ", PR_BOR],
  BitXor: [" ^ ", PR_BXOR],
  BitAnd: [" & ", PR_BAND],
  FloorDiv: [" // ", PR_TERM],
  Pow: [" ** ", PR_POWER],
};

const CMPOPS: Record<CmpOpKind, string> = {
  Eq: " == ",
  NotEq: " != ",
  Lt: " < ",
  LtE: " <= ",
  Gt: " > ",
  GtE: " >= ",
  Is: " is ",
  IsNot: " is not ",
  In: " in ",
  NotIn: " not in ",
};

/** _PyAST_ExprAsUnicode */
export function exprAsUnicode(e: Expr): string {
  return unparse(e, PR_TEST);
}

function paren(open: boolean, text: string): string {
  return open ? `(${text})` : text;
}

function unparse(e: Expr, level: number): string {
  switch (e.type) {
    case "BoolOp": {
      const pr = e.op === "And" ? PR_AND : PR_OR;
      const op = e.op === "And" ? " and " : " or ";
      return paren(level > pr, e.values.map((v) => unparse(v, pr + 1)).join(op));
    }
    case "BinOp": {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === "Pow" ? 1 : 0;
      return paren(level > pr, unparse(e.left, pr + rassoc) + op + unparse(e.right, pr + 1 - rassoc));
    }
    case "UnaryOp": {
      const [op, pr] =
        e.op === "Not" ? ["not ", PR_NOT] : [e.op === "Invert" ? "~" : e.op === "UAdd" ? "+" : "-", PR_FACTOR];
      return paren(level > pr, op + unparse(e.operand, pr as number));
    }
    case "Lambda": {
      const npositional = e.args.args.length + e.args.posonlyargs.length;
      const text = (npositional ? "lambda " : "lambda") + unparseArgs(e.args) + ": " + unparse(e.body, PR_TEST);
      return paren(level > PR_TEST, text);
    }
    case "IfExp":
      return paren(
        level > PR_TEST,
        unparse(e.body, PR_TEST + 1) + " if " + unparse(e.test, PR_TEST + 1) + " else " + unparse(e.orelse, PR_TEST),
      );
    case "Dict": {
      const items = e.values.map((v, i) => {
        const k = e.keys[i]!;
        return k === null ? "**" + unparse(v, PR_EXPR) : unparse(k, PR_TEST) + ": " + unparse(v, PR_TEST);
      });
      return "{" + items.join(", ") + "}";
    }
    case "Set":
      return "{" + e.elts.map((x) => unparse(x, PR_TEST)).join(", ") + "}";
    case "GeneratorExp":
      return "(" + unparse(e.elt, PR_TEST) + comprehensions(e.generators) + ")";
    case "ListComp":
      return "[" + unparse(e.elt, PR_TEST) + comprehensions(e.generators) + "]";
    case "SetComp":
      return "{" + unparse(e.elt, PR_TEST) + comprehensions(e.generators) + "}";
    case "DictComp":
      return "{" + unparse(e.key, PR_TEST) + ": " + unparse(e.value, PR_TEST) + comprehensions(e.generators) + "}";
    case "Yield":
      return e.value === null ? "(yield)" : "(yield " + unparse(e.value, PR_TEST) + ")";
    case "YieldFrom":
      return "(yield from " + unparse(e.value, PR_TEST) + ")";
    case "Await":
      return paren(level > PR_AWAIT, "await " + unparse(e.value, PR_ATOM));
    case "Compare": {
      let text = unparse(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => {
        text += CMPOPS[op] + unparse(e.comparators[i]!, PR_CMP + 1);
      });
      return paren(level > PR_CMP, text);
    }
    case "Call":
      return unparseCall(e.func, e.args, e.keywords);
    case "Constant":
      if (e.value.kind === "Ellipsis") return "...";
      return (e.kind ?? "") + constantRepr(e);
    case "JoinedStr":
      return "f" + strRepr(fstringBody(e.values, false));
    case "FormattedValue":
      return formattedValue(e);
    case "Attribute": {
      const v = e.value;
      // An int needs a space before the period to stay an int.
      const period = v.type === "Constant" && v.value.kind === "int" ? " ." : ".";
      return unparse(v, PR_ATOM) + period + e.attr;
    }
    case "Subscript":
      return unparse(e.value, PR_ATOM) + "[" + unparse(e.slice, PR_TUPLE) + "]";
    case "Starred":
      return "*" + unparse(e.value, PR_EXPR);
    case "Slice": {
      let text = e.lower === null ? "" : unparse(e.lower, PR_TEST);
      text += ":";
      if (e.upper !== null) text += unparse(e.upper, PR_TEST);
      if (e.step !== null) text += ":" + unparse(e.step, PR_TEST);
      return text;
    }
    case "Name":
      return e.id;
    case "List":
      return "[" + e.elts.map((x) => unparse(x, PR_TEST)).join(", ") + "]";
    case "Tuple": {
      if (e.elts.length === 0) return "()";
      const text = e.elts.map((x) => unparse(x, PR_TEST)).join(", ") + (e.elts.length === 1 ? "," : "");
      return paren(level > PR_TUPLE, text);
    }
    case "NamedExpr":
      return paren(level > PR_TUPLE, unparse(e.target, PR_ATOM) + " := " + unparse(e.value, PR_ATOM));
  }
}

/** append_repr: repr(), with infinities spelled as the literal 1e309. */
function constantRepr(e: Extract<Expr, { type: "Constant" }>): string {
  const c = constOf(e);
  const text = constRepr(c);
  return c.kind === "float" && !Number.isFinite(c.value) ? text.replace("inf", "1e309") : text;
}

function unparseCall(func: Expr, args: Expr[], keywords: Keyword[]): string {
  const callee = unparse(func, PR_ATOM);
  const only = args[0];
  // A lone generator expression argument keeps its own parentheses only.
  if (args.length === 1 && keywords.length === 0 && only!.type === "GeneratorExp") {
    return callee + unparse(only!, PR_TEST);
  }
  const parts = args.map((a) => unparse(a, PR_TEST));
  for (const k of keywords) parts.push((k.arg === null ? "**" : k.arg + "=") + unparse(k.value, PR_TEST));
  return callee + "(" + parts.join(", ") + ")";
}

function comprehensions(gens: Comprehension[]): string {
  let text = "";
  for (const g of gens) {
    text +=
      (g.is_async ? " async for " : " for ") + unparse(g.target, PR_TUPLE) + " in " + unparse(g.iter, PR_TEST + 1);
    for (const cond of g.ifs) text += " if " + unparse(cond, PR_TEST + 1);
  }
  return text;
}

function unparseArg(a: Arg): string {
  return a.annotation === null ? a.arg : a.arg + ": " + unparse(a.annotation, PR_TEST);
}

/** append_ast_args */
function unparseArgs(args: Arguments): string {
  const parts: string[] = [];
  const nposonly = args.posonlyargs.length;
  const positional = [...args.posonlyargs, ...args.args];
  const ndefaults = args.defaults.length;
  positional.forEach((a, i) => {
    let text = unparseArg(a);
    const di = i - positional.length + ndefaults;
    if (di >= 0) text += "=" + unparse(args.defaults[di]!, PR_TEST);
    if (nposonly && i + 1 === nposonly) text += ", /";
    parts.push(text);
  });
  if (args.vararg !== null || args.kwonlyargs.length) {
    parts.push("*" + (args.vararg === null ? "" : unparseArg(args.vararg)));
  }
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kw_defaults[i];
    parts.push(unparseArg(a) + (d ? "=" + unparse(d, PR_TEST) : ""));
  });
  if (args.kwarg !== null) parts.push("**" + unparseArg(args.kwarg));
  return parts.join(", ");
}

/** build_fstring_body: the literal text (braces doubled) and the fields. */
function fstringBody(values: Expr[], isFormatSpec: boolean): string {
  let body = "";
  for (const v of values) body += fstringElement(v, isFormatSpec);
  return body;
}

function fstringElement(e: Expr, isFormatSpec: boolean): string {
  switch (e.type) {
    case "Constant":
      return e.value.kind === "str" ? e.value.value.replaceAll("{", "{{").replaceAll("}", "}}") : "";
    case "JoinedStr":
      return isFormatSpec ? fstringBody(e.values, true) : "f" + strRepr(fstringBody(e.values, false));
    case "FormattedValue":
      return formattedValue(e);
    default:
      return "";
  }
}

/** append_formattedvalue */
function formattedValue(e: Extract<Expr, { type: "FormattedValue" }>): string {
  // Above PR_TEST, so that a lambda's ':' is parenthesized.
  const inner = unparse(e.value, PR_TEST + 1);
  let text = (inner.startsWith("{") ? "{ " : "{") + inner;
  if (e.conversion > 0) text += "!" + String.fromCharCode(e.conversion);
  if (e.format_spec !== null) text += ":" + fstringElement(e.format_spec, true);
  return text + "}";
}
