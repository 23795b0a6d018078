/**
 * The control-flow-graph optimizer: CPython 3.11's `optimize_cfg` and the
 * passes assemble() runs around it (Python/compile.c), applied to one code
 * unit's blocks before stack depth and jump offsets are computed.
 *
 * Mirrored, with 3.11's names and order:
 *  - normalize_basic_block, extend_block (copy small exit blocks into the
 *    jumps that reach them);
 *  - optimize_basic_block: constant conditions (LOAD_CONST + conditional
 *    jump), `x is None` jumps, jump threading, BUILD_TUPLE+UNPACK_SEQUENCE
 *    → SWAP, tuple-of-constants folding, swaptimize / apply_static_swaps,
 *    PUSH_NULL + LOAD_GLOBAL → LOAD_GLOBAL with the low bit set;
 *  - clean_basic_block (NOP removal that keeps line events), mark_reachable
 *    and dead-block removal, redundant-jump removal;
 *  - duplicate_exits_without_lineno, trim_unused_consts,
 *    propagate_line_numbers, guarantee_lineno_for_exits.
 * `fallsThrough` stands for CPython's b_nofallthrough flag (computed from
 * the block's last instruction instead of stored).
 */
import type { Const } from "../bytecode/code.js";
import { Op } from "../bytecode/opcodes.js";
import {
  type BasicBlock,
  type Instr,
  type Location,
  isBlockPush,
  isJump,
  isScopeExit,
  fallsThrough,
  JUMP,
  JUMP_NO_INTERRUPT,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
} from "./cfg.js";
import { constTruth } from "./ast-opt.js";

const MAX_COPY_SIZE = 4;

export interface ConstPool {
  consts: Const[];
  addConst(c: Const): number;
}

/** Iterate blocks in layout order. */
export function* layout(entry: BasicBlock): Generator<BasicBlock> {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) yield b;
}

/** Iterate blocks in allocation order (`b_list`, newest first). */
export function* allocated(head: BasicBlock | null): Generator<BasicBlock> {
  for (let b = head; b !== null; b = b.allocNext) yield b;
}

function copyInstr(i: Instr): Instr {
  return { opcode: i.opcode, oparg: i.oparg, target: i.target, loc: i.loc, except: i.except };
}

/** normalize_basic_block */
export function normalizeBasicBlock(bb: BasicBlock): void {
  bb.instrs.forEach((ins, i) => {
    const jump = isJump(ins);
    const exit = isScopeExit(ins.opcode);
    if ((jump || exit) && i !== bb.instrs.length - 1) throw new Error("malformed control flow graph.");
    if (exit) bb.exit = true;
    if (jump) {
      while (ins.target!.instrs.length === 0) ins.target = ins.target!.next;
    }
  });
}

/** extend_block */
export function extendBlock(bb: BasicBlock): void {
  const last = bb.last;
  if (!last) return;
  if (last.opcode !== JUMP && last.opcode !== Op.JUMP_FORWARD && last.opcode !== Op.JUMP_BACKWARD) return;
  const target = last.target!;
  // Only line-less exits (like the implicit `return None`) are copied.
  if (target.exit && target.instrs.length <= MAX_COPY_SIZE && !target.instrs.some((i) => i.loc.lineno > 0)) {
    last.opcode = Op.NOP;
    last.target = null;
    for (const i of target.instrs) bb.instrs.push(copyInstr(i));
    bb.exit = true;
  }
}

/** clean_basic_block: remove NOPs unless one is needed for a line event. */
export function cleanBasicBlock(bb: BasicBlock): void {
  const out: Instr[] = [];
  let prevLineno = -1;
  const ins = bb.instrs;
  for (let src = 0; src < ins.length; src++) {
    const cur = ins[src]!;
    const lineno = cur.loc.lineno;
    if (cur.opcode === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < ins.length - 1) {
        const nxt = ins[src + 1]!;
        const nextLineno = nxt.loc.lineno;
        if (nextLineno < 0) {
          nxt.loc = cur.loc;
          continue;
        }
        if (nextLineno === lineno) continue;
      } else {
        let next = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0]!.loc.lineno) continue;
      }
    }
    out.push(cur);
    prevLineno = lineno;
  }
  bb.instrs = out;
}

