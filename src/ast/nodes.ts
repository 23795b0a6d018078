/**
 * The abstract syntax tree: CPython 3.11's `ast` module, node for node.
 *
 * Every node type, field name and operator name is the one `import ast`
 * uses (Parser/Python.asdl in CPython), so `ast.dump(ast.parse(src))` in
 * python3 is the reference for what the parser must build, and the compiler
 * can be read beside CPython's Python/compile.c.
 *
 * Representation:
 *  - a node is a plain object tagged by `type` (a discriminated union);
 *  - `expr`, `stmt`, `excepthandler`, `arg` and `keyword` nodes carry
 *    `lineno`/`col_offset`/`end_lineno`/`end_col_offset` exactly as CPython
 *    reports them: lines from 1, columns from 0, counted in UTF-8 bytes
 *    (as CPython does; equal to characters for ASCII source);
 *  - operators, comparison operators and expression contexts are strings
 *    naming the ast class (`"Add"`, `"NotIn"`, `"Store"`);
 *  - `Constant.value` is a tagged `ConstValue`, because JavaScript has no
 *    separate int, float and str of Python's kinds; an imaginary literal
 *    (`2j`) is a complex constant with a zero real part.
 *
 * `async def`, `async for` and `async with` are CPython's separate
 * AsyncFunctionDef, AsyncFor and AsyncWith nodes, whose fields are those of
 * FunctionDef, For and With: here each pair is one interface whose `type`
 * names either, so the compiler shares one function per pair as compile.c
 * does.
 * Try and TryStar (`except*`) share one interface the same way.
 */

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------- constants

export type ConstValue =
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "complex"; real: number; imag: number }
  | { kind: "str"; value: string }
  | { kind: "bytes"; value: Uint8Array }
  | { kind: "bool"; value: boolean }
  | { kind: "None" }
  | { kind: "Ellipsis" };

// ---------------------------------------------------------------- operators

export type BoolOpKind = "And" | "Or";
export type OperatorKind =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";
export type UnaryOpKind = "Invert" | "Not" | "UAdd" | "USub";
export type CmpOpKind = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";
export type ExprContext = "Load" | "Store" | "Del";

// ---------------------------------------------------------------- module

/** `mode="exec"`: a file, `-c` code, or stdin. */
export interface Module {
  type: "Module";
  body: Stmt[];
}

/** `mode="single"`: one REPL entry; expression statements echo their repr. */
export interface Interactive {
  type: "Interactive";
  body: Stmt[];
}

/** `mode="eval"`: a single expression. */
export interface Expression {
  type: "Expression";
  body: Expr;
}

export type Mod = Module | Interactive | Expression;

// ---------------------------------------------------------------- statements

