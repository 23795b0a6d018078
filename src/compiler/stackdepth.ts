/**
 * Maximum value-stack depth of a code unit: CPython 3.11's `stackdepth()`
 * (Python/compile.c). Walks the flow graph from the entry block, pushing
 * each block with the depth it starts at, applying every instruction's
 * stack effect from the opcode table (and, for jumps and exception-handler
 * setups, the effect along the taken edge to the target block). Also
 * records `startdepth` on each block, which the exception table needs.
 * Generators start at depth 1 (RETURN_GENERATOR's result, then popped).
 */
import { OPCODE_BY_CODE } from "../bytecode/opcodes.js";
import {
  type BasicBlock,
  isBlockPush,
  isJump,
  isUnconditional,
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
import { layout } from "./optimize.js";

/** stack_effect(opcode, oparg, jump), pseudo-instructions included. */
export function stackEffect(opcode: number, oparg: number, jump: boolean): number {
  switch (opcode) {
    case SETUP_FINALLY:
      return jump ? 1 : 0;
    case SETUP_CLEANUP:
      return jump ? 2 : 0;
    case SETUP_WITH:
      return jump ? 1 : 0;
    case POP_BLOCK:
    case JUMP:
    case JUMP_NO_INTERRUPT:
      return 0;
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
    case POP_JUMP_IF_NONE:
    case POP_JUMP_IF_NOT_NONE:
      return -1;
    default: {
      const info = OPCODE_BY_CODE[opcode];
      if (!info) throw new Error(`stack_effect: unknown opcode ${opcode}`);
      return info.effect(oparg, jump);
    }
  }
}

export function stackdepth(entry: BasicBlock, isGenerator: boolean): number {
  for (const b of layout(entry)) b.startdepth = -1;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    if (b.startdepth < depth && b.startdepth < 100) {
      if (b.startdepth !== -1 && b.startdepth !== depth) {
        throw new Error(`stackdepth: inconsistent depth ${b.startdepth} vs ${depth}`);
      }
      b.startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(entry, isGenerator ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const ins of b.instrs) {
      const effect = stackEffect(ins.opcode, ins.oparg, false);
      const newDepth = depth + effect;
      if (newDepth < 0) throw new Error(`stackdepth: negative depth at opcode ${ins.opcode}`);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(ins) || isBlockPush(ins.opcode)) {
        const targetDepth = depth + stackEffect(ins.opcode, ins.oparg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(ins.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditional(ins.opcode)) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}
