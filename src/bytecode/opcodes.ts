/**
 * The opcode table: CPython 3.11's instruction set, with CPython's names and
 * numbers (`dis.opmap` of python3.11), minus the async and `match`
 * instructions refpy's subset does not compile, and minus the inline CACHE
 * entries (refpy does not specialize, so its offsets are denser than
 * CPython's).
 *
 * Encoding (as CPython 3.11's wordcode): a code object's `co_code` is a
 * Uint8Array of 2-byte units, opcode then argument. Arguments above 255 are
 * built with EXTENDED_ARG prefixes, each shifting the argument left 8 bits.
 * Jump arguments count code units (2 bytes) relative to the instruction
 * after the jump: forward jumps add, backward jumps subtract.
 *
 * This table is the one source of truth: the compiler takes stack effects
 * from it to compute `co_stacksize`, the disassembler takes names and
 * argument kinds from it, and the VM's `switch` uses the `Op` constants
 * (a `const enum`, so tsc inlines the numbers into case labels).
 * test/opcodes.test.ts checks `Op` and `OPCODES` agree.
 */

export const enum Op {
  CACHE = 0,
  POP_TOP = 1,
  PUSH_NULL = 2,
  NOP = 9,
  UNARY_POSITIVE = 10,
  UNARY_NEGATIVE = 11,
  UNARY_NOT = 12,
  UNARY_INVERT = 15,
  BINARY_SUBSCR = 25,
  PUSH_EXC_INFO = 35,
  CHECK_EXC_MATCH = 36,
  WITH_EXCEPT_START = 49,
  BEFORE_WITH = 53,
  STORE_SUBSCR = 60,
  DELETE_SUBSCR = 61,
  GET_ITER = 68,
  GET_YIELD_FROM_ITER = 69,
  PRINT_EXPR = 70,
  LOAD_BUILD_CLASS = 71,
  LOAD_ASSERTION_ERROR = 74,
  RETURN_GENERATOR = 75,
  LIST_TO_TUPLE = 82,
  RETURN_VALUE = 83,
  IMPORT_STAR = 84,
  SETUP_ANNOTATIONS = 85,
  YIELD_VALUE = 86,
  POP_EXCEPT = 89,
  STORE_NAME = 90,
  DELETE_NAME = 91,
  UNPACK_SEQUENCE = 92,
  FOR_ITER = 93,
  UNPACK_EX = 94,
  STORE_ATTR = 95,
  DELETE_ATTR = 96,
  STORE_GLOBAL = 97,
  DELETE_GLOBAL = 98,
  SWAP = 99,
  LOAD_CONST = 100,
  LOAD_NAME = 101,
  BUILD_TUPLE = 102,
  BUILD_LIST = 103,
  BUILD_SET = 104,
  BUILD_MAP = 105,
  LOAD_ATTR = 106,
  COMPARE_OP = 107,
  IMPORT_NAME = 108,
  IMPORT_FROM = 109,
  JUMP_FORWARD = 110,
  JUMP_IF_FALSE_OR_POP = 111,
  JUMP_IF_TRUE_OR_POP = 112,
  POP_JUMP_FORWARD_IF_FALSE = 114,
  POP_JUMP_FORWARD_IF_TRUE = 115,
  LOAD_GLOBAL = 116,
  IS_OP = 117,
  CONTAINS_OP = 118,
  RERAISE = 119,
  COPY = 120,
  BINARY_OP = 122,
  SEND = 123,
  LOAD_FAST = 124,
  STORE_FAST = 125,
  DELETE_FAST = 126,
  POP_JUMP_FORWARD_IF_NOT_NONE = 128,
  POP_JUMP_FORWARD_IF_NONE = 129,
  RAISE_VARARGS = 130,
  MAKE_FUNCTION = 132,
  BUILD_SLICE = 133,
  JUMP_BACKWARD_NO_INTERRUPT = 134,
  MAKE_CELL = 135,
  LOAD_CLOSURE = 136,
  LOAD_DEREF = 137,
  STORE_DEREF = 138,
  DELETE_DEREF = 139,
  JUMP_BACKWARD = 140,
  CALL_FUNCTION_EX = 142,
  EXTENDED_ARG = 144,
  LIST_APPEND = 145,
  SET_ADD = 146,
  MAP_ADD = 147,
  LOAD_CLASSDEREF = 148,
  COPY_FREE_VARS = 149,
  RESUME = 151,
  FORMAT_VALUE = 155,
  BUILD_CONST_KEY_MAP = 156,
  BUILD_STRING = 157,
  LOAD_METHOD = 160,
  LIST_EXTEND = 162,
  SET_UPDATE = 163,
  DICT_MERGE = 164,
  DICT_UPDATE = 165,
  PRECALL = 166,
  CALL = 171,
  KW_NAMES = 172,
  POP_JUMP_BACKWARD_IF_NOT_NONE = 173,
  POP_JUMP_BACKWARD_IF_NONE = 174,
  POP_JUMP_BACKWARD_IF_FALSE = 175,
  POP_JUMP_BACKWARD_IF_TRUE = 176,
}

