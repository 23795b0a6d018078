/**
 * Setting a frame's f_lineno from a trace function: a jump, as CPython
 * 3.11's Objects/frameobject.c frame_setlineno. The jump is allowed only
 * from a 'line' event, to a line of the same code object whose value stack
 * is compatible with the one the frame has now: mark_stacks models the
 * stack at every instruction (what kind of value each entry is: an
 * iterator, an exception, a NULL, a pushed lasti, any other object), and
 * the frame's stack is popped down to the target's, releasing what it pops
 * (an exception entry goes back to the thread's handled exception, as
 * POP_EXCEPT would). The stack model is CPython's: 3 bits per entry in a
 * 64-bit integer, so a stack deeper than 21 entries cannot be analysed (a
 * BigInt here, to keep every bit and the signed comparisons).
 *
 * refpy's code units have no inline CACHE entries: instruction indexes,
 * jump arguments and exception-table offsets are all in refpy's units, and
 * the analysis reads them consistently.
 */
import type { PyObject } from "../heap/object.js";
import { Py_XDECREF } from "../heap/refcount.js";
import { Op, OPCODE_BY_CODE } from "../bytecode/opcodes.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from "../bytecode/code.js";
import type { PyCodeObject } from "./codeobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_AttributeError, PyExc_ValueError } from "./exceptions.js";
import { PyLong_CheckExact, PyLong_AsBigInt } from "./longobject.js";
import { tstate } from "./pystate.js";

/** The PyTrace_* numbers this reads (as sys.settrace's events). */
const PyTrace_CALL = 0;
const PyTrace_EXCEPTION = 1;
const PyTrace_LINE = 2;

// Kinds of stack entries.
const Iterator = 1n;
const Except = 2n;
const Object_ = 3n;
const Null = 4n;
const Lasti = 5n;

const BITS_PER_BLOCK = 3n;
const UNINITIALIZED = -2n;
const OVERFLOWED = -1n;
const MAX_STACK_ENTRIES = 63n / BITS_PER_BLOCK;
const WILL_OVERFLOW = 1n << ((MAX_STACK_ENTRIES - 1n) * BITS_PER_BLOCK);
const EMPTY_STACK = 0n;
const MASK = (1n << BITS_PER_BLOCK) - 1n;

function compatible_kind(from: bigint, to: bigint): boolean {
  if (to === 0n) return false;
  if (to === Object_) return from !== Null;
  if (to === Null) return true;
  return from === to;
}

function push_value(stack: bigint, kind: bigint): bigint {
  // (uint64_t)stack >= WILL_OVERFLOW: a negative stack is huge unsigned.
  if (stack < 0n || stack >= WILL_OVERFLOW) return OVERFLOWED;
  return (stack << BITS_PER_BLOCK) | kind;
}

function pop_value(stack: bigint): bigint {
  return stack >> BITS_PER_BLOCK; // arithmetic, as Py_ARITHMETIC_RIGHT_SHIFT
}

function top_of_stack(stack: bigint): bigint {
  return stack & MASK;
}

function peek(stack: bigint, n: number): bigint {
  return (stack >> (BITS_PER_BLOCK * BigInt(n - 1))) & MASK;
}

function stack_swap(stack: bigint, n: number): bigint {
  const toSwap = peek(stack, n);
  const top = top_of_stack(stack);
  const shift = BITS_PER_BLOCK * BigInt(n - 1);
  const replacedLow = (stack & ~(MASK << shift)) | (top << shift);
  return (replacedLow & ~MASK) | toSwap;
}

function pop_to_level(stack: bigint, level: number): bigint {
  if (level === 0) return EMPTY_STACK;
  const levelMaxStack = MASK << (BigInt(level - 1) * BITS_PER_BLOCK);
  while (stack > levelMaxStack) stack = pop_value(stack);
  return stack;
}

/** get_arg: the argument of the instruction at `i`, with its EXTENDED_ARG
 *  prefixes. */
function get_arg(code: Uint8Array, i: number): number {
  let oparg = code[(i << 1) + 1]!;
  let shift = 8;
  for (let k = i - 1; k >= 0 && k >= i - 3 && code[k << 1] === Op.EXTENDED_ARG; k--) {
    oparg |= code[(k << 1) + 1]! << shift;
    shift += 8;
  }
  return oparg >>> 0;
}

