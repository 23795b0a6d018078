/**
 * The `_random` module (CPython 3.11's Modules/_randommodule.c): the
 * native generator type `_random.Random` (the Mersenne Twister MT19937,
 * `random()`, `seed()`, `getrandbits()`, `getstate()`/`setstate()`).
 * The `random` module is CPython's Lib/random.py in lib/, whose `Random`
 * class subclasses this one and holds the algorithms whose exact sequence
 * of generator calls decides the results (randrange, shuffle, sample,
 * choices, gauss, ...), so a seeded program prints what CPython prints.
 *
 * Representation: a RandomObject holds the 624-word state in a
 * Uint32Array and the index of the next word (CPython's `state[N]` and
 * `index`). Instances of Python subclasses (random.Random) are
 * RandomObjects too, with the subclass as `ob_type` and their attributes
 * (gauss_next) kept by the runtime.
 *
 * Seeding follows random_seed(): None → fresh entropy; an int → the
 * 32-bit words of abs(n), least significant first, to init_by_array; any
 * other object → its hash as an unsigned 64-bit value. Floats are hashed
 * here exactly (CPython's _Py_HashDouble over BigInt) so `seed(3.5)` gives
 * CPython's sequence.
 */
import { randomFillSync } from "node:crypto";
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_Free, PyObject_GC_Del, PyObject_GC_Track } from "../heap/gc.js";
import { newStaticType, type PyTypeObject, _PyType_FromSpecInCPython } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_NOARGS, METH_O } from "../objects/methoddef.js";
import { PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { PyFloat_AsDouble, PyFloat_Check, PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyLong_AsBigInt, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from "../objects/longobject.js";
import {
  PyTuple_Check,
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_New,
  PyTuple_SET_ITEM,
} from "../objects/tupleobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { PyNumber_Index, PyObject_Hash } from "../objects/abstract.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, nargsOf } from "../objects/getargs.js";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
const MASK64 = (1n << 64n) - 1n;

/** sizeof(RandomObject) in CPython 3.11 (_random.Random.__basicsize__). */
const RANDOM_BASICSIZE = 2520;

export class RandomObject extends PyGCObject {
  state: Uint32Array;
  index: number;
  constructor(type: PyTypeObject) {
    super(type, type.tp_basicsize);
    this.state = new Uint32Array(N);
    this.index = N + 1;
  }
}

function random_dealloc(self: PyObject): void {
  // Subclass instances are GC objects (their dealloc untracked them).
  if ((self.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0) PyObject_GC_Del(self as PyGCObject);
  else PyObject_Free(self);
}

export const PyRandom_Type = newStaticType("_random.Random", RANDOM_BASICSIZE, TPFLAGS_BASETYPE, random_dealloc);
_PyType_FromSpecInCPython(PyRandom_Type);

// ------------------------------------------------------------ MT19937

function init_genrand(self: RandomObject, s: number): void {
  const mt = self.state;
  mt[0] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  self.index = N;
}

function init_by_array(self: RandomObject, key: number[]): void {
  const mt = self.state;
  init_genrand(self, 19650218);
  let i = 1;
  let j = 0;
  const len = key.length;
  for (let k = N > len ? N : len; k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
}

function genrand_uint32(self: RandomObject): number {
  const mt = self.state;
  if (self.index >= N) {
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) !== 0 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) !== 0 ? MATRIX_A : 0);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) !== 0 ? MATRIX_A : 0);
    self.index = 0;
  }
  let y = mt[self.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** random_random: 53 random bits as a float in [0, 1). */
function genrand_res53(self: RandomObject): number {
  const a = genrand_uint32(self) >>> 5;
  const b = genrand_uint32(self) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// ------------------------------------------------------------ seeding

const HASH_BITS = 61n;
const HASH_MODULUS = (1n << HASH_BITS) - 1n;

/** CPython's hash of a float, exactly (the rational value reduced modulo
 *  2**61 - 1; ±inf → ±314159). NaN has no fixed hash: 0 here. */
function hashDoubleExact(v: number): bigint {
  if (Number.isNaN(v)) return 0n;
  if (!Number.isFinite(v)) return v > 0 ? 314159n : -314159n;
  if (v === 0) return 0n;
  const neg = v < 0;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(v));
  const bits = buf.getBigUint64(0);
  const expField = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let exp: number;
  if (expField === 0) {
    exp = -1074;
  } else {
    mant |= 1n << 52n;
    exp = expField - 1075;
  }
  // v = mant * 2**exp; 2**61 ≡ 1 (mod P), so 2**exp ≡ 2**(exp mod 61).
  const e = ((exp % 61) + 61) % 61;
  let x = ((mant % HASH_MODULUS) << BigInt(e)) % HASH_MODULUS;
  if (neg) x = -x;
  if (x === -1n) x = -2n;
  return x;
}

function keyFromBigInt(n: bigint): number[] {
  if (n === 0n) return [0];
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return key;
}

function random_seed_urandom(self: RandomObject): void {
  const key = new Uint32Array(N);
  randomFillSync(key);
  init_by_array(self, Array.from(key));
}

function random_seed(self: RandomObject, arg: PyObject | null): void {
  if (arg === null || arg === Py_None) {
    random_seed_urandom(self);
    return;
  }
  let n: bigint;
  if (PyLong_Check(arg)) {
    n = PyLong_AsBigInt(arg);
    if (n < 0n) n = -n;
  } else if (PyFloat_Check(arg)) {
    n = hashDoubleExact(PyFloat_AsDouble(arg)) & MASK64;
  } else {
    n = BigInt(PyObject_Hash(arg)) & MASK64;
  }
  init_by_array(self, keyFromBigInt(n));
}

// ------------------------------------------------------------ methods

function R(o: PyObject): RandomObject {
  return o as RandomObject;
}

function random_new(type: PyTypeObject, _args: PyObject[], kwnames: PyObject | null): PyObject {
  if (type === PyRandom_Type) _PyArg_NoKwnames("Random", kwnames);
  const self = new RandomObject(type);
  init_genrand(self, 19650218);
  if ((type.tp_flags & TPFLAGS_HAVE_GC) !== 0) PyObject_GC_Track(self);
  return self;
}

function random_init(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  if (self.ob_type === PyRandom_Type) _PyArg_NoKwnames("Random", kwnames);
  const nargs = nargsOf(args, kwnames);
  if (nargs > 1) throw PyErr_Format(PyExc_TypeError, "Random() requires 0 or 1 argument");
  random_seed(R(self), nargs === 1 ? args[0] : null);
}

function meth_random(self: PyObject): PyObject {
  return PyFloat_FromDouble(genrand_res53(R(self)));
}

function meth_seed(self: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("seed", args.length, 0, 1);
  random_seed(R(self), args.length === 1 ? args[0] : null);
  return Py_NewRef(Py_None);
}

function meth_getstate(self: PyObject): PyObject {
  const r = R(self);
  const t = PyTuple_New(N + 1);
  for (let i = 0; i < N; i++) PyTuple_SET_ITEM(t, i, PyLong_FromNumber(r.state[i]));
  PyTuple_SET_ITEM(t, N, PyLong_FromNumber(r.index));
  return t;
}

function asUnsigned32(o: PyObject): number {
  if (!PyLong_Check(o)) {
    const i = PyNumber_Index(o);
    try {
      return asUnsigned32(i);
    } finally {
      Py_DECREF(i);
    }
  }
  const b = PyLong_AsBigInt(o);
  if (b < 0n) throw PyErr_Format(PyExc_OverflowError, "can't convert negative int to unsigned");
  if (b > MASK64) throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  return Number(b & 0xffffffffn);
}

function meth_setstate(self: PyObject, state: PyObject): PyObject {
  if (!PyTuple_Check(state)) throw PyErr_Format(PyExc_TypeError, "state vector must be a tuple");
  if (PyTuple_GET_SIZE(state) !== N + 1) throw PyErr_Format(PyExc_ValueError, "state vector is the wrong size");
  const fresh = new Uint32Array(N);
  for (let i = 0; i < N; i++) fresh[i] = asUnsigned32(PyTuple_GET_ITEM(state, i));
  const idxObj = PyTuple_GET_ITEM(state, N);
  if (!PyLong_Check(idxObj)) {
    throw PyErr_Format(PyExc_TypeError, `'${idxObj.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const index = PyLong_AsBigInt(idxObj);
  if (index < 0n || index > BigInt(N)) throw PyErr_Format(PyExc_ValueError, "invalid state");
  const r = R(self);
  r.state.set(fresh);
  r.index = Number(index);
  return Py_NewRef(Py_None);
}

function meth_getrandbits(self: PyObject, arg: PyObject): PyObject {
  const kb = big(arg);
  if (kb < 0n) throw PyErr_Format(PyExc_ValueError, "number of bits must be non-negative");
  if (kb > 0x7fffffffn) throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
  let k = Number(kb);
  const r = R(self);
  if (k === 0) return PyLong_FromNumber(0);
  if (k <= 32) return PyLong_FromNumber(genrand_uint32(r) >>> (32 - k));
  let result = 0n;
  let shift = 0n;
  for (; k > 0; k -= 32) {
    let w = genrand_uint32(r);
    if (k < 32) w >>>= 32 - k;
    result |= BigInt(w) << shift;
    shift += 32n;
  }
  return PyLong_FromBigInt(result);
}

function big(o: PyObject): bigint {
  const i = PyNumber_Index(o);
  try {
    return PyLong_AsBigInt(i);
  } finally {
    Py_DECREF(i);
  }
}

PyRandom_Type.tp_new = random_new;
PyRandom_Type.tp_init = random_init;
PyRandom_Type.tp_doc = "Random() -> create a random number generator with its own internal state.";
PyRandom_Type.tp_methods = [
  { name: "random", meth: meth_random, flags: METH_NOARGS },
  { name: "seed", meth: meth_seed, flags: METH_FASTCALL },
  { name: "getstate", meth: meth_getstate, flags: METH_NOARGS },
  { name: "setstate", meth: meth_setstate, flags: METH_O },
  { name: "getrandbits", meth: meth_getrandbits, flags: METH_O },
];

// ------------------------------------------------------------ modules

/** `_random`: the native generator type. */
export function PyInit__random(): PyObject {
  const m = PyModule_New("_random");
  PyModule_AddObjectRef(m, "Random", PyRandom_Type);
  return m;
}
