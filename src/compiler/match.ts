/**
 * The match statement (PEP 634): CPython 3.11's compiler_match and its
 * compiler_pattern_* / pattern_helper_* routines from Python/compile.c,
 * with their names, emitting the same instructions in the same blocks.
 *
 * The convention, as in compile.c: every pattern routine consumes the
 * subject on top of the stack and, when it does not match, jumps to a
 * fail_pop block that pops whatever the pattern had pushed so far.
 *  - `onTop` counts the items above the subject-in-progress that a failure
 *    must pop; captured values are rotated *under* them, so that no name
 *    is bound until the whole pattern has matched;
 *  - `stores` lists the captured names, in the order their values sit on
 *    the stack (the newest deepest); on success compiler_match_inner
 *    stores them all at once;
 *  - `failPop[n]` is the block that pops n items and then fails; the
 *    blocks are made on demand and laid out, n down to 0, after the case.
 * Locations are set per pattern and never restored (compile.c's SET_LOC),
 * so a SyntaxError points where CPython's does.
 */

import type { Expr, Match, MatchAs, MatchClass, MatchMapping, MatchOr, MatchSequence, Pattern } from "../ast/nodes.js";
import { Op, NB, Py_EQ, Py_GE } from "../bytecode/opcodes.js";
import { constRepr } from "../bytecode/dis.js";
import type { Const } from "../bytecode/code.js";
import { type BasicBlock, JUMP, POP_JUMP_IF_FALSE } from "./cfg.js";
import { constOf } from "./ast-opt.js";
import type { Compiler } from "./compile.js";

/** pattern_context */
interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: BasicBlock[];
  onTop: number;
}

/** WILDCARD_CHECK: `_` */
function isWildcard(p: Pattern): boolean {
  return p.type === "MatchAs" && p.pattern === null && p.name === null;
}

/** WILDCARD_STAR_CHECK: `*_` */
function isStarWildcard(p: Pattern): boolean {
  return p.type === "MatchStar" && p.name === null;
}

/** `%R` of a name. */
function nameRepr(name: string): string {
  return `'${name}'`;
}

/** ensure_fail_pop: fail_pop blocks for up to `n` pops. */
function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newBlock());
}

/** jump_to_fail_pop: on failure, pop what is on top and what was captured. */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJump(op, pc.failPop[pops]!);
  c.nextBlock();
}

/** emit_and_reset_fail_pop: lay out the fail_pop blocks, n POP_TOPs down to none. */
function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  const blocks = pc.failPop;
  if (blocks.length === 0) return;
  for (let i = blocks.length - 1; i > 0; i--) {
    c.useNextBlock(blocks[i]!);
    c.addop(Op.POP_TOP);
  }
  c.useNextBlock(blocks[0]!);
  pc.failPop = [];
}

function duplicateStore(c: Compiler, name: string): never {
  return c.error(`multiple assignments to name ${nameRepr(name)} in pattern`);
}

/** pattern_helper_rotate: 3.10's ROT_N as SWAPs (TOS goes `count` deep). */
function patternHelperRotate(c: Compiler, count: number): void {
  while (1 < count) c.addop(Op.SWAP, count--);
}

/** pattern_helper_store_name: stash TOS under everything kept, to bind later. */
function patternHelperStoreName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.addop(Op.POP_TOP);
    return;
  }
  c.forbiddenName(name, "Store");
  if (pc.stores.includes(name)) duplicateStore(c, name);
  patternHelperRotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

/** pattern_unpack_helper */
function patternUnpackHelper(c: Compiler, elts: Pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt.type === "MatchStar" && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
        c.error("too many expressions in star-unpacking sequence pattern");
      }
      c.addop(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt.type === "MatchStar") {
      c.error("multiple starred expressions in sequence pattern");
    }
  }
  if (!seenStar) c.addop(Op.UNPACK_SEQUENCE, n);
}