/** mark_stacks: the modelled stack before each instruction. */
function mark_stacks(co: PyCodeObject, len: number): bigint[] {
  const code = co.co_code;
  const stacks: bigint[] = new Array(len + 1).fill(UNINITIALIZED);
  stacks[0] = EMPTY_STACK;
  if (co.co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    // Generators get sent None while starting.
    stacks[0] = push_value(stacks[0], Object_);
  }
  let todo = true;
  while (todo) {
    todo = false;
    for (let i = 0; i < len; i++) {
      let next = stacks[i]!;
      if (next === UNINITIALIZED) continue;
      const opcode = code[i << 1]!;
      switch (opcode) {
        case Op.JUMP_IF_FALSE_OR_POP:
        case Op.JUMP_IF_TRUE_OR_POP:
        case Op.POP_JUMP_FORWARD_IF_FALSE:
        case Op.POP_JUMP_BACKWARD_IF_FALSE:
        case Op.POP_JUMP_FORWARD_IF_TRUE:
        case Op.POP_JUMP_BACKWARD_IF_TRUE:
        case Op.POP_JUMP_FORWARD_IF_NONE:
        case Op.POP_JUMP_BACKWARD_IF_NONE:
        case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
        case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
          const backward =
            opcode === Op.POP_JUMP_BACKWARD_IF_FALSE ||
            opcode === Op.POP_JUMP_BACKWARD_IF_TRUE ||
            opcode === Op.POP_JUMP_BACKWARD_IF_NONE ||
            opcode === Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
          const j = backward ? i + 1 - get_arg(code, i) : get_arg(code, i) + i + 1;
          if (stacks[j] === UNINITIALIZED && j < i) todo = true;
          let target: bigint;
          if (opcode === Op.JUMP_IF_FALSE_OR_POP || opcode === Op.JUMP_IF_TRUE_OR_POP) {
            target = next;
            next = pop_value(next);
          } else {
            next = pop_value(next);
            target = next;
          }
          stacks[j] = target;
          stacks[i + 1] = next;
          break;
        }
        case Op.SEND: {
          const j = get_arg(code, i) + i + 1;
          stacks[j] = pop_value(next);
          stacks[i + 1] = next;
          break;
        }
        case Op.JUMP_FORWARD: {
          stacks[get_arg(code, i) + i + 1] = next;
          break;
        }
        case Op.JUMP_BACKWARD:
        case Op.JUMP_BACKWARD_NO_INTERRUPT: {
          const j = i + 1 - get_arg(code, i);
          if (stacks[j] === UNINITIALIZED && j < i) todo = true;
          stacks[j] = next;
          break;
        }
        case Op.GET_ITER:
        case Op.GET_AITER:
          stacks[i + 1] = push_value(pop_value(next), Iterator);
          break;
        case Op.FOR_ITER: {
          const target = pop_value(next);
          stacks[i + 1] = push_value(next, Object_);
          stacks[get_arg(code, i) + i + 1] = target;
          break;
        }
        case Op.END_ASYNC_FOR:
          stacks[i + 1] = pop_value(pop_value(next));
          break;
        case Op.PUSH_EXC_INFO:
          stacks[i + 1] = push_value(next, Except);
          break;
        case Op.POP_EXCEPT:
          stacks[i + 1] = pop_value(next);
          break;
        case Op.RETURN_VALUE:
        case Op.RAISE_VARARGS:
        case Op.RERAISE:
          break; // the end of a block
        case Op.PUSH_NULL:
          stacks[i + 1] = push_value(next, Null);
          break;
        case Op.LOAD_GLOBAL:
          if (code[(i << 1) + 1]! & 1) next = push_value(next, Null);
          stacks[i + 1] = push_value(next, Object_);
          break;
        case Op.LOAD_METHOD:
          stacks[i + 1] = push_value(push_value(pop_value(next), Null), Object_);
          break;
        case Op.CALL:
          stacks[i + 1] = push_value(pop_value(pop_value(next)), Object_);
          break;
        case Op.SWAP:
          stacks[i + 1] = stack_swap(next, get_arg(code, i));
          break;
        case Op.COPY:
          stacks[i + 1] = push_value(next, peek(next, get_arg(code, i)));
          break;
        default: {
          let delta = OPCODE_BY_CODE[opcode]!.effect(get_arg(code, i), false);
          for (; delta < 0; delta++) next = pop_value(next);
          for (; delta > 0; delta--) next = push_value(next, Object_);
          stacks[i + 1] = next;
        }
      }
    }
    // The exception table.
    for (const entry of co.co_exceptiontable) {
      if (stacks[entry.start] !== UNINITIALIZED && stacks[entry.target] === UNINITIALIZED) {
        todo = true;
        let target = pop_to_level(stacks[entry.start]!, entry.depth);
        if (entry.lasti) target = push_value(target, Lasti);
        stacks[entry.target] = push_value(target, Except);
      }
    }
  }
  return stacks;
}

function compatible_stack(from: bigint, to: bigint): boolean {
  if (from < 0n || to < 0n) return false;
  while (from > to) from = pop_value(from);
  while (from !== 0n) {
    if (!compatible_kind(top_of_stack(from), top_of_stack(to))) return false;
    from = pop_value(from);
    to = pop_value(to);
  }
  return to === 0n;
}

