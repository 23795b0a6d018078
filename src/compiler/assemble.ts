/**
 * The assembler: CPython 3.11's `assemble()` (Python/compile.c), from one
 * compiler unit's flow graph to a `CodeUnit`.
 *
 * Order of passes, as 3.11:
 *   normalize_basic_block, extend_block → insert_prefix_instructions
 *   (COPY_FREE_VARS, MAKE_CELL…, RETURN_GENERATOR + POP_TOP) →
 *   fix_cell_offsets → optimize_cfg → duplicate_exits_without_lineno →
 *   trim_unused_consts → propagate_line_numbers →
 *   guarantee_lineno_for_exits → stackdepth → label_exception_targets →
 *   convert_exception_handlers_to_nops → clean_basic_block →
 *   normalize_jumps → assemble_jump_offsets → emit.
 *
 * Jumps are relative, in code units, from the instruction after the jump
 * (including its EXTENDED_ARG prefixes); offsets are recomputed until no
 * jump's EXTENDED_ARG count changes. Positions follow the 3.11 location
 * table's rules, so `co_positions` equals CPython's (e.g. an instruction
 * without columns reports (line, line, -1, -1)).
 */
import type { CodeUnit, Const } from "../bytecode/code.js";
import {
  CO_OPTIMIZED,
  CO_NEWLOCALS,
  CO_NESTED,
  CO_GENERATOR,
  CO_COROUTINE,
  CO_ASYNC_GENERATOR,
  CO_VARARGS,
  CO_VARKEYWORDS,
  CO_FAST_LOCAL,
  CO_FAST_CELL,
  CO_FAST_FREE,
} from "../bytecode/code.js";
import { Op, HAVE_ARGUMENT, OPCODE_BY_CODE } from "../bytecode/opcodes.js";
import {
  type BasicBlock,
  type Instr,
  type Location,
  NO_LOCATION,
  isJump,
  JUMP,
  JUMP_NO_INTERRUPT,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
} from "./cfg.js";
import type { CompilerUnit } from "./compile.js";
import {
  allocated,
  layout,
  normalizeBasicBlock,
  extendBlock,
  optimizeCfg,
  duplicateExitsWithoutLineno,
  trimUnusedConsts,
  propagateLineNumbers,
  guaranteeLinenoForExits,
  cleanBasicBlock,
  type ConstPool,
} from "./optimize.js";
import { stackdepth } from "./stackdepth.js";
import { labelExceptionTargets, convertExceptionHandlersToNops, assembleExceptionTable } from "./exception-table.js";

/** Code units an instruction takes, EXTENDED_ARG prefixes included. */
export function instrSize(ins: Instr): number {
  const arg = ins.opcode >= HAVE_ARGUMENT ? ins.oparg : 0;
  if (arg <= 0xff) return 1;
  if (arg <= 0xffff) return 2;
  if (arg <= 0xffffff) return 3;
  return 4;
}

function insertInstruction(b: BasicBlock, pos: number, ins: Instr): void {
  b.instrs.splice(pos, 0, ins);
}

function mkInstr(opcode: number, oparg: number, loc: Location): Instr {
  return { opcode, oparg, target: null, loc, except: null };
}

/** build_cellfixedoffsets */
function buildCellFixedOffsets(u: CompilerUnit): number[] {
  const nlocals = u.varnames.size;
  const noffsets = u.cellvars.size + u.freevars.size;
  const fixed: number[] = [];
  for (let i = 0; i < noffsets; i++) fixed.push(nlocals + i);
  for (const [name, cellindex] of u.cellvars) {
    const varindex = u.varnames.get(name);
    if (varindex !== undefined) fixed[cellindex] = varindex;
  }
  return fixed;
}

/** insert_prefix_instructions */
function insertPrefixInstructions(u: CompilerUnit, entry: BasicBlock, fixed: number[], isGenerator: boolean): void {
  if (isGenerator) {
    insertInstruction(
      entry,
      0,
      mkInstr(Op.RETURN_GENERATOR, 0, {
        lineno: u.firstlineno,
        end_lineno: u.firstlineno,
        col_offset: -1,
        end_col_offset: -1,
      }),
    );
    insertInstruction(entry, 1, mkInstr(Op.POP_TOP, 0, NO_LOCATION));
  }
  const ncellvars = u.cellvars.size;
  if (ncellvars) {
    const sorted = new Map<number, number>();
    for (let i = 0; i < ncellvars; i++) sorted.set(fixed[i]!, i);
    const order = [...sorted.keys()].sort((a, b) => a - b);
    order.forEach((k, n) => {
      insertInstruction(entry, n, mkInstr(Op.MAKE_CELL, sorted.get(k)!, NO_LOCATION));
    });
  }
  const nfreevars = u.freevars.size;
  if (nfreevars) insertInstruction(entry, 0, mkInstr(Op.COPY_FREE_VARS, nfreevars, NO_LOCATION));
}

/** fix_cell_offsets: cell/free indices → localsplus indices. */
function fixCellOffsets(u: CompilerUnit, entry: BasicBlock, fixed: number[]): void {
  const nlocals = u.varnames.size;
  let numdropped = 0;
  for (let i = 0; i < fixed.length; i++) {
    if (fixed[i] === i + nlocals) fixed[i]! -= numdropped;
    else numdropped++;
  }
  for (const b of layout(entry)) {
    for (const ins of b.instrs) {
      switch (ins.opcode) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_CLASSDEREF:
          ins.oparg = fixed[ins.oparg]!;
          break;
        default:
          break;
      }
    }
  }
}