/** pattern_helper_sequence_unpack: UNPACK the subject, match each item. */
function patternHelperSequenceUnpack(c: Compiler, patterns: Pattern[], pc: PatternContext): void {
  patternUnpackHelper(c, patterns);
  const size = patterns.length;
  pc.onTop += size;
  for (const p of patterns) {
    pc.onTop--;
    compilerPatternSubpattern(c, p, pc);
  }
}

/**
 * pattern_helper_sequence_subscr: with a `*_`, index the items instead of
 * unpacking them all (from the end by `len - k`, since the subject may not
 * take negative indices).
 */
function patternHelperSequenceSubscr(c: Compiler, patterns: Pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i]!;
    if (isWildcard(p) || i === star) continue;
    c.addop(Op.COPY, 1);
    if (i < star) {
      c.loadConst({ kind: "int", value: BigInt(i) });
    } else {
      c.addop(Op.GET_LEN);
      c.loadConst({ kind: "int", value: BigInt(size - i) });
      c.addop(Op.BINARY_OP, NB.SUBTRACT);
    }
    c.addop(Op.BINARY_SUBSCR);
    compilerPatternSubpattern(c, p, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP);
}

/** compiler_pattern_subpattern: a nested pattern may be irrefutable. */
function compilerPatternSubpattern(c: Compiler, p: Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilerPattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

/** compiler_pattern_as: `p as name`, a capture `name`, or `_`. */
function compilerPatternAs(c: Compiler, p: MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) c.error(`name capture ${nameRepr(p.name)} makes remaining patterns unreachable`);
      c.error("wildcard makes remaining patterns unreachable");
    }
    patternHelperStoreName(c, p.name, pc);
    return;
  }
  // A copy to store if the inner pattern matches.
  pc.onTop++;
  c.addop(Op.COPY, 1);
  compilerPattern(c, p.pattern, pc);
  pc.onTop--;
  patternHelperStoreName(c, p.name, pc);
}

/** validate_kwd_attrs: errors point at the sub-pattern, not the name. */
function validateKwdAttrs(c: Compiler, attrs: string[], patterns: Pattern[]): void {
  for (let i = 0; i < attrs.length; i++) {
    const attr = attrs[i]!;
    c.setLoc(patterns[i]!);
    c.forbiddenName(attr, "Store");
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[j] === attr) {
        c.setLoc(patterns[j]!);
        c.error(`attribute name repeated in class pattern: ${attr}`);
      }
    }
  }
}

/** compiler_pattern_class: `cls(positional…, name=pattern…)` through MATCH_CLASS. */
function compilerPatternClass(c: Compiler, p: MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs) {
    validateKwdAttrs(c, p.kwd_attrs, p.kwd_patterns);
    c.setLoc(p);
  }
  c.visitExpr(p.cls);
  c.loadConst({ kind: "tuple", items: p.kwd_attrs.map((a): Const => ({ kind: "str", value: a })) });
  c.addop(Op.MATCH_CLASS, nargs);
  c.addop(Op.COPY, 1);
  c.loadConst({ kind: "None" });
  c.addop(Op.IS_OP, 1);
  // TOS is now a tuple of (nargs + nattrs) attributes (or None):
  pc.onTop++;
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  c.addop(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? p.patterns[i]! : p.kwd_patterns[i - nargs]!;
    if (isWildcard(sub)) {
      c.addop(Op.POP_TOP);
      continue;
    }
    compilerPatternSubpattern(c, sub, pc);
  }
}

/**
 * A key of Python's equality for the constant keys of a mapping pattern,
 * so that `1`, `1.0` and `True` collide as they do in CPython's set.
 */
function keyIdentity(c: Const): string {
  switch (c.kind) {
    case "int":
      return `n${c.value}`;
    case "bool":
      return c.value ? "n1" : "n0";
    case "float":
      return Number.isInteger(c.value) ? `n${BigInt(c.value)}` : `f${c.value}`;
    case "str":
      return `s${c.value}`;
    case "bytes":
      return `b${Array.from(c.value).join(",")}`;
    default:
      return constRepr(c);
  }
}