export interface FunctionDef extends Pos {
  type: "FunctionDef" | "AsyncFunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}

export interface ClassDef extends Pos {
  type: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}

export interface Return extends Pos {
  type: "Return";
  value: Expr | null;
}
export interface Delete extends Pos {
  type: "Delete";
  targets: Expr[];
}
export interface Assign extends Pos {
  type: "Assign";
  targets: Expr[];
  value: Expr;
}
export interface AugAssign extends Pos {
  type: "AugAssign";
  target: Name | Attribute | Subscript;
  op: OperatorKind;
  value: Expr;
}
export interface AnnAssign extends Pos {
  type: "AnnAssign";
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a plain name not in parentheses. */
  simple: number;
}
export interface For extends Pos {
  type: "For" | "AsyncFor";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface While extends Pos {
  type: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface If extends Pos {
  type: "If";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface With extends Pos {
  type: "With" | "AsyncWith";
  items: WithItem[];
  body: Stmt[];
}
export interface Raise extends Pos {
  type: "Raise";
  exc: Expr | null;
  cause: Expr | null;
}
/** `try` with `except` clauses (Try) or with `except*` clauses (TryStar). */
export interface Try extends Pos {
  type: "Try" | "TryStar";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Pos {
  type: "Assert";
  test: Expr;
  msg: Expr | null;
}
export interface Import extends Pos {
  type: "Import";
  names: Alias[];
}
export interface ImportFrom extends Pos {
  type: "ImportFrom";
  module: string | null;
  names: Alias[];
  level: number;
}
export interface Global extends Pos {
  type: "Global";
  names: string[];
}
export interface Nonlocal extends Pos {
  type: "Nonlocal";
  names: string[];
}
/** The `match` statement (PEP 634). */
export interface Match extends Pos {
  type: "Match";
  subject: Expr;
  cases: MatchCase[];
}
export interface ExprStmt extends Pos {
  type: "Expr";
  value: Expr;
}
export interface Pass extends Pos {
  type: "Pass";
}
export interface Break extends Pos {
  type: "Break";
}
export interface Continue extends Pos {
  type: "Continue";
}

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Match
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

// ---------------------------------------------------------------- expressions

export interface BoolOp extends Pos {
  type: "BoolOp";
  op: BoolOpKind;
  values: Expr[];
}
export interface NamedExpr extends Pos {
  type: "NamedExpr";
  target: Name;
  value: Expr;
}
export interface BinOp extends Pos {
  type: "BinOp";
  left: Expr;
  op: OperatorKind;
  right: Expr;
}
export interface UnaryOp extends Pos {
  type: "UnaryOp";
  op: UnaryOpKind;
  operand: Expr;
}
export interface Lambda extends Pos {
  type: "Lambda";
  args: Arguments;
  body: Expr;
}
export interface IfExp extends Pos {
  type: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}
/** A `None` key stands for `**mapping` unpacking, as in CPython. */
export interface Dict extends Pos {
  type: "Dict";
  keys: (Expr | null)[];
  values: Expr[];
}
export interface SetExpr extends Pos {
  type: "Set";
  elts: Expr[];
}
export interface ListComp extends Pos {
  type: "ListComp";
  elt: Expr;
  generators: Comprehension[];
}
export interface SetComp extends Pos {
  type: "SetComp";
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends Pos {
  type: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends Pos {
  type: "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}
export interface Yield extends Pos {
  type: "Yield";
  value: Expr | null;
}
export interface YieldFrom extends Pos {
  type: "YieldFrom";
  value: Expr;
}
export interface Await extends Pos {
  type: "Await";
  value: Expr;
}
export interface Compare extends Pos {
  type: "Compare";
  left: Expr;
  ops: CmpOpKind[];
  comparators: Expr[];
}
export interface Call extends Pos {
  type: "Call";
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}
/** `conversion` is -1 (none), 115 `!s`, 114 `!r` or 97 `!a`, as in CPython. */
export interface FormattedValue extends Pos {
  type: "FormattedValue";
  value: Expr;
  conversion: number;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends Pos {
  type: "JoinedStr";
  values: Expr[];
}
export interface Constant extends Pos {
  type: "Constant";
  value: ConstValue;
  /** "u" for a string whose first literal is written `u"…"` (the unparser
   *  keeps the prefix); absent otherwise, as CPython's None. */
  kind?: "u";
}
export interface Attribute extends Pos {
  type: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}
export interface Subscript extends Pos {
  type: "Subscript";
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}
export interface Starred extends Pos {
  type: "Starred";
  value: Expr;
  ctx: ExprContext;
}
export interface Name extends Pos {
  type: "Name";
  id: string;
  ctx: ExprContext;
}
export interface List extends Pos {
  type: "List";
  elts: Expr[];
  ctx: ExprContext;
}
export interface Tuple extends Pos {
  type: "Tuple";
  elts: Expr[];
  ctx: ExprContext;
}
export interface Slice extends Pos {
  type: "Slice";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Yield
  | YieldFrom
  | Await
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

// ---------------------------------------------------------------- patterns

/** `case 1:`, `case "s":`, `case -1:`, `case Color.RED:` (a Constant, a
 *  folded `-1` or `1+2j`, or an Attribute once ast-opt has run). */
export interface MatchValue extends Pos {
  type: "MatchValue";
  value: Expr;
}
/** `case None:`, `case True:`, `case False:` (compared by identity). */
export interface MatchSingleton extends Pos {
  type: "MatchSingleton";
  value: ConstValue;
}
/** `[a, *rest]`, `(a, b)`, `a, b`. */
export interface MatchSequence extends Pos {
  type: "MatchSequence";
  patterns: Pattern[];
}
/** `{"k": v, **rest}`; `keys` are literals or attribute lookups. */
export interface MatchMapping extends Pos {
  type: "MatchMapping";
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}
/** `Point(x, y=0)`: positional sub-patterns, then keyword ones. */
export interface MatchClass extends Pos {
  type: "MatchClass";
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
/** `*rest` inside a sequence pattern; `*_` has a null name. */
export interface MatchStar extends Pos {
  type: "MatchStar";
  name: string | null;
}
/** `p as name`; a capture `name` has a null pattern; `_` has both null. */
export interface MatchAs extends Pos {
  type: "MatchAs";
  pattern: Pattern | null;
  name: string | null;
}
/** `p1 | p2 | …` */
export interface MatchOr extends Pos {
  type: "MatchOr";
  patterns: Pattern[];
}

export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

// ---------------------------------------------------------------- helpers

/** One `case` of a match statement (no position of its own, as in CPython). */
export interface MatchCase {
  type: "match_case";
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

export interface Comprehension {
  type: "comprehension";
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  /** 1 for `async for`. */
  is_async: 0 | 1;
}

export interface ExceptHandler extends Pos {
  type: "ExceptHandler";
  /** The exception class expression, or null for a bare `except:`. */
  exc_type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Arguments {
  type: "arguments";
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per kwonlyarg; null where that argument has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last `defaults.length` positional parameters. */
  defaults: Expr[];
}

export interface Arg extends Pos {
  type: "arg";
  arg: string;
  annotation: Expr | null;
}

export interface Keyword extends Pos {
  type: "keyword";
  /** null for `**mapping`. */
  arg: string | null;
  value: Expr;
}

export interface Alias extends Pos {
  type: "alias";
  name: string;
  asname: string | null;
}

export interface WithItem {
  type: "withitem";
  context_expr: Expr;
  optional_vars: Expr | null;
}

export type Node =
  | Mod
  | Stmt
  | Expr
  | Comprehension
  | ExceptHandler
  | Arguments
  | Arg
  | Keyword
  | Alias
  | WithItem
  | MatchCase
  | Pattern;
