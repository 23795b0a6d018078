/**
 * Code generation: CPython 3.11's Python/compile.c, from the AST to a
 * control-flow graph of basic blocks per code object, which assemble.ts
 * turns into a `CodeUnit`.
 *
 * The functions keep compile.c's names (compiler_visit_stmt,
 * compiler_call, compiler_try_except, compiler_with, …) and emit the same
 * instruction sequences, pseudo-instructions included (SETUP_FINALLY,
 * POP_BLOCK, JUMP, POP_JUMP_IF_FALSE, …). Each code object being compiled
 * is a `CompilerUnit` (compile.c's `struct compiler_unit`): its symbol
 * table entry, constants, names, fast locals, cell and free variables, the
 * current source location, and the frame-block stack used to unwind
 * `break`, `continue` and `return` through `finally`, `with` and handlers.
 *
 * Invariants mirrored from 3.11:
 *  - every statement sets the location to its own span (SET_LOC); every
 *    expression sets it for the instructions it emits and restores it;
 *    artificial instructions carry no location (UNSET_LOC);
 *  - a jump or scope exit ends its block (NEXT_BLOCK after it);
 *  - cell and free variables are addressed during code generation by
 *    their index among cellvars + freevars and moved to localsplus
 *    indices by the assembler (fix_cell_offsets).
 */
import type {
  Arguments,
  Arg,
  Call,
  ClassDef,
  Comprehension,
  Constant,
  Dict,
  Expr,
  ExprContext,
  For,
  FunctionDef,
  Keyword,
  Lambda,
  Mod,
  Stmt,
  Try,
  With,
  CmpOpKind,
  OperatorKind,
  AnnAssign,
  AugAssign,
  Pos,
  Import,
  ImportFrom,
  Attribute,
} from "../ast/nodes.js";
import { CompileLimitError, compileWork, limitFromRangeError, RECURSION_DURING_COMPILATION } from "../ast/limits.js";
import { CompileError, compileWarn } from "../ast/errors.js";
import { CO_FUTURE_ANNOTATIONS, PyCF_MASK, type CodeUnit, type Const } from "../bytecode/code.js";
import {
  Op,
  OPCODE_BY_CODE,
  NB,
  FVC_NONE,
  FVC_STR,
  FVC_REPR,
  FVC_ASCII,
  FVS_HAVE_SPEC,
  Py_LT,
  Py_LE,
  Py_EQ,
  Py_NE,
  Py_GT,
  Py_GE,
} from "../bytecode/opcodes.js";
import {
  BasicBlock,
  type Location,
  NO_LOCATION,
  isJump,
  isScopeExit,
  SETUP_FINALLY,
  SETUP_CLEANUP,
  SETUP_WITH,
  POP_BLOCK,
  JUMP,
  JUMP_NO_INTERRUPT,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
} from "./cfg.js";
import { astOptimize, constOf } from "./ast-opt.js";
import { buildSymtable, Scope, type SymTable, type SymTableEntry, DEF_FREE_CLASS, DEF_IMPORT } from "./symtable.js";
import { mangle } from "./mangle.js";
import { constKey } from "./consts.js";
import { assemble } from "./assemble.js";
import { compilerMatch } from "./match.js";
import { futureFromAst, type FutureFeatures } from "./future.js";
import { exprAsUnicode } from "./unparse.js";

export type CompileMode = "exec" | "single" | "eval";

/** STACK_USE_GUIDELINE: above this many items, build collections piecewise. */
const STACK_USE_GUIDELINE = 30;
/** CO_MAXBLOCKS */
const CO_MAXBLOCKS = 20;

export type ScopeType = "module" | "class" | "function" | "async_function" | "lambda" | "comprehension";

type FBlock =
  | { type: "WHILE_LOOP" | "FOR_LOOP"; block: BasicBlock; exit: BasicBlock }
  | { type: "TRY_EXCEPT"; block: BasicBlock }
  | { type: "FINALLY_TRY"; block: BasicBlock; finalbody: Stmt[] }
  | { type: "FINALLY_END"; block: BasicBlock }
  | { type: "WITH" | "ASYNC_WITH"; block: BasicBlock; stmt: With }
  | { type: "ASYNC_COMPREHENSION_GENERATOR" }
  | { type: "HANDLER_CLEANUP"; block: BasicBlock; name: string | null }
  | { type: "POP_VALUE" }
  | { type: "EXCEPTION_HANDLER" }
  | { type: "EXCEPTION_GROUP_HANDLER" };

/** `struct compiler_unit`: the state of one code object being compiled. */
export class CompilerUnit {
  readonly consts: Const[] = [];
  readonly constIndex = new Map<string, number>();
  readonly names = new Map<string, number>();
  readonly varnames = new Map<string, number>();
  readonly cellvars = new Map<string, number>();
  readonly freevars = new Map<string, number>();
  qualname = "";
  private_: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  loc: Location;
  readonly fblocks: FBlock[] = [];
  /** Head of the allocation chain (`u_blocks`, newest first via allocNext). */
  blocks: BasicBlock | null = null;
  curblock: BasicBlock;
  readonly entry: BasicBlock;

  constructor(
    readonly ste: SymTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    public firstlineno: number,
  ) {
    ste.varnames.forEach((n, i) => {
      this.varnames.set(n, i);
    });
    // dictbytype(): sorted by name.
    const cells = [...ste.scopes]
      .filter(([, s]) => s === Scope.CELL)
      .map(([n]) => n)
      .sort(cmpStr);
    cells.forEach((n, i) => {
      this.cellvars.set(n, i);
    });
    if (ste.needsClassClosure) this.cellvars.set("__class__", this.cellvars.size);
    const frees = [...ste.scopes]
      .filter(([n, s]) => s === Scope.FREE || ste.flags(n) & DEF_FREE_CLASS)
      .map(([n]) => n)
      .sort(cmpStr);
    const ncells = this.cellvars.size;
    frees.forEach((n, i) => {
      this.freevars.set(n, ncells + i);
    });
    this.loc = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
    this.entry = this.newBlock();
    this.curblock = this.entry;
  }

  newBlock(): BasicBlock {
    const b = new BasicBlock();
    b.allocNext = this.blocks;
    this.blocks = b;
    return b;
  }
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function locOf(p: Pos): Location {
  return { lineno: p.lineno, end_lineno: p.end_lineno, col_offset: p.col_offset, end_col_offset: p.end_col_offset };
}

const BINOPS: Record<OperatorKind, number> = {
  Add: NB.ADD,
  BitAnd: NB.AND,
  FloorDiv: NB.FLOOR_DIVIDE,
  LShift: NB.LSHIFT,
  MatMult: NB.MATRIX_MULTIPLY,
  Mult: NB.MULTIPLY,
  Mod: NB.REMAINDER,
  BitOr: NB.OR,
  Pow: NB.POWER,
  RShift: NB.RSHIFT,
  Sub: NB.SUBTRACT,
  Div: NB.TRUE_DIVIDE,
  BitXor: NB.XOR,
};
const INPLACE_OFFSET = NB.INPLACE_ADD - NB.ADD;

/** `struct compiler` */
export class Compiler {
  private unit!: CompilerUnit;
  private readonly stack: CompilerUnit[] = [];
  private nestlevel = 0;
  private interactive = false;

  constructor(
    readonly st: SymTable,
    readonly filename: string,
    readonly source: string | null,
    /** c_future: the module's future features merged with compile()'s flags. */
    readonly future: FutureFeatures,
  ) {}

