/**
 * The symbol table: CPython 3.11's Python/symtable.c.
 *
 * Two passes, as in CPython:
 *  1. `symtable_visit_*` walks the AST, creating one `SymTableEntry` per
 *     scope (module, class, function, lambda, and each comprehension /
 *     generator expression, which in 3.11 is a function with parameter
 *     `.0`), and records per name a bit set of DEF_* flags in insertion
 *     order (a Map, like CPython's dict).
 *  2. `analyze_block` resolves every name to LOCAL, GLOBAL_EXPLICIT,
 *     GLOBAL_IMPLICIT, FREE or CELL, passing the `bound`, `free` and
 *     `global` name sets down and up the scope tree exactly as CPython
 *     does: class scopes are invisible to nested functions, free names of
 *     methods that the class itself binds get DEF_FREE_CLASS (so the class
 *     body uses LOAD_CLASSDEREF), and a method using `super` or
 *     `__class__` makes the class need an implicit `__class__` cell.
 *
 * Errors are CPython's SyntaxErrors, with its wording and positions.
 */
import { CompileLimitError, compileWork, RECURSION_DURING_COMPILATION, recursionBounds } from "../ast/limits.js";
import type {
  Alias,
  Arguments,
  Arg,
  Comprehension,
  Expr,
  ExceptHandler,
  FunctionDef,
  Keyword,
  MatchCase,
  Mod,
  Node,
  Pattern,
  Pos,
  Stmt,
} from "../ast/nodes.js";
import { CompileError } from "../ast/errors.js";
import { mangle } from "./mangle.js";

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const enum Scope {
  NONE = 0,
  LOCAL = 1,
  GLOBAL_EXPLICIT = 2,
  GLOBAL_IMPLICIT = 3,
  FREE = 4,
  CELL = 5,
}

/** AnnotationBlock: an annotation read under `from __future__ import
 *  annotations`, attached to no parent (see visitAnnotation). */
export type BlockType = "FunctionBlock" | "ClassBlock" | "ModuleBlock" | "AnnotationBlock";
export type ComprehensionKind = "none" | "list" | "set" | "dict" | "genexp";

export class SymTableEntry {
  /** DEF_* flags per (mangled) name, in first-seen order. */
  readonly symbols = new Map<string, number>();
  /** Resolved scope per name, filled by analyze_block. */
  readonly scopes = new Map<string, Scope>();
  /** Parameters in order (`ste_varnames`). */
  readonly varnames: string[] = [];
  readonly children: SymTableEntry[] = [];
  /** global/nonlocal statements, for error positions. */
  readonly directives = new Map<string, Pos>();
  nested = false;
  generator = false;
  /** `ste_coroutine`: an `async def`, or a scope using `await` or `async for`. */
  coroutine = false;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  childFree = false;
  free = false;
  comprehension: ComprehensionKind = "none";
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: Node,
    readonly lineno: number,
  ) {}

  /** `_PyST_GetScope`. */
  getScope(name: string): Scope {
    return this.scopes.get(name) ?? Scope.NONE;
  }

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

export class SymTable {
  readonly blocks = new Map<Node, SymTableEntry>();
  top!: SymTableEntry;
  cur!: SymTableEntry;
  private stack: SymTableEntry[] = [];
  /** Class name for mangling (`st_private`). */
  private private_: string | null = null;
  /** st->recursion_depth and st->recursion_limit. */
  private recursionDepth: number;
  private recursionLimit: number;

  constructor(
    readonly filename: string,
    /** CO_FUTURE_ANNOTATIONS is on: annotations become strings, unevaluated. */
    readonly futureAnnotations = false,
  ) {
    const bounds = recursionBounds();
    this.recursionDepth = bounds.depth;
    this.recursionLimit = bounds.limit;
  }

  lookup(node: Node): SymTableEntry {
    const ste = this.blocks.get(node);
    if (!ste) throw new Error("symtable: no entry for node");
    return ste;
  }