/** normalize_jumps: pseudo jumps → forward or backward real jumps. */
function normalizeJumps(entry: BasicBlock): void {
  for (const b of layout(entry)) b.visited = false;
  for (const b of layout(entry)) {
    b.visited = true;
    const last = b.last;
    if (!last || !isJump(last)) continue;
    const forward = !last.target!.visited;
    switch (last.opcode) {
      case JUMP:
        last.opcode = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
        break;
      case JUMP_NO_INTERRUPT:
        last.opcode = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case POP_JUMP_IF_NOT_NONE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case POP_JUMP_IF_NONE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE;
        break;
      case POP_JUMP_IF_FALSE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case POP_JUMP_IF_TRUE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE;
        break;
      default:
        break;
    }
  }
}

/** assemble_jump_offsets */
function assembleJumpOffsets(entry: BasicBlock): void {
  let again = true;
  while (again) {
    let totsize = 0;
    for (const b of layout(entry)) {
      b.offset = totsize;
      for (const ins of b.instrs) totsize += instrSize(ins);
    }
    again = false;
    for (const b of layout(entry)) {
      let bsize = b.offset;
      for (const ins of b.instrs) {
        const isize = instrSize(ins);
        bsize += isize;
        if (ins.target) {
          const t = ins.target.offset;
          ins.oparg = t < bsize ? bsize - t : t - bsize;
          if (instrSize(ins) !== isize) again = true;
        }
      }
    }
  }
}

/** The (lineno, end_lineno, col, end_col) 3.11's location table stores. */
function encodedPosition(loc: Location): [number, number, number, number] {
  if (loc.lineno < 0) return [-1, -1, -1, -1];
  if (loc.col_offset < 0 || loc.end_col_offset < 0) {
    if (loc.end_lineno === loc.lineno || loc.end_lineno === -1) return [loc.lineno, loc.lineno, -1, -1];
  }
  return [loc.lineno, loc.end_lineno, loc.col_offset, loc.end_col_offset];
}

/** compute_code_flags; `cfFlags` are the future features (PyCF_MASK bits). */
function computeCodeFlags(u: CompilerUnit, cfFlags: number): number {
  const ste = u.ste;
  let flags = cfFlags;
  if (ste.type === "FunctionBlock") {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.nested) flags |= CO_NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO_VARARGS;
    if (ste.varkeywords) flags |= CO_VARKEYWORDS;
  }
  return flags;
}

export function assemble(u: CompilerUnit, filename: string, pool: ConstPool, cfFlags = 0): CodeUnit {
  for (const b of allocated(u.blocks)) normalizeBasicBlock(b);
  for (const b of allocated(u.blocks)) extendBlock(b);
  const entry = u.entry;
  const flags = computeCodeFlags(u, cfFlags);
  const isGenerator = (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;

  const fixed = buildCellFixedOffsets(u);
  insertPrefixInstructions(u, entry, fixed, isGenerator);
  fixCellOffsets(u, entry, fixed);

  optimizeCfg(entry, u.blocks, pool);
  duplicateExitsWithoutLineno(
    () => u.newBlock(),
    () => u.blocks,
  );
  trimUnusedConsts(entry, pool.consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const maxdepth = stackdepth(entry, isGenerator);

  labelExceptionTargets(entry);
  convertExceptionHandlersToNops(entry);
  for (const b of layout(entry)) cleanBasicBlock(b);
  normalizeJumps(entry);
  assembleJumpOffsets(entry);

  // Emit code and positions.
  const code: number[] = [];
  const positions: number[] = [];
  for (const b of layout(entry)) {
    for (const ins of b.instrs) {
      if (ins.opcode < 0 || OPCODE_BY_CODE[ins.opcode] === undefined) {
        throw new Error(`assemble: opcode ${ins.opcode} is not in the opcode table`);
      }
      const size = instrSize(ins);
      const arg = ins.opcode >= HAVE_ARGUMENT ? ins.oparg : 0;
      for (let k = size - 1; k >= 1; k--) code.push(Op.EXTENDED_ARG, (arg >>> (8 * k)) & 0xff);
      code.push(ins.opcode, arg & 0xff);
      const pos = encodedPosition(ins.loc);
      for (let k = 0; k < size; k++) positions.push(...pos);
    }
  }
  const exceptiontable = assembleExceptionTable(entry, instrSize);

  // compute_localsplus_info
  const nlocals = u.varnames.size;
  const names: string[] = [];
  const kinds: number[] = [];
  for (const [name, i] of u.varnames) {
    names[i] = name;
    kinds[i] = CO_FAST_LOCAL;
  }
  let numdropped = 0;
  for (const [name, i] of u.cellvars) {
    const vi = u.varnames.get(name);
    if (vi !== undefined) {
      kinds[vi]! |= CO_FAST_CELL;
      numdropped++;
      continue;
    }
    names[i + nlocals - numdropped] = name;
    kinds[i + nlocals - numdropped] = CO_FAST_CELL;
  }
  for (const [name, i] of u.freevars) {
    names[i + nlocals - numdropped] = name;
    kinds[i + nlocals - numdropped] = CO_FAST_FREE;
  }

  const consts: Const[] = pool.consts;
  return {
    co_name: u.name,
    co_qualname: u.scopeType === "module" ? u.name : u.qualname,
    co_filename: filename,
    co_firstlineno: u.firstlineno,
    co_argcount: u.argcount + u.posonlyargcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    co_flags: flags,
    co_code: Uint8Array.from(code),
    co_consts: consts,
    co_names: [...u.names.keys()],
    co_localsplusnames: names,
    co_localspluskinds: Uint8Array.from(kinds),
    co_nlocals: nlocals,
    co_stacksize: maxdepth,
    co_exceptiontable: exceptiontable,
    co_positions: Int32Array.from(positions),
  };
}
