/**
 * The `_opcode` module (CPython's Modules/_opcode.c): `stack_effect`,
 * which Lib/opcode.py exports and Lib/dis.py's users call. The effects
 * are those of 3.11's compile.c `stack_effect` (with its pseudo-
 * instructions, numbered below zero there), including its reading of
 * `jump=None` (-1) for the jumping instructions: FOR_ITER and SEND take
 * the fall-through effect, the JUMP_IF_*_OR_POP ones the jump's.
 */
import type { PyObject } from "../heap/object.js";
import { METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyLong_FromNumber, Py_True, Py_False } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_OverflowError, PyExc_ValueError } from "../objects/exceptions.js";
import { _PyArg_UnpackKeywords, newArgParser } from "../objects/getargs.js";
import { PyNumber_AsSsize_t } from "../objects/abstract.js";
import { HAVE_ARGUMENT } from "../bytecode/opcodes.js";

type Effect = (oparg: number, jump: number) => number;

const FVS_MASK = 0x4;
const FVS_HAVE_SPEC = 0x4;

/** compile.c's stack_effect, by opcode (3.11's numbers; pseudo-
 *  instructions below zero). */
const STACK_EFFECT = new Map<number, Effect>();
function effect(codes: number[], f: number | Effect): void {
  for (const c of codes) STACK_EFFECT.set(c, typeof f === "number" ? () => f : f);
}
// NOP EXTENDED_ARG RESUME CACHE
effect([9, 144, 151, 0], 0);
effect([1], -1); // POP_TOP
effect([99], 0); // SWAP
effect([10, 11, 12, 15], 0); // UNARY_*
effect([146, 145], -1); // SET_ADD LIST_APPEND
effect([147], -2); // MAP_ADD
effect([25], -1); // BINARY_SUBSCR
effect([60], -3); // STORE_SUBSCR
effect([61], -2); // DELETE_SUBSCR
effect([68], 0); // GET_ITER
effect([70], -1); // PRINT_EXPR
effect([71], 1); // LOAD_BUILD_CLASS
effect([83, 84], -1); // RETURN_VALUE IMPORT_STAR
effect([85], 0); // SETUP_ANNOTATIONS
effect([87, 86], 0); // ASYNC_GEN_WRAP YIELD_VALUE
effect([-4], 0); // POP_BLOCK
effect([89], -1); // POP_EXCEPT
effect([90], -1); // STORE_NAME
effect([91], 0); // DELETE_NAME
effect([92], (a) => a - 1); // UNPACK_SEQUENCE
effect([94], (a) => (a & 0xff) + (a >> 8)); // UNPACK_EX
effect([93], (_a, j) => (j > 0 ? -1 : 1)); // FOR_ITER
effect([123], (_a, j) => (j > 0 ? -1 : 0)); // SEND
effect([95], -2); // STORE_ATTR
effect([96, 97], -1); // DELETE_ATTR STORE_GLOBAL
effect([98], 0); // DELETE_GLOBAL
effect([100, 101], 1); // LOAD_CONST LOAD_NAME
effect([102, 103, 104, 157], (a) => 1 - a); // BUILD_TUPLE/LIST/SET/STRING
effect([105], (a) => 1 - 2 * a); // BUILD_MAP
effect([156], (a) => -a); // BUILD_CONST_KEY_MAP
effect([106], 0); // LOAD_ATTR
effect([107, 117, 118], -1); // COMPARE_OP IS_OP CONTAINS_OP
effect([36, 37], 0); // CHECK_EXC_MATCH CHECK_EG_MATCH
effect([108], -1); // IMPORT_NAME
effect([109], 1); // IMPORT_FROM
effect([110, 140, -5, 134, -6], 0); // JUMP_FORWARD JUMP_BACKWARD JUMP JUMP_BACKWARD_NO_INTERRUPT JUMP_NO_INTERRUPT
effect([112, 111], (_a, j) => (j ? 0 : -1)); // JUMP_IF_TRUE_OR_POP JUMP_IF_FALSE_OR_POP
// POP_JUMP_{BACKWARD,FORWARD,}_IF_{NONE,NOT_NONE,FALSE,TRUE}
effect([174, 129, -9, 173, 128, -10, 114, 175, -7, 115, 176, -8], -1);
effect([116], (a) => (a & 1) + 1); // LOAD_GLOBAL
effect([-1], (_a, j) => (j ? 1 : 0)); // SETUP_FINALLY
effect([-2], (_a, j) => (j ? 2 : 0)); // SETUP_CLEANUP
effect([-3], (_a, j) => (j ? 1 : 0)); // SETUP_WITH
effect([88, 119], -1); // PREP_RERAISE_STAR RERAISE
effect([35, 49], 1); // PUSH_EXC_INFO WITH_EXCEPT_START
effect([124], 1); // LOAD_FAST
effect([125], -1); // STORE_FAST
effect([126], 0); // DELETE_FAST
effect([75], 0); // RETURN_GENERATOR
effect([130], (a) => -a); // RAISE_VARARGS
effect([166], (a) => -a); // PRECALL
effect([172], 0); // KW_NAMES
effect([171], -1); // CALL
effect([142], (a) => -2 - (a & 0x01 ? 1 : 0)); // CALL_FUNCTION_EX
effect([132], (a) => 0 - (a & 1 ? 1 : 0) - (a & 2 ? 1 : 0) - (a & 4 ? 1 : 0) - (a & 8 ? 1 : 0)); // MAKE_FUNCTION
effect([133], (a) => (a === 3 ? -2 : -1)); // BUILD_SLICE
effect([135, 149], 0); // MAKE_CELL COPY_FREE_VARS
effect([136, 137, 148], 1); // LOAD_CLOSURE LOAD_DEREF LOAD_CLASSDEREF
effect([138], -1); // STORE_DEREF
effect([139], 0); // DELETE_DEREF
effect([131], 0); // GET_AWAITABLE
effect([52, 53], 1); // BEFORE_ASYNC_WITH BEFORE_WITH
effect([50], 0); // GET_AITER
effect([51], 1); // GET_ANEXT
effect([69], 0); // GET_YIELD_FROM_ITER
effect([54], -2); // END_ASYNC_FOR
effect([155], (a) => ((a & FVS_MASK) === FVS_HAVE_SPEC ? -1 : 0)); // FORMAT_VALUE
effect([160, 74], 1); // LOAD_METHOD LOAD_ASSERTION_ERROR
effect([82], 0); // LIST_TO_TUPLE
effect([162, 163, 164, 165], -1); // LIST_EXTEND SET_UPDATE DICT_MERGE DICT_UPDATE
effect([152], -2); // MATCH_CLASS
effect([30, 31, 32, 33], 1); // GET_LEN MATCH_MAPPING MATCH_SEQUENCE MATCH_KEYS
effect([120, 2], 1); // COPY PUSH_NULL
effect([122], -1); // BINARY_OP

