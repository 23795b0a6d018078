/**
 * The parser: tokens (lexer.ts) → AST (src/ast/nodes.ts), one chevrotain
 * EmbeddedActionsParser whose rules build CPython's ast nodes directly.
 *
 * Rules follow the Python 3.11 grammar (docs.python.org/3.11/reference/
 * grammar.html); each carries its production as a comment. Where CPython's
 * PEG grammar needs unbounded lookahead, the rule reads the general form
 * and sorts it out afterwards, as CPython's own invalid_* rules do:
 *  - an assignment's left side is read as an expression, then turned into
 *    a target (targets.ts); `for`/`with`/comprehension targets are read at
 *    the `bitwise_or` level, so `in` is never swallowed by a comparison;
 *  - the binary operators from `|` to `*` are one loop over BinaryOperator
 *    tokens folded by precedence climbing, instead of six nested rules;
 *  - call arguments are read as `named_expression ['=' expression]`.
 *
 * Invariants:
 *  - node building happens inside ACTION (or after a RECORDING_PHASE
 *    check): during performSelfAnalysis the rule bodies run with
 *    placeholder values;
 *  - every node gets CPython's positions from its first and last token or
 *    child; columns are UTF-8 byte offsets computed by Source;
 *  - syntax errors with a CPython-specific message are thrown as
 *    CompileError from actions; everything else surfaces as a chevrotain
 *    recognition error that syntax-errors.ts turns into CPython's message.
 *
 * One instance serves every parse at a nesting depth (`acquireParser()`),
 * built on first use.
 */

import { EmbeddedActionsParser, EOF, type IToken, type TokenType } from "chevrotain";
import { CompileLimitError } from "../src/ast/limits.js";
import { markLiteral } from "../src/ast/literals.js";
import type {
  Alias,
  Arg,
  Arguments,
  ClassDef,
  CmpOpKind,
  ConstValue,
  Comprehension,
  ExceptHandler,
  Expr,
  ExprContext,
  FormattedValue,
  FunctionDef,
  JoinedStr,
  Keyword as KeywordNode,
  MatchCase,
  Name,
  OperatorKind,
  Pattern,
  Pos,
  Stmt,
  WithItem,
} from "../src/ast/nodes.js";
import { CompileError, compileWarn, type SyntaxErrorKind } from "../src/ast/errors.js";
import type { Source } from "./source.js";
import { decodeBody, invalidEscapeMessage, isDecodeError, splitString } from "./strings.js";
import { codePoints, fromCodePoints, UCD_CURRENT } from "../src/unicode/ucd.js";
import type { FStringStart } from "./fstring.js";
import { exprName, invalidTarget, ownSpan, setContext } from "./targets.js";
import * as T from "./tokens.js";

/** Either end of a node or token, for position arithmetic. */
type Loc = IToken | Pos;

const BINARY_OPS: ReadonlyMap<TokenType, [OperatorKind, number]> = new Map<TokenType, [OperatorKind, number]>([
  [T.VBAR, ["BitOr", 1]],
  [T.CIRCUMFLEX, ["BitXor", 2]],
  [T.AMPER, ["BitAnd", 3]],
  [T.LEFTSHIFT, ["LShift", 4]],
  [T.RIGHTSHIFT, ["RShift", 4]],
  [T.PLUS, ["Add", 5]],
  [T.MINUS, ["Sub", 5]],
  [T.STAR, ["Mult", 6]],
  [T.SLASH, ["Div", 6]],
  [T.DOUBLESLASH, ["FloorDiv", 6]],
  [T.PERCENT, ["Mod", 6]],
  [T.AT, ["MatMult", 6]],
]);

const UNARY_PREFIX: ReadonlySet<TokenType> = new Set([T.MINUS, T.PLUS, T.TILDE, T.KW_await]);
const NOT_BITWISE_OR_START: ReadonlySet<TokenType> = new Set([T.KW_not, T.KW_lambda, T.KW_yield, T.STAR, T.DOUBLESTAR]);
const OPEN_BRACKETS: ReadonlySet<TokenType> = new Set([T.LPAR, T.LSQB, T.LBRACE]);
const CLOSE_BRACKETS: ReadonlySet<TokenType> = new Set([T.RPAR, T.RSQB, T.RBRACE]);
const STRING_ATOM: ReadonlySet<TokenType> = new Set([T.STRING, T.FSTRING_END]);

const AUG_OPS: ReadonlyMap<TokenType, OperatorKind> = new Map<TokenType, OperatorKind>([
  [T.PLUSEQUAL, "Add"],
  [T.MINEQUAL, "Sub"],
  [T.STAREQUAL, "Mult"],
  [T.SLASHEQUAL, "Div"],
  [T.DOUBLESLASHEQUAL, "FloorDiv"],
  [T.PERCENTEQUAL, "Mod"],
  [T.ATEQUAL, "MatMult"],
  [T.AMPEREQUAL, "BitAnd"],
  [T.VBAREQUAL, "BitOr"],
  [T.CIRCUMFLEXEQUAL, "BitXor"],
  [T.LEFTSHIFTEQUAL, "LShift"],
  [T.RIGHTSHIFTEQUAL, "RShift"],
  [T.DOUBLESTAREQUAL, "Pow"],
]);

const COMPARE_OPS: ReadonlyMap<TokenType, CmpOpKind> = new Map<TokenType, CmpOpKind>([
  [T.LESS, "Lt"],
  [T.GREATER, "Gt"],
  [T.EQEQUAL, "Eq"],
  [T.NOTEQUAL, "NotEq"],
  [T.LESSEQUAL, "LtE"],
  [T.GREATEREQUAL, "GtE"],
]);

/** Tokens that can begin an expression (or a starred item). */
const EXPR_START: readonly TokenType[] = [
  T.NAME,
  T.NUMBER,
  T.STRING,
  T.FSTRING_START,
  T.LPAR,
  T.LSQB,
  T.LBRACE,
  T.MINUS,
  T.PLUS,
  T.TILDE,
  T.KW_not,
  T.KW_lambda,
  T.KW_None,
  T.KW_True,
  T.KW_False,
  T.ELLIPSIS,
  T.STAR,
  T.DOUBLESTAR,
  T.KW_await,
  T.KW_yield,
];

/** Tokens that can begin a pattern (or a star pattern). */
const PATTERN_START: readonly TokenType[] = [
  T.NAME,
  T.NUMBER,
  T.STRING,
  T.FSTRING_START,
  T.MINUS,
  T.KW_None,
  T.KW_True,
  T.KW_False,
  T.LPAR,
  T.LSQB,
  T.LBRACE,
  T.STAR,
];

/** A class pattern's argument, before the list is checked and split. */
interface ClassArg {
  kw: IToken | null;
  value: Pattern;
}

/** One parameter-list item, before the list is checked and sorted into `arguments`. */
interface ParamItem {
  kind: "normal" | "slash" | "star" | "dstar";
  tok: IToken;
  arg: Arg | null;
  default: Expr | null;
}

/** A call argument, before the list is checked and split into args/keywords. */
type CallArg =
  | { kind: "pos"; value: Expr }
  | { kind: "star"; value: Expr }
  | { kind: "kw"; value: KeywordNode }
  | { kind: "dstar"; value: KeywordNode }
  | { kind: "genexp"; value: Expr; generators: Comprehension[] };

/** The statements compound_stmt makes (a NEWLINE follows them in "single" input). */
const COMPOUND_STMTS: ReadonlySet<string> = new Set([
  "FunctionDef",
  "AsyncFunctionDef",
  "ClassDef",
  "If",
  "For",
  "AsyncFor",
  "While",
  "With",
  "AsyncWith",
  "Try",
  "TryStar",
  "Match",
]);

/** The header a block follows, for "expected an indented block after …". */
interface BlockHeader {
  tok: IToken;
  what: string;
}

/** pegen's MAXSTACK, and the levels an assignment statement takes before
 *  its value's first unary operator (each unary operator, `not` and
 *  `elif` then takes one more, a lambda two). */
const PARSER_MAXSTACK = 6000;
const PARSER_STATEMENT_LEVELS = 33;
/** The levels a module-level `if` takes before its first `elif`. */
const PARSER_IF_LEVELS = 39;

export class PythonParser extends EmbeddedActionsParser {
  /** The source being parsed (set by parse.ts before each run). */
  src!: Source;
  /** The string tokens warned of (warn_invalid_escape_sequence), by offset. */
  warnedEscapes = new Set<number>();
  /**
   * Parenthesized expressions and their outermost parentheses. A node's own
   * span leaves its parentheses out, but every enclosing node's span counts
   * them (CPython spans run from a rule's first token to its last).
   */
  parens = new WeakMap<object, [IToken, IToken]>();
  /** The `except` keyword of each handler read and its `*` (null for a plain `except`). */
  exceptStar = new WeakMap<ExceptHandler, { kw: IToken; star: IToken | null }>();
  /** The last disjunction read and its last token ("forgot a comma?"). */
  lastDisjunction: { node: Expr; end: IToken } | null = null;
  private readonly exprStart: Uint8Array;
  private readonly patternStart: Uint8Array;

  constructor(validate = false) {
    super(T.allTokens, { maxLookahead: 3, recoveryEnabled: false, skipValidations: !validate });
    let max = 0;
    for (const t of T.allTokens) max = Math.max(max, t.tokenTypeIdx ?? 0);
    this.exprStart = new Uint8Array(max + 1);
    for (const t of EXPR_START) this.exprStart[t.tokenTypeIdx!] = 1;
    this.patternStart = new Uint8Array(max + 1);
    for (const t of PATTERN_START) this.patternStart[t.tokenTypeIdx!] = 1;
    this.performSelfAnalysis();
  }

  /**
   * pegen's stack depth in the rules that nest without brackets (unary
   * operators, `not`, lambdas), whose brackets the tokenizer bounds. Past
   * MAXSTACK levels pegen stops with MemoryError; the statement around
   * them takes some levels first (33 for an assignment).
   */
  levels = 0;

  /** Go `n` levels deeper; returns the depth to restore after. */
  private enterLevels(n: number, statementLevels = PARSER_STATEMENT_LEVELS): number {
    const saved = this.levels;
    this.levels += n;
    if (this.levels > PARSER_MAXSTACK - statementLevels) throw new CompileLimitError("MemoryError", "");
    return saved;
  }

  /** Does the token `k` ahead begin an expression? */
  private startsExpr(k: number): boolean {
    return this.exprStart[this.LA(k).tokenTypeIdx] === 1;
  }

  /** Does the token `k` ahead begin a pattern? */
  private startsPattern(k: number): boolean {
    return this.patternStart[this.LA(k).tokenTypeIdx] === 1;
  }

  /** Is the next token the soft keyword `word` (a NAME)? */
  private atSoftKeyword(word: string): boolean {
    const t = this.LA(1);
    return t.tokenType === T.NAME && t.image === word;
  }

  // ============================================================== positions

  private startOf(x: Loc): [number, number] {
    if (!("tokenType" in x)) {
      const p = this.parens.get(x);
      if (p === undefined) return [x.lineno, x.col_offset];
      x = p[0];
    }
    return [x.startLine!, this.src.byteCol(x.startLine!, x.startOffset)];
  }

  private endOf(x: Loc): [number, number] {
    if (!("tokenType" in x)) {
      const p = this.parens.get(x);
      if (p === undefined) return [x.end_lineno, x.end_col_offset];
      x = p[1];
    }
    return [x.endLine!, this.src.byteCol(x.endLine!, x.endOffset! + 1)];
  }

  /** The span from the start of `a` to the end of `b`. */
  pos(a: Loc, b: Loc = a): Pos {
    const [lineno, col_offset] = this.startOf(a);
    const [end_lineno, end_col_offset] = this.endOf(b);
    return { lineno, col_offset, end_lineno, end_col_offset };
  }

  // ============================================================== errors

  /** A CompileError spanning `a`…`b` (offsets are 1-based characters). */
  /** The next token the parse would read (where a raised error stopped it). */
  nextToken(): IToken {
    return this.LA(1);
  }

  error(msg: string, a: Loc, b: Loc = a, kind: SyntaxErrorKind = "SyntaxError"): CompileError {
    const [line, bcol] = this.startOf(a);
    const [endLine, endBcol] = this.endOf(b);
    const src = this.src;
    const col = src.charCol(line, src.offsetOfByteCol(line, bcol)) + 1;
    const endCol = src.charCol(endLine, src.offsetOfByteCol(endLine, endBcol)) + 1;
    return new CompileError(kind, msg, src.filename, line, col, src.lineText(line), endLine, endCol);
  }

  /** `expected ':'` where CPython has a forced `&&':'` (forced) or sees NEWLINE. */
  private expectColon(forced: boolean): void {
    const next = this.LA(1);
    if (next.tokenType !== T.COLON && (forced || next.tokenType === T.NEWLINE)) {
      throw this.error("expected ':'", next);
    }
  }

  /** `if x = 1:` and friends: `=` where a condition ends. */
  private checkConditionEquals(test: Expr): void {
    if (this.LA(1).tokenType !== T.EQUAL) return;
    // Both forms need a bitwise_or after the `=`; without one the `=` is
    // plain invalid syntax.
    const end = this.bitwiseOrEnd(2);
    if (end === null) return;
    if (test.type === "Name" && !this.parens.has(test)) {
      // NAME '=' bitwise_or: the span runs to the end of the bitwise_or.
      throw this.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", test, end);
    }
    throw this.error(`cannot assign to ${exprName(test)} here. Maybe you meant '==' instead of '='?`, ownSpan(test));
  }

  /**
   * The last token of the `bitwise_or` starting `k` tokens ahead, found by
   * scanning: prefix operators, atoms with their trailers (brackets and
   * f-strings matched), and the binary operators of the levels from
   * `bitwise_or` down to `power`. null if no `bitwise_or` starts there.
   */
  private bitwiseOrEnd(k: number): IToken | null {
    let last: IToken | null = null;
    for (;;) {
      // Prefix operators, then an atom.
      while (UNARY_PREFIX.has(this.LA(k).tokenType)) k++;
      const t = this.LA(k);
      if (NOT_BITWISE_OR_START.has(t.tokenType) || !this.startsExpr(k)) return last;
      k = this.skipAtom(k);
      // Trailers: calls, subscripts, attributes.
      for (;;) {
        const u = this.LA(k).tokenType;
        if (u === T.LPAR || u === T.LSQB) k = this.skipAtom(k);
        else if (u === T.DOT && this.LA(k + 1).tokenType === T.NAME) k += 2;
        else break;
      }
      last = this.LA(k - 1);
      const op = this.LA(k).tokenType;
      if (!BINARY_OPS.has(op) && op !== T.DOUBLESTAR) return last;
      k++;
    }
  }