/** Opcodes at or above this take their argument; below, the argument byte is 0. */
export const HAVE_ARGUMENT = 90;

/** How the disassembler interprets an instruction's argument. */
export type ArgKind =
  | "none"     // no argument
  | "int"      // a plain number (counts, flags)
  | "const"    // index into co_consts
  | "name"     // index into co_names
  | "global"   // LOAD_GLOBAL: co_names[arg >> 1], low bit = push NULL first
  | "local"    // index into co_varnames (fast locals)
  | "free"     // index into cell + free variable names
  | "jrel"     // relative jump forward, in code units
  | "jback"    // relative jump backward, in code units
  | "compare"  // COMPARE_OP: index into CMP_OP
  | "binop"    // BINARY_OP: index into NB_OPS
  | "is"       // IS_OP: 0 `is`, 1 `is not`
  | "contains" // CONTAINS_OP: 0 `in`, 1 `not in`
  | "format";  // FORMAT_VALUE: conversion and have-spec bits

export interface OpInfo {
  name: string;
  code: number;
  arg: ArgKind;
  /** Stack effect of executing this instruction, as CPython's `stack_effect`;
   *  `jump` selects the effect along the taken branch of a jump. */
  effect: (arg: number, jump: boolean) => number;
}

const fixed = (n: number) => () => n;

function op(name: string, code: number, arg: ArgKind, effect: number | ((arg: number, jump: boolean) => number)): OpInfo {
  return { name, code, arg, effect: typeof effect === "number" ? fixed(effect) : effect };
}

/** `MAKE_FUNCTION` flag bits (as CPython 3.11). */
export const MAKE_FUNCTION_DEFAULTS = 0x01;
export const MAKE_FUNCTION_KWDEFAULTS = 0x02;
export const MAKE_FUNCTION_ANNOTATIONS = 0x04;
export const MAKE_FUNCTION_CLOSURE = 0x08;

/** `FORMAT_VALUE` argument bits. */
export const FVC_MASK = 0x3;
export const FVC_NONE = 0x0;
export const FVC_STR = 0x1;
export const FVC_REPR = 0x2;
export const FVC_ASCII = 0x3;
export const FVS_HAVE_SPEC = 0x4;

/** Rich comparison operators, indexed by COMPARE_OP's argument (Py_LT…Py_GE). */
export const CMP_OP = ["<", "<=", "==", "!=", ">", ">="] as const;

/** BINARY_OP's argument: CPython's NB_* numbering, with its dis spelling. */
export const NB_OPS = [
  "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
] as const;