  error(msg: string, p: Pos): never {
    throw new CompileError(
      "SyntaxError",
      msg,
      this.filename,
      p.lineno,
      p.col_offset + 1,
      null,
      p.end_lineno,
      p.end_col_offset + 1,
    );
  }

  // ------------------------------------------------------------ blocks

  enterBlock(name: string, type: BlockType, node: Node, lineno: number): void {
    const prev = this.stack.length ? this.cur : null;
    const ste = new SymTableEntry(name, type, node, lineno);
    if (prev && (prev.nested || prev.type === "FunctionBlock")) ste.nested = true;
    this.blocks.set(node, ste);
    if (prev) prev.children.push(ste);
    else this.top = ste;
    this.stack.push(ste);
    this.cur = ste;
  }

  /**
   * symtable_enter_block for an AnnotationBlock: an annotation compiled to
   * a string still has its names read, for the errors below, but in a
   * block that is no one's child, so it changes no scope.
   */
  private enterAnnotationBlock(node: Node, lineno: number): void {
    const ste = new SymTableEntry("_annotation", "AnnotationBlock", node, lineno);
    if (this.cur.nested || this.cur.type === "FunctionBlock") ste.nested = true;
    this.stack.push(ste);
    this.cur = ste;
  }

  /** symtable_raise_if_annotation_block: `what` is not allowed in an AnnotationBlock. */
  private raiseIfAnnotation(what: string, e: Expr): void {
    if (this.cur.type === "AnnotationBlock") this.error(`'${what}' can not be used within an annotation`, e);
  }

  /** symtable_visit_annotation */
  private visitAnnotation(e: Expr): void {
    if (!this.futureAnnotations) return this.visitExpr(e);
    this.enterAnnotationBlock(e, e.lineno);
    this.visitExpr(e);
    this.exitBlock();
  }

  exitBlock(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }

  /** symtable_add_def / symtable_add_def_helper. */
  addDef(name: string, flag: number, p: Pos | null, ste: SymTableEntry = this.cur): void {
    const mangled = mangle(this.private_, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) {
        this.error(`duplicate argument '${name}' in function definition`, p!);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, p!);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      const g = this.top.symbols.get(mangled);
      this.top.symbols.set(mangled, flag | (g ?? 0));
    }
  }

  private lookupFlags(name: string): number {
    return this.cur.flags(mangle(this.private_, name));
  }

  // ------------------------------------------------------------ visitors

  visitMod(mod: Mod): void {
    this.enterBlock("top", "ModuleBlock", mod, 0);
    switch (mod.type) {
      case "Module":
      case "Interactive":
        this.visitStmts(mod.body);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        break;
    }
    this.exitBlock();
  }

  private visitStmts(ss: Stmt[]): void {
    for (const s of ss) this.visitStmt(s);
  }

  private visitExprs(es: Expr[]): void {
    for (const e of es) this.visitExpr(e);
  }

  /** The recursion check symtable_visit_stmt and symtable_visit_expr make on entry. */
  private enter(): void {
    if (++this.recursionDepth > this.recursionLimit) {
      throw new CompileLimitError("RecursionError", RECURSION_DURING_COMPILATION);
    }
    compileWork();
  }

  private visitStmt(s: Stmt): void {
    this.enter();
    this.visitStmtKind(s);
    this.recursionDepth--;
  }

  private visitStmtKind(s: Stmt): void {
    switch (s.type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        for (const d of s.args.kw_defaults) if (d) this.visitExpr(d);
        this.visitAnnotations(s, s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, "FunctionBlock", s, s.lineno);
        if (s.type === "AsyncFunctionDef") this.cur.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        return;
      }
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        this.visitKeywords(s.keywords);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, "ClassBlock", s, s.lineno);
        const saved = this.private_;
        this.private_ = s.name;
        this.visitStmts(s.body);
        this.private_ = saved;
        this.exitBlock();
        return;
      }
      case "Return":
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        return;
      case "Delete":
        this.visitExprs(s.targets);
        return;
      case "Assign":
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        return;
      case "AnnAssign": {
        const t = s.target;
        if (t.type === "Name") {
          const cur = this.lookupFlags(t.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top && s.simple) {
            this.error(
              cur & DEF_GLOBAL
                ? `annotated name '${t.id}' can't be global`
                : `annotated name '${t.id}' can't be nonlocal`,
              s,
            );
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
          else if (s.value) this.addDef(t.id, DEF_LOCAL, t);
        } else {
          this.visitExpr(t);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        return;
      }
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        return;
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        return;
      case "While":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        return;
      case "If":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        return;
      case "Raise":
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        return;
      case "Try":
      case "TryStar":
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) this.visitHandler(h);
        this.visitStmts(s.finalbody);
        return;
      case "Match":
        this.visitExpr(s.subject);
        for (const m of s.cases) this.visitMatchCase(m);
        return;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        return;
      case "Import":
        for (const a of s.names) this.visitAlias(a);
        return;
      case "ImportFrom":
        for (const a of s.names) this.visitAlias(a);
        return;
      case "Global":
        for (const name of s.names) {
          const cur = this.lookupFlags(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and global`;
            else if (cur & USE) msg = `name '${name}' is used prior to global declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be global`;
            else msg = `name '${name}' is assigned to before global declaration`;
            this.error(msg, s);
          }
          this.addDef(name, DEF_GLOBAL, s);
          this.recordDirective(name, s);
        }
        return;
      case "Nonlocal":
        for (const name of s.names) {
          const cur = this.lookupFlags(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and nonlocal`;
            else if (cur & USE) msg = `name '${name}' is used prior to nonlocal declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be nonlocal`;
            else msg = `name '${name}' is assigned to before nonlocal declaration`;
            this.error(msg, s);
          }
          this.addDef(name, DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        return;
      case "Expr":
        this.visitExpr(s.value);
        return;
      case "Pass":
      case "Break":
      case "Continue":
        return;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        return;
    }
  }

  private recordDirective(name: string, s: Pos): void {
    const mangled = mangle(this.private_, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, s);
  }

  /** symtable_visit_match_case */
  private visitMatchCase(m: MatchCase): void {
    this.visitPattern(m.pattern);
    if (m.guard) this.visitExpr(m.guard);
    this.visitStmts(m.body);
  }

  /** symtable_visit_pattern: captures are local definitions. */
  private visitPattern(p: Pattern): void {
    switch (p.type) {
      case "MatchValue":
        this.visitExpr(p.value);
        return;
      case "MatchSingleton":
        return;
      case "MatchSequence":
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        return;
      case "MatchStar":
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        return;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        return;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        return;
      case "MatchAs":
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        return;
    }
  }

  private visitHandler(h: ExceptHandler): void {
    if (h.exc_type) this.visitExpr(h.exc_type);
    if (h.name) this.addDef(h.name, DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  private visitAlias(a: Alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf(".");
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== "*") {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== "ModuleBlock") {
      this.error("import * only allowed at module level", a);
    }
  }

  private visitKeywords(ks: Keyword[]): void {
    for (const k of ks) this.visitExpr(k.value);
  }

  private visitParams(args: Arg[]): void {
    for (const a of args) this.addDef(a.arg, DEF_PARAM, a);
  }

  private visitArguments(a: Arguments): void {
    this.visitParams(a.posonlyargs);
    this.visitParams(a.args);
    this.visitParams(a.kwonlyargs);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  /** symtable_visit_annotations: the parameters' annotations (in one
   *  AnnotationBlock under future annotations), then the return's. */
  private visitAnnotations(def: FunctionDef, a: Arguments, returns: Expr | null): void {
    if (this.futureAnnotations) this.enterAnnotationBlock(def, def.lineno);
    for (const arg of [...a.posonlyargs, ...a.args]) if (arg.annotation) this.visitExpr(arg.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation) this.visitExpr(arg.annotation);
    if (this.futureAnnotations) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  private visitExpr(e: Expr): void {
    this.enter();
    this.visitExprKind(e);
    this.recursionDepth--;
  }

  private visitExprKind(e: Expr): void {
    switch (e.type) {
      case "NamedExpr":
        this.raiseIfAnnotation("named expression", e);
        if (this.cur.compIterExpr > 0) {
          this.error("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        this.visitExpr(e.value);
        this.visitNamedExprTarget(e.target);
        return;
      case "BoolOp":
        this.visitExprs(e.values);
        return;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        return;
      case "UnaryOp":
        this.visitExpr(e.operand);
        return;
      case "Lambda": {
        this.visitExprs(e.args.defaults);
        for (const d of e.args.kw_defaults) if (d) this.visitExpr(d);
        this.enterBlock("lambda", "FunctionBlock", e, e.lineno);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        return;
      }
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        return;
      case "Dict":
        for (let i = 0; i < e.values.length; i++) {
          const k = e.keys[i];
          if (k) this.visitExpr(k);
          this.visitExpr(e.values[i]!);
        }
        return;
      case "Set":
        this.visitExprs(e.elts);
        return;
      case "GeneratorExp":
        this.handleComprehension(e, "genexpr", e.generators, e.elt, null, "genexp");
        return;
      case "ListComp":
        this.handleComprehension(e, "listcomp", e.generators, e.elt, null, "list");
        return;
      case "SetComp":
        this.handleComprehension(e, "setcomp", e.generators, e.elt, null, "set");
        return;
      case "DictComp":
        this.handleComprehension(e, "dictcomp", e.generators, e.key, e.value, "dict");
        return;
      case "Yield":
        this.raiseIfAnnotation("yield expression", e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== "none") this.raiseIfComprehension(e);
        return;
      case "YieldFrom":
        this.raiseIfAnnotation("yield expression", e);
        this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== "none") this.raiseIfComprehension(e);
        return;
      case "Await":
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        return;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        return;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        this.visitKeywords(e.keywords);
        return;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        return;
      case "JoinedStr":
        this.visitExprs(e.values);
        return;
      case "Constant":
        return;
      case "Attribute":
        this.visitExpr(e.value);
        return;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        return;
      case "Starred":
        this.visitExpr(e.value);
        return;
      case "Slice":
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        return;
      case "Name":
        this.addDef(e.id, e.ctx === "Load" ? USE : DEF_LOCAL, e);
        if (e.ctx === "Load" && this.cur.type === "FunctionBlock" && e.id === "super") {
          this.addDef("__class__", USE, e);
        }
        return;
      case "List":
        this.visitExprs(e.elts);
        return;
      case "Tuple":
        this.visitExprs(e.elts);
        return;
    }
  }

  private raiseIfComprehension(e: Expr): never {
    const what = {
      list: "list comprehension",
      set: "set comprehension",
      dict: "dict comprehension",
      genexp: "generator expression",
      none: "",
    }[this.cur.comprehension];
    this.error(`'yield' inside ${what}`, e);
  }

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in
   *  the nearest enclosing non-comprehension scope. */
  private visitNamedExprTarget(target: Expr): void {
    if (this.cur.comprehension !== "none" && target.type === "Name") {
      const name = target.id;
      for (let i = this.stack.length - 1; i >= 0; i--) {
        const ste = this.stack[i]!;
        if (ste.comprehension !== "none") {
          if (ste.flags(name) & DEF_COMP_ITER) {
            this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
          }
          continue;
        }
        if (ste.type === "FunctionBlock") {
          const f = ste.flags(name);
          this.addDef(name, f & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
          this.addDef(name, DEF_LOCAL, target, ste);
          return;
        }
        if (ste.type === "ModuleBlock") {
          this.addDef(name, DEF_GLOBAL, target);
          this.addDef(name, DEF_GLOBAL, target, ste);
          return;
        }
        this.error("assignment expression within a comprehension cannot be used in a class body", target);
      }
    }
    this.visitExpr(target);
  }

  private handleComprehension(
    e: Expr,
    scopeName: string,
    generators: Comprehension[],
    elt: Expr,
    value: Expr | null,
    kind: ComprehensionKind,
  ): void {
    const outermost = generators[0]!;
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(`<${scopeName}>`, "FunctionBlock", e, e.lineno);
    this.cur.comprehension = kind;
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef(".0", DEF_PARAM, e);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i]!;
      this.cur.compIterTarget = true;
      this.visitExpr(g.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(g.iter);
      this.cur.compIterExpr--;
      this.visitExprs(g.ifs);
      if (g.is_async) this.cur.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = kind === "genexp";
    // An async list/set/dict comprehension makes its scope a coroutine; an
    // async generator expression does not (it is an async generator object).
    const isAsync = this.cur.coroutine && kind !== "genexp";
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  // ------------------------------------------------------------ analysis

  /** analyze_name */
  private analyzeName(
    ste: SymTableEntry,
    scopes: Map<string, Scope>,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, Scope.GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
      if (!bound.has(name)) this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, Scope.FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, Scope.LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound?.has(name)) {
      scopes.set(name, Scope.FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, Scope.GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, Scope.GLOBAL_IMPLICIT);
  }

  private errorAtDirective(ste: SymTableEntry, name: string, msg: string): never {
    const p = ste.directives.get(name);
    if (!p) throw new CompileError("SyntaxError", msg, this.filename, ste.lineno, 1, null);
    this.error(msg, p);
  }

  /** analyze_block */
  private analyzeBlock(ste: SymTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const scopes = new Map<string, Scope>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();

    if (ste.type === "ClassBlock") {
      for (const n of global) newglobal.add(n);
      if (bound) for (const n of bound) newbound.add(n);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global);
    }
    if (ste.type !== "ClassBlock") {
      if (ste.type === "FunctionBlock") for (const n of local) newbound.add(n);
      if (bound) for (const n of bound) newbound.add(n);
      for (const n of global) newglobal.add(n);
    } else {
      newbound.add("__class__");
    }

    const allfree = new Set<string>();
    for (const child of ste.children) {
      this.analyzeChildBlock(child, newbound, newfree, newglobal, allfree);
      if (child.free || child.childFree) ste.childFree = true;
    }
    for (const n of allfree) newfree.add(n);

    if (ste.type === "FunctionBlock") {
      // analyze_cells
      for (const [name, scope] of scopes) {
        if (scope !== Scope.LOCAL || !newfree.has(name)) continue;
        scopes.set(name, Scope.CELL);
        newfree.delete(name);
      }
    } else if (ste.type === "ClassBlock") {
      // drop_class_free
      if (newfree.delete("__class__")) ste.needsClassClosure = true;
    }

    // update_symbols
    for (const [name] of ste.symbols) ste.scopes.set(name, scopes.get(name)!);
    for (const name of newfree) {
      const v = ste.symbols.get(name);
      if (v !== undefined) {
        if (ste.type === "ClassBlock" && v & (DEF_BOUND | DEF_GLOBAL)) {
          ste.symbols.set(name, v | DEF_FREE_CLASS);
        }
        continue;
      }
      if (bound && !bound.has(name)) continue;
      ste.symbols.set(name, 0);
      ste.scopes.set(name, Scope.FREE);
    }
    for (const n of newfree) free.add(n);
  }

  private analyzeChildBlock(
    entry: SymTableEntry,
    bound: Set<string>,
    free: Set<string>,
    global: Set<string>,
    childFree: Set<string>,
  ): void {
    const tempBound = new Set(bound);
    const tempFree = new Set(free);
    const tempGlobal = new Set(global);
    this.analyzeBlock(entry, tempBound, tempFree, tempGlobal);
    for (const n of tempFree) childFree.add(n);
  }

  analyze(): void {
    this.analyzeBlock(this.top, null, new Set(), new Set());
  }
}

/** `_PySymtable_Build`. */
export function buildSymtable(mod: Mod, filename: string, futureAnnotations = false): SymTable {
  const st = new SymTable(filename, futureAnnotations);
  st.visitMod(mod);
  st.analyze();
  return st;
}