  /** The index after the atom (bracketed group, f-string run, or single
   *  token) starting `k` tokens ahead. */
  private skipAtom(k: number): number {
    let depth = 0;
    do {
      const type = this.LA(k).tokenType;
      if (type === EOF) return k;
      if (OPEN_BRACKETS.has(type) || type === T.FSTRING_START) depth++;
      else if (CLOSE_BRACKETS.has(type) || type === T.FSTRING_END) depth--;
      k++;
    } while (depth > 0);
    // Adjacent string literals are one atom.
    const next = this.LA(k).tokenType;
    if ((next === T.STRING || next === T.FSTRING_START) && STRING_ATOM.has(this.LA(k - 1).tokenType)) {
      return this.skipAtom(k);
    }
    return k;
  }

  /** Turn `e` into a target with context `ctx`, or throw CPython's error. */
  toTarget(e: Expr, ctx: "Store" | "Del"): Expr {
    const bad = invalidTarget(e, ctx);
    if (bad !== null) {
      // RAISE_SYNTAX_ERROR_INVALID_TARGET: at the node's own span, without
      // the parentheses around it.
      throw this.error(`cannot ${ctx === "Del" ? "delete" : "assign to"} ${exprName(bad)}`, ownSpan(bad));
    }
    setContext(e, ctx);
    return e;
  }

  // ============================================================== node helpers

  /** An identifier's text, NFKC-normalized as CPython does for non-ASCII names. */
  private ident(tok: IToken): string {
    return /[^\x00-\x7f]/.test(tok.image)
      ? fromCodePoints(UCD_CURRENT.normalize("NFKC", codePoints(tok.image)))
      : tok.image;
  }

  private name(tok: IToken, ctx: ExprContext = "Load"): Name {
    return { type: "Name", id: this.ident(tok), ctx, ...this.pos(tok) };
  }

  private tuple(elts: Expr[], a: Loc, b: Loc): Expr {
    return { type: "Tuple", elts, ctx: "Load", ...this.pos(a, b) };
  }

  private last<X>(xs: X[]): X {
    return xs[xs.length - 1];
  }

  private blockEnd(body: Stmt[]): Stmt {
    return body[body.length - 1];
  }

  // ============================================================== modules