export const enum NB {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4,
  MULTIPLY = 5, REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10,
  TRUE_DIVIDE = 11, XOR = 12,
  INPLACE_ADD = 13, INPLACE_AND = 14, INPLACE_FLOOR_DIVIDE = 15,
  INPLACE_LSHIFT = 16, INPLACE_MATRIX_MULTIPLY = 17, INPLACE_MULTIPLY = 18,
  INPLACE_REMAINDER = 19, INPLACE_OR = 20, INPLACE_POWER = 21,
  INPLACE_RSHIFT = 22, INPLACE_SUBTRACT = 23, INPLACE_TRUE_DIVIDE = 24,
  INPLACE_XOR = 25,
}

function popcount4(flags: number): number {
  return (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1);
}

/** Every opcode, in numeric order. */
export const OPCODES: readonly OpInfo[] = [
  op("CACHE", 0, "none", 0),
  op("POP_TOP", 1, "none", -1),
  op("PUSH_NULL", 2, "none", 1),
  op("NOP", 9, "none", 0),
  op("UNARY_POSITIVE", 10, "none", 0),
  op("UNARY_NEGATIVE", 11, "none", 0),
  op("UNARY_NOT", 12, "none", 0),
  op("UNARY_INVERT", 15, "none", 0),
  op("BINARY_SUBSCR", 25, "none", -1),
  op("PUSH_EXC_INFO", 35, "none", 1),
  op("CHECK_EXC_MATCH", 36, "none", 0),
  op("WITH_EXCEPT_START", 49, "none", 1),
  op("BEFORE_WITH", 53, "none", 1),
  op("STORE_SUBSCR", 60, "none", -3),
  op("DELETE_SUBSCR", 61, "none", -2),
  op("GET_ITER", 68, "none", 0),
  op("GET_YIELD_FROM_ITER", 69, "none", 0),
  op("PRINT_EXPR", 70, "none", -1),
  op("LOAD_BUILD_CLASS", 71, "none", 1),
  op("LOAD_ASSERTION_ERROR", 74, "none", 1),
  op("RETURN_GENERATOR", 75, "none", 0),
  op("LIST_TO_TUPLE", 82, "none", 0),
  op("RETURN_VALUE", 83, "none", -1),
  op("IMPORT_STAR", 84, "none", -1),
  op("SETUP_ANNOTATIONS", 85, "none", 0),
  op("YIELD_VALUE", 86, "none", 0),
  op("POP_EXCEPT", 89, "none", -1),
  op("STORE_NAME", 90, "name", -1),
  op("DELETE_NAME", 91, "name", 0),
  op("UNPACK_SEQUENCE", 92, "int", (a) => a - 1),
  op("FOR_ITER", 93, "jrel", (_a, jump) => (jump ? -1 : 1)),
  op("UNPACK_EX", 94, "int", (a) => (a & 0xff) + (a >> 8)),
  op("STORE_ATTR", 95, "name", -2),
  op("DELETE_ATTR", 96, "name", -1),
  op("STORE_GLOBAL", 97, "name", -1),
  op("DELETE_GLOBAL", 98, "name", 0),
  op("SWAP", 99, "int", 0),
  op("LOAD_CONST", 100, "const", 1),
  op("LOAD_NAME", 101, "name", 1),
  op("BUILD_TUPLE", 102, "int", (a) => 1 - a),
  op("BUILD_LIST", 103, "int", (a) => 1 - a),
  op("BUILD_SET", 104, "int", (a) => 1 - a),
  op("BUILD_MAP", 105, "int", (a) => 1 - 2 * a),
  op("LOAD_ATTR", 106, "name", 0),
  op("COMPARE_OP", 107, "compare", -1),
  op("IMPORT_NAME", 108, "name", -1),
  op("IMPORT_FROM", 109, "name", 1),
  op("JUMP_FORWARD", 110, "jrel", 0),
  op("JUMP_IF_FALSE_OR_POP", 111, "jrel", (_a, jump) => (jump ? 0 : -1)),
  op("JUMP_IF_TRUE_OR_POP", 112, "jrel", (_a, jump) => (jump ? 0 : -1)),
  op("POP_JUMP_FORWARD_IF_FALSE", 114, "jrel", -1),
  op("POP_JUMP_FORWARD_IF_TRUE", 115, "jrel", -1),
  op("LOAD_GLOBAL", 116, "global", (a) => 1 + (a & 1)),
  op("IS_OP", 117, "is", -1),
  op("CONTAINS_OP", 118, "contains", -1),
  op("RERAISE", 119, "int", -1),
  op("COPY", 120, "int", 1),
  op("BINARY_OP", 122, "binop", -1),
  op("SEND", 123, "jrel", (_a, jump) => (jump ? -1 : 0)),
  op("LOAD_FAST", 124, "local", 1),
  op("STORE_FAST", 125, "local", -1),
  op("DELETE_FAST", 126, "local", 0),
  op("POP_JUMP_FORWARD_IF_NOT_NONE", 128, "jrel", -1),
  op("POP_JUMP_FORWARD_IF_NONE", 129, "jrel", -1),
  op("RAISE_VARARGS", 130, "int", (a) => -a),
  op("MAKE_FUNCTION", 132, "int", (a) => -popcount4(a)),
  op("BUILD_SLICE", 133, "int", (a) => (a === 3 ? -2 : -1)),
  op("JUMP_BACKWARD_NO_INTERRUPT", 134, "jback", 0),
  op("MAKE_CELL", 135, "free", 0),
  op("LOAD_CLOSURE", 136, "free", 1),
  op("LOAD_DEREF", 137, "free", 1),
  op("STORE_DEREF", 138, "free", -1),
  op("DELETE_DEREF", 139, "free", 0),
  op("JUMP_BACKWARD", 140, "jback", 0),
  op("CALL_FUNCTION_EX", 142, "int", (a) => -2 - (a & 1)),
  op("EXTENDED_ARG", 144, "int", 0),
  op("LIST_APPEND", 145, "int", -1),
  op("SET_ADD", 146, "int", -1),
  op("MAP_ADD", 147, "int", -2),
  op("LOAD_CLASSDEREF", 148, "free", 1),
  op("COPY_FREE_VARS", 149, "int", 0),
  op("RESUME", 151, "int", 0),
  op("FORMAT_VALUE", 155, "format", (a) => ((a & FVS_HAVE_SPEC) ? -1 : 0)),
  op("BUILD_CONST_KEY_MAP", 156, "int", (a) => -a),
  op("BUILD_STRING", 157, "int", (a) => 1 - a),
  op("LOAD_METHOD", 160, "name", 1),
  op("LIST_EXTEND", 162, "int", -1),
  op("SET_UPDATE", 163, "int", -1),
  op("DICT_MERGE", 164, "int", -1),
  op("DICT_UPDATE", 165, "int", -1),
  op("PRECALL", 166, "int", (a) => -a),
  op("CALL", 171, "int", -1),
  op("KW_NAMES", 172, "const", 0),
  op("POP_JUMP_BACKWARD_IF_NOT_NONE", 173, "jback", -1),
  op("POP_JUMP_BACKWARD_IF_NONE", 174, "jback", -1),
  op("POP_JUMP_BACKWARD_IF_FALSE", 175, "jback", -1),
  op("POP_JUMP_BACKWARD_IF_TRUE", 176, "jback", -1),
];

/** Opcode number → its record (undefined for numbers refpy does not use). */
export const OPCODE_BY_CODE: readonly (OpInfo | undefined)[] = (() => {
  const table: (OpInfo | undefined)[] = [];
  for (let i = 0; i < 256; i++) table.push(undefined);
  for (const info of OPCODES) table[info.code] = info;
  return table;
})();

export function isJump(code: number): boolean {
  const kind = OPCODE_BY_CODE[code]?.arg;
  return kind === "jrel" || kind === "jback";
}