  /** `from __future__ import annotations`: annotations compile to strings. */
  private get futureAnnotations(): boolean {
    return (this.future.features & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  // ------------------------------------------------------------ errors

  /** compiler_error: a SyntaxError at the current location. */
  error(msg: string, loc: Location = this.unit.loc): never {
    let text: string | null = null;
    if (this.source !== null && loc.lineno > 0) {
      const line = this.source.split(/\r\n|\r|\n/)[loc.lineno - 1];
      if (line !== undefined) text = line + "\n";
    }
    throw new CompileError(
      "SyntaxError",
      msg,
      this.filename,
      loc.lineno,
      loc.col_offset + 1,
      text,
      loc.end_lineno,
      loc.end_col_offset + 1,
    );
  }

  /** compiler_warn: a SyntaxWarning at the current location; a filter
   *  that makes it an error gives a SyntaxError there instead. */
  private warn(msg: string): void {
    if (compileWarn("SyntaxWarning", msg, this.filename, this.unit.loc.lineno)) this.error(msg);
  }

  /** check_compare: `is` / `is not` with an operand that is a constant
   *  other than None, True, False and Ellipsis. */
  private checkCompare(e: Extract<Expr, { type: "Compare" }>): void {
    let left = checkIsArg(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]!;
      const right = checkIsArg(e.comparators[i]!);
      if ((op === "Is" || op === "IsNot") && (!right || !left)) {
        this.warn(
          op === "Is" ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?',
        );
        return;
      }
      left = right;
    }
  }

  /** check_caller: calling a display or a constant. */
  private checkCaller(e: Expr): void {
    switch (e.type) {
      case "Constant":
      case "Tuple":
      case "List":
      case "ListComp":
      case "Dict":
      case "DictComp":
      case "Set":
      case "SetComp":
      case "GeneratorExp":
      case "JoinedStr":
      case "FormattedValue":
        this.warn(`'${inferType(e)}' object is not callable; perhaps you missed a comma?`);
    }
  }

  /** check_subscripter: subscripting what cannot be subscripted. */
  private checkSubscripter(e: Expr): void {
    switch (e.type) {
      case "Constant": {
        const k = constOf(e).kind;
        if (
          !(
            k === "None" ||
            k === "Ellipsis" ||
            k === "int" ||
            k === "bool" ||
            k === "float" ||
            k === "complex" ||
            k === "frozenset"
          )
        ) {
          return;
        }
        break;
      }
      case "Set":
      case "SetComp":
      case "GeneratorExp":
      case "Lambda":
        break;
      default:
        return;
    }
    this.warn(`'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`);
  }

  /** check_index: a sequence display indexed by what is not an index. */
  private checkIndex(e: Expr, s: Expr): void {
    const indexType = inferType(s);
    if (indexType === null || indexType === "int" || indexType === "bool" || indexType === "slice") return;
    switch (e.type) {
      case "Constant": {
        const k = constOf(e).kind;
        if (!(k === "str" || k === "bytes" || k === "tuple")) return;
        break;
      }
      case "Tuple":
      case "List":
      case "ListComp":
      case "JoinedStr":
      case "FormattedValue":
        break;
      default:
        return;
    }
    this.warn(`${inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
  }

  // ------------------------------------------------------------ emission

  setLoc(p: Pos): void {
    this.unit.loc = locOf(p);
  }

  private unsetLoc(): void {
    this.unit.loc = NO_LOCATION;
  }

  private addInstr(opcode: number, oparg: number, target: BasicBlock | null, loc: Location): void {
    if (opcode >= 0 && OPCODE_BY_CODE[opcode] === undefined) {
      throw new Error(`compiler: opcode ${opcode} is not in the opcode table`);
    }
    let b = this.unit.curblock;
    const last = b.last;
    if (last && (isJump(last) || isScopeExit(last.opcode))) b = this.nextBlock();
    b.instrs.push({ opcode, oparg, target, loc, except: null });
    compileWork();
  }

  addop(opcode: number, oparg = 0): void {
    this.addInstr(opcode, oparg, null, this.unit.loc);
  }

  private addopNoline(opcode: number, oparg = 0): void {
    this.addInstr(opcode, oparg, null, NO_LOCATION);
  }

  addopJump(opcode: number, target: BasicBlock): void {
    this.addInstr(opcode, 0, target, this.unit.loc);
  }

  addopJumpNoline(opcode: number, target: BasicBlock): void {
    this.addInstr(opcode, 0, target, NO_LOCATION);
  }

  /** compiler_add_const */
  addConst(c: Const): number {
    const u = this.unit;
    const key = constKey(c);
    let i = u.constIndex.get(key);
    if (i === undefined) {
      i = u.consts.length;
      u.consts.push(c);
      u.constIndex.set(key, i);
    }
    return i;
  }

  loadConst(c: Const): void {
    this.addop(Op.LOAD_CONST, this.addConst(c));
  }

  private loadNone(): void {
    this.loadConst({ kind: "None" });
  }

  private static addName(map: Map<string, number>, name: string): number {
    let i = map.get(name);
    if (i === undefined) {
      i = map.size;
      map.set(name, i);
    }
    return i;
  }

  /** ADDOP_NAME: mangled name in co_names. */
  private addopName(opcode: number, name: string): void {
    let arg = Compiler.addName(this.unit.names, mangle(this.unit.private_, name));
    if (opcode === Op.LOAD_GLOBAL) arg <<= 1;
    this.addop(opcode, arg);
  }

  /** ADDOP_N … names: unmangled name in co_names. */
  private addopNameRaw(opcode: number, name: string): void {
    this.addop(opcode, Compiler.addName(this.unit.names, name));
  }

  newBlock(): BasicBlock {
    return this.unit.newBlock();
  }

  /** compiler_use_next_block */
  useNextBlock(b: BasicBlock): BasicBlock {
    this.unit.curblock.next = b;
    this.unit.curblock = b;
    return b;
  }

  /** compiler_next_block (NEXT_BLOCK) */
  nextBlock(): BasicBlock {
    return this.useNextBlock(this.newBlock());
  }

  // ------------------------------------------------------------ scopes

  private enterScope(name: string, scopeType: ScopeType, node: object, lineno: number): void {
    const ste = this.st.lookup(node as Mod);
    const u = new CompilerUnit(ste, name, scopeType, lineno);
    if (this.stack.length || this.unit) {
      u.private_ = this.unit.private_;
      this.stack.push(this.unit);
    }
    this.unit = u;
    this.nestlevel++;
    if (scopeType === "module") {
      u.loc = { ...u.loc, lineno: 0 };
    } else {
      this.setQualname();
    }
    this.addop(Op.RESUME, 0);
  }

  private exitScope(): void {
    this.nestlevel--;
    const prev = this.stack.pop();
    if (prev) this.unit = prev;
  }

  /** compiler_set_qualname */
  private setQualname(): void {
    const u = this.unit;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1]!;
      let forceGlobal = false;
      if (u.scopeType === "function" || u.scopeType === "async_function" || u.scopeType === "class") {
        const scope = parent.ste.getScope(mangle(parent.private_, u.name));
        if (scope === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === "function" || parent.scopeType === "async_function" || parent.scopeType === "lambda") {
          base = parent.qualname + ".<locals>";
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name;
  }

  /** assemble(): close the unit with an implicit `return None` when its
   *  last block does not return, then hand it to the assembler. */
  private assembleUnit(addNone: boolean): CodeUnit {
    const last = this.unit.curblock.last;
    if (!(last && last.opcode === Op.RETURN_VALUE)) {
      this.unsetLoc();
      if (addNone) this.loadNone();
      this.addop(Op.RETURN_VALUE);
    }
    return assemble(
      this.unit,
      this.filename,
      {
        consts: this.unit.consts,
        addConst: (c) => this.addConst(c),
      },
      this.future.features & PyCF_MASK,
    );
  }

  // ------------------------------------------------------------ modules

  /** compiler_mod */
  compileMod(mod: Mod): CodeUnit {
    this.enterScope("<module>", "module", mod, 1);
    let addNone = true;
    switch (mod.type) {
      case "Module":
        this.compilerBody(mod.body);
        break;
      case "Interactive":
        if (findAnn(mod.body)) this.addop(Op.SETUP_ANNOTATIONS);
        this.interactive = true;
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        addNone = false;
        break;
    }
    const co = this.assembleUnit(addNone);
    this.exitScope();
    return co;
  }

  /** compiler_body */
  private compilerBody(stmts: Stmt[]): void {
    let i = 0;
    if (this.unit.scopeType === "module" && stmts.length) this.setLoc(stmts[0]!);
    if (findAnn(stmts)) this.addop(Op.SETUP_ANNOTATIONS);
    if (!stmts.length) return;
    const doc = getDocString(stmts);
    if (doc !== null) {
      i = 1;
      const st = stmts[0]!;
      if (st.type === "Expr") this.visitExpr(st.value);
      this.unsetLoc();
      this.nameop("__doc__", "Store");
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]!);
  }

  // ------------------------------------------------------------ statements

  visitStmt(s: Stmt): void {
    this.setLoc(s);
    switch (s.type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        return this.compilerFunction(s);
      case "ClassDef":
        return this.compilerClass(s);
      case "Return":
        return this.compilerReturn(s);
      case "Delete":
        for (const t of s.targets) this.visitExpr(t);
        return;
      case "Assign": {
        const n = s.targets.length;
        this.visitExpr(s.value);
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.addop(Op.COPY, 1);
          this.visitExpr(s.targets[i]!);
        }
        return;
      }
      case "AugAssign":
        return this.compilerAugassign(s);
      case "AnnAssign":
        return this.compilerAnnassign(s);
      case "For":
        return this.compilerFor(s);
      case "AsyncFor":
        return this.compilerAsyncFor(s);
      case "While":
        return this.compilerWhile(s);
      case "If":
        return this.compilerIf(s);
      case "Raise": {
        let n = 0;
        if (s.exc) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.addop(Op.RAISE_VARARGS, n);
        this.nextBlock();
        return;
      }
      case "Try":
        if (s.finalbody.length) return this.compilerTryFinally(s);
        return this.compilerTryExcept(s);
      case "TryStar":
        if (s.finalbody.length) return this.compilerTryFinally(s);
        return this.compilerTryStarExcept(s);
      case "Assert":
        return this.compilerAssert(s);
      case "Import":
        return this.compilerImport(s);
      case "ImportFrom":
        return this.compilerFromImport(s);
      case "Global":
      case "Nonlocal":
        return;
      case "Expr":
        return this.compilerVisitStmtExpr(s.value);
      case "Pass":
        this.addop(Op.NOP);
        return;
      case "Break":
        return this.compilerBreak();
      case "Continue":
        return this.compilerContinue();
      case "With":
        return this.compilerWith(s, 0);
      case "AsyncWith":
        return this.compilerAsyncWith(s, 0);
      case "Match":
        return compilerMatch(this, s);
    }
  }

  private compilerVisitStmtExpr(value: Expr): void {
    if (this.interactive && this.nestlevel <= 1) {
      this.visitExpr(value);
      this.addop(Op.PRINT_EXPR);
      return;
    }
    if (value.type === "Constant") {
      this.addop(Op.NOP);
      return;
    }
    this.visitExpr(value);
    this.unsetLoc();
    this.addop(Op.POP_TOP);
  }

  /** compiler_function */
  private compilerFunction(s: FunctionDef): void {
    const args = s.args;
    this.checkDebugArgs(args);
    for (const d of s.decorator_list) this.visitExpr(d);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
    let funcflags = this.compilerDefaultArguments(args);
    if (this.compilerVisitAnnotations(args, s.returns)) funcflags |= 0x04;

    this.enterScope(s.name, s.type === "AsyncFunctionDef" ? "async_function" : "function", s, firstlineno);
    const doc = getDocString(s.body);
    // The docstring's own constant (the parser's object, in CPython's arena).
    this.addConst(doc !== null ? constOf((s.body[0] as { value: Constant }).value) : { kind: "None" });
    const u = this.unit;
    u.argcount = args.args.length;
    u.posonlyargcount = args.posonlyargs.length;
    u.kwonlyargcount = args.kwonlyargs.length;
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]!);
    const co = this.assembleUnit(true);
    this.exitScope();

    this.compilerMakeClosure(co, funcflags);
    this.compilerApplyDecorators(s.decorator_list);
    this.nameop(s.name, "Store");
  }

  private checkDebugArgs(args: Arguments): void {
    const all: (Arg | null)[] = [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg];
    for (const a of all) if (a) this.forbiddenName(a.arg, "Store");
  }

  /** compiler_default_arguments */
  private compilerDefaultArguments(args: Arguments): number {
    let funcflags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.visitExpr(d);
      this.addop(Op.BUILD_TUPLE, args.defaults.length);
      funcflags |= 0x01;
    }
    if (args.kwonlyargs.length) {
      // compiler_visit_kwonlydefaults
      const keys: Const[] = [];
      args.kwonlyargs.forEach((arg, i) => {
        const d = args.kw_defaults[i];
        if (d) {
          keys.push({ kind: "str", value: mangle(this.unit.private_, arg.arg) });
          this.visitExpr(d);
        }
      });
      if (keys.length) {
        this.loadConst({ kind: "tuple", items: keys });
        this.addop(Op.BUILD_CONST_KEY_MAP, keys.length);
        funcflags |= 0x02;
      }
    }
    return funcflags;
  }

  /** compiler_visit_annotations: true when an annotations tuple was pushed. */
  private compilerVisitAnnotations(args: Arguments, returns: Expr | null): boolean {
    let len = 0;
    const one = (id: string, ann: Expr | null): void => {
      if (!ann) return;
      this.loadConst({ kind: "str", value: mangle(this.unit.private_, id) });
      if (this.futureAnnotations) {
        this.loadConst({ kind: "str", value: exprAsUnicode(ann) });
      } else if (ann.type === "Starred") {
        this.visitExpr(ann.value);
        this.addop(Op.UNPACK_SEQUENCE, 1);
      } else {
        this.visitExpr(ann);
      }
      len += 2;
    };
    for (const a of args.args) one(a.arg, a.annotation);
    for (const a of args.posonlyargs) one(a.arg, a.annotation);
    if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) one(a.arg, a.annotation);
    if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
    one("return", returns);
    if (len) {
      this.addop(Op.BUILD_TUPLE, len);
      return true;
    }
    return false;
  }

  /** compiler_apply_decorators */
  private compilerApplyDecorators(decos: Expr[]): void {
    const old = this.unit.loc;
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i]!);
      this.addop(Op.PRECALL, 0);
      this.addop(Op.CALL, 0);
    }
    this.unit.loc = old;
  }

  /** get_ref_type */
  private getRefType(name: string): Scope {
    if (this.unit.scopeType === "class" && name === "__class__") return Scope.CELL;
    return this.unit.ste.getScope(name);
  }

  /** compiler_make_closure */
  private compilerMakeClosure(co: CodeUnit, flags: number): void {
    const frees: string[] = [];
    co.co_localsplusnames.forEach((n, i) => {
      if (co.co_localspluskinds[i]! & 0x80) frees.push(n);
    });
    if (frees.length) {
      for (const name of frees) {
        const reftype = this.getRefType(name);
        const arg = reftype === Scope.CELL ? this.unit.cellvars.get(name) : this.unit.freevars.get(name);
        if (arg === undefined) {
          throw new Error(`compiler_make_closure: lookup ${name} in ${this.unit.name} failed`);
        }
        this.addop(Op.LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      this.addop(Op.BUILD_TUPLE, frees.length);
    }
    this.loadConst({ kind: "code", code: co });
    this.addop(Op.MAKE_FUNCTION, flags);
  }

  /** compiler_class */
  private compilerClass(s: ClassDef): void {
    for (const d of s.decorator_list) this.visitExpr(d);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
    this.enterScope(s.name, "class", s, firstlineno);
    const u = this.unit;
    u.private_ = s.name;
    this.nameop("__name__", "Load");
    this.nameop("__module__", "Store");
    this.loadConst({ kind: "str", value: u.qualname });
    this.nameop("__qualname__", "Store");
    this.compilerBody(s.body);
    this.unsetLoc();
    if (u.ste.needsClassClosure) {
      const i = u.cellvars.get("__class__")!;
      this.addop(Op.LOAD_CLOSURE, i);
      this.addop(Op.COPY, 1);
      this.nameop("__classcell__", "Store");
    } else {
      this.loadNone();
    }
    this.addop(Op.RETURN_VALUE);
    const co = this.assembleUnit(true);
    this.exitScope();

    this.addop(Op.PUSH_NULL);
    this.addop(Op.LOAD_BUILD_CLASS);
    this.compilerMakeClosure(co, 0);
    this.loadConst({ kind: "str", value: s.name });
    this.compilerCallHelper(2, s.bases, s.keywords);
    this.compilerApplyDecorators(s.decorator_list);
    this.nameop(s.name, "Store");
  }

  /** compiler_return */
  private compilerReturn(s: Extract<Stmt, { type: "Return" }>): void {
    const value = s.value;
    const preserveTos = value !== null && value.type !== "Constant";
    if (this.unit.ste.type !== "FunctionBlock") this.error("'return' outside function");
    if (value !== null && this.unit.ste.coroutine && this.unit.ste.generator) {
      this.error("'return' with value in async generator");
    }
    if (preserveTos) {
      this.visitExpr(value);
    } else if (value !== null) {
      this.setLoc(value);
      this.addop(Op.NOP);
    }
    if (value === null || value.lineno !== s.lineno) {
      this.setLoc(s);
      this.addop(Op.NOP);
    }
    this.unwindFblockStack(preserveTos, false);
    if (value === null) this.loadNone();
    else if (!preserveTos) this.loadConst(constOf(value as Constant));
    this.addop(Op.RETURN_VALUE);
    this.nextBlock();
  }

  /** compiler_break */
  private compilerBreak(): void {
    this.addop(Op.NOP);
    const loop = this.unwindFblockStack(false, true);
    if (loop === null) this.error("'break' outside loop");
    this.unwindFblock(loop, false);
    this.addopJump(JUMP, (loop as { exit: BasicBlock }).exit);
    this.nextBlock();
  }

  /** compiler_continue */
  private compilerContinue(): void {
    this.addop(Op.NOP);
    const loop = this.unwindFblockStack(false, true);
    if (loop === null) this.error("'continue' not properly in loop");
    this.addopJump(JUMP, (loop as { block: BasicBlock }).block);
    this.nextBlock();
  }

  private pushFblock(f: FBlock): void {
    if (this.unit.fblocks.length >= CO_MAXBLOCKS) this.error("too many statically nested blocks");
    this.unit.fblocks.push(f);
  }

  private popFblock(): void {
    this.unit.fblocks.pop();
  }

  /** compiler_unwind_fblock */
  private unwindFblock(info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case "WHILE_LOOP":
      case "EXCEPTION_HANDLER":
      case "EXCEPTION_GROUP_HANDLER":
      case "ASYNC_COMPREHENSION_GENERATOR":
        return;
      case "FOR_LOOP":
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
      case "TRY_EXCEPT":
        this.addop(POP_BLOCK);
        return;
      case "FINALLY_TRY":
        this.addop(POP_BLOCK);
        if (preserveTos) this.pushFblock({ type: "POP_VALUE" });
        for (const st of info.finalbody) this.visitStmt(st);
        if (preserveTos) this.popFblock();
        this.unsetLoc();
        return;
      case "FINALLY_END":
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        return;
      case "WITH":
      case "ASYNC_WITH":
        this.setLoc(info.stmt);
        this.addop(POP_BLOCK);
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.callExitWithNones();
        if (info.type === "ASYNC_WITH") this.awaitTop(2);
        this.addop(Op.POP_TOP);
        this.unsetLoc();
        return;
      case "HANDLER_CLEANUP":
        if (info.name !== null) this.addop(POP_BLOCK);
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        if (info.name !== null) {
          this.loadNone();
          this.nameop(info.name, "Store");
          this.nameop(info.name, "Del");
        }
        return;
      case "POP_VALUE":
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
    }
  }

  /** compiler_unwind_fblock_stack: with `stopAtLoop`, returns the innermost
   *  loop (left on the stack) or null when there is none. */
  private unwindFblockStack(preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
    const fblocks = this.unit.fblocks;
    if (!fblocks.length) return null;
    const top = fblocks[fblocks.length - 1]!;
    if (top.type === "EXCEPTION_GROUP_HANDLER") {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (stopAtLoop && (top.type === "WHILE_LOOP" || top.type === "FOR_LOOP")) return top;
    fblocks.pop();
    this.unwindFblock(top, preserveTos);
    const loop = this.unwindFblockStack(preserveTos, stopAtLoop);
    fblocks.push(top);
    return loop;
  }

  private callExitWithNones(): void {
    this.loadNone();
    this.loadNone();
    this.loadNone();
    this.addop(Op.PRECALL, 2);
    this.addop(Op.CALL, 2);
  }

  /** compiler_if */
  private compilerIf(s: Extract<Stmt, { type: "If" }>): void {
    const end = this.newBlock();
    const next = s.orelse.length ? this.newBlock() : end;
    this.compilerJumpIf(s.test, next, false);
    for (const st of s.body) this.visitStmt(st);
    if (s.orelse.length) {
      this.addopJumpNoline(JUMP, end);
      this.useNextBlock(next);
      for (const st of s.orelse) this.visitStmt(st);
    }
    this.useNextBlock(end);
  }

  /** compiler_for */
  private compilerFor(s: For): void {
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.pushFblock({ type: "FOR_LOOP", block: start, exit: end });
    this.visitExpr(s.iter);
    this.addop(Op.GET_ITER);
    this.useNextBlock(start);
    this.addopJump(Op.FOR_ITER, cleanup);
    this.useNextBlock(body);
    this.visitExpr(s.target);
    for (const st of s.body) this.visitStmt(st);
    this.unsetLoc();
    this.addopJump(JUMP, start);
    this.useNextBlock(cleanup);
    this.popFblock();
    for (const st of s.orelse) this.visitStmt(st);
    this.useNextBlock(end);
  }

  /** compiler_async_for */
  private compilerAsyncFor(s: For): void {
    if (this.unit.scopeType !== "async_function") this.error("'async for' outside async function");
    const start = this.newBlock();
    const except = this.newBlock();
    const end = this.newBlock();
    this.visitExpr(s.iter);
    this.addop(Op.GET_AITER);
    this.useNextBlock(start);
    this.pushFblock({ type: "FOR_LOOP", block: start, exit: end });
    // SETUP_FINALLY to guard the __anext__ call
    this.addopJump(SETUP_FINALLY, except);
    this.addop(Op.GET_ANEXT);
    this.loadNone();
    this.compilerAddYieldFrom(true);
    this.addop(POP_BLOCK);
    this.visitExpr(s.target);
    for (const st of s.body) this.visitStmt(st);
    this.unsetLoc();
    this.addopJump(JUMP, start);
    this.popFblock();
    // Except block for __anext__: the END_ASYNC_FOR has the line of the iterable.
    this.useNextBlock(except);
    this.setLoc(s.iter);
    this.addop(Op.END_ASYNC_FOR);
    for (const st of s.orelse) this.visitStmt(st);
    this.useNextBlock(end);
  }

  /** compiler_while */
  private compilerWhile(s: Extract<Stmt, { type: "While" }>): void {
    const loop = this.newBlock();
    const body = this.newBlock();
    const anchor = this.newBlock();
    const end = this.newBlock();
    this.useNextBlock(loop);
    this.pushFblock({ type: "WHILE_LOOP", block: loop, exit: end });
    this.compilerJumpIf(s.test, anchor, false);
    this.useNextBlock(body);
    for (const st of s.body) this.visitStmt(st);
    this.setLoc(s);
    this.compilerJumpIf(s.test, body, true);
    this.popFblock();
    this.useNextBlock(anchor);
    for (const st of s.orelse) this.visitStmt(st);
    this.useNextBlock(end);
  }

  /** compiler_try_finally */
  private compilerTryFinally(s: Try): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.addopJump(SETUP_FINALLY, end);
    this.useNextBlock(body);
    this.pushFblock({ type: "FINALLY_TRY", block: body, finalbody: s.finalbody });
    if (s.handlers.length) {
      if (s.type === "TryStar") this.compilerTryStarExcept(s);
      else this.compilerTryExcept(s);
    } else for (const st of s.body) this.visitStmt(st);
    this.addopNoline(POP_BLOCK);
    this.popFblock();
    for (const st of s.finalbody) this.visitStmt(st);
    this.addopJumpNoline(JUMP, exit);
    // `finally` block
    this.useNextBlock(end);
    this.unsetLoc();
    this.addopJump(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFblock({ type: "FINALLY_END", block: end });
    for (const st of s.finalbody) this.visitStmt(st);
    this.popFblock();
    this.addop(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
  }

  private popExceptAndReraise(): void {
    this.addop(Op.COPY, 3);
    this.addop(Op.POP_EXCEPT);
    this.addop(Op.RERAISE, 1);
  }

  /** compiler_try_except */
  private compilerTryExcept(s: Try): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    this.addopJump(SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFblock({ type: "TRY_EXCEPT", block: body });
    for (const st of s.body) this.visitStmt(st);
    this.popFblock();
    this.addopNoline(POP_BLOCK);
    for (const st of s.orelse) this.visitStmt(st);
    this.addopJumpNoline(JUMP, end);
    const n = s.handlers.length;
    this.useNextBlock(except);

    this.unsetLoc();
    this.addopJump(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFblock({ type: "EXCEPTION_HANDLER" });
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i]!;
      this.setLoc(handler);
      if (!handler.exc_type && i < n - 1) this.error("default 'except:' must be last");
      except = this.newBlock();
      if (handler.exc_type) {
        this.visitExpr(handler.exc_type);
        this.addop(Op.CHECK_EXC_MATCH);
        this.addopJump(POP_JUMP_IF_FALSE, except);
        this.nextBlock();
      }
      if (handler.name) {
        const cleanupEnd = this.newBlock();
        const cleanupBody = this.newBlock();
        this.nameop(handler.name, "Store");
        this.addopJump(SETUP_CLEANUP, cleanupEnd);
        this.useNextBlock(cleanupBody);
        this.pushFblock({ type: "HANDLER_CLEANUP", block: cleanupBody, name: handler.name });
        for (const st of handler.body) this.visitStmt(st);
        this.popFblock();
        this.unsetLoc();
        this.addop(POP_BLOCK);
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        this.loadNone();
        this.nameop(handler.name, "Store");
        this.nameop(handler.name, "Del");
        this.addopJump(JUMP, end);
        // except:
        this.useNextBlock(cleanupEnd);
        this.unsetLoc();
        this.loadNone();
        this.nameop(handler.name, "Store");
        this.nameop(handler.name, "Del");
        this.addop(Op.RERAISE, 1);
      } else {
        const cleanupBody = this.newBlock();
        this.addop(Op.POP_TOP);
        this.useNextBlock(cleanupBody);
        this.pushFblock({ type: "HANDLER_CLEANUP", block: cleanupBody, name: null });
        for (const st of handler.body) this.visitStmt(st);
        this.popFblock();
        this.unsetLoc();
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        this.addopJump(JUMP, end);
      }
      this.useNextBlock(except);
    }
    this.unsetLoc();
    this.popFblock();
    this.addop(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(end);
  }

  /**
   * compiler_try_star_except: each `except* T [as name]` clause splits the
   * exception group (CHECK_EG_MATCH leaves [rest, match]), runs its body
   * with the match as the handled exception, and appends what the body
   * raised (or None) to a list; after the last clause the unhandled rest is
   * appended too and PREP_RERAISE_STAR turns [orig, list] into what is
   * left to raise (None when nothing).
   *
   *   [exc]                    COPY 1; BUILD_LIST 0; SWAP 2
   *   [orig, res, exc]         <evaluate T>; CHECK_EG_MATCH
   *   [orig, res, rest, match] COPY 1; POP_JUMP_IF_NONE N1
   *   [orig, res, rest, match] <assign to name or POP_TOP>; SETUP_CLEANUP R1
   *   [orig, res, rest]        <body>; POP_BLOCK; JUMP E1
   *   [orig, res, rest, i, v]  R1: LIST_APPEND 3; POP_TOP; JUMP L1
   *   [orig, res, rest]        E1: NOP; JUMP L1
   *   [orig, res, rest, None]  N1: POP_TOP
   *   [orig, res, rest]        L1: <next clause>, after the last: LIST_APPEND 1
   *   [orig, res]              PREP_RERAISE_STAR; COPY 1; POP_JUMP_IF_NOT_NONE reraise
   */
  private compilerTryStarExcept(s: Try): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const orelse = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    const reraiseStar = this.newBlock();
    this.addopJump(SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFblock({ type: "TRY_EXCEPT", block: body });
    for (const st of s.body) this.visitStmt(st);
    this.popFblock();
    this.addopNoline(POP_BLOCK);
    this.addopJumpNoline(JUMP, orelse);
    const n = s.handlers.length;
    this.useNextBlock(except);

    this.unsetLoc();
    this.addopJump(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    // The runtime pushes a block here.
    this.pushFblock({ type: "EXCEPTION_GROUP_HANDLER" });
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i]!;
      this.setLoc(handler);
      except = this.newBlock();
      const exceptWithError = this.newBlock();
      const noMatch = this.newBlock();
      if (i === 0) {
        // [exc] -> [orig, [], exc]: the original group, and the list of
        // what the except* blocks raise or re-raise.
        this.addop(Op.COPY, 1);
        this.addop(Op.BUILD_LIST, 0);
        this.addop(Op.SWAP, 2);
      }
      if (handler.exc_type) {
        this.visitExpr(handler.exc_type);
        this.addop(Op.CHECK_EG_MATCH);
        this.addop(Op.COPY, 1);
        this.addopJump(POP_JUMP_IF_NONE, noMatch);
      }
      const cleanupEnd = this.newBlock();
      const cleanupBody = this.newBlock();
      if (handler.name) this.nameop(handler.name, "Store");
      else this.addop(Op.POP_TOP); // match
      // try: <body> finally: name = None; del name
      this.addopJump(SETUP_CLEANUP, cleanupEnd);
      this.useNextBlock(cleanupBody);
      this.pushFblock({ type: "HANDLER_CLEANUP", block: cleanupBody, name: handler.name });
      for (const st of handler.body) this.visitStmt(st);
      this.popFblock();
      this.unsetLoc();
      this.addop(POP_BLOCK);
      if (handler.name) {
        this.loadNone();
        this.nameop(handler.name, "Store");
        this.nameop(handler.name, "Del");
      }
      this.addopJump(JUMP, except);
      // except:
      this.useNextBlock(cleanupEnd);
      this.unsetLoc();
      if (handler.name) {
        this.loadNone();
        this.nameop(handler.name, "Store");
        this.nameop(handler.name, "Del");
      }
      // Add the exception raised to the result list.
      this.addop(Op.LIST_APPEND, 3); // exc
      this.addop(Op.POP_TOP); // lasti
      this.addopJump(JUMP, exceptWithError);
      this.useNextBlock(except);
      this.addop(Op.NOP); // to hold a propagated location
      this.addopJump(JUMP, exceptWithError);
      this.useNextBlock(noMatch);
      this.setLoc(handler);
      this.addop(Op.POP_TOP); // match (None)
      this.useNextBlock(exceptWithError);
      this.unsetLoc();
      if (i === n - 1) {
        // Add exc to the list (if not None it is the unhandled part of the group).
        this.addop(Op.LIST_APPEND, 1);
        this.addopJump(JUMP, reraiseStar);
      }
    }
    this.unsetLoc();
    this.popFblock();
    const reraise = this.newBlock();
    this.useNextBlock(reraiseStar);
    this.addop(Op.PREP_RERAISE_STAR);
    this.addop(Op.COPY, 1);
    this.addopJump(POP_JUMP_IF_NOT_NONE, reraise);
    // Nothing to reraise.
    this.addop(Op.POP_TOP);
    this.addop(POP_BLOCK);
    this.addop(Op.POP_EXCEPT);
    this.addopJump(JUMP, end);
    this.useNextBlock(reraise);
    this.addop(POP_BLOCK);
    this.addop(Op.SWAP, 2);
    this.addop(Op.POP_EXCEPT);
    this.addop(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(orelse);
    for (const st of s.orelse) this.visitStmt(st);
    this.useNextBlock(end);
  }

  /** compiler_with */
  private compilerWith(s: With, pos: number): void {
    const item = s.items[pos]!;
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addop(Op.BEFORE_WITH);
    this.addopJump(SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFblock({ type: "WITH", block, stmt: s });
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(Op.POP_TOP);
    pos++;
    if (pos === s.items.length) for (const st of s.body) this.visitStmt(st);
    else this.compilerWith(s, pos);
    this.unsetLoc();
    this.addop(POP_BLOCK);
    this.popFblock();
    this.setLoc(s);
    this.callExitWithNones();
    this.addop(Op.POP_TOP);
    this.addopJump(JUMP, exit);
    // exceptional outcome
    this.useNextBlock(final);
    this.addopJump(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.addop(Op.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  /** compiler_async_with */
  private compilerAsyncWith(s: With, pos: number): void {
    if (this.unit.scopeType !== "async_function") this.error("'async with' outside async function");
    const item = s.items[pos]!;
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addop(Op.BEFORE_ASYNC_WITH);
    this.awaitTop(1);
    this.addopJump(SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFblock({ type: "ASYNC_WITH", block, stmt: s });
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(Op.POP_TOP);
    pos++;
    if (pos === s.items.length) for (const st of s.body) this.visitStmt(st);
    else this.compilerAsyncWith(s, pos);
    this.popFblock();
    this.addop(POP_BLOCK);
    this.setLoc(s);
    this.callExitWithNones();
    this.awaitTop(2);
    this.addop(Op.POP_TOP);
    this.addopJump(JUMP, exit);
    // exceptional outcome
    this.useNextBlock(final);
    this.addopJump(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.addop(Op.WITH_EXCEPT_START);
    this.awaitTop(2);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  /** GET_AWAITABLE `where`, LOAD_CONST None, then the SEND loop: awaits
   *  the top of the stack (`where` says what for: 0 await, 1 __aenter__,
   *  2 __aexit__, as format_awaitable_error reads it). */
  private awaitTop(where: number): void {
    this.addop(Op.GET_AWAITABLE, where);
    this.loadNone();
    this.compilerAddYieldFrom(true);
  }

  /** compiler_with_except_finish */
  private withExceptFinish(cleanup: BasicBlock): void {
    this.unsetLoc();
    const exit = this.newBlock();
    this.addopJump(POP_JUMP_IF_TRUE, exit);
    this.nextBlock();
    this.addop(Op.RERAISE, 2);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
    this.addop(Op.POP_TOP);
    this.addop(POP_BLOCK);
    this.addop(Op.POP_EXCEPT);
    this.addop(Op.POP_TOP);
    this.addop(Op.POP_TOP);
  }

  /** compiler_assert */
  private compilerAssert(s: Extract<Stmt, { type: "Assert" }>): void {
    // Always a warning for a non-empty tuple, folded or not.
    const t = s.test;
    if (
      (t.type === "Tuple" && t.elts.length > 0) ||
      (t.type === "Constant" && constOf(t).kind === "tuple" && (constOf(t) as { items: unknown[] }).items.length > 0)
    ) {
      this.warn("assertion is always true, perhaps remove parentheses?");
    }
    const end = this.newBlock();
    this.compilerJumpIf(s.test, end, true);
    this.addop(Op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.addop(Op.PRECALL, 0);
      this.addop(Op.CALL, 0);
    }
    this.addop(Op.RAISE_VARARGS, 1);
    this.useNextBlock(end);
  }

  /** compiler_import */
  private compilerImport(s: Import): void {
    for (const alias of s.names) {
      this.loadConst({ kind: "int", value: 0n });
      this.loadNone();
      this.addopName(Op.IMPORT_NAME, alias.name);
      if (alias.asname) {
        this.compilerImportAs(alias.name, alias.asname);
      } else {
        const dot = alias.name.indexOf(".");
        this.nameop(dot >= 0 ? alias.name.slice(0, dot) : alias.name, "Store");
      }
    }
  }

  /** compiler_import_as */
  private compilerImportAs(name: string, asname: string): void {
    const parts = name.split(".");
    if (parts.length > 1) {
      for (let i = 1; i < parts.length; i++) {
        this.addopNameRaw(Op.IMPORT_FROM, parts[i]!);
        if (i === parts.length - 1) break;
        this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
      }
      this.nameop(asname, "Store");
      this.addop(Op.POP_TOP);
      return;
    }
    this.nameop(asname, "Store");
  }

  /** compiler_from_import */
  private compilerFromImport(s: ImportFrom): void {
    this.loadConst({ kind: "int", value: BigInt(s.level) });
    const names: Const[] = s.names.map((a) => ({ kind: "str", value: a.name }));
    if (s.lineno > this.future.lineno && s.module === "__future__") {
      this.error("from __future__ imports must occur at the beginning of the file");
    }
    this.loadConst({ kind: "tuple", items: names });
    this.addopName(Op.IMPORT_NAME, s.module ?? "");
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i]!;
      if (i === 0 && alias.name === "*") {
        this.addop(Op.IMPORT_STAR);
        return;
      }
      this.addopName(Op.IMPORT_FROM, alias.name);
      this.nameop(alias.asname ?? alias.name, "Store");
    }
    this.addop(Op.POP_TOP);
  }

  /** compiler_augassign */
  private compilerAugassign(s: AugAssign): void {
    const e = s.target;
    const old = this.unit.loc;
    this.setLoc(e);
    switch (e.type) {
      case "Attribute":
        this.visitExpr(e.value);
        this.addop(Op.COPY, 1);
        this.updateStartLocationToMatchAttr(e);
        this.addopName(Op.LOAD_ATTR, e.attr);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.addop(Op.COPY, 2);
        this.addop(Op.COPY, 2);
        this.addop(Op.BINARY_SUBSCR);
        break;
      case "Name":
        this.nameop(e.id, "Load");
        break;
    }
    this.unit.loc = old;
    this.visitExpr(s.value);
    this.addop(Op.BINARY_OP, BINOPS[s.op] + INPLACE_OFFSET);
    this.setLoc(e);
    switch (e.type) {
      case "Attribute":
        this.updateStartLocationToMatchAttr(e);
        this.addop(Op.SWAP, 2);
        this.addopName(Op.STORE_ATTR, e.attr);
        return;
      case "Subscript":
        this.addop(Op.SWAP, 3);
        this.addop(Op.SWAP, 2);
        this.addop(Op.STORE_SUBSCR);
        return;
      case "Name":
        this.nameop(e.id, "Store");
        return;
    }
  }

  private checkAnnExpr(e: Expr): void {
    this.visitExpr(e);
    this.addop(Op.POP_TOP);
  }

  private checkAnnSubscr(e: Expr): void {
    switch (e.type) {
      case "Slice":
        if (e.lower) this.checkAnnExpr(e.lower);
        if (e.upper) this.checkAnnExpr(e.upper);
        if (e.step) this.checkAnnExpr(e.step);
        return;
      case "Tuple":
        for (const x of e.elts) this.checkAnnSubscr(x);
        return;
      default:
        this.checkAnnExpr(e);
    }
  }

  /** compiler_annassign */
  private compilerAnnassign(s: AnnAssign): void {
    const targ = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    const moduleOrClass = this.unit.scopeType === "module" || this.unit.scopeType === "class";
    switch (targ.type) {
      case "Name":
        this.forbiddenName(targ.id, "Store");
        if (s.simple && moduleOrClass) {
          if (this.futureAnnotations) this.loadConst({ kind: "str", value: exprAsUnicode(s.annotation) });
          else this.visitExpr(s.annotation);
          this.addopName(Op.LOAD_NAME, "__annotations__");
          this.loadConst({ kind: "str", value: mangle(this.unit.private_, targ.id) });
          this.addop(Op.STORE_SUBSCR);
        }
        break;
      case "Attribute":
        this.forbiddenName(targ.attr, "Store");
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case "Subscript":
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
    }
    // check_annotation: evaluated in a module or class, unless it is a string.
    if (!s.simple && moduleOrClass && !this.futureAnnotations) this.checkAnnExpr(s.annotation);
  }

  // ------------------------------------------------------------ names

  forbiddenName(name: string, ctx: ExprContext): void {
    if (ctx === "Store" && name === "__debug__") this.error("cannot assign to __debug__");
    if (ctx === "Del" && name === "__debug__") this.error("cannot delete __debug__");
  }

  /** compiler_nameop */
  nameop(name: string, ctx: ExprContext): void {
    this.forbiddenName(name, ctx);
    const u = this.unit;
    const mangled = mangle(u.private_, name);
    const scope = u.ste.getScope(mangled);
    const isFunction = u.ste.type === "FunctionBlock";
    let optype: "FAST" | "GLOBAL" | "DEREF" | "NAME" = "NAME";
    let dict = u.names;
    switch (scope) {
      case Scope.FREE:
        dict = u.freevars;
        optype = "DEREF";
        break;
      case Scope.CELL:
        dict = u.cellvars;
        optype = "DEREF";
        break;
      case Scope.LOCAL:
        if (isFunction) optype = "FAST";
        break;
      case Scope.GLOBAL_IMPLICIT:
        if (isFunction) optype = "GLOBAL";
        break;
      case Scope.GLOBAL_EXPLICIT:
        optype = "GLOBAL";
        break;
      case Scope.NONE:
        break;
    }
    const pick = (load: number, store: number, del: number): number =>
      ctx === "Load" ? load : ctx === "Store" ? store : del;
    switch (optype) {
      case "DEREF": {
        const op = pick(
          u.ste.type === "ClassBlock" ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF,
          Op.STORE_DEREF,
          Op.DELETE_DEREF,
        );
        this.addop(op, Compiler.addName(dict, mangled));
        return;
      }
      case "FAST":
        this.addop(pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), Compiler.addName(u.varnames, mangled));
        return;
      case "GLOBAL": {
        const op = pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL);
        let arg = Compiler.addName(dict, mangled);
        if (op === Op.LOAD_GLOBAL) arg <<= 1;
        this.addop(op, arg);
        return;
      }
      case "NAME":
        this.addop(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), Compiler.addName(dict, mangled));
        return;
    }
  }

  // ------------------------------------------------------------ expressions

  /** compiler_visit_expr: sets and restores the location around `e`. */
  visitExpr(e: Expr): void {
    const old = this.unit.loc;
    this.setLoc(e);
    this.visitExpr1(e);
    this.unit.loc = old;
  }

  private visitExpr1(e: Expr): void {
    switch (e.type) {
      case "NamedExpr":
        this.visitExpr(e.value);
        this.addop(Op.COPY, 1);
        this.visitExpr(e.target);
        return;
      case "BoolOp":
        return this.compilerBoolop(e);
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.addop(Op.BINARY_OP, BINOPS[e.op]);
        return;
      case "UnaryOp":
        this.visitExpr(e.operand);
        switch (e.op) {
          case "UAdd":
            this.addop(Op.UNARY_POSITIVE);
            return;
          case "USub":
            this.addop(Op.UNARY_NEGATIVE);
            return;
          case "Not":
            this.addop(Op.UNARY_NOT);
            return;
          case "Invert":
            this.addop(Op.UNARY_INVERT);
            return;
        }
        return;
      case "Lambda":
        return this.compilerLambda(e);
      case "IfExp": {
        const end = this.newBlock();
        const next = this.newBlock();
        this.compilerJumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.addopJumpNoline(JUMP, end);
        this.useNextBlock(next);
        this.visitExpr(e.orelse);
        this.useNextBlock(end);
        return;
      }
      case "Dict":
        return this.compilerDict(e);
      case "Set":
        return this.starunpackHelper(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      case "GeneratorExp":
        return this.compilerComprehension(e, "genexp", "<genexpr>", e.generators, e.elt, null);
      case "ListComp":
        return this.compilerComprehension(e, "list", "<listcomp>", e.generators, e.elt, null);
      case "SetComp":
        return this.compilerComprehension(e, "set", "<setcomp>", e.generators, e.elt, null);
      case "DictComp":
        return this.compilerComprehension(e, "dict", "<dictcomp>", e.generators, e.key, e.value);
      case "Yield":
        if (this.unit.ste.type !== "FunctionBlock") this.error("'yield' outside function");
        if (e.value) this.visitExpr(e.value);
        else this.loadNone();
        this.addopYield();
        return;
      case "YieldFrom":
        if (this.unit.ste.type !== "FunctionBlock") this.error("'yield' outside function");
        if (this.unit.scopeType === "async_function") this.error("'yield from' inside async function");
        this.visitExpr(e.value);
        this.addop(Op.GET_YIELD_FROM_ITER);
        this.loadNone();
        this.compilerAddYieldFrom(false);
        return;
      case "Await":
        if (this.unit.ste.type !== "FunctionBlock") this.error("'await' outside function");
        if (this.unit.scopeType !== "async_function" && this.unit.scopeType !== "comprehension") {
          this.error("'await' outside async function");
        }
        this.visitExpr(e.value);
        this.awaitTop(0);
        return;
      case "Compare":
        return this.compilerCompare(e);
      case "Call":
        return this.compilerCall(e);
      case "Constant":
        this.loadConst(constOf(e));
        return;
      case "JoinedStr":
        if (e.values.length > STACK_USE_GUIDELINE) {
          this.loadConst({ kind: "str", value: "" });
          this.addopName(Op.LOAD_METHOD, "join");
          this.addop(Op.BUILD_LIST, 0);
          for (const v of e.values) {
            this.visitExpr(v);
            this.addop(Op.LIST_APPEND, 1);
          }
          this.addop(Op.PRECALL, 1);
          this.addop(Op.CALL, 1);
        } else {
          for (const v of e.values) this.visitExpr(v);
          if (e.values.length !== 1) this.addop(Op.BUILD_STRING, e.values.length);
        }
        return;
      case "FormattedValue": {
        this.visitExpr(e.value);
        let oparg: number;
        switch (e.conversion) {
          case 115:
            oparg = FVC_STR;
            break;
          case 114:
            oparg = FVC_REPR;
            break;
          case 97:
            oparg = FVC_ASCII;
            break;
          default:
            oparg = FVC_NONE;
            break;
        }
        if (e.format_spec) {
          this.visitExpr(e.format_spec);
          oparg |= FVS_HAVE_SPEC;
        }
        this.addop(Op.FORMAT_VALUE, oparg);
        return;
      }
      case "Attribute":
        this.visitExpr(e.value);
        this.updateStartLocationToMatchAttr(e);
        switch (e.ctx) {
          case "Load":
            this.addopName(Op.LOAD_ATTR, e.attr);
            return;
          case "Store":
            this.forbiddenName(e.attr, "Store");
            this.addopName(Op.STORE_ATTR, e.attr);
            return;
          case "Del":
            this.addopName(Op.DELETE_ATTR, e.attr);
            return;
        }
        return;
      case "Subscript":
        if (e.ctx === "Load") {
          this.checkSubscripter(e.value);
          this.checkIndex(e.value, e.slice);
        }
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.addop(e.ctx === "Load" ? Op.BINARY_SUBSCR : e.ctx === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
        return;
      case "Starred":
        if (e.ctx === "Store") this.error("starred assignment target must be in a list or tuple");
        this.error("can't use starred expression here");
        return;
      case "Slice": {
        let n = 2;
        if (e.lower) this.visitExpr(e.lower);
        else this.loadNone();
        if (e.upper) this.visitExpr(e.upper);
        else this.loadNone();
        if (e.step) {
          n++;
          this.visitExpr(e.step);
        }
        this.addop(Op.BUILD_SLICE, n);
        return;
      }
      case "Name":
        this.nameop(e.id, e.ctx);
        return;
      case "List":
        if (e.ctx === "Store") return this.assignmentHelper(e.elts);
        if (e.ctx === "Load")
          return this.starunpackHelper(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
        for (const x of e.elts) this.visitExpr(x);
        return;
      case "Tuple":
        if (e.ctx === "Store") return this.assignmentHelper(e.elts);
        if (e.ctx === "Load")
          return this.starunpackHelper(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        for (const x of e.elts) this.visitExpr(x);
        return;
    }
  }

  /** update_start_location_to_match_attr */
  private updateStartLocationToMatchAttr(attr: Attribute): void {
    const l = this.unit.loc;
    if (l.lineno !== attr.end_lineno) {
      const lineno = attr.end_lineno;
      let col = l.col_offset;
      let endCol = l.end_col_offset;
      const len = [...attr.attr].length;
      if (len <= attr.end_col_offset) {
        col = attr.end_col_offset - len;
      } else {
        col = -1;
        endCol = -1;
      }
      const endLineno = Math.max(lineno, l.end_lineno);
      if (lineno === endLineno) endCol = Math.max(col, endCol);
      this.unit.loc = { lineno, end_lineno: endLineno, col_offset: col, end_col_offset: endCol };
    }
  }

  private compilerAddYieldFrom(isAwait: boolean): void {
    const start = this.newBlock();
    const resume = this.newBlock();
    const exit = this.newBlock();
    this.useNextBlock(start);
    this.addopJump(Op.SEND, exit);
    this.useNextBlock(resume);
    this.addop(Op.YIELD_VALUE);
    this.addop(Op.RESUME, isAwait ? 3 : 2);
    this.addopJump(JUMP_NO_INTERRUPT, start);
    this.useNextBlock(exit);
  }

  /** addop_yield: an async generator yields its values wrapped
   *  (ASYNC_GEN_WRAP), so that awaits passing through are told apart. */
  private addopYield(): void {
    if (this.unit.ste.generator && this.unit.ste.coroutine) this.addop(Op.ASYNC_GEN_WRAP);
    this.addop(Op.YIELD_VALUE);
    this.addop(Op.RESUME, 1);
  }

  /** compiler_boolop */
  private compilerBoolop(e: Extract<Expr, { type: "BoolOp" }>): void {
    const jumpi = e.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
    const end = this.newBlock();
    const n = e.values.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.values[i]!);
      this.addopJump(jumpi, end);
      this.useNextBlock(this.newBlock());
    }
    this.visitExpr(e.values[n]!);
    this.useNextBlock(end);
  }

  private addopCompare(op: CmpOpKind): void {
    switch (op) {
      case "Eq":
        this.addop(Op.COMPARE_OP, Py_EQ);
        return;
      case "NotEq":
        this.addop(Op.COMPARE_OP, Py_NE);
        return;
      case "Lt":
        this.addop(Op.COMPARE_OP, Py_LT);
        return;
      case "LtE":
        this.addop(Op.COMPARE_OP, Py_LE);
        return;
      case "Gt":
        this.addop(Op.COMPARE_OP, Py_GT);
        return;
      case "GtE":
        this.addop(Op.COMPARE_OP, Py_GE);
        return;
      case "Is":
        this.addop(Op.IS_OP, 0);
        return;
      case "IsNot":
        this.addop(Op.IS_OP, 1);
        return;
      case "In":
        this.addop(Op.CONTAINS_OP, 0);
        return;
      case "NotIn":
        this.addop(Op.CONTAINS_OP, 1);
        return;
    }
  }

  /** compiler_compare */
  private compilerCompare(e: Extract<Expr, { type: "Compare" }>): void {
    this.checkCompare(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]!);
      this.addopCompare(e.ops[0]!);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]!);
      this.addop(Op.SWAP, 2);
      this.addop(Op.COPY, 2);
      this.addopCompare(e.ops[i]!);
      this.addopJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
      this.nextBlock();
    }
    this.visitExpr(e.comparators[n]!);
    this.addopCompare(e.ops[n]!);
    const end = this.newBlock();
    this.addopJumpNoline(JUMP, end);
    this.useNextBlock(cleanup);
    this.addop(Op.SWAP, 2);
    this.addop(Op.POP_TOP);
    this.useNextBlock(end);
  }

  /** compiler_jump_if */
  compilerJumpIf(e: Expr, next: BasicBlock, cond: boolean): void {
    switch (e.type) {
      case "UnaryOp":
        if (e.op === "Not") return this.compilerJumpIf(e.operand, next, !cond);
        break;
      case "BoolOp": {
        const s = e.values;
        const n = s.length - 1;
        const cond2 = e.op === "Or";
        let next2 = next;
        if (cond2 !== cond) next2 = this.newBlock();
        for (let i = 0; i < n; i++) this.compilerJumpIf(s[i]!, next2, cond2);
        this.compilerJumpIf(s[n]!, next, cond);
        if (next2 !== next) this.useNextBlock(next2);
        return;
      }
      case "IfExp": {
        const end = this.newBlock();
        const next2 = this.newBlock();
        this.compilerJumpIf(e.test, next2, false);
        this.compilerJumpIf(e.body, next, cond);
        this.addopJumpNoline(JUMP, end);
        this.useNextBlock(next2);
        this.compilerJumpIf(e.orelse, next, cond);
        this.useNextBlock(end);
        return;
      }
      case "Compare": {
        // 3.11 points the comparison's jumps (and what follows in this
        // statement) at the comparison itself.
        this.setLoc(e);
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e);
          const cleanup = this.newBlock();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]!);
            this.addop(Op.SWAP, 2);
            this.addop(Op.COPY, 2);
            this.addopCompare(e.ops[i]!);
            this.addopJump(POP_JUMP_IF_FALSE, cleanup);
            this.nextBlock();
          }
          this.visitExpr(e.comparators[n]!);
          this.addopCompare(e.ops[n]!);
          this.addopJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
          this.nextBlock();
          const end = this.newBlock();
          this.addopJumpNoline(JUMP, end);
          this.useNextBlock(cleanup);
          this.addop(Op.POP_TOP);
          if (!cond) this.addopJumpNoline(JUMP, next);
          this.useNextBlock(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.visitExpr(e);
    this.addopJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
    this.nextBlock();
  }

  /** compiler_dict / compiler_subdict */
  private compilerSubdict(e: Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end);
    if (n > 1 && !big && keys.every((k) => k !== null && k.type === "Constant")) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]!);
      this.loadConst({ kind: "tuple", items: keys.map((k) => constOf(k as Constant)) });
      this.addop(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addop(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]!);
      if (big) this.addop(Op.MAP_ADD, 1);
    }
    if (!big) this.addop(Op.BUILD_MAP, n);
  }

  private compilerDict(e: Dict): void {
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = e.keys[i] === null;
      if (isUnpacking) {
        if (elements) {
          this.compilerSubdict(e, i - elements, i);
          if (haveDict) this.addop(Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addop(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]!);
        this.addop(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.compilerSubdict(e, i - elements, i + 1);
        if (haveDict) this.addop(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.compilerSubdict(e, n - elements, n);
      if (haveDict) this.addop(Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.addop(Op.BUILD_MAP, 0);
  }

  /** starunpack_helper */
  private starunpackHelper(
    elts: Expr[],
    pushed: number,
    build: number,
    add: number,
    extend: number,
    tuple: boolean,
  ): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x.type === "Constant")) {
      const items = elts.map((x) => constOf(x as Constant));
      if (tuple && !pushed) {
        this.loadConst({ kind: "tuple", items });
      } else {
        this.addop(build, pushed);
        this.loadConst(add === Op.SET_ADD ? { kind: "frozenset", items } : { kind: "tuple", items });
        this.addop(extend, 1);
        if (tuple) this.addop(Op.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x.type === "Starred");
    if (!seenStar && !big) {
      for (const x of elts) this.visitExpr(x);
      this.addop(tuple ? Op.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let sequenceBuilt = false;
    if (big) {
      this.addop(build, pushed);
      sequenceBuilt = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt.type === "Starred") {
        if (!sequenceBuilt) {
          this.addop(build, i + pushed);
          sequenceBuilt = true;
        }
        this.visitExpr(elt.value);
        this.addop(extend, 1);
      } else {
        this.visitExpr(elt);
        if (sequenceBuilt) this.addop(add, 1);
      }
    }
    if (tuple) this.addop(Op.LIST_TO_TUPLE);
  }

  /** unpack_helper + assignment_helper */
  private assignmentHelper(elts: Expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt.type === "Starred" && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
          this.error("too many expressions in star-unpacking assignment");
        }
        this.addop(Op.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (elt.type === "Starred") {
        this.error("multiple starred expressions in assignment");
      }
    }
    if (!seenStar) this.addop(Op.UNPACK_SEQUENCE, n);
    for (const elt of elts) this.visitExpr(elt.type === "Starred" ? elt.value : elt);
  }

  // ------------------------------------------------------------ calls

  /** is_import_originated */
  private isImportOriginated(e: Expr): boolean {
    if (e.type !== "Name") return false;
    return (this.st.top.flags(e.id) & DEF_IMPORT) !== 0;
  }

  /** maybe_optimize_method_call: LOAD_METHOD form; false when not applicable. */
  private maybeOptimizeMethodCall(e: Call): boolean {
    const meth = e.func;
    if (meth.type !== "Attribute" || meth.ctx !== "Load") return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = e.args.length;
    const kwdsl = e.keywords.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a.type === "Starred")) return false;
    if (e.keywords.some((k) => k.arg === null)) return false;
    this.visitExpr(meth.value);
    this.setLoc(meth);
    this.updateStartLocationToMatchAttr(meth);
    this.addopName(Op.LOAD_METHOD, meth.attr);
    for (const a of e.args) this.visitExpr(a);
    if (kwdsl) {
      for (const k of e.keywords) this.visitExpr(k.value);
      this.compilerCallSimpleKwHelper(e.keywords);
    }
    this.setLoc(e);
    this.updateStartLocationToMatchAttr(meth);
    this.addop(Op.PRECALL, argsl + kwdsl);
    this.addop(Op.CALL, argsl + kwdsl);
    return true;
  }

  /** compiler_call */
  private compilerCall(e: Call): void {
    if (this.maybeOptimizeMethodCall(e)) return;
    this.checkCaller(e.func);
    this.setLoc(e.func);
    this.addop(Op.PUSH_NULL);
    this.setLoc(e);
    this.visitExpr(e.func);
    this.compilerCallHelper(0, e.args, e.keywords);
  }

  /** validate_keywords */
  private validateKeywords(keywords: Keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i]!.arg;
      if (key === null) continue;
      this.forbiddenName(key, "Store");
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j]!;
        if (other.arg === key) this.error(`keyword argument repeated: ${key}`, locOf(other));
      }
    }
  }

  private compilerCallSimpleKwHelper(keywords: Keyword[]): void {
    const names: Const[] = keywords.map((k) => ({ kind: "str", value: k.arg! }));
    this.addop(Op.KW_NAMES, this.addConst({ kind: "tuple", items: names }));
  }

  /** compiler_subkwargs */
  private compilerSubkwargs(keywords: Keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i]!.value);
      this.loadConst({ kind: "tuple", items: keywords.slice(begin, end).map((k) => ({ kind: "str", value: k.arg! })) });
      this.addop(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addopNoline(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      const kw = keywords[i]!;
      this.loadConst({ kind: "str", value: kw.arg! });
      this.visitExpr(kw.value);
      if (big) this.addopNoline(Op.MAP_ADD, 1);
    }
    if (!big) this.addop(Op.BUILD_MAP, n);
  }

  /** compiler_call_helper: `n` arguments already pushed. */
  private compilerCallHelper(n: number, args: Expr[], keywords: Keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    const exCall =
      nelts + nkwelts * 2 > STACK_USE_GUIDELINE ||
      args.some((a) => a.type === "Starred") ||
      keywords.some((k) => k.arg === null);
    if (!exCall) {
      for (const a of args) this.visitExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.compilerCallSimpleKwHelper(keywords);
      }
      this.addop(Op.PRECALL, n + nelts + nkwelts);
      this.addop(Op.CALL, n + nelts + nkwelts);
      return;
    }
    // ex_call
    const first = args[0];
    if (n === 0 && nelts === 1 && first !== undefined && first.type === "Starred") {
      this.visitExpr(first.value);
    } else {
      this.starunpackHelper(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i]!;
        if (kw.arg === null) {
          if (nseen) {
            this.compilerSubkwargs(keywords, i - nseen, i);
            if (haveDict) this.addop(Op.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addop(Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.addop(Op.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.compilerSubkwargs(keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.addop(Op.DICT_MERGE, 1);
      }
    }
    this.addop(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  // ------------------------------------------------------------ functions

  /** compiler_lambda */
  private compilerLambda(e: Lambda): void {
    const args = e.args;
    this.checkDebugArgs(args);
    const funcflags = this.compilerDefaultArguments(args);
    this.enterScope("<lambda>", "lambda", e, e.lineno);
    this.addConst({ kind: "None" });
    const u = this.unit;
    u.argcount = args.args.length;
    u.posonlyargcount = args.posonlyargs.length;
    u.kwonlyargcount = args.kwonlyargs.length;
    this.visitExpr(e.body);
    let co: CodeUnit;
    if (u.ste.generator) {
      co = this.assembleUnit(false);
    } else {
      this.addop(Op.RETURN_VALUE);
      co = this.assembleUnit(true);
    }
    this.exitScope();
    this.compilerMakeClosure(co, funcflags);
  }

  /** compiler_comprehension */
  private compilerComprehension(
    e: Expr,
    kind: "genexp" | "list" | "set" | "dict",
    name: string,
    generators: Comprehension[],
    elt: Expr,
    val: Expr | null,
  ): void {
    const outermost = generators[0]!;
    const scopeType = this.unit.scopeType;
    this.enterScope(name, "comprehension", e, e.lineno);
    this.setLoc(e);
    const isAsyncGenerator = this.unit.ste.coroutine;
    if (isAsyncGenerator && kind !== "genexp" && scopeType !== "async_function" && scopeType !== "comprehension") {
      this.error("asynchronous comprehension outside of an asynchronous function");
    }
    if (kind !== "genexp") {
      this.addop(kind === "list" ? Op.BUILD_LIST : kind === "set" ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    }
    this.comprehensionGenerator(generators, 0, 0, elt, val, kind);
    if (kind !== "genexp") this.addop(Op.RETURN_VALUE);
    const co = this.assembleUnit(true);
    this.exitScope();
    this.compilerMakeClosure(co, 0);
    this.visitExpr(outermost.iter);
    this.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
    this.addop(Op.PRECALL, 0);
    this.addop(Op.CALL, 0);
    if (isAsyncGenerator && kind !== "genexp") this.awaitTop(0);
  }

  /** compiler_comprehension_generator */
  private comprehensionGenerator(
    generators: Comprehension[],
    genIndex: number,
    depth: number,
    elt: Expr,
    val: Expr | null,
    kind: "genexp" | "list" | "set" | "dict",
  ): void {
    if (generators[genIndex]!.is_async) this.asyncComprehensionGenerator(generators, genIndex, depth, elt, val, kind);
    else this.syncComprehensionGenerator(generators, genIndex, depth, elt, val, kind);
  }

  /** The innermost loop's body: the element (and value) appended, or yielded. */
  private comprehensionElement(
    elt: Expr,
    val: Expr | null,
    kind: "genexp" | "list" | "set" | "dict",
    depth: number,
  ): void {
    switch (kind) {
      case "genexp":
        this.visitExpr(elt);
        this.addopYield();
        this.addop(Op.POP_TOP);
        break;
      case "list":
        this.visitExpr(elt);
        this.addop(Op.LIST_APPEND, depth + 1);
        break;
      case "set":
        this.visitExpr(elt);
        this.addop(Op.SET_ADD, depth + 1);
        break;
      case "dict":
        this.visitExpr(elt);
        this.visitExpr(val!);
        this.addop(Op.MAP_ADD, depth + 1);
        break;
    }
  }

  /** compiler_async_comprehension_generator */
  private asyncComprehensionGenerator(
    generators: Comprehension[],
    genIndex: number,
    depth: number,
    elt: Expr,
    val: Expr | null,
    kind: "genexp" | "list" | "set" | "dict",
  ): void {
    const start = this.newBlock();
    const except = this.newBlock();
    const ifCleanup = this.newBlock();
    const gen = generators[genIndex]!;
    if (genIndex === 0) {
      this.unit.argcount = 1;
      this.addop(Op.LOAD_FAST, 0);
    } else {
      this.visitExpr(gen.iter);
      this.addop(Op.GET_AITER);
    }
    this.useNextBlock(start);
    this.pushFblock({ type: "ASYNC_COMPREHENSION_GENERATOR" });
    this.addopJump(SETUP_FINALLY, except);
    this.addop(Op.GET_ANEXT);
    this.loadNone();
    this.compilerAddYieldFrom(true);
    this.addop(POP_BLOCK);
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.compilerJumpIf(cond, ifCleanup, false);
    depth++;
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(generators, genIndex, depth, elt, val, kind);
    }
    if (genIndex >= generators.length) this.comprehensionElement(elt, val, kind, depth);
    this.useNextBlock(ifCleanup);
    this.addopJump(JUMP, start);
    this.popFblock();
    this.useNextBlock(except);
    this.addop(Op.END_ASYNC_FOR);
  }

  /** compiler_sync_comprehension_generator */
  private syncComprehensionGenerator(
    generators: Comprehension[],
    genIndex: number,
    depth: number,
    elt: Expr,
    val: Expr | null,
    kind: "genexp" | "list" | "set" | "dict",
  ): void {
    let start: BasicBlock | null = this.newBlock();
    const ifCleanup = this.newBlock();
    const anchor = this.newBlock();
    const gen = generators[genIndex]!;
    if (genIndex === 0) {
      this.unit.argcount = 1;
      this.addop(Op.LOAD_FAST, 0);
    } else {
      const it = gen.iter;
      const elts = it.type === "List" || it.type === "Tuple" ? it.elts : null;
      if (elts && elts.length === 1 && elts[0]!.type !== "Starred") {
        this.visitExpr(elts[0]!);
        start = null;
      }
      if (start) {
        this.visitExpr(gen.iter);
        this.addop(Op.GET_ITER);
      }
    }
    if (start) {
      depth++;
      this.useNextBlock(start);
      this.addopJump(Op.FOR_ITER, anchor);
    }
    this.nextBlock();
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) {
      this.compilerJumpIf(cond, ifCleanup, false);
      this.nextBlock();
    }
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(generators, genIndex, depth, elt, val, kind);
    }
    if (genIndex >= generators.length) this.comprehensionElement(elt, val, kind, depth);
    this.useNextBlock(ifCleanup);
    if (start) {
      this.addopJump(JUMP, start);
      this.useNextBlock(anchor);
    }
  }
}

// ---------------------------------------------------------------- helpers

/** _PyAST_GetDocString */
function getDocString(body: Stmt[]): string | null {
  const st = body[0];
  if (st?.type !== "Expr") return null;
  const e = st.value;
  if (e.type !== "Constant") return null;
  const c = constOf(e);
  return c.kind === "str" ? c.value : null;
}

/** find_ann */
function findAnn(stmts: Stmt[]): boolean {
  for (const st of stmts) {
    switch (st.type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case "With":
      case "AsyncWith":
        if (findAnn(st.body)) return true;
        break;
      case "Try":
      case "TryStar":
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case "Match":
        for (const m of st.cases) if (findAnn(m.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/**
 * Compile a module (exec), an interactive entry (single: expression
 * statements print their repr via PRINT_EXPR) or an expression (eval)
 * into the module-level code unit, nested code units in its constants.
 * `source`, when given, fills `CompileError.text`.
 */
/** `owned`: `ast` is the caller's to change (a fresh parse nobody else
 *  holds), so the optimizer folds it in place instead of a copy. A JavaScript
 *  stack overflow while compiling is CPython's RecursionError (see
 *  src/ast/limits.ts). */
export function compile(
  ast: Mod,
  filename: string,
  mode: CompileMode,
  source?: string,
  flags = 0,
  owned = false,
): CodeUnit {
  try {
    return compileTree(ast, filename, mode, source, flags, owned);
  } catch (e) {
    throw limitFromRangeError(e, new CompileLimitError("RecursionError", RECURSION_DURING_COMPILATION)) ?? e;
  }
}

function compileTree(
  ast: Mod,
  filename: string,
  mode: CompileMode,
  source: string | undefined,
  flags: number,
  owned: boolean,
): CodeUnit {
  const expected = mode === "exec" ? "Module" : mode === "single" ? "Interactive" : "Expression";
  if (ast.type !== expected) throw new Error(`compile: mode '${mode}' needs a ${expected} node, got ${ast.type}`);
  const future = futureFromAst(ast, filename, source ?? null);
  future.features |= flags & PyCF_MASK;
  const futureAnnotations = (future.features & CO_FUTURE_ANNOTATIONS) !== 0;
  const mod = astOptimize(ast, futureAnnotations, owned);
  let st: SymTable;
  try {
    st = buildSymtable(mod, filename, futureAnnotations);
  } catch (e) {
    if (e instanceof CompileError && e.text === null && source !== undefined) {
      const line = source.split(/\r\n|\r|\n/)[e.lineno - 1];
      throw new CompileError(
        e.kind,
        e.msg,
        e.filename,
        e.lineno,
        e.offset,
        line === undefined ? null : line + "\n",
        e.end_lineno,
        e.end_offset,
      );
    }
    throw e;
  }
  return new Compiler(st, filename, source ?? null, future).compileMod(mod);
}

/** check_is_arg: not a constant, or one of the named singletons. */
function checkIsArg(e: Expr): boolean {
  if (e.type !== "Constant") return true;
  const k = constOf(e).kind;
  return k === "None" || k === "bool" || k === "Ellipsis";
}

/** infer_type: the type name of what a display or constant makes, or null. */
function inferType(e: Expr): string | null {
  switch (e.type) {
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "Lambda":
      return "function";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    case "Constant": {
      const k = constOf(e).kind;
      return k === "None" ? "NoneType" : k === "Ellipsis" ? "ellipsis" : k;
    }
    default:
      return null;
  }
}