  // file: [statements] ENDMARKER
  file = this.RULE("file", (): Stmt[] => {
    const body: Stmt[] = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => body.push(...s));
    });
    this.CONSUME(T.ENDMARKER);
    return body;
  });

  // interactive: [statement] ENDMARKER   (one REPL entry)
  // interactive: statement_newline, where
  // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
  // (the input's last NEWLINE is made at its end: lexer.ts)
  interactive = this.RULE("interactive", (): Stmt[] => {
    let body: Stmt[] = [];
    this.OPTION(() => {
      body = this.SUBRULE(this.statement);
    });
    let newline = false;
    this.OPTION2(() => {
      this.CONSUME(T.NEWLINE);
      newline = true;
    });
    this.ACTION(() => {
      if (body.length > 0 && !newline && COMPOUND_STMTS.has(body[0].type)) {
        // compound_stmt without its NEWLINE: pegen fails at the end of
        // input, which its error reports at column 0 of the last line.
        const src = this.src;
        const line = src.lineCount;
        const text = src.addedNewline ? src.lineText(line).replace(/\n$/, "") : src.lineText(line);
        throw new CompileError("SyntaxError", "invalid syntax", src.filename, line, 0, text, line, 0);
      }
      const next = this.LA(1);
      if (next.tokenType !== T.ENDMARKER && body.length > 0) {
        throw this.error("multiple statements found while compiling a single statement", body[0]);
      }
    });
    this.CONSUME(T.ENDMARKER);
    return body;
  });

  // eval: expressions NEWLINE* ENDMARKER
  eval = this.RULE("eval", (): Expr => {
    const body = this.SUBRULE(this.expressions);
    this.MANY(() => this.CONSUME(T.NEWLINE));
    this.CONSUME(T.ENDMARKER);
    return body;
  });

  // ============================================================== statements

  // statement: compound_stmt | simple_stmts
  // (match_stmt, a compound statement led by a soft keyword, is tried first)
  statement = this.RULE("statement", (): Stmt[] => {
    // One token of lookahead, as before match_stmt joined: the gate alone
    // tells a match statement from an expression statement.
    return this.OR({
      MAX_LOOKAHEAD: 1,
      DEF: [
        { GATE: () => this.atMatchStmt(), IGNORE_AMBIGUITIES: true, ALT: () => [this.SUBRULE(this.match_stmt)] },
        { ALT: () => [this.SUBRULE(this.compound_stmt)] },
        { ALT: () => this.SUBRULE(this.simple_stmts) },
      ],
    });
  });

  // compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
  //              | try_stmt | while_stmt | decorated
  compound_stmt = this.RULE("compound_stmt", (): Stmt => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.function_def, { ARGS: [[]] }) },
      { ALT: () => this.SUBRULE(this.if_stmt) },
      { ALT: () => this.SUBRULE(this.class_def, { ARGS: [[]] }) },
      { ALT: () => this.SUBRULE(this.with_stmt) },
      { ALT: () => this.SUBRULE(this.for_stmt) },
      { ALT: () => this.SUBRULE(this.try_stmt) },
      { ALT: () => this.SUBRULE(this.while_stmt) },
      { ALT: () => this.SUBRULE(this.decorated) },
      { ALT: () => this.SUBRULE(this.async_stmt) },
    ]);
  });

  // async_stmt: ASYNC (function_def | for_stmt | with_stmt)
  async_stmt = this.RULE("async_stmt", (): Stmt => {
    const kw = this.CONSUME(T.KW_async);
    return this.OR([
      { ALT: () => this.SUBRULE(this.function_def, { ARGS: [[], kw] }) },
      { ALT: () => this.SUBRULE(this.for_stmt, { ARGS: [kw] }) },
      { ALT: () => this.SUBRULE(this.with_stmt, { ARGS: [kw] }) },
    ]);
  });

  // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
  simple_stmts = this.RULE("simple_stmts", (): Stmt[] => {
    const list: Stmt[] = [this.SUBRULE(this.simple_stmt)];
    this.MANY({
      GATE: () => this.LA(2).tokenType !== T.NEWLINE,
      DEF: () => {
        this.CONSUME(T.SEMI);
        list.push(this.SUBRULE2(this.simple_stmt));
      },
    });
    this.OPTION(() => this.CONSUME2(T.SEMI));
    this.CONSUME(T.NEWLINE);
    return list;
  });

  // simple_stmt: assignment | star_expressions | return_stmt | import_stmt
  //            | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt
  //            | 'break' | 'continue' | global_stmt | nonlocal_stmt
  simple_stmt = this.RULE("simple_stmt", (): Stmt => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.expr_stmt) },
      { ALT: () => this.SUBRULE(this.return_stmt) },
      { ALT: () => this.SUBRULE(this.import_name) },
      { ALT: () => this.SUBRULE(this.import_from) },
      { ALT: () => this.SUBRULE(this.raise_stmt) },
      {
        ALT: () => {
          const t = this.CONSUME(T.KW_pass);
          return this.ACTION((): Stmt => ({ type: "Pass", ...this.pos(t) }));
        },
      },
      { ALT: () => this.SUBRULE(this.del_stmt) },
      { ALT: () => this.SUBRULE(this.assert_stmt) },
      {
        ALT: () => {
          const t = this.CONSUME(T.KW_break);
          return this.ACTION((): Stmt => ({ type: "Break", ...this.pos(t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.KW_continue);
          return this.ACTION((): Stmt => ({ type: "Continue", ...this.pos(t) }));
        },
      },
      { ALT: () => this.SUBRULE(this.global_stmt) },
      { ALT: () => this.SUBRULE(this.nonlocal_stmt) },
    ]);
  });

  // assignment_rhs: yield_expr | star_expressions
  assignment_rhs = this.RULE("assignment_rhs", (): Expr => {
    return this.OR([{ ALT: () => this.SUBRULE(this.yield_expr) }, { ALT: () => this.SUBRULE(this.star_expressions) }]);
  });

  // expr_stmt: assignment_rhs ( ('=' assignment_rhs)+
  //                           | augassign assignment_rhs
  //                           | ':' expression ['=' assignment_rhs] )?
  // (assignment, augmented and annotated assignment, expression statement)
  expr_stmt = this.RULE("expr_stmt", (): Stmt => {
    const first = this.SUBRULE(this.assignment_rhs);
    return this.OR([
      {
        ALT: () => {
          const values: Expr[] = [];
          this.AT_LEAST_ONE(() => {
            this.CONSUME(T.EQUAL);
            values.push(this.SUBRULE2(this.assignment_rhs));
          });
          return this.ACTION(() => this.assignment([first, ...values]));
        },
      },
      {
        ALT: () => {
          const opTok = this.CONSUME(T.AugAssignOperator);
          const value = this.SUBRULE3(this.assignment_rhs);
          return this.ACTION((): Stmt => {
            if (first.type !== "Name" && first.type !== "Attribute" && first.type !== "Subscript") {
              throw this.error(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
            }
            this.toTarget(first, "Store");
            return {
              type: "AugAssign",
              target: first,
              op: AUG_OPS.get(opTok.tokenType)!,
              value,
              ...this.pos(first, value),
            };
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.COLON);
          const annotation = this.SUBRULE(this.expression);
          let value: Expr | null = null;
          this.OPTION(() => {
            this.CONSUME2(T.EQUAL);
            value = this.SUBRULE4(this.assignment_rhs);
          });
          return this.ACTION((): Stmt => {
            if (first.type === "Tuple" || first.type === "List") {
              throw this.error(
                `only single target (not ${first.type === "Tuple" ? "tuple" : "list"}) can be annotated`,
                first,
              );
            }
            if (first.type !== "Name" && first.type !== "Attribute" && first.type !== "Subscript") {
              throw this.error("illegal target for annotation", first);
            }
            this.toTarget(first, "Store");
            const simple = first.type === "Name" && !this.parens.has(first) ? 1 : 0;
            return {
              type: "AnnAssign",
              target: first,
              annotation,
              value,
              simple,
              ...this.pos(first, value ?? annotation),
            };
          });
        },
      },
      {
        ALT: () =>
          this.ACTION((): Stmt => {
            if (this.LA(1).tokenType === T.COLONEQUAL) this.checkWalrusTarget(first);
            return { type: "Expr", value: first, ...this.pos(first) };
          }),
      },
    ]);
  });

  /** `a + 1 := 2` as a statement: invalid_named_expression's
   *  `a=expression ':=' expression` on the last item before `:=`. */
  private checkWalrusTarget(first: Expr): void {
    const item =
      first.type === "Tuple" && !this.isParenthesizedTuple(first) ? first.elts[first.elts.length - 1] : first;
    if (item.type === "Starred" || (item.type === "Name" && !this.parens.has(item))) return;
    throw this.error(`cannot use assignment expressions with ${exprName(item)}`, ownSpan(item));
  }

  /** `t1 = t2 = … = value`: check and convert the targets. */
  private assignment(chain: Expr[]): Stmt {
    const value = chain[chain.length - 1];
    const targets = chain.slice(0, -1);
    if (targets.length === 1 && invalidTarget(targets[0], "Store") !== null) {
      this.checkNamedAssignment(targets[0], value);
    }
    for (const t of targets) {
      if ((t.type === "Yield" || t.type === "YieldFrom") && !this.parens.has(t)) {
        throw this.error("assignment to yield expression not possible", t);
      }
      this.toTarget(t, "Store");
    }
    return { type: "Assign", targets, value, ...this.pos(targets[0], value) };
  }

  /**
   * invalid_named_expression as CPython's second pass meets it in
   * `target = value`: the target's last item (the target itself unless it
   * is a bare tuple) followed by `=` and a `bitwise_or` is read as a
   * comparison written with `=`: a NAME gives "invalid syntax. Maybe you
   * meant '==' or ':='…" up to that `bitwise_or`, another `bitwise_or` (not
   * starting with a list, tuple, generator expression, True, None or
   * False) "cannot assign to %s here. Maybe you meant '=='…".
   */
  private checkNamedAssignment(target: Expr, value: Expr): void {
    let item = target;
    if (target.type === "Tuple" && !this.isParenthesizedTuple(target)) {
      item = target.elts[target.elts.length - 1];
      // A trailing comma: the item is not followed by `=`.
      const [line, col] = this.endOf(item);
      if (line !== target.end_lineno || col !== target.end_col_offset) return;
    }
    const operand = this.firstBitwiseOr(value);
    if (operand === null) return;
    if (item.type === "Name" && !this.parens.has(item)) {
      throw this.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", item, operand);
    }
    if (this.startsNamedAssignTarget(item)) {
      throw this.error(`cannot assign to ${exprName(item)} here. Maybe you meant '==' instead of '='?`, ownSpan(item));
    }
  }

  /** A tuple written in parentheses (its span starts before its first item). */
  private isParenthesizedTuple(t: Expr & { type: "Tuple" }): boolean {
    if (t.elts.length === 0) return true;
    const [line, col] = this.startOf(t.elts[0]);
    return t.lineno < line || (t.lineno === line && t.col_offset < col);
  }

  /** The `bitwise_or` an expression starts with, or null if it starts
   *  otherwise (`*`, `not`, `lambda`, `yield`). */
  private firstBitwiseOr(e: Expr): Expr | null {
    if (this.parens.has(e)) return e;
    switch (e.type) {
      case "Yield":
      case "YieldFrom":
      case "Starred":
      case "Lambda":
        return null;
      case "UnaryOp":
        return e.op === "Not" ? null : e;
      case "Tuple":
        return this.isParenthesizedTuple(e) ? e : this.firstBitwiseOr(e.elts[0]);
      case "BoolOp":
        return this.firstBitwiseOr(e.values[0]);
      case "Compare":
        return this.firstBitwiseOr(e.left);
      case "IfExp":
        return this.firstBitwiseOr(e.body);
      default:
        return e;
    }
  }

  /** `!(list|tuple|genexp|'True'|'None'|'False') bitwise_or`: is `e` a
   *  whole `bitwise_or` that does not start with one of those? */
  private startsNamedAssignTarget(e: Expr): boolean {
    if (this.firstBitwiseOr(e) !== e) return false;
    let x = e;
    for (;;) {
      if (this.parens.has(x)) return true;
      switch (x.type) {
        case "List":
        case "Tuple":
        case "GeneratorExp":
          return false;
        case "Constant":
          return x.value.kind !== "bool" && x.value.kind !== "None";
        case "BinOp":
          x = x.left;
          break;
        case "Call":
          x = x.func;
          break;
        case "Attribute":
        case "Subscript":
          x = x.value;
          break;
        default:
          return true;
      }
    }
  }

  // return_stmt: 'return' [star_expressions]
  return_stmt = this.RULE("return_stmt", (): Stmt => {
    const kw = this.CONSUME(T.KW_return);
    let value: Expr | null = null;
    this.OPTION(() => {
      value = this.SUBRULE(this.star_expressions);
    });
    return this.ACTION((): Stmt => ({ type: "Return", value, ...this.pos(kw, value ?? kw) }));
  });

  // raise_stmt: 'raise' [expression ['from' expression]]
  raise_stmt = this.RULE("raise_stmt", (): Stmt => {
    const kw = this.CONSUME(T.KW_raise);
    let exc: Expr | null = null;
    let cause: Expr | null = null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.KW_from);
        cause = this.SUBRULE2(this.expression);
      });
    });
    return this.ACTION((): Stmt => ({ type: "Raise", exc, cause, ...this.pos(kw, cause ?? exc ?? kw) }));
  });

  // global_stmt: 'global' ','.NAME+
  global_stmt = this.RULE("global_stmt", (): Stmt => {
    const kw = this.CONSUME(T.KW_global);
    const names = this.SUBRULE(this.name_list);
    return this.ACTION(
      (): Stmt => ({ type: "Global", names: names.map((t) => t.image), ...this.pos(kw, this.last(names)) }),
    );
  });

  // nonlocal_stmt: 'nonlocal' ','.NAME+
  nonlocal_stmt = this.RULE("nonlocal_stmt", (): Stmt => {
    const kw = this.CONSUME(T.KW_nonlocal);
    const names = this.SUBRULE(this.name_list);
    return this.ACTION(
      (): Stmt => ({ type: "Nonlocal", names: names.map((t) => t.image), ...this.pos(kw, this.last(names)) }),
    );
  });

  // name_list: NAME (',' NAME)*
  name_list = this.RULE("name_list", (): IToken[] => {
    const names = [this.CONSUME(T.NAME)];
    this.MANY(() => {
      this.CONSUME(T.COMMA);
      names.push(this.CONSUME2(T.NAME));
    });
    return names;
  });

  // del_stmt: 'del' del_targets &(';' | NEWLINE)
  // The targets are read as star_expressions, as invalid_del_stmt does, so
  // that `del a if b else c` or `del not a` name what cannot be deleted.
  del_stmt = this.RULE("del_stmt", (): Stmt => {
    const kw = this.CONSUME(T.KW_del);
    const targets = this.SUBRULE(this.del_targets);
    return this.ACTION((): Stmt => {
      for (const t of targets.items) this.toTarget(t, "Del");
      return { type: "Delete", targets: targets.items, ...this.pos(kw, targets.end) };
    });
  });

  // assert_stmt: 'assert' expression [',' expression]
  assert_stmt = this.RULE("assert_stmt", (): Stmt => {
    const kw = this.CONSUME(T.KW_assert);
    const test = this.SUBRULE(this.expression);
    let msg: Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.COMMA);
      msg = this.SUBRULE2(this.expression);
    });
    return this.ACTION((): Stmt => ({ type: "Assert", test, msg, ...this.pos(kw, msg ?? test) }));
  });

  // import_name: 'import' dotted_as_name (',' dotted_as_name)*
  import_name = this.RULE("import_name", (): Stmt => {
    const kw = this.CONSUME(T.KW_import);
    const names = [this.SUBRULE(this.dotted_as_name)];
    this.MANY(() => {
      this.CONSUME(T.COMMA);
      names.push(this.SUBRULE2(this.dotted_as_name));
    });
    return this.ACTION((): Stmt => ({ type: "Import", names, ...this.pos(kw, this.last(names)) }));
  });

  // dotted_as_name: dotted_name ['as' NAME]
  dotted_as_name = this.RULE("dotted_as_name", (): Alias => {
    const dotted = this.SUBRULE(this.dotted_name);
    let as: IToken | null = null;
    this.OPTION(() => {
      this.CONSUME(T.KW_as);
      as = this.CONSUME(T.NAME);
    });
    return this.ACTION(
      (): Alias => ({
        type: "alias",
        name: dotted.map((t) => t.image).join("."),
        asname: as === null ? null : (as as IToken).image,
        ...this.pos(dotted[0], as ?? this.last(dotted)),
      }),
    );
  });

  // dotted_name: NAME ('.' NAME)*
  dotted_name = this.RULE("dotted_name", (): IToken[] => {
    const parts = [this.CONSUME(T.NAME)];
    this.MANY(() => {
      this.CONSUME(T.DOT);
      parts.push(this.CONSUME2(T.NAME));
    });
    return parts;
  });

  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //            | 'from' ('.' | '...')+ 'import' import_from_targets
  import_from = this.RULE("import_from", (): Stmt => {
    const kw = this.CONSUME(T.KW_from);
    let level = 0;
    let module: IToken[] | null = null;
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.DOT);
            level += 1;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.ELLIPSIS);
            level += 3;
          },
        },
      ]);
    });
    this.OPTION(() => {
      module = this.SUBRULE(this.dotted_name);
    });
    this.ACTION(() => {
      if (module === null && level === 0) throw this.error("invalid syntax", this.LA(1));
    });
    this.CONSUME(T.KW_import);
    const targets = this.SUBRULE(this.import_from_targets);
    return this.ACTION(
      (): Stmt => ({
        type: "ImportFrom",
        module: module === null ? null : (module as IToken[]).map((t) => t.image).join("."),
        names: targets.names,
        level,
        ...this.pos(kw, targets.end),
      }),
    );
  });

  // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names | '*'
  import_from_targets = this.RULE("import_from_targets", (): { names: Alias[]; end: Loc } => {
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LPAR);
          const names = this.SUBRULE(this.import_from_as_names);
          this.OPTION(() => this.CONSUME(T.COMMA));
          const close = this.CONSUME(T.RPAR);
          return { names, end: close };
        },
      },
      {
        ALT: () => {
          const names = this.SUBRULE2(this.import_from_as_names);
          return this.ACTION(() => {
            if (this.LA(1).tokenType === T.COMMA) {
              throw this.error("trailing comma not allowed without surrounding parentheses", this.LA(1));
            }
            return { names, end: this.last(names) };
          });
        },
      },
      {
        ALT: () => {
          const star = this.CONSUME(T.STAR);
          return this.ACTION(() => ({
            names: [{ type: "alias", name: "*", asname: null, ...this.pos(star) } as Alias],
            end: star,
          }));
        },
      },
    ]);
  });

  // import_from_as_names: NAME ['as' NAME] (',' NAME ['as' NAME])*
  import_from_as_names = this.RULE("import_from_as_names", (): Alias[] => {
    const names = [this.SUBRULE(this.import_from_as_name)];
    this.MANY({
      GATE: () => this.LA(2).tokenType === T.NAME,
      DEF: () => {
        this.CONSUME(T.COMMA);
        names.push(this.SUBRULE2(this.import_from_as_name));
      },
    });
    return names;
  });

  // import_from_as_name: NAME ['as' NAME]
  import_from_as_name = this.RULE("import_from_as_name", (): Alias => {
    const name = this.CONSUME(T.NAME);
    let as: IToken | null = null;
    this.OPTION(() => {
      this.CONSUME(T.KW_as);
      as = this.CONSUME2(T.NAME);
    });
    return this.ACTION(
      (): Alias => ({
        type: "alias",
        name: name.image,
        asname: as === null ? null : (as as IToken).image,
        ...this.pos(name, as ?? name),
      }),
    );
  });

  // ------------------------------------------------------------ blocks

  // block: NEWLINE INDENT statement+ DEDENT | simple_stmts
  block = this.RULE("block", (header: BlockHeader): Stmt[] => {
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.NEWLINE);
          this.ACTION(() => this.expectIndent(header));
          this.CONSUME(T.INDENT);
          const body: Stmt[] = [];
          this.AT_LEAST_ONE(() => {
            const s = this.SUBRULE(this.statement);
            this.ACTION(() => body.push(...s));
          });
          this.CONSUME(T.DEDENT);
          return body;
        },
      },
      { ALT: () => this.SUBRULE(this.simple_stmts) },
    ]);
  });

  /** The IndentationError when a header's NEWLINE is not followed by INDENT. */
  private expectIndent(header: BlockHeader): void {
    const next = this.LA(1);
    if (next.tokenType !== T.INDENT) {
      throw this.error(
        `expected an indented block after ${header.what} on line ${header.tok.startLine}`,
        next,
        next,
        "IndentationError",
      );
    }
  }

  // if_stmt: 'if' named_expression ':' block [elif_stmt | else_block]
  if_stmt = this.RULE("if_stmt", (): Stmt => {
    const kw = this.CONSUME(T.KW_if);
    return this.SUBRULE(this.if_rest, { ARGS: [kw, "'if' statement"] });
  });

  // if_rest: named_expression ':' block [('elif' if_rest) | else_block]
  if_rest = this.RULE("if_rest", (kw: IToken, what: string): Stmt => {
    const test = this.SUBRULE(this.named_expression);
    this.ACTION(() => {
      this.checkConditionEquals(test);
      this.expectColon(false);
    });
    this.CONSUME(T.COLON);
    const body = this.SUBRULE(this.block, { ARGS: [{ tok: kw, what }] });
    let orelse: Stmt[] = [];
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            const elif = this.CONSUME(T.KW_elif);
            const saved = this.enterLevels(1, PARSER_IF_LEVELS);
            const inner = this.SUBRULE(this.if_rest, { ARGS: [elif, "'elif' statement"] });
            this.levels = saved;
            orelse = [inner];
          },
        },
        {
          ALT: () => {
            orelse = this.SUBRULE(this.else_block);
          },
        },
      ]);
    });
    return this.ACTION(
      (): Stmt => ({
        type: "If",
        test,
        body,
        orelse,
        ...this.pos(kw, this.blockEnd(orelse.length > 0 ? orelse : body)),
      }),
    );
  });

  // else_block: 'else' &&':' block
  else_block = this.RULE("else_block", (): Stmt[] => {
    const kw = this.CONSUME(T.KW_else);
    this.ACTION(() => this.expectColon(true));
    this.CONSUME(T.COLON);
    return this.SUBRULE(this.block, { ARGS: [{ tok: kw, what: "'else' statement" }] });
  });

  // while_stmt: 'while' named_expression ':' block [else_block]
  while_stmt = this.RULE("while_stmt", (): Stmt => {
    const kw = this.CONSUME(T.KW_while);
    const test = this.SUBRULE(this.named_expression);
    this.ACTION(() => {
      this.checkConditionEquals(test);
      this.expectColon(false);
    });
    this.CONSUME(T.COLON);
    const body = this.SUBRULE(this.block, { ARGS: [{ tok: kw, what: "'while' statement" }] });
    let orelse: Stmt[] = [];
    this.OPTION(() => {
      orelse = this.SUBRULE(this.else_block);
    });
    return this.ACTION(
      (): Stmt => ({
        type: "While",
        test,
        body,
        orelse,
        ...this.pos(kw, this.blockEnd(orelse.length > 0 ? orelse : body)),
      }),
    );
  });

  // for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions ':' block [else_block]
  // (`asyncKw`: the ASYNC token async_stmt consumed, where the node starts)
  for_stmt = this.RULE("for_stmt", (asyncKw?: IToken): Stmt => {
    const kw = this.CONSUME(T.KW_for);
    const target = this.SUBRULE(this.star_targets);
    this.CONSUME(T.KW_in);
    const iter = this.SUBRULE(this.star_expressions);
    this.ACTION(() => this.expectColon(false));
    this.CONSUME(T.COLON);
    const body = this.SUBRULE(this.block, { ARGS: [{ tok: kw, what: "'for' statement" }] });
    let orelse: Stmt[] = [];
    this.OPTION(() => {
      orelse = this.SUBRULE(this.else_block);
    });
    return this.ACTION(
      (): Stmt => ({
        type: asyncKw === undefined ? "For" : "AsyncFor",
        target: this.toTarget(target, "Store"),
        iter,
        body,
        orelse,
        ...this.pos(asyncKw ?? kw, this.blockEnd(orelse.length > 0 ? orelse : body)),
      }),
    );
  });

  // with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
  //          | [ASYNC] 'with' ','.with_item+ ':' block
  with_stmt = this.RULE("with_stmt", (asyncKw?: IToken): Stmt => {
    const kw = this.CONSUME(T.KW_with);
    const items: WithItem[] = [];
    this.OR([
      {
        GATE: () => this.parenthesizedWithItems(),
        IGNORE_AMBIGUITIES: true,
        ALT: () => {
          this.CONSUME(T.LPAR);
          items.push(this.SUBRULE(this.with_item));
          this.MANY({
            GATE: () => this.LA(2).tokenType !== T.RPAR,
            DEF: () => {
              this.CONSUME(T.COMMA);
              items.push(this.SUBRULE2(this.with_item));
            },
          });
          this.OPTION(() => this.CONSUME2(T.COMMA));
          this.CONSUME(T.RPAR);
        },
      },
      {
        ALT: () => {
          items.push(this.SUBRULE3(this.with_item));
          this.MANY2(() => {
            this.CONSUME3(T.COMMA);
            items.push(this.SUBRULE4(this.with_item));
          });
        },
      },
    ]);
    this.ACTION(() => this.expectColon(false));
    this.CONSUME(T.COLON);
    const body = this.SUBRULE(this.block, { ARGS: [{ tok: kw, what: "'with' statement" }] });
    return this.ACTION(
      (): Stmt => ({
        type: asyncKw === undefined ? "With" : "AsyncWith",
        items,
        body,
        ...this.pos(asyncKw ?? kw, this.blockEnd(body)),
      }),
    );
  });

  /** After `with`: is it `( items ) :`, the parenthesized item list? */
  private parenthesizedWithItems(): boolean {
    if (this.LA(1).tokenType !== T.LPAR) return false;
    let depth = 0;
    for (let k = 1; ; k++) {
      const t = this.LA(k).tokenType;
      if (t === T.LPAR || t === T.LSQB || t === T.LBRACE) depth++;
      else if (t === T.RPAR || t === T.RSQB || t === T.RBRACE) {
        depth--;
        if (depth === 0) return this.LA(k + 1).tokenType === T.COLON;
      } else if (t === T.NEWLINE || t === T.ENDMARKER || t === EOF) return false;
    }
  }

  // with_item: expression ['as' star_target]
  with_item = this.RULE("with_item", (): WithItem => {
    const context_expr = this.SUBRULE(this.expression);
    let optional_vars: Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.KW_as);
      optional_vars = this.SUBRULE(this.star_target);
    });
    return this.ACTION(
      (): WithItem => ({
        type: "withitem",
        context_expr,
        optional_vars: optional_vars === null ? null : this.toTarget(optional_vars, "Store"),
      }),
    );
  });

  // try_stmt: 'try' &&':' block (except_block+ [else_block] [finally_block] | finally_block)
  try_stmt = this.RULE("try_stmt", (): Stmt => {
    const kw = this.CONSUME(T.KW_try);
    this.ACTION(() => this.expectColon(true));
    this.CONSUME(T.COLON);
    const body = this.SUBRULE(this.block, { ARGS: [{ tok: kw, what: "'try' statement" }] });
    const handlers: ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    this.ACTION(() => {
      const next = this.LA(1).tokenType;
      if (next !== T.KW_except && next !== T.KW_finally) {
        // RAISE_SYNTAX_ERROR: at the token read after the block; the
        // ENDMARKER has no columns (where the tokenizer stands, no end).
        const e = this.error("expected 'except' or 'finally' block", this.LA(1));
        if (this.LA(1).tokenType !== T.ENDMARKER) throw e;
        throw new CompileError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, -1);
      }
    });
    let star: boolean | null = null;
    this.MANY(() => {
      const h = this.SUBRULE(this.except_block);
      this.ACTION(() => {
        // invalid_try_stmt: 'except' and 'except*' on the same 'try'.
        const info = this.exceptStar.get(h)!;
        if (star === null) star = info.star !== null;
        else if (star !== (info.star !== null)) {
          const msg = "cannot have both 'except' and 'except*' on the same 'try'";
          throw info.star !== null ? this.error(msg, info.kw, info.star) : this.error(msg, info.kw);
        }
      });
      handlers.push(h);
    });
    this.OPTION(() => {
      orelse = this.SUBRULE(this.else_block);
    });
    this.OPTION2(() => {
      finalbody = this.SUBRULE(this.finally_block);
    });
    return this.ACTION((): Stmt => {
      const lastBlock = finalbody.length > 0 ? finalbody : orelse.length > 0 ? orelse : null;
      const end =
        lastBlock !== null ? this.blockEnd(lastBlock) : handlers.length > 0 ? this.last(handlers) : this.blockEnd(body);
      return { type: star ? "TryStar" : "Try", body, handlers, orelse, finalbody, ...this.pos(kw, end) };
    });
  });

  // except_block: 'except' [expression ['as' NAME]] ':' block
  except_block = this.RULE("except_block", (): ExceptHandler => {
    const kw = this.CONSUME(T.KW_except);
    let exc_type: Expr | null = null;
    let name: IToken | null = null;
    let star: IToken | null = null;
    this.OPTION3(() => {
      star = this.CONSUME(T.STAR);
      this.ACTION(() => {
        const next = this.LA(1).tokenType;
        if (next === T.COLON || next === T.NEWLINE)
          throw this.error("expected one or more exception types", this.LA(1));
      });
    });
    this.OPTION(() => {
      exc_type = this.SUBRULE(this.expression);
      this.ACTION(() => {
        if (this.LA(1).tokenType === T.COMMA) {
          // invalid_except_stmt: 'except' '*'? a=expression ',' expressions ['as' NAME ] ':',
          // the range from a to the token before ':'.
          let k = 1;
          let depth = 0;
          for (;;) {
            const t = this.LA(k + 1).tokenType;
            if (t === T.LPAR || t === T.LSQB || t === T.LBRACE) depth++;
            else if (t === T.RPAR || t === T.RSQB || t === T.RBRACE) depth--;
            else if (depth <= 0 && (t === T.COLON || t === T.NEWLINE || t === EOF)) break;
            k++;
          }
          if (this.LA(k + 1).tokenType === T.COLON) {
            throw this.error("multiple exception types must be parenthesized", exc_type!, this.LA(k));
          }
        }
      });
      this.OPTION2(() => {
        this.CONSUME(T.KW_as);
        name = this.CONSUME(T.NAME);
      });
    });
    this.ACTION(() => this.expectColon(false));
    this.CONSUME(T.COLON);
    const what = star === null ? "'except' statement" : "'except*' statement";
    const body = this.SUBRULE(this.block, { ARGS: [{ tok: kw, what }] });
    return this.ACTION((): ExceptHandler => {
      const h: ExceptHandler = {
        type: "ExceptHandler",
        exc_type,
        name: name === null ? null : (name as IToken).image,
        body,
        ...this.pos(kw, this.blockEnd(body)),
      };
      this.exceptStar.set(h, { kw, star });
      return h;
    });
  });

  // finally_block: 'finally' &&':' block
  finally_block = this.RULE("finally_block", (): Stmt[] => {
    const kw = this.CONSUME(T.KW_finally);
    this.ACTION(() => this.expectColon(true));
    this.CONSUME(T.COLON);
    return this.SUBRULE(this.block, { ARGS: [{ tok: kw, what: "'finally' statement" }] });
  });

  // ------------------------------------------------------------ match

  /**
   * At a statement start: is this the soft keyword `match` heading a match
   * statement? CPython's parser tries match_stmt before the simple
   * statements, so `match subject_expr ':' NEWLINE` parsing decides it;
   * `match(x)`, `match = 1`, `match.x` and `match[x]: T` stay simple
   * statements. A syntax error inside the subject commits to the match
   * statement, which reports it.
   */
  private atMatchStmt(): boolean {
    if (!this.atSoftKeyword("match")) return false;
    const saved = this.levels;
    try {
      return this.matchHeadParses.call(this);
    } catch (e) {
      if (e instanceof CompileError) return true;
      throw e;
    } finally {
      this.levels = saved;
    }
  }

  // match_head: "match" subject_expr ':' NEWLINE   (only ever tried, by atMatchStmt)
  match_head = this.RULE("match_head", (): void => {
    this.CONSUME(T.NAME);
    this.SUBRULE(this.subject_expr);
    this.CONSUME(T.COLON);
    this.CONSUME(T.NEWLINE);
  });
  private readonly matchHeadParses: () => boolean = this.BACKTRACK(this.match_head);

  /**
   * After a failed parse: when the logical line at `tokens[start]` begins
   * `match subject_expr`, the token that follows the subject (where the
   * match statement's reading stopped); else null. It resets the input.
   */
  afterMatchSubject(tokens: IToken[], start: number): IToken | null {
    const saved = this.lastDisjunction;
    this.input = tokens.slice(start);
    this.levels = 0;
    try {
      this.match_subject();
      // Stopping short of the end is the point, not an error.
      return this.errors.every((e) => e.name === "NotAllInputParsedException") ? this.LA(1) : null;
    } catch (e) {
      if (e instanceof CompileError) return null;
      throw e;
    } finally {
      this.lastDisjunction = saved;
    }
  }

  /**
   * After a failed parse: `tokens[start…]` read as star_expressions (as
   * invalid_for_target reads what follows a `for`), or null when they do
   * not begin with one. It resets the input.
   */
  starExpressionsAt(tokens: IToken[], start: number): Expr | null {
    const saved = this.lastDisjunction;
    this.input = tokens.slice(start);
    this.levels = 0;
    try {
      const e = this.for_target_probe();
      return this.errors.every((err) => err.name === "NotAllInputParsedException") ? e : null;
    } catch (e) {
      if (e instanceof CompileError) return null;
      throw e;
    } finally {
      this.lastDisjunction = saved;
    }
  }

  // for_target_probe: star_expressions   (only for starExpressionsAt)
  for_target_probe = this.RULE("for_target_probe", (): Expr => this.SUBRULE(this.star_expressions));

  // match_subject: "match" subject_expr   (only for afterMatchSubject)
  match_subject = this.RULE("match_subject", (): void => {
    this.CONSUME(T.NAME);
    this.SUBRULE(this.subject_expr);
  });

  // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  match_stmt = this.RULE("match_stmt", (): Stmt => {
    const kw = this.CONSUME(T.NAME);
    const subject = this.SUBRULE(this.subject_expr);
    this.CONSUME(T.COLON);
    this.CONSUME(T.NEWLINE);
    this.ACTION(() => this.expectIndent({ tok: kw, what: "'match' statement" }));
    this.CONSUME(T.INDENT);
    const cases: MatchCase[] = [];
    this.AT_LEAST_ONE({
      GATE: () => this.atSoftKeyword("case"),
      DEF: () => {
        cases.push(this.SUBRULE(this.case_block));
      },
    });
    this.CONSUME(T.DEDENT);
    return this.ACTION(
      (): Stmt => ({ type: "Match", subject, cases, ...this.pos(kw, this.blockEnd(this.last(cases).body)) }),
    );
  });

  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  subject_expr = this.RULE("subject_expr", (): Expr => {
    const first = this.SUBRULE(this.star_named_expression);
    let elts: Expr[] | null = null;
    let end: Loc = first;
    this.OPTION(() => {
      end = this.CONSUME(T.COMMA);
      const items = [first];
      elts = items;
      this.OPTION2(() => {
        const second = this.SUBRULE2(this.star_named_expression);
        items.push(second);
        end = second;
        this.MANY({
          GATE: () => this.startsExpr(2),
          DEF: () => {
            this.CONSUME2(T.COMMA);
            const e = this.SUBRULE3(this.star_named_expression);
            items.push(e);
            end = e;
          },
        });
        this.OPTION3(() => {
          end = this.CONSUME3(T.COMMA);
        });
      });
    });
    return this.ACTION((): Expr => {
      if (elts !== null) return this.tuple(elts, first, end);
      if (first.type === "Starred") throw this.error("invalid syntax", this.LA(1));
      return first;
    });
  });

  // case_block: "case" patterns guard? ':' block
  // guard: 'if' named_expression
  case_block = this.RULE("case_block", (): MatchCase => {
    const kw = this.CONSUME(T.NAME);
    const pattern = this.SUBRULE(this.patterns);
    let guard: Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.KW_if);
      guard = this.SUBRULE(this.named_expression);
    });
    this.ACTION(() => this.expectColon(false));
    this.CONSUME(T.COLON);
    const body = this.SUBRULE(this.block, { ARGS: [{ tok: kw, what: "'case' statement" }] });
    return { type: "match_case", pattern, guard, body };
  });

  // patterns: open_sequence_pattern | pattern
  // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
  patterns = this.RULE("patterns", (): Pattern => {
    const first = this.SUBRULE(this.maybe_star_pattern);
    let items: Pattern[] | null = null;
    let end: Loc = first;
    this.OPTION(() => {
      end = this.CONSUME(T.COMMA);
      const list = [first];
      items = list;
      this.OPTION2(() => {
        const rest = this.SUBRULE(this.maybe_sequence_pattern);
        this.ACTION(() => {
          list.push(...rest.items);
          end = rest.end;
        });
      });
    });
    return this.ACTION((): Pattern => {
      if (items !== null) return { type: "MatchSequence", patterns: items, ...this.pos(first, end) };
      if (first.type === "MatchStar") throw this.error("invalid syntax", this.LA(1));
      return first;
    });
  });

  // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
  maybe_sequence_pattern = this.RULE("maybe_sequence_pattern", (): { items: Pattern[]; end: Loc } => {
    const items = [this.SUBRULE(this.maybe_star_pattern)];
    let end: Loc = items[0];
    this.MANY({
      GATE: () => this.startsPattern(2),
      DEF: () => {
        this.CONSUME(T.COMMA);
        const p = this.SUBRULE2(this.maybe_star_pattern);
        items.push(p);
        end = p;
      },
    });
    this.OPTION(() => {
      end = this.CONSUME2(T.COMMA);
    });
    return { items, end };
  });

  // maybe_star_pattern: '*' (pattern_capture_target | wildcard_pattern) | pattern
  maybe_star_pattern = this.RULE("maybe_star_pattern", (): Pattern => {
    return this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.STAR);
          const name = this.CONSUME(T.NAME);
          return this.ACTION(
            (): Pattern => ({
              type: "MatchStar",
              name: name.image === "_" ? null : this.ident(name),
              ...this.pos(star, name),
            }),
          );
        },
      },
      { ALT: () => this.SUBRULE(this.pattern) },
    ]);
  });

  // pattern: or_pattern ['as' pattern_capture_target]   (with invalid_as_pattern)
  pattern = this.RULE("pattern", (): Pattern => {
    const or = this.SUBRULE(this.or_pattern);
    let target: IToken | null = null;
    this.OPTION(() => {
      this.CONSUME(T.KW_as);
      this.OR([
        {
          ALT: () => {
            target = this.CONSUME(T.NAME);
          },
        },
        {
          GATE: () => this.LA(1).tokenType !== T.NAME,
          IGNORE_AMBIGUITIES: true,
          ALT: () => {
            const e = this.SUBRULE(this.expression);
            this.ACTION(() => {
              throw this.error("invalid pattern target", e);
            });
          },
        },
      ]);
    });
    return this.ACTION((): Pattern => {
      if (target === null) return or;
      const t: IToken = target;
      if (t.image === "_") throw this.error("cannot use '_' as a target", t);
      return { type: "MatchAs", pattern: or, name: this.ident(t), ...this.pos(or, t) };
    });
  });

  // or_pattern: '|'.closed_pattern+
  or_pattern = this.RULE("or_pattern", (): Pattern => {
    const alts = [this.SUBRULE(this.closed_pattern)];
    this.MANY(() => {
      this.CONSUME(T.VBAR);
      alts.push(this.SUBRULE2(this.closed_pattern));
    });
    return this.ACTION(
      (): Pattern =>
        alts.length === 1 ? alts[0] : { type: "MatchOr", patterns: alts, ...this.pos(alts[0], this.last(alts)) },
    );
  });

  // closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
  //               | group_pattern | sequence_pattern | mapping_pattern | class_pattern
  closed_pattern = this.RULE("closed_pattern", (): Pattern => {
    return this.OR([
      {
        ALT: () => {
          const value = this.SUBRULE(this.literal_number);
          return this.ACTION((): Pattern => ({ type: "MatchValue", value, ...this.pos(value) }));
        },
      },
      {
        ALT: () => {
          const value = this.SUBRULE(this.strings);
          return this.ACTION((): Pattern => ({ type: "MatchValue", value, ...this.pos(value) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.KW_None);
          return this.ACTION((): Pattern => ({ type: "MatchSingleton", value: { kind: "None" }, ...this.pos(t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.KW_True);
          return this.ACTION(
            (): Pattern => ({ type: "MatchSingleton", value: { kind: "bool", value: true }, ...this.pos(t) }),
          );
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.KW_False);
          return this.ACTION(
            (): Pattern => ({ type: "MatchSingleton", value: { kind: "bool", value: false }, ...this.pos(t) }),
          );
        },
      },
      { ALT: () => this.SUBRULE(this.name_pattern) },
      { ALT: () => this.SUBRULE(this.paren_pattern) },
      { ALT: () => this.SUBRULE(this.list_pattern) },
      { ALT: () => this.SUBRULE(this.mapping_pattern) },
    ]);
  });

  // literal_number: signed_number !('+' | '-') | complex_number
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  literal_number = this.RULE("literal_number", (): Expr => {
    let minus: IToken | null = null;
    let op: IToken | null = null;
    let imag: IToken | null = null;
    this.OPTION(() => {
      minus = this.CONSUME(T.MINUS);
    });
    const num = this.CONSUME(T.NUMBER);
    this.OPTION2(() => {
      op = this.OR([{ ALT: () => this.CONSUME(T.PLUS) }, { ALT: () => this.CONSUME2(T.MINUS) }]);
      this.ACTION(() => {
        if (isImaginary(num)) throw this.error("real number required in complex literal", num);
      });
      imag = this.CONSUME2(T.NUMBER);
    });
    return this.ACTION((): Expr => {
      let real = this.number(num);
      if (minus !== null) real = { type: "UnaryOp", op: "USub", operand: real, ...this.pos(minus, num) };
      if (op === null || imag === null) return real;
      const i: IToken = imag;
      if (!isImaginary(i)) throw this.error("imaginary number required in complex literal", i);
      const kind = (op as IToken).tokenType === T.PLUS ? "Add" : "Sub";
      return { type: "BinOp", left: real, op: kind, right: this.number(i), ...this.pos(real, i) };
    });
  });

  // capture_pattern: !"_" NAME !('.' | '(' | '=')
  // wildcard_pattern: "_"
  // value_pattern: attr !('.' | '(' | '=')
  // class_pattern: name_or_attr '(' [class_args] ')'
  name_pattern = this.RULE("name_pattern", (): Pattern => {
    const first = this.CONSUME(T.NAME);
    const attrs: IToken[] = [];
    let args: ClassArg[] | null = null;
    let close: IToken | null = null;
    this.MANY(() => {
      this.CONSUME(T.DOT);
      attrs.push(this.CONSUME2(T.NAME));
    });
    this.OPTION(() => {
      this.CONSUME(T.LPAR);
      args = [];
      this.OPTION2(() => {
        args = this.SUBRULE(this.class_args);
      });
      close = this.CONSUME(T.RPAR);
    });
    return this.ACTION((): Pattern => {
      if (args !== null) return this.classPattern(this.attrChain(first, attrs), args, close!);
      if (attrs.length > 0) {
        const value = this.attrChain(first, attrs);
        return { type: "MatchValue", value, ...this.pos(value) };
      }
      const name = first.image === "_" ? null : this.ident(first);
      return { type: "MatchAs", pattern: null, name, ...this.pos(first) };
    });
  });

  /** `a.b.c` as nested Attribute loads (name_or_attr). */
  private attrChain(first: IToken, attrs: IToken[]): Expr {
    let e: Expr = this.name(first);
    for (const a of attrs) e = { type: "Attribute", value: e, attr: this.ident(a), ctx: "Load", ...this.pos(e, a) };
    return e;
  }

  // class_args: class_arg (',' class_arg)* [',']
  class_args = this.RULE("class_args", (): ClassArg[] => {
    const args = [this.SUBRULE(this.class_arg)];
    this.MANY({
      GATE: () => this.LA(2).tokenType !== T.RPAR,
      DEF: () => {
        this.CONSUME(T.COMMA);
        args.push(this.SUBRULE2(this.class_arg));
      },
    });
    this.OPTION(() => this.CONSUME2(T.COMMA));
    return args;
  });

  // class_arg: NAME '=' pattern | pattern
  class_arg = this.RULE("class_arg", (): ClassArg => {
    return this.OR([
      {
        ALT: () => {
          const kw = this.CONSUME(T.NAME);
          this.CONSUME(T.EQUAL);
          return { kw, value: this.SUBRULE(this.pattern) };
        },
      },
      { ALT: () => ({ kw: null, value: this.SUBRULE2(this.pattern) }) },
    ]);
  });

  /** Split class arguments; positional after keyword is invalid_class_pattern. */
  private classPattern(cls: Expr, args: ClassArg[], close: IToken): Pattern {
    const patterns: Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: Pattern[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a.kw !== null) {
        kwd_attrs.push(this.ident(a.kw));
        kwd_patterns.push(a.value);
        continue;
      }
      if (kwd_patterns.length > 0) {
        let j = i;
        while (j + 1 < args.length && args[j + 1].kw === null) j++;
        throw this.error("positional patterns follow keyword patterns", a.value, args[j].value);
      }
      patterns.push(a.value);
    }
    return { type: "MatchClass", cls, patterns, kwd_attrs, kwd_patterns, ...this.pos(cls, close) };
  }

  // group_pattern: '(' pattern ')'
  // sequence_pattern: '(' open_sequence_pattern? ')'
  paren_pattern = this.RULE("paren_pattern", (): Pattern => {
    const open = this.CONSUME(T.LPAR);
    let first: Pattern | null = null;
    let items: Pattern[] | null = null;
    this.OPTION(() => {
      const p = this.SUBRULE(this.maybe_star_pattern);
      first = p;
      this.OPTION2(() => {
        this.CONSUME(T.COMMA);
        const list = [p];
        items = list;
        this.OPTION3(() => {
          const rest = this.SUBRULE(this.maybe_sequence_pattern);
          this.ACTION(() => list.push(...rest.items));
        });
      });
    });
    const close = this.CONSUME(T.RPAR);
    return this.ACTION((): Pattern => {
      if (first === null || items !== null) {
        return { type: "MatchSequence", patterns: items ?? [], ...this.pos(open, close) };
      }
      const p: Pattern = first;
      if (p.type === "MatchStar") throw this.error("invalid syntax", close);
      this.parens.set(p, [open, close]);
      return p;
    });
  });

  // sequence_pattern: '[' maybe_sequence_pattern? ']'
  list_pattern = this.RULE("list_pattern", (): Pattern => {
    const open = this.CONSUME(T.LSQB);
    let items: Pattern[] = [];
    this.OPTION(() => {
      items = this.SUBRULE(this.maybe_sequence_pattern).items;
    });
    const close = this.CONSUME(T.RSQB);
    return this.ACTION((): Pattern => ({ type: "MatchSequence", patterns: items, ...this.pos(open, close) }));
  });

  // mapping_pattern: '{' '}'
  //                | '{' double_star_pattern ','? '}'
  //                | '{' items_pattern [',' double_star_pattern] ','? '}'
  // items_pattern: ','.key_value_pattern+
  mapping_pattern = this.RULE("mapping_pattern", (): Pattern => {
    const open = this.CONSUME(T.LBRACE);
    const keys: Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: IToken | null = null;
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            rest = this.SUBRULE(this.double_star_pattern);
            this.OPTION2(() => this.CONSUME(T.COMMA));
          },
        },
        {
          ALT: () => {
            const kv = this.SUBRULE(this.key_value_pattern);
            keys.push(kv[0]);
            patterns.push(kv[1]);
            this.MANY({
              GATE: () => this.LA(2).tokenType !== T.RBRACE && this.LA(2).tokenType !== T.DOUBLESTAR,
              DEF: () => {
                this.CONSUME2(T.COMMA);
                const more = this.SUBRULE2(this.key_value_pattern);
                keys.push(more[0]);
                patterns.push(more[1]);
              },
            });
            this.OPTION3(() => {
              this.CONSUME3(T.COMMA);
              this.OPTION4(() => {
                rest = this.SUBRULE2(this.double_star_pattern);
                this.OPTION5(() => this.CONSUME4(T.COMMA));
              });
            });
          },
        },
      ]);
    });
    const close = this.CONSUME(T.RBRACE);
    return this.ACTION(
      (): Pattern => ({
        type: "MatchMapping",
        keys,
        patterns,
        rest: rest === null ? null : this.ident(rest),
        ...this.pos(open, close),
      }),
    );
  });

  // key_value_pattern: (literal_expr | attr) ':' pattern
  key_value_pattern = this.RULE("key_value_pattern", (): [Expr, Pattern] => {
    const key = this.OR([
      { ALT: () => this.SUBRULE(this.literal_number) },
      { ALT: () => this.SUBRULE(this.strings) },
      {
        ALT: () => {
          const t = this.CONSUME(T.KW_None);
          return this.ACTION((): Expr => ({ type: "Constant", value: { kind: "None" }, ...this.pos(t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.KW_True);
          return this.ACTION((): Expr => ({ type: "Constant", value: { kind: "bool", value: true }, ...this.pos(t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.KW_False);
          return this.ACTION((): Expr => ({ type: "Constant", value: { kind: "bool", value: false }, ...this.pos(t) }));
        },
      },
      { ALT: () => this.SUBRULE(this.attr) },
    ]);
    this.CONSUME(T.COLON);
    const value = this.SUBRULE(this.pattern);
    return [key, value];
  });

  // attr: name_or_attr '.' NAME
  attr = this.RULE("attr", (): Expr => {
    const first = this.CONSUME(T.NAME);
    const attrs: IToken[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.DOT);
      attrs.push(this.CONSUME2(T.NAME));
    });
    return this.ACTION(() => this.attrChain(first, attrs));
  });

  // double_star_pattern: '**' pattern_capture_target
  double_star_pattern = this.RULE("double_star_pattern", (): IToken => {
    this.CONSUME(T.DOUBLESTAR);
    const name = this.CONSUME(T.NAME);
    this.ACTION(() => {
      if (name.image === "_") throw this.error("invalid syntax", name);
    });
    return name;
  });

  // ------------------------------------------------------------ definitions

  // decorated: ('@' named_expression NEWLINE)+ (function_def | class_def | ASYNC function_def)
  decorated = this.RULE("decorated", (): Stmt => {
    const decorators: Expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.AT);
      decorators.push(this.SUBRULE(this.named_expression));
      this.CONSUME(T.NEWLINE);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.function_def, { ARGS: [decorators] }) },
      { ALT: () => this.SUBRULE(this.class_def, { ARGS: [decorators] }) },
      {
        ALT: () => {
          const kw = this.CONSUME(T.KW_async);
          return this.SUBRULE2(this.function_def, { ARGS: [decorators, kw] });
        },
      },
    ]);
  });

  // function_def: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
  function_def = this.RULE("function_def", (decorator_list: Expr[], asyncKw?: IToken): FunctionDef => {
    const kw = this.CONSUME(T.KW_def);
    const name = this.CONSUME(T.NAME);
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.LPAR) throw this.error("expected '('", this.LA(1));
    });
    this.CONSUME(T.LPAR);
    let items: ParamItem[] = [];
    this.OPTION(() => {
      items = this.SUBRULE(this.params);
    });
    this.CONSUME(T.RPAR);
    let returns: Expr | null = null;
    this.OPTION2(() => {
      this.CONSUME(T.RARROW);
      returns = this.SUBRULE(this.expression);
    });
    this.ACTION(() => this.expectColon(true));
    this.CONSUME(T.COLON);
    const body = this.SUBRULE(this.block, { ARGS: [{ tok: kw, what: "function definition" }] });
    return this.ACTION(
      (): FunctionDef => ({
        type: asyncKw === undefined ? "FunctionDef" : "AsyncFunctionDef",
        name: name.image,
        args: this.arguments(items),
        body,
        decorator_list,
        returns,
        ...this.pos(asyncKw ?? kw, this.blockEnd(body)),
      }),
    );
  });

  // params: param (',' param)* [',']
  params = this.RULE("params", (): ParamItem[] => {
    const items = [this.SUBRULE(this.param)];
    this.MANY({
      GATE: () => this.LA(2).tokenType !== T.RPAR,
      DEF: () => {
        this.CONSUME(T.COMMA);
        items.push(this.SUBRULE2(this.param));
      },
    });
    this.OPTION(() => this.CONSUME2(T.COMMA));
    return items;
  });

  // param: '/' | '*' [NAME [':' expression]] | '**' NAME [':' expression]
  //      | NAME [':' expression] ['=' expression]
  param = this.RULE("param", (): ParamItem => {
    return this.OR([
      { ALT: () => ({ kind: "slash", tok: this.CONSUME(T.SLASH), arg: null, default: null }) },
      {
        ALT: () => {
          const tok = this.CONSUME(T.STAR);
          let arg: Arg | null = null;
          this.OPTION(() => {
            arg = this.SUBRULE(this.annotated_arg);
          });
          this.ACTION(() => this.noStarDefault(arg, "var-positional"));
          return { kind: "star", tok, arg, default: null };
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.DOUBLESTAR);
          const arg = this.SUBRULE2(this.annotated_arg);
          this.ACTION(() => this.noStarDefault(arg, "var-keyword"));
          return { kind: "dstar", tok, arg, default: null };
        },
      },
      {
        ALT: () => {
          const arg = this.SUBRULE3(this.annotated_arg);
          let def: Expr | null = null;
          this.OPTION2(() => {
            this.CONSUME(T.EQUAL);
            def = this.SUBRULE(this.expression);
          });
          return this.ACTION(() => ({ kind: "normal", tok: this.LA(0), arg, default: def }) as ParamItem);
        },
      },
    ]);
  });

  // annotated_arg: NAME [':' expression]
  annotated_arg = this.RULE("annotated_arg", (): Arg => {
    const name = this.CONSUME(T.NAME);
    let annotation: Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.COLON);
      annotation = this.SUBRULE(this.expression);
    });
    return this.ACTION(
      (): Arg => ({ type: "arg", arg: name.image, annotation, ...this.pos(name, annotation ?? name) }),
    );
  });

  /** invalid_star_etc / invalid_kwds: `*a=` and `**a=` (an `=` after the
   *  parameter `arg`, when there is one). */
  private noStarDefault(arg: Arg | IToken | null, kind: string): void {
    if (arg !== null && this.LA(1).tokenType === T.EQUAL) {
      throw this.error(`${kind} argument cannot have default value`, this.LA(1));
    }
  }

  /**
   * invalid_kvpair after a key's ':' (at `colon`): a starred value
   * ("cannot use a starred expression …", from the '*' to where the
   * tokenizer stands: past the token after the value), or no value.
   */
  private checkDictValue(colon: IToken): void {
    const next = this.LA(1);
    if (next.tokenType === T.RBRACE || next.tokenType === T.COMMA) {
      throw this.error("expression expected after dictionary key and ':'", colon);
    }
    if (next.tokenType !== T.STAR) return;
    const msg = "cannot use a starred expression in a dictionary value";
    const last = this.bitwiseOrEnd(2);
    const after = last === null ? undefined : this.tokenAfter(last);
    if (after === undefined || after.startLine !== next.startLine) throw this.error(msg, next);
    const e = this.error(msg, next);
    const end = this.src.charCol(after.startLine!, after.endOffset!) + 1;
    throw new CompileError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, end);
  }

  /** The token after `t` in the input. */
  private tokenAfter(t: IToken): IToken | undefined {
    const i = this.input.indexOf(t);
    return i < 0 ? undefined : this.input[i + 1];
  }

  /** Check a parameter list as CPython's invalid_parameters rules do, and sort it
   *  (`lambda`: a lambda's, whose rules locate some errors elsewhere). */
  private arguments(items: ParamItem[], lambda = false): Arguments {
    const a: Arguments = {
      type: "arguments",
      posonlyargs: [],
      args: [],
      vararg: null,
      kwonlyargs: [],
      kw_defaults: [],
      kwarg: null,
      defaults: [],
    };
    let sawSlash = false;
    let sawStar = false;
    let sawDefault = false;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const at = it.arg ?? it.tok;
      if (a.kwarg !== null) throw this.error("arguments cannot follow var-keyword argument", at);
      switch (it.kind) {
        case "slash":
          if (sawStar) throw this.error("/ must be ahead of *", it.tok);
          if (sawSlash) throw this.error("/ may appear only once", it.tok);
          if (a.args.length === 0) {
            // `a="/" ','`: a '/' alone in the list is only invalid syntax.
            const next = this.tokenAfter(it.tok);
            if (next?.tokenType !== T.COMMA) throw this.error("invalid syntax", it.tok);
            throw this.error("at least one argument must precede /", it.tok);
          }
          sawSlash = true;
          a.posonlyargs = a.args;
          a.args = [];
          break;
        case "star":
          if (sawStar) {
            // Only before a parameter or a ',' (else the list is just invalid).
            const ok = it.arg !== null || this.tokenAfter(it.tok)?.tokenType === T.COMMA;
            throw this.error(ok ? "* argument may appear only once" : "invalid syntax", it.tok);
          }
          sawStar = true;
          if (it.arg === null) {
            const next = items[i + 1];
            if (next === undefined || next.kind === "dstar") {
              // invalid_lambda_star_etc raises at the last token it read:
              // the ':' or, after a ',', the ':' or '**'.
              let at = it.tok;
              if (lambda) {
                const after = this.tokenAfter(it.tok);
                at = (after?.tokenType === T.COMMA ? this.tokenAfter(after) : after) ?? at;
              }
              throw this.error("named arguments must follow bare *", at);
            }
          }
          a.vararg = it.arg;
          break;
        case "dstar":
          a.kwarg = it.arg;
          break;
        case "normal":
          if (sawStar) {
            a.kwonlyargs.push(it.arg!);
            a.kw_defaults.push(it.default);
          } else {
            if (it.default !== null) {
              sawDefault = true;
              a.defaults.push(it.default);
            } else if (sawDefault) {
              throw this.error("non-default argument follows default argument", it.arg!);
            }
            a.args.push(it.arg!);
          }
          break;
      }
    }
    return a;
  }

  // class_def: 'class' NAME ['(' [arguments] ')'] ':' block
  class_def = this.RULE("class_def", (decorator_list: Expr[]): ClassDef => {
    const kw = this.CONSUME(T.KW_class);
    const name = this.CONSUME(T.NAME);
    let args: CallArg[] = [];
    let close: IToken | null = null;
    this.OPTION(() => {
      this.CONSUME(T.LPAR);
      this.OPTION2(() => {
        args = this.SUBRULE(this.call_args);
      });
      close = this.CONSUME(T.RPAR);
    });
    this.ACTION(() => this.expectColon(false));
    this.CONSUME(T.COLON);
    const body = this.SUBRULE(this.block, { ARGS: [{ tok: kw, what: "class definition" }] });
    return this.ACTION((): ClassDef => {
      for (const a of args) if (a.kind === "genexp") throw this.error("invalid syntax", a.generators[0].target);
      const { args: bases, keywords } = close === null ? { args: [], keywords: [] } : this.splitArgs(args, close);
      return {
        type: "ClassDef",
        name: name.image,
        bases,
        keywords,
        body,
        decorator_list,
        ...this.pos(kw, this.blockEnd(body)),
      };
    });
  });

  // ============================================================== targets

  // star_targets: star_target (',' star_target)* [',']
  star_targets = this.RULE("star_targets", (): Expr => {
    const list = this.SUBRULE(this.target_list);
    return this.ACTION(() => (list.comma ? this.tuple(list.items, list.items[0], list.end) : list.items[0]));
  });

  // target_list: star_target (',' star_target)* [',']   (items, not yet a Tuple)
  target_list = this.RULE("target_list", (): { items: Expr[]; comma: boolean; end: Loc } => {
    const items = [this.SUBRULE(this.star_target)];
    let comma = false;
    let end: Loc | null = null;
    this.MANY({
      GATE: () => this.startsExpr(2),
      DEF: () => {
        this.CONSUME(T.COMMA);
        items.push(this.SUBRULE2(this.star_target));
        comma = true;
      },
    });
    this.OPTION(() => {
      end = this.CONSUME2(T.COMMA);
      comma = true;
    });
    return this.ACTION(() => ({ items, comma, end: end ?? this.last(items) }));
  });

  // del_targets: star_expression (',' star_expression)* [',']   (checked later)
  del_targets = this.RULE("del_targets", (): { items: Expr[]; end: Loc } => {
    const items = [this.SUBRULE(this.star_expression)];
    let end: Loc | null = null;
    this.MANY({
      GATE: () => this.startsExpr(2),
      DEF: () => {
        this.CONSUME(T.COMMA);
        items.push(this.SUBRULE2(this.star_expression));
      },
    });
    this.OPTION(() => {
      end = this.CONSUME2(T.COMMA);
    });
    return this.ACTION(() => ({ items, end: end ?? this.last(items) }));
  });

  // star_target: '*' bitwise_or | bitwise_or   (checked as a target later)
  star_target = this.RULE("star_target", (): Expr => {
    return this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.STAR);
          const value = this.SUBRULE(this.bitwise_or);
          return this.ACTION((): Expr => ({ type: "Starred", value, ctx: "Load", ...this.pos(star, value) }));
        },
      },
      { ALT: () => this.SUBRULE2(this.bitwise_or) },
    ]);
  });

  // ============================================================== expressions

  // expressions: expression (',' expression)* [',']
  expressions = this.RULE("expressions", (): Expr => {
    const first = this.SUBRULE(this.expression);
    let elts: Expr[] | null = null;
    let comma: IToken | null = null;
    this.MANY({
      GATE: () => this.startsExpr(2),
      DEF: () => {
        this.CONSUME(T.COMMA);
        const e = this.SUBRULE2(this.expression);
        (elts ??= [first]).push(e);
      },
    });
    this.OPTION(() => {
      comma = this.CONSUME2(T.COMMA);
      elts ??= [first];
    });
    return this.ACTION(() => (elts === null ? first : this.tuple(elts, first, comma ?? this.last(elts))));
  });

  // star_expressions: star_expression (',' star_expression)* [',']
  star_expressions = this.RULE("star_expressions", (): Expr => {
    const first = this.SUBRULE(this.star_expression);
    let elts: Expr[] | null = null;
    let comma: IToken | null = null;
    this.MANY({
      GATE: () => this.startsExpr(2),
      DEF: () => {
        this.CONSUME(T.COMMA);
        const e = this.SUBRULE2(this.star_expression);
        (elts ??= [first]).push(e);
      },
    });
    this.OPTION(() => {
      comma = this.CONSUME2(T.COMMA);
      elts ??= [first];
    });
    return this.ACTION(() => (elts === null ? first : this.tuple(elts, first, comma ?? this.last(elts))));
  });

  // star_expression: '*' bitwise_or | expression
  star_expression = this.RULE("star_expression", (): Expr => {
    return this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.STAR);
          const value = this.SUBRULE(this.bitwise_or);
          return this.ACTION((): Expr => ({ type: "Starred", value, ctx: "Load", ...this.pos(star, value) }));
        },
      },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  // star_named_expression: '*' bitwise_or | named_expression
  star_named_expression = this.RULE("star_named_expression", (): Expr => {
    return this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.STAR);
          const value = this.SUBRULE(this.bitwise_or);
          return this.ACTION((): Expr => ({ type: "Starred", value, ctx: "Load", ...this.pos(star, value) }));
        },
      },
      { ALT: () => this.SUBRULE(this.named_expression) },
    ]);
  });

  // named_expression: NAME ':=' expression | expression !':='
  named_expression = this.RULE("named_expression", (): Expr => {
    const target = this.SUBRULE(this.expression);
    let value: Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.COLONEQUAL);
      value = this.SUBRULE2(this.expression);
    });
    return this.ACTION((): Expr => {
      if (value === null) return target;
      if (target.type !== "Name") {
        throw this.error(`cannot use assignment expressions with ${exprName(target)}`, target);
      }
      target.ctx = "Store";
      return { type: "NamedExpr", target, value, ...this.pos(target, value) };
    });
  });

  // expression: disjunction ['if' disjunction 'else' expression] | lambdef
  expression = this.RULE("expression", (): Expr => {
    return this.OR([
      {
        ALT: () => {
          const body = this.SUBRULE(this.disjunction);
          let test: Expr | null = null;
          let orelse: Expr | null = null;
          this.OPTION(() => {
            this.CONSUME(T.KW_if);
            test = this.SUBRULE2(this.disjunction);
            this.ACTION(() => {
              // invalid_expression: `a 'if' b !('else'|':')`.
              const next = this.LA(1).tokenType;
              if (next !== T.KW_else && next !== T.COLON) {
                throw this.error("expected 'else' after 'if' expression", body, test!);
              }
            });
            this.CONSUME(T.KW_else);
            orelse = this.SUBRULE(this.expression);
          });
          return this.ACTION(
            (): Expr =>
              test === null ? body : { type: "IfExp", test, body, orelse: orelse!, ...this.pos(body, orelse!) },
          );
        },
      },
      { ALT: () => this.SUBRULE(this.lambdef) },
    ]);
  });

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  yield_expr = this.RULE("yield_expr", (): Expr => {
    const kw = this.CONSUME(T.KW_yield);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.KW_from);
          const value = this.SUBRULE(this.expression);
          return this.ACTION((): Expr => ({ type: "YieldFrom", value, ...this.pos(kw, value) }));
        },
      },
      {
        ALT: () => {
          let value: Expr | null = null;
          this.OPTION(() => {
            value = this.SUBRULE(this.star_expressions);
          });
          return this.ACTION((): Expr => ({ type: "Yield", value, ...this.pos(kw, value ?? kw) }));
        },
      },
    ]);
  });

  // lambdef: 'lambda' [lambda_params] ':' expression
  lambdef = this.RULE("lambdef", (): Expr => {
    const kw = this.CONSUME(T.KW_lambda);
    let items: ParamItem[] = [];
    this.OPTION(() => {
      items = this.SUBRULE(this.lambda_params);
    });
    this.CONSUME(T.COLON);
    const saved = this.enterLevels(2);
    const body = this.SUBRULE(this.expression);
    this.levels = saved;
    return this.ACTION(
      (): Expr => ({ type: "Lambda", args: this.arguments(items, true), body, ...this.pos(kw, body) }),
    );
  });

  // lambda_params: lambda_param (',' lambda_param)* [',']
  lambda_params = this.RULE("lambda_params", (): ParamItem[] => {
    const items = [this.SUBRULE(this.lambda_param)];
    this.MANY({
      GATE: () => this.LA(2).tokenType !== T.COLON,
      DEF: () => {
        this.CONSUME(T.COMMA);
        items.push(this.SUBRULE2(this.lambda_param));
      },
    });
    this.OPTION(() => this.CONSUME2(T.COMMA));
    return items;
  });

  // lambda_param: '/' | '*' [NAME] | '**' NAME | NAME ['=' expression]
  lambda_param = this.RULE("lambda_param", (): ParamItem => {
    return this.OR([
      { ALT: () => ({ kind: "slash", tok: this.CONSUME(T.SLASH), arg: null, default: null }) },
      {
        ALT: () => {
          const tok = this.CONSUME(T.STAR);
          let arg: Arg | null = null;
          this.OPTION(() => {
            const n = this.CONSUME(T.NAME);
            arg = this.ACTION(() => this.plainArg(n));
          });
          this.ACTION(() => this.noStarDefault(arg, "var-positional"));
          return { kind: "star", tok, arg, default: null };
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.DOUBLESTAR);
          const n = this.CONSUME2(T.NAME);
          this.ACTION(() => this.noStarDefault(n, "var-keyword"));
          return this.ACTION(() => ({ kind: "dstar", tok, arg: this.plainArg(n), default: null }) as ParamItem);
        },
      },
      {
        ALT: () => {
          const n = this.CONSUME3(T.NAME);
          let def: Expr | null = null;
          this.OPTION2(() => {
            this.CONSUME(T.EQUAL);
            def = this.SUBRULE(this.expression);
          });
          return this.ACTION(() => ({ kind: "normal", tok: n, arg: this.plainArg(n), default: def }) as ParamItem);
        },
      },
    ]);
  });

  private plainArg(n: IToken): Arg {
    return { type: "arg", arg: n.image, annotation: null, ...this.pos(n) };
  }

  // disjunction: conjunction ('or' conjunction)*
  disjunction = this.RULE("disjunction", (): Expr => {
    const values = [this.SUBRULE(this.conjunction)];
    this.MANY(() => {
      this.CONSUME(T.KW_or);
      values.push(this.SUBRULE2(this.conjunction));
    });
    return this.ACTION((): Expr => {
      const node: Expr =
        values.length === 1
          ? values[0]
          : { type: "BoolOp", op: "Or", values, ...this.pos(values[0], this.last(values)) };
      this.lastDisjunction = { node, end: this.LA(0) };
      return node;
    });
  });

  // conjunction: inversion ('and' inversion)*
  conjunction = this.RULE("conjunction", (): Expr => {
    const values = [this.SUBRULE(this.inversion)];
    this.MANY(() => {
      this.CONSUME(T.KW_and);
      values.push(this.SUBRULE2(this.inversion));
    });
    return this.ACTION(
      (): Expr =>
        values.length === 1
          ? values[0]
          : { type: "BoolOp", op: "And", values, ...this.pos(values[0], this.last(values)) },
    );
  });

  // inversion: 'not' inversion | comparison
  inversion = this.RULE("inversion", (): Expr => {
    return this.OR([
      {
        ALT: () => {
          const kw = this.CONSUME(T.KW_not);
          const saved = this.enterLevels(1);
          const operand = this.SUBRULE(this.inversion);
          this.levels = saved;
          return this.ACTION((): Expr => ({ type: "UnaryOp", op: "Not", operand, ...this.pos(kw, operand) }));
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  // comparison: bitwise_or (compare_op bitwise_or)*
  comparison = this.RULE("comparison", (): Expr => {
    const left = this.SUBRULE(this.bitwise_or);
    const ops: CmpOpKind[] = [];
    const comparators: Expr[] = [];
    this.MANY(() => {
      ops.push(this.SUBRULE(this.compare_op));
      comparators.push(this.SUBRULE2(this.bitwise_or));
    });
    return this.ACTION(
      (): Expr =>
        ops.length === 0
          ? left
          : { type: "Compare", left, ops, comparators, ...this.pos(left, this.last(comparators)) },
    );
  });

  // compare_op: '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in' | 'is' ['not']
  compare_op = this.RULE("compare_op", (): CmpOpKind => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.CompareOperator);
          return this.ACTION(() => COMPARE_OPS.get(t.tokenType)!);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KW_in);
          return "In" as const;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KW_not);
          this.CONSUME2(T.KW_in);
          return "NotIn" as const;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KW_is);
          let op: CmpOpKind = "Is";
          this.OPTION(() => {
            this.CONSUME2(T.KW_not);
            op = "IsNot";
          });
          return op;
        },
      },
    ]);
  });

  // bitwise_or: factor (('|' | '^' | '&' | '<<' | '>>' | '+' | '-' | '*' | '/' | '//' | '%' | '@') factor)*
  // (folded by precedence: | < ^ < & < shifts < + - < * / // % @, all left-associative)
  bitwise_or = this.RULE("bitwise_or", (): Expr => {
    const operands = [this.SUBRULE(this.factor)];
    const ops: IToken[] = [];
    this.MANY(() => {
      ops.push(this.CONSUME(T.BinaryOperator));
      operands.push(this.SUBRULE2(this.factor));
    });
    return this.ACTION(() => (ops.length === 0 ? operands[0] : this.foldBinary(operands, ops)));
  });

  /** Precedence climbing over the flat `operand (op operand)*` list. */
  private foldBinary(operands: Expr[], ops: IToken[]): Expr {
    let i = 0;
    const climb = (minPrec: number): Expr => {
      let left = operands[i];
      while (i < ops.length) {
        const [kind, prec] = BINARY_OPS.get(ops[i].tokenType)!;
        if (prec < minPrec) break;
        i++;
        const right = climb(prec + 1);
        left = { type: "BinOp", left, op: kind, right, ...this.pos(left, right) };
      }
      return left;
    };
    return climb(0);
  }

  // factor: ('+' | '-' | '~') factor | power
  factor = this.RULE("factor", (): Expr => {
    return this.OR([
      {
        ALT: () => {
          const t = this.OR2([
            { ALT: () => this.CONSUME(T.PLUS) },
            { ALT: () => this.CONSUME(T.MINUS) },
            { ALT: () => this.CONSUME(T.TILDE) },
          ]);
          const saved = this.enterLevels(1);
          const operand = this.SUBRULE(this.factor);
          this.levels = saved;
          return this.ACTION(
            (): Expr => ({
              type: "UnaryOp",
              op: t.tokenType === T.PLUS ? "UAdd" : t.tokenType === T.MINUS ? "USub" : "Invert",
              operand,
              ...this.pos(t, operand),
            }),
          );
        },
      },
      { ALT: () => this.SUBRULE(this.power) },
    ]);
  });

  // power: await_primary ['**' factor]
  power = this.RULE("power", (): Expr => {
    const base = this.SUBRULE(this.await_primary);
    let exp: Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.DOUBLESTAR);
      exp = this.SUBRULE(this.factor);
    });
    return this.ACTION(
      (): Expr => (exp === null ? base : { type: "BinOp", left: base, op: "Pow", right: exp, ...this.pos(base, exp) }),
    );
  });

  // await_primary: AWAIT primary | primary
  await_primary = this.RULE("await_primary", (): Expr => {
    let kw: IToken | null = null;
    this.OPTION(() => {
      kw = this.CONSUME(T.KW_await);
    });
    const value = this.SUBRULE(this.primary);
    return this.ACTION((): Expr => (kw === null ? value : { type: "Await", value, ...this.pos(kw, value) }));
  });

  // primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
  primary = this.RULE("primary", (): Expr => {
    let e = this.SUBRULE(this.atom);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.DOT);
            const attr = this.CONSUME(T.NAME);
            this.ACTION(() => {
              e = { type: "Attribute", value: e, attr: attr.image, ctx: "Load", ...this.pos(e, attr) };
            });
          },
        },
        {
          ALT: () => {
            const open = this.CONSUME(T.LPAR);
            let args: CallArg[] = [];
            this.OPTION(() => {
              args = this.SUBRULE(this.call_args);
            });
            const close = this.CONSUME(T.RPAR);
            this.ACTION(() => {
              e = this.call(e, args, open, close);
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LSQB);
            const slice = this.SUBRULE(this.slices);
            const close = this.CONSUME(T.RSQB);
            this.ACTION(() => {
              e = { type: "Subscript", value: e, slice, ctx: "Load", ...this.pos(e, close) };
            });
          },
        },
      ]);
    });
    return e;
  });

  /** Build a Call, checking argument order as CPython's invalid_arguments does. */
  private call(func: Expr, args: CallArg[], open: IToken, close: IToken): Expr {
    if (args.length === 1 && args[0].kind === "genexp") {
      const g = args[0];
      const gen: Expr = { type: "GeneratorExp", elt: g.value, generators: g.generators, ...this.pos(open, close) };
      return { type: "Call", func, args: [gen], keywords: [], ...this.pos(func, close) };
    }
    const split = this.splitArgs(args, close);
    return { type: "Call", func, args: split.args, keywords: split.keywords, ...this.pos(func, close) };
  }

  private bareGeneratorError(elt: Expr, generators: Comprehension[]): CompileError {
    const last = this.last(generators);
    return this.error(
      "Generator expression must be parenthesized",
      elt,
      last.ifs.length > 0 ? this.last(last.ifs) : last.iter,
    );
  }

  /** Split arguments; `close` is the `)`, where CPython reports misplaced positionals. */
  private splitArgs(args: CallArg[], close: IToken): { args: Expr[]; keywords: KeywordNode[] } {
    const positional: Expr[] = [];
    const keywords: KeywordNode[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    for (const a of args) {
      switch (a.kind) {
        case "genexp":
          throw this.bareGeneratorError(a.value, a.generators);
        case "pos":
          if (sawDoubleStar) throw this.error("positional argument follows keyword argument unpacking", close);
          if (sawKeyword) throw this.error("positional argument follows keyword argument", close);
          positional.push(a.value);
          break;
        case "star":
          if (sawDoubleStar)
            // At the '*' (the last token read, RAISE_SYNTAX_ERROR).
            throw this.error("iterable argument unpacking follows keyword argument unpacking", {
              lineno: a.value.lineno,
              col_offset: a.value.col_offset,
              end_lineno: a.value.lineno,
              end_col_offset: a.value.col_offset + 1,
            });
          positional.push(a.value);
          break;
        case "kw":
          sawKeyword = true;
          keywords.push(a.value);
          break;
        case "dstar":
          sawDoubleStar = true;
          keywords.push(a.value);
          break;
      }
    }
    return { args: positional, keywords };
  }

  // call_args: call_arg (',' call_arg)* [',']
  call_args = this.RULE("call_args", (): CallArg[] => {
    const args = [this.SUBRULE(this.call_arg)];
    this.MANY({
      GATE: () => this.LA(2).tokenType !== T.RPAR,
      DEF: () => {
        this.CONSUME(T.COMMA);
        args.push(this.SUBRULE2(this.call_arg));
      },
    });
    this.OPTION(() => {
      this.CONSUME2(T.COMMA);
      // A generator argument may go bare only when alone: `f(x for x in y,)` is not.
      this.ACTION(() => {
        const only = args[0];
        if (args.length === 1 && only.kind === "genexp") throw this.bareGeneratorError(only.value, only.generators);
      });
    });
    return args;
  });

  // call_arg: '*' expression | '**' expression
  //         | named_expression ['=' expression | for_if_clauses]
  call_arg = this.RULE("call_arg", (): CallArg => {
    return this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.STAR);
          const value = this.SUBRULE(this.expression);
          return this.ACTION(
            (): CallArg => ({ kind: "star", value: { type: "Starred", value, ctx: "Load", ...this.pos(star, value) } }),
          );
        },
      },
      {
        ALT: () => {
          const star = this.CONSUME(T.DOUBLESTAR);
          const value = this.SUBRULE2(this.expression);
          return this.ACTION(
            (): CallArg => ({ kind: "dstar", value: { type: "keyword", arg: null, value, ...this.pos(star, value) } }),
          );
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.named_expression);
          return this.OR2([
            {
              ALT: () => {
                const eq = this.CONSUME(T.EQUAL);
                const value = this.SUBRULE3(this.expression);
                return this.ACTION((): CallArg => {
                  if (
                    first.type === "Constant" &&
                    (first.value.kind === "bool" || first.value.kind === "None") &&
                    !this.parens.has(first)
                  ) {
                    // invalid_kwarg: ('True'|'False'|'None') '='
                    throw this.error(`cannot assign to ${exprName(first)}`, first, eq);
                  }
                  if (first.type !== "Name" || this.parens.has(first)) {
                    throw this.error(
                      'expression cannot contain assignment, perhaps you meant "=="?',
                      ownSpan(first),
                      eq,
                    );
                  }
                  return { kind: "kw", value: { type: "keyword", arg: first.id, value, ...this.pos(first, value) } };
                });
              },
            },
            {
              ALT: () => {
                const generators = this.SUBRULE(this.for_if_clauses);
                return { kind: "genexp", value: first, generators } as CallArg;
              },
            },
            { ALT: () => ({ kind: "pos", value: first }) as CallArg },
          ]);
        },
      },
    ]);
  });

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  slices = this.RULE("slices", (): Expr => {
    const first = this.SUBRULE(this.slice);
    let elts: Expr[] | null = null;
    let comma: IToken | null = null;
    this.MANY({
      GATE: () => this.LA(2).tokenType !== T.RSQB,
      DEF: () => {
        this.CONSUME(T.COMMA);
        const e = this.SUBRULE2(this.slice);
        (elts ??= [first]).push(e);
      },
    });
    this.OPTION(() => {
      comma = this.CONSUME2(T.COMMA);
      elts ??= [first];
    });
    return this.ACTION(() => {
      if (elts === null) return first.type === "Starred" ? this.tuple([first], first, first) : first;
      return this.tuple(elts, first, comma ?? this.last(elts));
    });
  });

  // slice: [expression] ':' [expression] [':' [expression]] | star_named_expression
  slice = this.RULE("slice", (): Expr => {
    let lower: Expr | null = null;
    let upper: Expr | null = null;
    let step: Expr | null = null;
    let colon1: IToken | null = null;
    let colon2: IToken | null = null;
    this.OPTION(() => {
      lower = this.SUBRULE(this.star_named_expression);
    });
    this.OPTION2(() => {
      colon1 = this.CONSUME(T.COLON);
      this.OPTION3(() => {
        upper = this.SUBRULE(this.expression);
      });
      this.OPTION4(() => {
        colon2 = this.CONSUME2(T.COLON);
        this.OPTION5(() => {
          step = this.SUBRULE2(this.expression);
        });
      });
    });
    return this.ACTION((): Expr => {
      if (colon1 === null) {
        if (lower === null) throw this.error("invalid syntax", this.LA(1));
        return lower;
      }
      return {
        type: "Slice",
        lower,
        upper,
        step,
        ...this.pos(lower ?? colon1, step ?? colon2 ?? upper ?? colon1),
      };
    });
  });

  // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | '...'
  //     | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp)
  atom = this.RULE("atom", (): Expr => {
    return this.OR(
      (this.atomAlts ??= [
        {
          ALT: () => {
            const t = this.CONSUME(T.NAME);
            return this.ACTION(() => this.name(t));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.NUMBER);
            return this.ACTION(() => this.number(t));
          },
        },
        { ALT: () => this.SUBRULE(this.strings) },
        { ALT: () => this.SUBRULE(this.paren_atom) },
        { ALT: () => this.SUBRULE(this.list_atom) },
        { ALT: () => this.SUBRULE(this.brace_atom) },
        {
          ALT: () => {
            const t = this.CONSUME(T.KW_None);
            return this.ACTION((): Expr => ({ type: "Constant", value: { kind: "None" }, ...this.pos(t) }));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.KW_True);
            return this.ACTION(
              (): Expr => ({ type: "Constant", value: { kind: "bool", value: true }, ...this.pos(t) }),
            );
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.KW_False);
            return this.ACTION(
              (): Expr => ({ type: "Constant", value: { kind: "bool", value: false }, ...this.pos(t) }),
            );
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.ELLIPSIS);
            return this.ACTION((): Expr => ({ type: "Constant", value: { kind: "Ellipsis" }, ...this.pos(t) }));
          },
        },
      ]),
    );
  });
  private atomAlts: { ALT: () => Expr }[] | undefined;

  /** The value of a NUMBER token (the lexer has checked its shape). */
  private number(t: IToken): Expr {
    const text = t.image.replace(/_/g, "");
    const lower = text.toLowerCase();
    let value: ConstValue;
    if (/^0[xob]/.test(lower)) {
      value = { kind: "int", value: BigInt(lower) };
    } else if (lower.endsWith("j")) {
      value = { kind: "complex", real: 0, imag: Number(text.slice(0, -1)) };
    } else if (/[.e]/.test(lower)) {
      value = { kind: "float", value: Number(text) };
    } else {
      value = { kind: "int", value: BigInt(text) };
    }
    return { type: "Constant", value: markLiteral(value), ...this.pos(t) };
  }

  // paren_atom: '(' [yield_expr | star_named_expression (for_if_clauses | (',' star_named_expression)* [','])] ')'
  paren_atom = this.RULE("paren_atom", (): Expr => {
    const open = this.CONSUME(T.LPAR);
    return this.OR([
      {
        ALT: () => {
          const close = this.CONSUME(T.RPAR);
          return this.ACTION(() => this.tuple([], open, close));
        },
      },
      {
        ALT: () => {
          const y = this.SUBRULE(this.yield_expr);
          const close = this.CONSUME2(T.RPAR);
          return this.ACTION(() => {
            this.parens.set(y, [open, close]);
            return y;
          });
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.star_named_expression);
          return this.OR2([
            {
              ALT: () => {
                const generators = this.SUBRULE(this.for_if_clauses);
                const close = this.CONSUME3(T.RPAR);
                return this.ACTION((): Expr => {
                  this.checkComprehensionElement(first);
                  return { type: "GeneratorExp", elt: first, generators, ...this.pos(open, close) };
                });
              },
            },
            {
              ALT: () => {
                let elts: Expr[] | null = null;
                this.MANY({
                  GATE: () => this.LA(2).tokenType !== T.RPAR,
                  DEF: () => {
                    this.CONSUME(T.COMMA);
                    const e = this.SUBRULE2(this.star_named_expression);
                    (elts ??= [first]).push(e);
                  },
                });
                this.OPTION(() => {
                  this.CONSUME2(T.COMMA);
                  elts ??= [first];
                });
                const close = this.CONSUME4(T.RPAR);
                return this.ACTION((): Expr => {
                  if (elts !== null) return this.tuple(elts, open, close);
                  if (first.type === "Starred") throw this.error("cannot use starred expression here", first);
                  this.parens.set(first, [open, close]);
                  return first;
                });
              },
            },
          ]);
        },
      },
    ]);
  });

  private checkComprehensionElement(elt: Expr): void {
    if (elt.type === "Starred") throw this.error("iterable unpacking cannot be used in comprehension", elt);
  }

  // list_atom: '[' [star_named_expression (for_if_clauses | (',' star_named_expression)* [','])] ']'
  list_atom = this.RULE("list_atom", (): Expr => {
    const open = this.CONSUME(T.LSQB);
    return this.OR([
      {
        ALT: () => {
          const close = this.CONSUME(T.RSQB);
          return this.ACTION((): Expr => ({ type: "List", elts: [], ctx: "Load", ...this.pos(open, close) }));
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.star_named_expression);
          return this.OR2([
            {
              ALT: () => {
                const generators = this.SUBRULE(this.for_if_clauses);
                const close = this.CONSUME2(T.RSQB);
                return this.ACTION((): Expr => {
                  this.checkComprehensionElement(first);
                  return { type: "ListComp", elt: first, generators, ...this.pos(open, close) };
                });
              },
            },
            {
              ALT: () => {
                const elts = [first];
                this.MANY({
                  GATE: () => this.LA(2).tokenType !== T.RSQB,
                  DEF: () => {
                    this.CONSUME(T.COMMA);
                    elts.push(this.SUBRULE2(this.star_named_expression));
                  },
                });
                this.OPTION(() => this.CONSUME2(T.COMMA));
                const close = this.CONSUME3(T.RSQB);
                return this.ACTION((): Expr => ({ type: "List", elts, ctx: "Load", ...this.pos(open, close) }));
              },
            },
          ]);
        },
      },
    ]);
  });

  // brace_atom: '{' '}'
  //           | '{' '**' bitwise_or dict_rest
  //           | '{' star_named_expression (':' expression (for_if_clauses '}' | dict_rest)
  //                                       | for_if_clauses '}' | set_rest)
  brace_atom = this.RULE("brace_atom", (): Expr => {
    const open = this.CONSUME(T.LBRACE);
    return this.OR([
      {
        ALT: () => {
          const close = this.CONSUME(T.RBRACE);
          return this.ACTION((): Expr => ({ type: "Dict", keys: [], values: [], ...this.pos(open, close) }));
        },
      },
      {
        ALT: () => {
          const star = this.CONSUME(T.DOUBLESTAR);
          const value = this.SUBRULE(this.bitwise_or);
          this.ACTION(() => {
            // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'.
            const next = this.LA(1).tokenType;
            if (next === T.KW_for || (next === T.KW_async && this.LA(2).tokenType === T.KW_for)) {
              throw this.error("dict unpacking cannot be used in dict comprehension", star);
            }
          });
          return this.SUBRULE(this.dict_rest, { ARGS: [open, null, value] });
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.star_named_expression);
          return this.OR2([
            {
              ALT: () => {
                const colon = this.CONSUME(T.COLON);
                this.ACTION(() => this.checkDictValue(colon));
                const value = this.SUBRULE(this.expression);
                this.ACTION(() => {
                  if (first.type === "Starred" || (first.type === "NamedExpr" && !this.parens.has(first))) {
                    throw this.error("invalid syntax", first);
                  }
                });
                return this.OR3([
                  {
                    ALT: () => {
                      const generators = this.SUBRULE(this.for_if_clauses);
                      const close = this.CONSUME2(T.RBRACE);
                      return this.ACTION(
                        (): Expr => ({ type: "DictComp", key: first, value, generators, ...this.pos(open, close) }),
                      );
                    },
                  },
                  { ALT: () => this.SUBRULE2(this.dict_rest, { ARGS: [open, first, value] }) },
                ]);
              },
            },
            {
              ALT: () => {
                const generators = this.SUBRULE2(this.for_if_clauses);
                const close = this.CONSUME3(T.RBRACE);
                return this.ACTION((): Expr => {
                  this.checkComprehensionElement(first);
                  return { type: "SetComp", elt: first, generators, ...this.pos(open, close) };
                });
              },
            },
            {
              ALT: () => {
                const elts = [first];
                this.MANY({
                  GATE: () => this.LA(2).tokenType !== T.RBRACE,
                  DEF: () => {
                    this.CONSUME(T.COMMA);
                    elts.push(this.SUBRULE3(this.star_named_expression));
                  },
                });
                this.OPTION(() => this.CONSUME2(T.COMMA));
                const close = this.CONSUME4(T.RBRACE);
                return this.ACTION((): Expr => ({ type: "Set", elts, ...this.pos(open, close) }));
              },
            },
          ]);
        },
      },
    ]);
  });

  // dict_rest: (',' (expression ':' expression | '**' bitwise_or))* [','] '}'
  dict_rest = this.RULE("dict_rest", (open: IToken, key: Expr | null, value: Expr): Expr => {
    const keys: (Expr | null)[] = [key];
    const values: Expr[] = [value];
    this.MANY({
      GATE: () => this.LA(2).tokenType !== T.RBRACE,
      DEF: () => {
        this.CONSUME(T.COMMA);
        this.OR([
          {
            ALT: () => {
              this.CONSUME(T.DOUBLESTAR);
              keys.push(null);
              values.push(this.SUBRULE(this.bitwise_or));
            },
          },
          {
            ALT: () => {
              const k = this.SUBRULE(this.expression);
              this.ACTION(() => {
                if (this.LA(1).tokenType !== T.COLON) {
                  // invalid_kvpair: at the key's last character, end -1.
                  const e = this.error("':' expected after dictionary key", {
                    lineno: k.end_lineno,
                    col_offset: k.end_col_offset - 1,
                    end_lineno: k.end_lineno,
                    end_col_offset: k.end_col_offset,
                  });
                  throw new CompileError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, 0);
                }
              });
              const colon = this.CONSUME(T.COLON);
              this.ACTION(() => this.checkDictValue(colon));
              keys.push(k);
              values.push(this.SUBRULE2(this.expression));
            },
          },
        ]);
      },
    });
    this.OPTION(() => this.CONSUME2(T.COMMA));
    const close = this.CONSUME(T.RBRACE);
    return this.ACTION((): Expr => ({ type: "Dict", keys, values, ...this.pos(open, close) }));
  });

  // for_if_clauses: ([ASYNC] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
  for_if_clauses = this.RULE("for_if_clauses", (): Comprehension[] => {
    const gens: Comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      let asyncKw: IToken | null = null;
      this.OPTION2(() => {
        asyncKw = this.CONSUME(T.KW_async);
      });
      this.CONSUME(T.KW_for);
      const target = this.SUBRULE(this.star_targets);
      this.CONSUME(T.KW_in);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: Expr[] = [];
      this.MANY(() => {
        this.CONSUME(T.KW_if);
        ifs.push(this.SUBRULE2(this.disjunction));
      });
      this.ACTION(() => {
        gens.push({
          type: "comprehension",
          target: this.toTarget(target, "Store"),
          iter,
          ifs,
          is_async: asyncKw === null ? 0 : 1,
        });
      });
    });
    return gens;
  });

  // ============================================================== strings

  // strings: (STRING | fstring)+
  strings = this.RULE("strings", (): Expr => {
    const parts: (IToken | FStringParts)[] = [];
    this.AT_LEAST_ONE(() => {
      this.OR([
        {
          ALT: () => {
            parts.push(this.CONSUME(T.STRING));
          },
        },
        {
          ALT: () => {
            parts.push(this.SUBRULE(this.fstring));
          },
        },
      ]);
    });
    return this.ACTION(() => this.concatStrings(parts));
  });

  // fstring: FSTRING_START (FSTRING_MIDDLE | fstring_field)* FSTRING_END
  fstring = this.RULE("fstring", (): FStringParts => {
    const start = this.CONSUME(T.FSTRING_START);
    const values: (string | FormattedValue)[] = [];
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            values.push(this.CONSUME(T.FSTRING_MIDDLE).payload as string);
          },
        },
        {
          ALT: () => {
            const field = this.SUBRULE(this.fstring_field);
            this.ACTION(() => values.push(...field));
          },
        },
      ]);
    });
    const end = this.CONSUME(T.FSTRING_END);
    return { start, end, values };
  });

  // fstring_field: '{' (yield_expr | star_expressions) ['='] ['!' NAME]
  //                [':' (FSTRING_MIDDLE | fstring_field)*] '}'
  fstring_field = this.RULE("fstring_field", (): (string | FormattedValue)[] => {
    const open = this.CONSUME(T.FSTRING_FIELD_START);
    const value = this.OR([
      { ALT: () => this.SUBRULE(this.yield_expr) },
      { ALT: () => this.SUBRULE(this.star_expressions) },
    ]);
    const delimiter = this.LA(1);
    let debugText: string | null = null;
    let conversion = -1;
    let spec: (string | FormattedValue)[] | null = null;
    this.OPTION(() => {
      debugText = this.CONSUME(T.FSTRING_EQUAL).payload as string;
    });
    this.OPTION2(() => {
      conversion = this.CONSUME(T.FSTRING_CONVERSION).payload as number;
    });
    this.OPTION3(() => {
      this.CONSUME(T.FSTRING_SPEC_START);
      spec = [];
      this.MANY(() => {
        this.OR2([
          {
            ALT: () => {
              spec!.push(this.CONSUME(T.FSTRING_MIDDLE).payload as string);
            },
          },
          {
            ALT: () => {
              const field = this.SUBRULE(this.fstring_field);
              this.ACTION(() => spec!.push(...field));
            },
          },
        ]);
      });
    });
    this.CONSUME(T.FSTRING_FIELD_END);
    return this.ACTION(() => {
      if (debugText !== null && spec === null && conversion === -1) conversion = 114;
      this.bareTupleSpan(value, open, delimiter);
      // Positions are patched by concatStrings: 3.11 gives every part the whole literal's span.
      const zero: Pos = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
      const format_spec: JoinedStr | null =
        spec === null ? null : { type: "JoinedStr", values: spec as unknown as Expr[], ...zero };
      const fv: FormattedValue = { type: "FormattedValue", value, conversion, format_spec, ...zero };
      return debugText !== null ? [debugText, fv] : [fv];
    });
  });

  /** 3.11 parses a field's expression as `(` + its text + `)` placed at
   *  the `{` (fstring_compile_expr), so a tuple written without brackets
   *  spans from the `{` to the character after its text (one line only). */
  private bareTupleSpan(value: Expr, open: IToken, delimiter: IToken): void {
    if (value.type !== "Tuple" || value.elts.length === 0 || open.startLine !== delimiter.startLine) return;
    const [line, col] = this.startOf(value.elts[0]);
    if (line !== value.lineno || col !== value.col_offset) return;
    value.lineno = value.end_lineno = open.startLine!;
    value.col_offset = this.src.byteCol(open.startLine!, open.startOffset);
    value.end_col_offset = this.src.byteCol(delimiter.startLine!, delimiter.startOffset) + 1;
  }

  /** warn_invalid_escape_sequence: a DeprecationWarning at the string's
   *  line, once per token however often the parser reads it; under an
   *  "error" filter a SyntaxError on the token. */
  private warnInvalidEscape(msg: string, t: IToken, end: IToken = t, key: number = -1 - t.startOffset): void {
    if (this.warnedEscapes.has(key)) return;
    this.warnedEscapes.add(key);
    if (compileWarn("DeprecationWarning", msg, this.src.filename, t.startLine!)) throw this.error(msg, t, end);
  }

  /**
   * Adjacent literals → one Constant (str or bytes) or, if any is an
   * f-string, one JoinedStr whose neighbouring text parts are merged.
   */
  private concatStrings(parts: (IToken | FStringParts)[]): Expr {
    const first = parts[0];
    const lastPart = parts[parts.length - 1];
    const span = this.pos(
      "tokenType" in first ? first : first.start,
      "tokenType" in lastPart ? lastPart : lastPart.end,
    );
    let isFString = false;
    let bytesKind: boolean | null = null;
    const pieces: (string | FormattedValue)[] = [];
    for (const p of parts) {
      if (!("tokenType" in p)) {
        isFString = true;
        if (bytesKind === true) throw this.error("cannot mix bytes and nonbytes literals", this.LA(1));
        bytesKind = false;
        // Each literal piece's first invalid escape, located at the whole
        // f-string (its line, and its span under an "error" filter).
        for (const w of (p.start.payload as FStringStart).invalidEscapes) {
          this.warnInvalidEscape(w.msg, p.start, p.end, w.key);
        }
        pieces.push(...p.values);
        continue;
      }
      const s = splitString(p.image);
      if (bytesKind !== null && bytesKind !== s.bytes)
        throw this.error("cannot mix bytes and nonbytes literals", this.LA(1));
      bytesKind = s.bytes;
      const invalid = { first: null as string | null };
      const v = decodeBody(s.body, s.raw, s.bytes, invalid);
      if (isDecodeError(v)) {
        if (v.msg.startsWith("bytes can only")) throw this.error(v.msg, p);
        throw this.error(v.msg, this.LA(1));
      }
      if (invalid.first !== null) this.warnInvalidEscape(invalidEscapeMessage(invalid.first), p);
      pieces.push(v);
    }
    if (bytesKind === true) {
      const text = pieces.join("");
      const value = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) value[i] = text.charCodeAt(i);
      return { type: "Constant", value: markLiteral({ kind: "bytes", value }), ...span };
    }
    if (!isFString) {
      const value: ConstValue = markLiteral({ kind: "str", value: pieces.join("") });
      if ("tokenType" in first && first.image[0] === "u") return { type: "Constant", value, kind: "u", ...span };
      return { type: "Constant", value, ...span };
    }
    return { type: "JoinedStr", values: this.joinPieces(pieces, span), ...span };
  }

  /** Merge neighbouring text pieces; give every part the literal's span. */
  private joinPieces(pieces: (string | FormattedValue)[], span: Pos): Expr[] {
    const values: Expr[] = [];
    let text = "";
    for (const p of pieces) {
      if (typeof p === "string") {
        text += p;
        continue;
      }
      if (text !== "") values.push({ type: "Constant", value: markLiteral({ kind: "str", value: text }), ...span });
      text = "";
      Object.assign(p, span);
      if (p.format_spec !== null) {
        const spec = p.format_spec.values as unknown as (string | FormattedValue)[];
        p.format_spec.values = this.joinPieces(spec, span);
        Object.assign(p.format_spec, span);
      }
      values.push(p);
    }
    if (text !== "") values.push({ type: "Constant", value: markLiteral({ kind: "str", value: text }), ...span });
    return values;
  }
}

/** Does a NUMBER token spell an imaginary literal (`2j`)? */
function isImaginary(t: IToken): boolean {
  const last = t.image[t.image.length - 1];
  return last === "j" || last === "J";
}

/** An f-string's pieces: decoded text and fields, in order. */
interface FStringParts {
  start: IToken;
  end: IToken;
  values: (string | FormattedValue)[];
}

/** Parsers by nesting depth: a parse can run Python code (a warning shown
 *  through the warnings module, which may import modules that call eval),
 *  and that code can parse again, so each depth has its own parser. */
const instances: PythonParser[] = [];
let depth = 0;

/** A parser for one parse, built (grammar analysis included) on first use
 *  at this depth; give it back with releaseParser() when the parse ends. */
export function acquireParser(): PythonParser {
  instances[depth] ??= new PythonParser();
  return instances[depth++];
}

export function releaseParser(): void {
  depth--;
}