/** compiler_pattern_mapping: MATCH_MAPPING, a length check, MATCH_KEYS, `**rest`. */
function compilerPatternMapping(c: Compiler, p: MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  let size = keys.length;
  const starTarget = p.rest;
  // The subject stays on top during the mapping and length checks:
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  if (!size && starTarget === null) {
    // `{}`: done; pop the subject.
    pc.onTop--;
    c.addop(Op.POP_TOP);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN);
    c.loadConst({ kind: "int", value: BigInt(size) });
    c.addop(Op.COMPARE_OP, Py_GE);
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  }
  // The keys, literals or attribute lookups, into a tuple for MATCH_KEYS;
  // a literal given twice is a SyntaxError.
  const seen = new Set<string>();
  for (const key of keys) {
    if (key.type === "Constant") {
      const value = constOf(key);
      const id = keyIdentity(value);
      if (seen.has(id)) c.error(`mapping pattern checks duplicate key (${constRepr(value)})`);
      seen.add(id);
    } else if (key.type !== "Attribute") {
      c.error("mapping pattern keys may only match literals and attribute lookups");
    }
    c.visitExpr(key);
  }
  c.addop(Op.BUILD_TUPLE, size);
  c.addop(Op.MATCH_KEYS);
  // A tuple of keys and a tuple of values now sit on the subject:
  pc.onTop += 2;
  c.addop(Op.COPY, 1);
  c.loadConst({ kind: "None" });
  c.addop(Op.IS_OP, 1);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  c.addop(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    compilerPatternSubpattern(c, sub, pc);
  }
  // A match: what follows consumes the tuple of keys and the subject.
  pc.onTop -= 2;
  if (starTarget !== null) {
    // rest = dict(subject); for key in keys: del rest[key]
    c.addop(Op.BUILD_MAP, 0); // [subject, keys, empty]
    c.addop(Op.SWAP, 3); // [empty, keys, subject]
    c.addop(Op.DICT_UPDATE, 2); // [copy, keys]
    c.addop(Op.UNPACK_SEQUENCE, size); // [copy, keys...]
    while (size) {
      c.addop(Op.COPY, 1 + size--); // [copy, keys..., copy]
      c.addop(Op.SWAP, 2); // [copy, keys..., copy, key]
      c.addop(Op.DELETE_SUBSCR); // [copy, keys...]
    }
    patternHelperStoreName(c, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP); // the tuple of keys
    c.addop(Op.POP_TOP); // the subject
  }
}

/**
 * compiler_pattern_or: each alternative on a copy of the subject, with its
 * own stores and fail_pop; the first alternative's names are the control
 * that the others must bind too (their values reordered to match).
 */
function compilerPatternOr(c: Compiler, p: MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old: PatternContext = { ...pc };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    c.setLoc(alt);
    pc.stores = [];
    // An irrefutable alternative must be last, if it is allowed at all:
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addop(Op.COPY, 1);
    compilerPattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (control === null) {
      control = pc.stores;
    } else if (nstores !== control.length) {
      c.error("alternative patterns bind different names");
    } else if (nstores) {
      alignStores(c, control, pc.stores);
    }
    c.addopJump(JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  Object.assign(pc, old);
  // No alternative matched: pop the remaining copy of the subject and fail.
  c.addop(Op.POP_TOP);
  jumpToFailPop(c, pc, JUMP);
  c.useNextBlock(end);
  const names = control!;
  // Between the new captures and their place: the other captures, the
  // copy of the subject, what is on top, and the stores made before.
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    patternHelperRotate(c, nrots);
    if (pc.stores.includes(name)) duplicateStore(c, name);
    pc.stores.push(name);
  }
  // Pop the copy of the subject:
  c.addop(Op.POP_TOP);
}

/** Reorder an alternative's captured values (and `stores`) to `control`'s order. */
function alignStores(c: Compiler, control: string[], stores: string[]): void {
  let icontrol = control.length;
  while (icontrol--) {
    const istores = stores.indexOf(control[icontrol]!);
    if (istores < 0) c.error("alternative patterns bind different names");
    if (icontrol === istores) continue;
    let rotations = istores + 1;
    const rotated = stores.splice(0, rotations);
    stores.splice(icontrol - istores, 0, ...rotated);
    while (rotations--) patternHelperRotate(c, icontrol + 1);
  }
}