/** jump_thread: retarget `inst` to where `target` jumps. */
function jumpThread(inst: Instr, target: Instr, opcode: number): number {
  if (inst.loc.lineno === target.loc.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return 1;
  }
  return 0;
}

/** fold_tuple_on_constants: LOAD_CONST×n BUILD_TUPLE n → LOAD_CONST tuple. */
function foldTupleOnConstants(instrs: Instr[], i: number, n: number, pool: ConstPool): void {
  const items: Const[] = [];
  for (let k = i - n; k < i; k++) {
    const ins = instrs[k]!;
    if (ins.opcode !== Op.LOAD_CONST) return;
    items.push(pool.consts[ins.oparg]!);
  }
  const index = pool.addConst({ kind: "tuple", items });
  for (let k = i - n; k < i; k++) instrs[k]!.opcode = Op.NOP;
  instrs[i]!.opcode = Op.LOAD_CONST;
  instrs[i]!.oparg = index;
}

const VISITED = -1;

/** swaptimize: replace a run of SWAPs by the shortest equivalent. Returns
 *  the index of the run's last instruction. */
function swaptimize(instrs: Instr[], ix: number): number {
  let depth = instrs[ix]!.oparg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len]!.opcode;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len]!.oparg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i]!;
    if (ins.opcode === Op.SWAP) {
      const oparg = ins.oparg;
      const top = stack[0]!;
      stack[0] = stack[oparg - 1]!;
      stack[oparg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const ins = instrs[ix + current--]!;
        ins.opcode = Op.SWAP;
        ins.oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) instrs[ix + current--]!.opcode = Op.NOP;
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.POP_TOP;
}

function nextSwappableInstruction(instrs: Instr[], i: number, lineno: number): number {
  while (++i < instrs.length) {
    const ins = instrs[i]!;
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.opcode === Op.NOP) continue;
    if (swappable(ins.opcode)) return i;
    return -1;
  }
  return -1;
}

/** apply_static_swaps: SWAP + stores → reordered stores. */
function applyStaticSwaps(instrs: Instr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = instrs[i]!;
    if (swap.opcode !== Op.SWAP) {
      if (swap.opcode === Op.NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(instrs, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j]!.loc.lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappableInstruction(instrs, k, lineno);
      if (k < 0) return;
    }
    // Storing twice to one local cannot be reordered.
    const sj = instrs[j]!,
      sk = instrs[k]!;
    if (sj.opcode === Op.STORE_FAST && sk.opcode === Op.STORE_FAST && sj.oparg === sk.oparg) return;
    swap.opcode = Op.NOP;
    instrs[j] = sk;
    instrs[k] = sj;
  }
}

const NOP_INSTR: Instr = {
  opcode: Op.NOP,
  oparg: 0,
  target: null,
  loc: { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 },
  except: null,
};