function explain_incompatible_stack(to: bigint): string {
  if (to === OVERFLOWED) return "stack is too deep to analyze";
  if (to === UNINITIALIZED) return "can't jump into an exception handler, or code may be unreachable";
  switch (top_of_stack(to)) {
    case Except:
      return "can't jump into an 'except' block as there's no exception";
    case Lasti:
      return "can't jump into a re-raising block as there's no location";
    case Iterator:
      return "can't jump into the body of a for loop";
    default:
      return "incompatible stacks";
  }
}

/** marklines: the line each instruction starts (-1 where none starts). */
function marklines(co: PyCodeObject, len: number): number[] {
  const lines: number[] = new Array(len).fill(-1);
  let last = -1;
  const p = co.co_positions;
  for (let i = 0; i < len; i++) {
    const line = i * 4 < p.length ? p[i * 4]! : -1;
    if (line !== last && line !== -1) {
      lines[i] = line;
      last = line;
    }
  }
  return lines;
}

function first_line_not_before(lines: number[], line: number): number {
  let result = Infinity;
  for (const l of lines) if (l < result && l >= line) result = l;
  return result === Infinity ? -1 : result;
}

/** What frame_setlineno reads and changes of a frame. */
export interface JumpableFrame {
  f_trace: PyObject | null;
  f_lineno: number;
  f_frame: { f_code: PyCodeObject; lasti: number; localsplus: (PyObject | null)[]; stacktop: number };
}

/** frame_setlineno: `f.f_lineno = value`. */
export function frame_setlineno(f: JumpableFrame, value: PyObject | null): void {
  if (value === null) throw PyErr_Format(PyExc_AttributeError, "cannot delete attribute");
  if (!PyLong_CheckExact(value)) throw PyErr_Format(PyExc_ValueError, "lineno must be an integer");
  // A jump from a generator's 'return' event after a yield (which CPython
  // allows) is refused here: refpy reports that event before the yield's
  // value leaves the stack.
  switch (tstate.tracing_what) {
    case PyTrace_EXCEPTION:
      throw PyErr_Format(PyExc_ValueError, "can only jump from a 'line' trace event");
    case PyTrace_CALL:
      throw PyErr_Format(PyExc_ValueError, "can't jump from the 'call' trace event of a new frame");
    case PyTrace_LINE:
      break;
    default:
      throw PyErr_Format(PyExc_ValueError, "can only jump from a 'line' trace event");
  }
  if (f.f_trace === null) throw PyErr_Format(PyExc_ValueError, "f_lineno can only be set by a trace function");
  const big = PyLong_AsBigInt(value);
  if (big > 0x7fffffffn || big < -0x80000000n) throw PyErr_Format(PyExc_ValueError, "lineno out of range");
  const requested = Number(big);
  const frame = f.f_frame;
  const co = frame.f_code;
  if (requested < co.co_firstlineno) {
    throw PyErr_Format(PyExc_ValueError, `line ${requested} comes before the current code block`);
  }
  const len = co.co_code.length >> 1;
  const lines = marklines(co, len);
  const newLineno = first_line_not_before(lines, requested);
  if (newLineno < 0) throw PyErr_Format(PyExc_ValueError, `line ${requested} comes after the current code block`);

  const stacks = mark_stacks(co, len);
  let bestStack = OVERFLOWED;
  let bestAddr = -1;
  let startStack = stacks[frame.lasti]!;
  let err = -1;
  let msg = "cannot find bytecode for specified line";
  for (let i = 0; i < len; i++) {
    if (lines[i] !== newLineno) continue;
    const target = stacks[i]!;
    if (compatible_stack(startStack, target)) {
      err = 0;
      if (target > bestStack) {
        bestStack = target;
        bestAddr = i;
      }
    } else if (err < 0) {
      if (startStack === OVERFLOWED) msg = "stack to deep to analyze";
      else if (startStack === UNINITIALIZED) msg = "can't jump from unreachable code";
      else {
        msg = explain_incompatible_stack(target);
        err = 1;
      }
    }
  }
  if (err !== 0) throw PyErr_Format(PyExc_ValueError, msg);
  while (startStack > bestStack) {
    const v = frame.localsplus[--frame.stacktop]!;
    frame.localsplus[frame.stacktop] = null;
    if (top_of_stack(startStack) === Except) {
      // Pop the exception stack as well as the evaluation stack.
      const info = tstate.exc_info;
      const old = info.exc_value;
      info.exc_value = v;
      Py_XDECREF(old);
    } else {
      Py_XDECREF(v);
    }
    startStack = pop_value(startStack);
  }
  f.f_lineno = 0;
  frame.lasti = bestAddr;
}