/** compiler_pattern_sequence: MATCH_SEQUENCE, a length check, then the items. */
function compilerPatternSequence(c: Compiler, p: MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const sub = patterns[i]!;
    if (sub.type === "MatchStar") {
      if (star >= 0) c.error("multiple starred names in sequence pattern");
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(sub);
  }
  // The subject stays on top during the sequence and length checks:
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN);
    c.loadConst({ kind: "int", value: BigInt(size) });
    c.addop(Op.COMPARE_OP, Py_EQ);
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  } else if (size - 1) {
    c.addop(Op.GET_LEN);
    c.loadConst({ kind: "int", value: BigInt(size - 1) });
    c.addop(Op.COMPARE_OP, Py_GE);
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  }
  // What comes next consumes the subject:
  pc.onTop--;
  if (onlyWildcard) {
    // [] / [_] / [_, _] / [*_] / [_, *_] / …
    c.addop(Op.POP_TOP);
  } else if (starWildcard) {
    patternHelperSequenceSubscr(c, patterns, star, pc);
  } else {
    patternHelperSequenceUnpack(c, patterns, pc);
  }
}

/** MATCH_VALUE_EXPR: after folding, a value is a constant or a dotted name. */
function isMatchValueExpr(e: Expr): boolean {
  return e.type === "Constant" || e.type === "Attribute";
}

/** compiler_pattern: SET_LOC, then the routine for the pattern's kind. */
function compilerPattern(c: Compiler, p: Pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p.type) {
    case "MatchValue":
      // compiler_pattern_value
      if (!isMatchValueExpr(p.value)) c.error("patterns may only match literals and attribute lookups");
      c.visitExpr(p.value);
      c.addop(Op.COMPARE_OP, Py_EQ);
      jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
      return;
    case "MatchSingleton":
      // compiler_pattern_singleton
      c.loadConst(p.value);
      c.addop(Op.IS_OP, 0);
      jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
      return;
    case "MatchSequence":
      return compilerPatternSequence(c, p, pc);
    case "MatchMapping":
      return compilerPatternMapping(c, p, pc);
    case "MatchClass":
      return compilerPatternClass(c, p, pc);
    case "MatchStar":
      // compiler_pattern_star
      return patternHelperStoreName(c, p.name, pc);
    case "MatchAs":
      return compilerPatternAs(c, p, pc);
    case "MatchOr":
      return compilerPatternOr(c, p, pc);
  }
}

/** compiler_match / compiler_match_inner */
export function compilerMatch(c: Compiler, s: Match): void {
  c.visitExpr(s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  const last = s.cases[cases - 1]!;
  const hasDefault = isWildcard(last.pattern) && 1 < cases ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    const m = s.cases[i]!;
    c.setLoc(m.pattern);
    // Only copy the subject if this is not the last case:
    if (i !== cases - hasDefault - 1) c.addop(Op.COPY, 1);
    pc.stores = [];
    // Irrefutable cases must be either guarded, last, or both:
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilerPattern(c, m.pattern, pc);
    // A match: bind the captured names (their values are on the stack).
    for (const name of pc.stores) c.nameop(name, "Store");
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      c.compilerJumpIf(m.guard, pc.failPop[0]!, false);
    }
    // Done with the subject:
    if (i !== cases - hasDefault - 1) c.addop(Op.POP_TOP);
    for (const st of m.body) c.visitStmt(st);
    c.addopJumpNoline(JUMP, end);
    // A failed pattern's cleanup belongs to its line, not the body's last.
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    // A trailing `case _:` saves pushing and popping the subject above.
    c.setLoc(last.pattern);
    if (cases === 1) {
      c.addop(Op.POP_TOP);
    } else {
      // Line coverage for the default case (it makes no code of its own).
      c.addop(Op.NOP);
    }
    if (last.guard !== null) c.compilerJumpIf(last.guard, end, false);
    for (const st of last.body) c.visitStmt(st);
  }
  c.useNextBlock(end);
}