/** optimize_basic_block */
function optimizeBasicBlock(bb: BasicBlock, pool: ConstPool): void {
  const instrs = bb.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i]!;
    const oparg = inst.oparg;
    const nextop = i + 1 < instrs.length ? instrs[i + 1]!.opcode : 0;
    let target: Instr;
    if (isJump(inst) || isBlockPush(inst.opcode)) {
      while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
      target = inst.target!.instrs[0]!;
    } else {
      target = NOP_INSTR;
    }
    switch (inst.opcode) {
      case Op.LOAD_CONST: {
        switch (nextop) {
          case POP_JUMP_IF_FALSE:
          case POP_JUMP_IF_TRUE: {
            const isTrue = constTruth(pool.consts[oparg]!);
            inst.opcode = Op.NOP;
            const jumpIfTrue = nextop === POP_JUMP_IF_TRUE;
            const nxt = instrs[i + 1]!;
            if (isTrue === jumpIfTrue) nxt.opcode = JUMP;
            else nxt.opcode = Op.NOP;
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const isTrue = constTruth(pool.consts[oparg]!);
            const jumpIfTrue = nextop === Op.JUMP_IF_TRUE_OR_POP;
            const nxt = instrs[i + 1]!;
            if (isTrue === jumpIfTrue) {
              nxt.opcode = JUMP;
            } else {
              inst.opcode = Op.NOP;
              nxt.opcode = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            const c = pool.consts[oparg]!;
            const jumpOp = i + 2 < instrs.length ? instrs[i + 2]!.opcode : 0;
            if (c.kind === "None" && (jumpOp === POP_JUMP_IF_FALSE || jumpOp === POP_JUMP_IF_TRUE)) {
              const nextarg = instrs[i + 1]!.oparg;
              inst.opcode = Op.NOP;
              instrs[i + 1]!.opcode = Op.NOP;
              instrs[i + 2]!.opcode =
                nextarg ^ (jumpOp === POP_JUMP_IF_FALSE ? 1 : 0) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      }
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === instrs[i + 1]!.oparg) {
          if (oparg === 1) {
            inst.opcode = Op.NOP;
            instrs[i + 1]!.opcode = Op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.opcode = Op.NOP;
            instrs[i + 1]!.opcode = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(instrs, i, oparg, pool);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.opcode) {
          case POP_JUMP_IF_FALSE:
            i -= jumpThread(inst, target, POP_JUMP_IF_FALSE);
            break;
          case JUMP:
          case Op.JUMP_IF_FALSE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP);
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
          case POP_JUMP_IF_TRUE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.opcode = POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.opcode) {
          case POP_JUMP_IF_TRUE:
            i -= jumpThread(inst, target, POP_JUMP_IF_TRUE);
            break;
          case JUMP:
          case Op.JUMP_IF_TRUE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP);
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case POP_JUMP_IF_FALSE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.opcode = POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case POP_JUMP_IF_NOT_NONE:
      case POP_JUMP_IF_NONE:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, inst.opcode);
        break;
      case POP_JUMP_IF_FALSE:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, POP_JUMP_IF_FALSE);
        break;
      case POP_JUMP_IF_TRUE:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, POP_JUMP_IF_TRUE);
        break;
      case JUMP:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, JUMP);
        break;
      case Op.SWAP:
        if (oparg === 1) {
          inst.opcode = Op.NOP;
          break;
        }
        i = swaptimize(instrs, i);
        applyStaticSwaps(instrs, i);
        break;
      case Op.PUSH_NULL:
        // 3.11 tests the next *opcode*'s low bit (always 0 for LOAD_GLOBAL).
        if (nextop === Op.LOAD_GLOBAL) {
          inst.opcode = Op.NOP;
          inst.oparg = 0;
          instrs[i + 1]!.oparg |= 1;
        }
        break;
      default:
        break;
    }
  }
}

/** mark_reachable: count predecessors from the entry block. */
function markReachable(entry: BasicBlock): void {
  for (const b of layout(entry)) b.predecessors = 0;
  const stack: BasicBlock[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && fallsThrough(b)) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (isJump(ins) || isBlockPush(ins.opcode)) {
        const target = ins.target!;
        if (target.predecessors === 0) stack.push(target);
        target.predecessors++;
      }
    }
  }
}

