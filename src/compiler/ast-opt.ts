/**
 * The AST optimizer: CPython 3.11's Python/ast_opt.c (`_PyAST_Optimize`),
 * run on a copy of the tree before the symbol table and code generation.
 *
 * It folds exactly what 3.11 folds, with 3.11's size limits:
 *  - unary operators on constants (`-1`, `~5`, `not 0`), and
 *    `not (a is b)` → `a is not b` (also `in`/`not in`);
 *  - binary operators on constants (ints, floats, complexes, strs, bytes,
 *    tuples), refusing results over 128 bits / 4096 chars / 256 items, and
 *    leaving anything that would raise (1/0, 'a' % x, 0j ** -1) to run time;
 *    complex arithmetic is the complex type's own (src/pymath/complex.ts);
 *  - tuple displays of constants → one constant tuple;
 *  - constant[constant] subscripts;
 *  - the iterable of `for` / comprehensions and the right side of `in`:
 *    a list display → tuple (constant if all items are), a constant set
 *    display → frozenset;
 *  - `__debug__` → True.
 *
 * Folded tuples and frozensets are `Const` values (src/bytecode/code.ts),
 * which the AST's `ConstValue` cannot express; such Constant nodes exist
 * only between this pass and the compiler, read through `constOf`.
 */
import { markLiteral } from "../ast/literals.js";
import { CompileLimitError, compileWork, RECURSION_DURING_COMPILATION, recursionBounds } from "../ast/limits.js";
import type {
  Arguments,
  Comprehension,
  Constant,
  Expr,
  ExceptHandler,
  FormattedValue,
  JoinedStr,
  Keyword,
  MatchCase,
  Mod,
  Pattern,
  Stmt,
  WithItem,
  OperatorKind,
  UnaryOpKind,
} from "../ast/nodes.js";
import type { Const } from "../bytecode/code.js";
import {
  type Py_complex,
  _Py_c_diff,
  _Py_c_neg,
  _Py_c_prod,
  _Py_c_quot,
  _Py_c_sum,
  complexPow,
} from "../pymath/complex.js";
import * as libm from "../pymath/libm.js";
import { floatDivmod, floatMod } from "../pymath/floatdiv.js";

const MAX_INT_SIZE = 128n; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** The constant a Constant node holds (possibly a folded tuple/frozenset). */
export function constOf(e: Constant): Const {
  return e.value as Const;
}