/** A C int from an index (_PyLong_AsInt). */
function cint(o: PyObject): number {
  const v = PyNumber_AsSsize_t(o, PyExc_OverflowError);
  if (v > 0x7fffffff || v < -0x80000000)
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
  return v;
}

const stackEffectParser = newArgParser("stack_effect", ["", "", "jump"], 1, 2, 2);

/** stack_effect(opcode, oparg=None, /, *, jump=None) */
function _opcode_stack_effect(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [opArg, opargArg, jumpArg] = _PyArg_UnpackKeywords(args, kwnames, stackEffectParser, [null, null, null]);
  const opcode = cint(opArg!);
  const oparg = opargArg ?? Py_None;
  const jump = jumpArg ?? Py_None;
  let opargInt = 0;
  if (opcode >= HAVE_ARGUMENT) {
    if (oparg === Py_None) {
      throw PyErr_Format(PyExc_ValueError, "stack_effect: opcode requires oparg but oparg was not specified");
    }
    opargInt = cint(oparg);
  } else if (oparg !== Py_None) {
    throw PyErr_Format(PyExc_ValueError, "stack_effect: opcode does not permit oparg but oparg was specified");
  }
  let jumpInt: number;
  if (jump === Py_None) jumpInt = -1;
  else if (jump === Py_True) jumpInt = 1;
  else if (jump === Py_False) jumpInt = 0;
  else throw PyErr_Format(PyExc_ValueError, "stack_effect: jump must be False, True or None");
  const f = STACK_EFFECT.get(opcode);
  if (f === undefined) throw PyErr_Format(PyExc_ValueError, "invalid opcode or oparg");
  return PyLong_FromNumber(f(opargInt, jumpInt));
}

const functions: PyMethodDef[] = [
  { name: "stack_effect", meth: _opcode_stack_effect, flags: METH_FASTCALL | METH_KEYWORDS },
];

export function PyInit__opcode(): PyObject {
  const m = PyModule_New("_opcode");
  PyModule_AddFunctions(m, functions);
  return m;
}