/** eliminate_empty_basic_blocks */
function eliminateEmptyBasicBlocks(entry: BasicBlock): void {
  for (const b of layout(entry)) {
    let next = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (const b of layout(entry)) {
    const last = b.last;
    if (last && isJump(last)) {
      let target = last.target!;
      while (target.instrs.length === 0) target = target.next!;
      last.target = target;
    }
  }
}

/** optimize_cfg */
export function optimizeCfg(entry: BasicBlock, blocksHead: BasicBlock | null, pool: ConstPool): void {
  for (const b of layout(entry)) {
    optimizeBasicBlock(b, pool);
    cleanBasicBlock(b);
  }
  for (const b of allocated(blocksHead)) extendBlock(b);
  markReachable(entry);
  for (const b of layout(entry)) {
    if (b.predecessors === 0) b.instrs = [];
  }
  eliminateEmptyBasicBlocks(entry);
  for (const b of layout(entry)) cleanBasicBlock(b);
  let maybeEmpty = false;
  for (const b of layout(entry)) {
    const last = b.last;
    if (last && (last.opcode === JUMP || last.opcode === JUMP_NO_INTERRUPT) && last.target === b.next) {
      last.opcode = Op.NOP;
      last.target = null;
      maybeEmpty = true;
    }
  }
  if (maybeEmpty) eliminateEmptyBasicBlocks(entry);
}

function isExitWithoutLineno(b: BasicBlock): boolean {
  const last = b.last;
  if (!last || !isScopeExit(last.opcode)) return false;
  return b.instrs.every((i) => i.loc.lineno < 0);
}

/** duplicate_exits_without_lineno: give every jump to a line-less exit
 *  block its own copy, so each copy can inherit the jump's line. */
export function duplicateExitsWithoutLineno(unitNewBlock: () => BasicBlock, blocksHead: () => BasicBlock | null): void {
  for (const b of [...allocated(blocksHead())]) {
    const last = b.last;
    if (last && isJump(last)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const copy = unitNewBlock();
        for (const i of target.instrs) copy.instrs.push(copyInstr(i));
        copy.exit = target.exit;
        copy.instrs[0]!.loc = last.loc;
        last.target = copy;
        target.predecessors--;
        copy.predecessors = 1;
        copy.next = target.next;
        target.next = copy;
      }
    }
  }
  for (const b of allocated(blocksHead())) {
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (const b of allocated(blocksHead())) {
    if (b.instrs.length && b.next && fallsThrough(b) && isExitWithoutLineno(b.next)) {
      b.next.instrs[0]!.loc = b.last!.loc;
    }
  }
}

/** trim_unused_consts: drop unreferenced constants from the end. */
export function trimUnusedConsts(entry: BasicBlock, consts: Const[]): void {
  let maxIndex = 0;
  for (const b of layout(entry)) {
    for (const i of b.instrs) {
      if ((i.opcode === Op.LOAD_CONST || i.opcode === Op.KW_NAMES) && i.oparg > maxIndex) maxIndex = i.oparg;
    }
  }
  if (maxIndex + 1 < consts.length) consts.length = maxIndex + 1;
}

/** propagate_line_numbers */
export function propagateLineNumbers(entry: BasicBlock): void {
  for (const b of layout(entry)) {
    const last = b.last;
    if (!last) continue;
    let prev: Location | null = null;
    for (const i of b.instrs) {
      if (i.loc.lineno < 0) {
        if (prev) i.loc = prev;
      } else {
        prev = i.loc;
      }
    }
    if (fallsThrough(b) && b.next && b.next.predecessors === 1) {
      const first = b.next.instrs[0]!;
      if (first.loc.lineno < 0) first.loc = last.loc;
    }
    if (isJump(last)) {
      const target = last.target!;
      if (target.predecessors === 1) {
        const first = target.instrs[0]!;
        if (first.loc.lineno < 0) first.loc = last.loc;
      }
    }
  }
}

/** guarantee_lineno_for_exits */
export function guaranteeLinenoForExits(entry: BasicBlock, firstlineno: number): void {
  let lineno = firstlineno;
  for (const b of layout(entry)) {
    const last = b.last;
    if (!last) continue;
    if (last.loc.lineno < 0) {
      if (last.opcode === Op.RETURN_VALUE) {
        for (const i of b.instrs) i.loc = { ...i.loc, lineno };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}