function makeConst(node: Expr, value: Const): Expr {
  // The folded value is in CPython's arena too (make_const).
  if (value.kind !== "code") markLiteral(value);
  const c = {
    type: "Constant",
    value,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
  return c as unknown as Constant;
}

// ---------------------------------------------------------------- %-formatting

/** The spec characters ast_opt.c's simple_format_arg_parse reads: at most
 *  MAXDIGITS - 1 digits of width and of precision. */
const MAXDIGITS = 3;

/**
 * optimize_format: `'…%s…%r…' % (a, b)` with a str constant on the left
 * and a tuple display of as many items as the format has units, each
 * `%s`, `%r` or `%a` with at most a `-` flag, width and precision
 * mattering, becomes the f-string `f'…{a!s}…{b!r}…'` (FORMAT_VALUE and
 * BUILD_STRING, no tuple). Anything else is left as it is.
 */
function optimizeFormat(node: Expr, fmt: string, elts: Expr[]): Expr {
  const seq: Expr[] = [];
  let pos = 0;
  let cnt = 0;
  const at = (text: string): Expr => makeConst(node, { kind: "str", value: text });
  for (;;) {
    // parse_literal: text up to the next lone '%', with '%%' as '%'.
    const start = pos;
    while (pos < fmt.length) {
      if (fmt[pos] !== "%") pos++;
      else if (pos + 1 < fmt.length && fmt[pos + 1] === "%") pos += 2;
      else break;
    }
    if (pos > start) seq.push(at(fmt.slice(start, pos).replaceAll("%%", "%")));
    if (pos >= fmt.length) break;
    if (cnt >= elts.length) return node; // more format units than items
    pos++;
    const unit = parseFormatUnit(fmt, pos);
    if (unit === null) return node;
    pos = unit.end;
    const arg = elts[cnt++]!;
    const spec = unit.spec;
    if (spec !== "s" && spec !== "r" && spec !== "a") return node;
    let text = "";
    if (!unit.ljust && unit.width > 0) text += ">";
    if (unit.width >= 0) text += String(unit.width);
    if (unit.prec >= 0) text += `.${unit.prec}`;
    const pos0 = {
      lineno: arg.lineno,
      col_offset: arg.col_offset,
      end_lineno: arg.end_lineno,
      end_col_offset: arg.end_col_offset,
    };
    const formatSpec: JoinedStr | null = text === "" ? null : { type: "JoinedStr", values: [at(text)], ...pos0 };
    const fv: FormattedValue = {
      type: "FormattedValue",
      value: arg,
      conversion: spec.charCodeAt(0),
      format_spec: formatSpec,
      ...pos0,
    };
    seq.push(fv);
  }
  if (cnt < elts.length) return node; // more items than format units
  const joined: JoinedStr = {
    type: "JoinedStr",
    values: seq,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
  return joined;
}

/** simple_format_arg_parse: the flags, width, precision and conversion
 *  character after a '%' at `pos`, or null (the format is unsupported). */
function parseFormatUnit(
  fmt: string,
  pos: number,
): { spec: string; ljust: boolean; width: number; prec: number; end: number } | null {
  let ch = "";
  /** NEXTC: false at the end of the format. */
  const next = (): boolean => {
    if (pos >= fmt.length) return false;
    ch = fmt[pos++]!;
    return true;
  };
  /** A run of digits starting at `ch` (fewer than MAXDIGITS), or -1. */
  const digits = (): number => {
    let value = 0;
    let count = 0;
    while (ch >= "0" && ch <= "9") {
      value = value * 10 + Number(ch);
      if (!next() || ++count >= MAXDIGITS) return -1;
    }
    return value;
  };
  let ljust = false;
  for (;;) {
    if (!next()) return null;
    if (ch === "-") ljust = true;
    else if (ch !== "+" && ch !== " " && ch !== "#" && ch !== "0") break;
  }
  let width = -1;
  if (ch >= "0" && ch <= "9") {
    width = digits();
    if (width < 0) return null;
  }
  let prec = -1;
  if (ch === ".") {
    if (!next()) return null;
    prec = digits();
    if (prec < 0) return null;
  }
  return { spec: ch, ljust, width, prec, end: pos };
}

// ---------------------------------------------------------------- values

type Num = { kind: "int"; value: bigint } | { kind: "float"; value: number };

function asInt(c: Const): bigint | null {
  if (c.kind === "int") return c.value;
  if (c.kind === "bool") return c.value ? 1n : 0n;
  return null;
}

function numBits(v: bigint): bigint {
  if (v < 0n) v = -v;
  return BigInt(v.toString(2).length) - (v === 0n ? 1n : 0n);
}

function intToFloat(v: bigint): number | null {
  const f = Number(v);
  return Number.isFinite(f) ? f : null;
}

function asNum(c: Const): Num | null {
  const i = asInt(c);
  if (i !== null) return { kind: "int", value: i };
  if (c.kind === "float") return { kind: "float", value: c.value };
  return null;
}

/** Python truth value of a constant. */
export function constTruth(c: Const): boolean {
  switch (c.kind) {
    case "int":
      return c.value !== 0n;
    case "float":
      return c.value !== 0;
    case "complex":
      return c.real !== 0 || c.imag !== 0;
    case "bool":
      return c.value;
    case "str":
      return c.value.length > 0;
    case "bytes":
      return c.value.length > 0;
    case "None":
      return false;
    case "Ellipsis":
      return true;
    case "tuple":
    case "frozenset":
      return c.items.length > 0;
    case "code":
      return true;
  }
}

function floorDivInt(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function modInt(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

function binopNum(op: OperatorKind, l: Num, r: Num, lc: Const, rc: Const): Const | null {
  if (l.kind === "int" && r.kind === "int") {
    const a = l.value,
      b = r.value;
    const bothBool = lc.kind === "bool" && rc.kind === "bool";
    switch (op) {
      case "Add":
        return { kind: "int", value: a + b };
      case "Sub":
        return { kind: "int", value: a - b };
      case "Mult":
        if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return null;
        return { kind: "int", value: a * b };
      case "FloorDiv":
        return b === 0n ? null : { kind: "int", value: floorDivInt(a, b) };
      case "Mod":
        return b === 0n ? null : { kind: "int", value: modInt(a, b) };
      case "Div": {
        if (b === 0n) return null;
        const lim = 1n << 53n;
        if (a > lim || a < -lim || b > lim || b < -lim) return null;
        return { kind: "float", value: Number(a) / Number(b) };
      }
      case "Pow":
        if (b < 0n) {
          // A float result is folded only when exact (a power of two base);
          // others are left to run time, as the float case below explains.
          if (a === 0n) return null;
          const m = a < 0n ? -a : a;
          if ((m & (m - 1n)) !== 0n) return null;
          const fa = intToFloat(a),
            fb = intToFloat(b);
          if (fa === null || fb === null) return null;
          return { kind: "float", value: fa ** fb };
        }
        if (a !== 0n && b > 0n && numBits(a) * b > MAX_INT_SIZE) return null;
        return { kind: "int", value: a ** b };
      case "LShift":
        if (b < 0n) return null;
        if (a !== 0n && b !== 0n && (b > MAX_INT_SIZE || numBits(a) > MAX_INT_SIZE - b)) return null;
        return { kind: "int", value: a << b };
      case "RShift":
        if (b < 0n) return null;
        return { kind: "int", value: a >> b };
      case "BitAnd":
        return bothBool ? { kind: "bool", value: (a & b) !== 0n } : { kind: "int", value: a & b };
      case "BitOr":
        return bothBool ? { kind: "bool", value: (a | b) !== 0n } : { kind: "int", value: a | b };
      case "BitXor":
        return bothBool ? { kind: "bool", value: (a ^ b) !== 0n } : { kind: "int", value: a ^ b };
      case "MatMult":
        return null;
    }
  }
  const x = l.kind === "float" ? l.value : intToFloat(l.value);
  const y = r.kind === "float" ? r.value : intToFloat(r.value);
  if (x === null || y === null) return null;
  let v: number;
  switch (op) {
    case "Add":
      v = x + y;
      break;
    case "Sub":
      v = x - y;
      break;
    case "Mult":
      v = x * y;
      break;
    case "Div":
      if (y === 0) return null;
      v = x / y;
      break;
    case "FloorDiv":
      if (y === 0) return null;
      v = floatDivmod(x, y)[0];
      break;
    case "Mod":
      if (y === 0) return null;
      v = floatMod(x, y);
      break;
    case "Pow":
      // Deliberately not folded, unlike CPython: float ** must be correctly
      // rounded as C's pow is, and only the float type's own power
      // (floatobject.ts) does that; JavaScript's Math.pow can be one unit
      // in the last place off (2 ** -0.5). The value is the same, computed
      // when the code runs; only the bytecode differs (BINARY_OP **).
      return null;
    default:
      return null;
  }
  return { kind: "float", value: v };
}

function seqLen(c: Const): number | null {
  switch (c.kind) {
    case "str":
      return [...c.value].length;
    case "bytes":
      return c.value.length;
    case "tuple":
      return c.items.length;
    default:
      return null;
  }
}

function repeat(c: Const, n: number): Const | null {
  const size = seqLen(c);
  if (size === null) return null;
  if (c.kind === "tuple") {
    if (n < 0) n = 0;
    if (size && n > MAX_COLLECTION_SIZE / size) return null;
    if (size * n > MAX_TOTAL_ITEMS) return null;
    const items: Const[] = [];
    for (let i = 0; i < n; i++) items.push(...c.items);
    return { kind: "tuple", items };
  }
  if (size === 0) return c;
  if (n < 0 || n > MAX_STR_SIZE / size) return null;
  if (c.kind === "str") return { kind: "str", value: c.value.repeat(n) };
  if (c.kind === "bytes") {
    const out = new Uint8Array(c.value.length * n);
    for (let i = 0; i < n; i++) out.set(c.value, i * c.value.length);
    return { kind: "bytes", value: out };
  }
  return null;
}

/** A number constant as complex_*'s TO_COMPLEX sees it; null when it is
 *  not a number or an int too large for a double (OverflowError). */
function asComplex(c: Const): Py_complex | null {
  if (c.kind === "complex") return { real: c.real, imag: c.imag };
  const n = asNum(c);
  if (n === null) return null;
  const real = n.kind === "float" ? n.value : intToFloat(n.value);
  return real === null ? null : { real, imag: 0 };
}

/** complex_add, complex_sub, complex_mul, complex_div, complex_pow on
 *  constants; null where the operation would raise. */
function binopComplex(op: OperatorKind, a: Py_complex, b: Py_complex): Const | null {
  let r: Py_complex;
  switch (op) {
    case "Add":
      r = _Py_c_sum(a, b);
      break;
    case "Sub":
      r = _Py_c_diff(a, b);
      break;
    case "Mult":
      r = _Py_c_prod(a, b);
      break;
    case "Div":
      libm.set_errno(0);
      r = _Py_c_quot(a, b);
      if (libm.errno !== 0) return null;
      break;
    case "Pow":
      r = complexPow(a, b);
      if (libm.errno !== 0) return null;
      break;
    default:
      return null;
  }
  return { kind: "complex", real: r.real, imag: r.imag };
}

function foldBinop(op: OperatorKind, l: Const, r: Const): Const | null {
  if (l.kind === "complex" || r.kind === "complex") {
    const a = asComplex(l),
      b = asComplex(r);
    return a && b ? binopComplex(op, a, b) : null;
  }
  const ln = asNum(l),
    rn = asNum(r);
  if (ln && rn) return binopNum(op, ln, rn, l, r);
  if (op === "Add") {
    if (l.kind === "str" && r.kind === "str") return { kind: "str", value: l.value + r.value };
    if (l.kind === "bytes" && r.kind === "bytes") {
      const out = new Uint8Array(l.value.length + r.value.length);
      out.set(l.value);
      out.set(r.value, l.value.length);
      return { kind: "bytes", value: out };
    }
    if (l.kind === "tuple" && r.kind === "tuple") return { kind: "tuple", items: [...l.items, ...r.items] };
    return null;
  }
  if (op === "Mult") {
    const ri = asInt(r),
      li = asInt(l);
    if (ri !== null && seqLen(l) !== null) return ri > 100000n ? null : repeat(l, Number(ri));
    if (li !== null && seqLen(r) !== null) return li > 100000n ? null : repeat(r, Number(li));
  }
  return null;
}

function foldUnary(op: UnaryOpKind, c: Const): Const | null {
  if (op === "Not") return { kind: "bool", value: !constTruth(c) };
  if (c.kind === "complex") {
    if (op === "USub") {
      const r = _Py_c_neg(c);
      return { kind: "complex", real: r.real, imag: r.imag };
    }
    return op === "UAdd" ? c : null;
  }
  const n = asNum(c);
  if (n === null) return null;
  if (n.kind === "int") {
    switch (op) {
      case "UAdd":
        return { kind: "int", value: n.value };
      case "USub":
        return { kind: "int", value: -n.value };
      case "Invert":
        return { kind: "int", value: -n.value - 1n };
    }
  }
  switch (op) {
    case "UAdd":
      return { kind: "float", value: n.value as number };
    case "USub":
      return { kind: "float", value: -(n.value as number) };
    case "Invert":
      return null;
  }
}

function foldSubscr(v: Const, s: Const): Const | null {
  const i = asInt(s);
  if (i === null) return null;
  if (v.kind === "str") {
    const chars = [...v.value];
    const idx = i < 0n ? BigInt(chars.length) + i : i;
    if (idx < 0n || idx >= BigInt(chars.length)) return null;
    return { kind: "str", value: chars[Number(idx)]! };
  }
  if (v.kind === "tuple") {
    const idx = i < 0n ? BigInt(v.items.length) + i : i;
    if (idx < 0n || idx >= BigInt(v.items.length)) return null;
    return v.items[Number(idx)]!;
  }
  if (v.kind === "bytes") {
    const idx = i < 0n ? BigInt(v.value.length) + i : i;
    if (idx < 0n || idx >= BigInt(v.value.length)) return null;
    return { kind: "int", value: BigInt(v.value[Number(idx)]!) };
  }
  return null;
}

function allConst(elts: Expr[]): Const[] | null {
  const out: Const[] = [];
  for (const e of elts) {
    if (e.type !== "Constant") return null;
    out.push(constOf(e));
  }
  return out;
}

// ---------------------------------------------------------------- walkers

/** fold_iter: list display → tuple; constant list/set → constant. */
function foldIter(e: Expr): Expr {
  if (e.type === "List") {
    if (e.elts.some((x) => x.type === "Starred")) return e;
    const items = allConst(e.elts);
    if (items) return makeConst(e, { kind: "tuple", items });
    return { ...e, type: "Tuple" };
  }
  if (e.type === "Set") {
    const items = allConst(e.elts);
    if (items) return makeConst(e, { kind: "frozenset", items });
  }
  return e;
}

function optExprs(es: Expr[]): Expr[] {
  return es.map(optExpr);
}

/** _PyASTOptimizeState for the tree being folded: under `from __future__
 *  import annotations` annotations stay as written (they become strings). */
const state = { futureAnnotations: false, recursionDepth: 0, recursionLimit: 0 };

/** The recursion check astfold_stmt and astfold_expr make on entry. */
function enter(): void {
  if (++state.recursionDepth > state.recursionLimit) {
    throw new CompileLimitError("RecursionError", RECURSION_DURING_COMPILATION);
  }
  compileWork();
}

function optArgs(a: Arguments): void {
  a.defaults = optExprs(a.defaults);
  a.kw_defaults = a.kw_defaults.map((d) => (d ? optExpr(d) : null));
  if (state.futureAnnotations) return;
  for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) {
    if (arg.annotation) arg.annotation = optExpr(arg.annotation);
  }
  if (a.vararg?.annotation) a.vararg.annotation = optExpr(a.vararg.annotation);
  if (a.kwarg?.annotation) a.kwarg.annotation = optExpr(a.kwarg.annotation);
}

function optKeywords(ks: Keyword[]): void {
  for (const k of ks) k.value = optExpr(k.value);
}

function optComps(gs: Comprehension[]): void {
  for (const g of gs) {
    g.target = optExpr(g.target);
    g.iter = foldIter(optExpr(g.iter));
    g.ifs = optExprs(g.ifs);
  }
}

function optExpr(e: Expr): Expr {
  enter();
  const r = foldExpr(e);
  state.recursionDepth--;
  return r;
}

function foldExpr(e: Expr): Expr {
  switch (e.type) {
    case "BoolOp":
      e.values = optExprs(e.values);
      return e;
    case "NamedExpr":
      e.value = optExpr(e.value);
      return e;
    case "BinOp": {
      e.left = optExpr(e.left);
      e.right = optExpr(e.right);
      if (e.left.type !== "Constant") return e;
      if (
        e.op === "Mod" &&
        e.right.type === "Tuple" &&
        constOf(e.left).kind === "str" &&
        !e.right.elts.some((x) => x.type === "Starred")
      ) {
        return optimizeFormat(e, (constOf(e.left) as { value: string }).value, e.right.elts);
      }
      if (e.right.type !== "Constant") return e;
      const v = foldBinop(e.op, constOf(e.left), constOf(e.right));
      return v ? makeConst(e, v) : e;
    }
    case "UnaryOp": {
      e.operand = optExpr(e.operand);
      const arg = e.operand;
      if (arg.type !== "Constant") {
        if (e.op === "Not" && arg.type === "Compare" && arg.ops.length === 1) {
          const inv = { Is: "IsNot", IsNot: "Is", In: "NotIn", NotIn: "In" } as const;
          const op = arg.ops[0]!;
          if (op === "Is" || op === "IsNot" || op === "In" || op === "NotIn") {
            return {
              ...arg,
              ops: [inv[op]],
              lineno: e.lineno,
              col_offset: e.col_offset,
              end_lineno: e.end_lineno,
              end_col_offset: e.end_col_offset,
            };
          }
        }
        return e;
      }
      const v = foldUnary(e.op, constOf(arg));
      return v ? makeConst(e, v) : e;
    }
    case "Lambda":
      optArgs(e.args);
      e.body = optExpr(e.body);
      return e;
    case "IfExp":
      e.test = optExpr(e.test);
      e.body = optExpr(e.body);
      e.orelse = optExpr(e.orelse);
      return e;
    case "Dict":
      e.keys = e.keys.map((k) => (k ? optExpr(k) : null));
      e.values = optExprs(e.values);
      return e;
    case "Set":
      e.elts = optExprs(e.elts);
      return e;
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      e.elt = optExpr(e.elt);
      optComps(e.generators);
      return e;
    case "DictComp":
      e.key = optExpr(e.key);
      e.value = optExpr(e.value);
      optComps(e.generators);
      return e;
    case "Yield":
      if (e.value) e.value = optExpr(e.value);
      return e;
    case "YieldFrom":
    case "Await":
      e.value = optExpr(e.value);
      return e;
    case "Compare": {
      e.left = optExpr(e.left);
      e.comparators = optExprs(e.comparators);
      const last = e.ops.length - 1;
      const op = e.ops[last];
      if (op === "In" || op === "NotIn") e.comparators[last] = foldIter(e.comparators[last]!);
      return e;
    }
    case "Call":
      e.func = optExpr(e.func);
      e.args = optExprs(e.args);
      optKeywords(e.keywords);
      return e;
    case "FormattedValue":
      e.value = optExpr(e.value);
      if (e.format_spec) e.format_spec = optExpr(e.format_spec) as typeof e.format_spec;
      return e;
    case "JoinedStr":
      e.values = optExprs(e.values);
      return e;
    case "Constant":
      return e;
    case "Attribute":
      e.value = optExpr(e.value);
      return e;
    case "Subscript": {
      e.value = optExpr(e.value);
      e.slice = optExpr(e.slice);
      if (e.ctx === "Load" && e.value.type === "Constant" && e.slice.type === "Constant") {
        const v = foldSubscr(constOf(e.value), constOf(e.slice));
        if (v) return makeConst(e, v);
      }
      return e;
    }
    case "Starred":
      e.value = optExpr(e.value);
      return e;
    case "Name":
      if (e.ctx === "Load" && e.id === "__debug__") return makeConst(e, { kind: "bool", value: true });
      return e;
    case "List":
      e.elts = optExprs(e.elts);
      return e;
    case "Tuple": {
      e.elts = optExprs(e.elts);
      if (e.ctx !== "Load") return e;
      const items = allConst(e.elts);
      return items ? makeConst(e, { kind: "tuple", items }) : e;
    }
    case "Slice":
      if (e.lower) e.lower = optExpr(e.lower);
      if (e.upper) e.upper = optExpr(e.upper);
      if (e.step) e.step = optExpr(e.step);
      return e;
  }
}

function optStmts(ss: Stmt[]): void {
  for (const s of ss) optStmt(s);
}

function optHandler(h: ExceptHandler): void {
  if (h.exc_type) h.exc_type = optExpr(h.exc_type);
  optStmts(h.body);
}

function optWithItem(w: WithItem): void {
  w.context_expr = optExpr(w.context_expr);
  if (w.optional_vars) w.optional_vars = optExpr(w.optional_vars);
}

/** astfold_pattern: folds the `-1` and `1+2j` of value patterns and keys. */
function optPattern(p: Pattern): void {
  switch (p.type) {
    case "MatchValue":
      p.value = optExpr(p.value);
      return;
    case "MatchSingleton":
    case "MatchStar":
      return;
    case "MatchSequence":
    case "MatchOr":
      p.patterns.forEach(optPattern);
      return;
    case "MatchMapping":
      p.keys = optExprs(p.keys);
      p.patterns.forEach(optPattern);
      return;
    case "MatchClass":
      p.cls = optExpr(p.cls);
      p.patterns.forEach(optPattern);
      p.kwd_patterns.forEach(optPattern);
      return;
    case "MatchAs":
      if (p.pattern) optPattern(p.pattern);
      return;
  }
}

function optMatchCase(m: MatchCase): void {
  optPattern(m.pattern);
  if (m.guard) m.guard = optExpr(m.guard);
  optStmts(m.body);
}

function optStmt(s: Stmt): void {
  enter();
  foldStmt(s);
  state.recursionDepth--;
}

function foldStmt(s: Stmt): void {
  switch (s.type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      optArgs(s.args);
      optStmts(s.body);
      s.decorator_list = optExprs(s.decorator_list);
      if (s.returns && !state.futureAnnotations) s.returns = optExpr(s.returns);
      return;
    case "ClassDef":
      s.bases = optExprs(s.bases);
      optKeywords(s.keywords);
      optStmts(s.body);
      s.decorator_list = optExprs(s.decorator_list);
      return;
    case "Return":
      if (s.value) s.value = optExpr(s.value);
      return;
    case "Delete":
      s.targets = optExprs(s.targets);
      return;
    case "Assign":
      s.targets = optExprs(s.targets);
      s.value = optExpr(s.value);
      return;
    case "AugAssign":
      s.target = optExpr(s.target) as typeof s.target;
      s.value = optExpr(s.value);
      return;
    case "AnnAssign":
      s.target = optExpr(s.target) as typeof s.target;
      if (!state.futureAnnotations) s.annotation = optExpr(s.annotation);
      if (s.value) s.value = optExpr(s.value);
      return;
    case "For":
    case "AsyncFor":
      s.target = optExpr(s.target);
      s.iter = optExpr(s.iter);
      // fold_iter: only the synchronous `for` (ast_opt.c leaves AsyncFor's iterable).
      if (s.type === "For") s.iter = foldIter(s.iter);
      optStmts(s.body);
      optStmts(s.orelse);
      return;
    case "While":
      s.test = optExpr(s.test);
      optStmts(s.body);
      optStmts(s.orelse);
      return;
    case "If":
      s.test = optExpr(s.test);
      optStmts(s.body);
      optStmts(s.orelse);
      return;
    case "With":
    case "AsyncWith":
      s.items.forEach(optWithItem);
      optStmts(s.body);
      return;
    case "Raise":
      if (s.exc) s.exc = optExpr(s.exc);
      if (s.cause) s.cause = optExpr(s.cause);
      return;
    case "Try":
    case "TryStar":
      optStmts(s.body);
      s.handlers.forEach(optHandler);
      optStmts(s.orelse);
      optStmts(s.finalbody);
      return;
    case "Match":
      s.subject = optExpr(s.subject);
      s.cases.forEach(optMatchCase);
      return;
    case "Assert":
      s.test = optExpr(s.test);
      if (s.msg) s.msg = optExpr(s.msg);
      return;
    case "Expr":
      s.value = optExpr(s.value);
      return;
    case "Import":
    case "ImportFrom":
    case "Global":
    case "Nonlocal":
    case "Pass":
    case "Break":
    case "Continue":
      return;
  }
}

/** `_PyAST_Optimize`: returns an optimized deep copy of `mod`. */
/** `owned`: the tree is the caller's to change (a parse's result nobody
 *  else holds), so it is folded in place rather than copied. */
export function astOptimize<M extends Mod>(mod: M, futureAnnotations = false, owned = false): M {
  const copy = owned ? mod : structuredClone(mod);
  state.futureAnnotations = futureAnnotations;
  const bounds = recursionBounds();
  state.recursionDepth = bounds.depth;
  state.recursionLimit = bounds.limit;
  switch (copy.type) {
    case "Module":
    case "Interactive":
      optStmts(copy.body);
      break;
    case "Expression":
      copy.body = optExpr(copy.body);
      break;
  }
  return copy;
}
