/**
 * The `random` module, as CPython 3.11 builds it: a native generator type
 * `_random.Random` (Modules/_randommodule.c: the Mersenne Twister MT19937,
 * `random()`, `seed()`, `getrandbits()`, `getstate()`/`setstate()`), and
 * Lib/random.py's `Random` class over it, kept here as Python source and
 * run as a frozen module (frozen.ts). The Python layer holds the
 * algorithms whose exact sequence of generator calls decides the results
 * (randrange via _randbelow_with_getrandbits, shuffle, sample, choices,
 * uniform, gauss, ...), copied from random.py 3.11 so that a seeded
 * program prints what CPython prints.
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
import { createHash, randomBytes, randomFillSync } from "node:crypto";
import { PyGCObject, type PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_Free, PyObject_GC_Del, PyObject_GC_Track } from "../heap/gc.js";
import { newStaticType, type PyTypeObject, _PyType_FromSpecInCPython } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddObjectRef, PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyFloat_AsDouble, PyFloat_Check, PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyLong_AsBigInt, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from "../objects/longobject.js";
import {
  PyTuple_Check,
  PyTuple_GET_ITEM,
  PyTuple_GET_SIZE,
  PyTuple_New,
  PyTuple_SET_ITEM,
} from "../objects/tupleobject.js";
import { PyUnicode_AsString } from "../objects/unicodeobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { PyNumber_Index, PyObject_Hash } from "../objects/abstract.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, nargsOf } from "../objects/getargs.js";
import { PyRun_FrozenModule } from "./frozen.js";

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

/** Seed material for a str seed (version 2): int.from_bytes(a + sha512(a)). */
function random_str_seed(_m: PyObject, arg: PyObject): PyObject {
  const bytes = Buffer.from(PyUnicode_AsString(arg), "utf8");
  const all = Buffer.concat([bytes, createHash("sha512").update(bytes).digest()]);
  return PyLong_FromBigInt(all.length === 0 ? 0n : BigInt("0x" + all.toString("hex")));
}

function random_index(_m: PyObject, arg: PyObject): PyObject {
  return PyNumber_Index(arg);
}

/** int.from_bytes(os.urandom(n)) */
function random_urandom_int(_m: PyObject, arg: PyObject): PyObject {
  const n = Number(big(arg));
  if (n < 0) throw PyErr_Format(PyExc_ValueError, "negative argument not allowed");
  if (n === 0) return PyLong_FromNumber(0);
  return PyLong_FromBigInt(BigInt("0x" + randomBytes(n).toString("hex")));
}

const helperFunctions: PyMethodDef[] = [
  { name: "_urandom_int", meth: random_urandom_int, flags: METH_O },
  { name: "_str_seed", meth: random_str_seed, flags: METH_O },
  { name: "_index", meth: random_index, flags: METH_O },
];

export function PyInit_random(): PyObject {
  return PyRun_FrozenModule("random", RANDOM_SOURCE, (m) => PyModule_AddFunctions(m, helperFunctions));
}

/* Lib/random.py 3.11, without warnings, pickling support, the hashlib /
 * os / bisect / itertools imports (small local equivalents instead) and
 * the fork hook. The helpers `_index`, `_str_seed` and `_urandom_int`
 * are native. */
const RANDOM_SOURCE = String.raw`"""Random variable generators."""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
import _random

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # Number of bits in a float
RECIP_BPF = 2 ** -BPF
_ONE = 1


def _accumulate(iterable):
    it = iter(iterable)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for element in it:
        total = total + element
        yield total


def _repeat(value, times):
    for i in range(times):
        yield value


def _bisect(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _is_sequence(population):
    return isinstance(population, (list, tuple, str, range))


class Random(_random.Random):
    """Random number generator base class used by bound module functions.

    Used to instantiate instances of Random to get generators that don't
    share state.

    Class Random can also be subclassed if you want to use a different basic
    generator of your own devising: in that case, override the following
    methods:  random(), seed(), getstate(), and setstate().
    Optionally, implement a getrandbits() method so that randrange()
    can cover arbitrarily large ranges.

    """

    VERSION = 3     # used by getstate/setstate

    def __init__(self, x=None):
        """Initialize an instance.

        Optional argument x controls seeding, as for Random.seed().
        """

        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed.

        The only supported seed types are None, int, float,
        str, bytes, and bytearray.
        """

        if version == 1 and isinstance(a, str):
            x = ord(a[0]) << 7 if a else 0
            for ch in a:
                c = ord(ch)
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x

        elif version == 2 and isinstance(a, str):
            a = _str_seed(a)

        elif not isinstance(a, (type(None), int, float, str)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')

        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            super().setstate(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            super().setstate(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def _randbelow(self, n):
        "Return a random int in the range [0,n).  Defined for n > 0."

        getrandbits = self.getrandbits
        k = n.bit_length()  # don't use (n-1) here because n can be 1
        r = getrandbits(k)  # 0 <= r < 2**k
        while r >= n:
            r = getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(stop) or range(start, stop[, step]).
        """

        try:
            istart = _index(start)
        except TypeError:
            istart = int(start)
            if istart != start:
                raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")

        try:
            istop = _index(stop)
        except TypeError:
            istop = int(stop)
            if istop != stop:
                raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        try:
            istep = _index(step)
        except TypeError:
            istep = int(step)
            if istep != step:
                raise ValueError("non-integer step for randrange()")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))

        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points.
        """

        return self.randrange(a, b+1)

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""

        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""

        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence.
        """

        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            bisect = _bisect
            return [population[bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21        # size of a small set minus size of an empty list
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))  # table size for big sets
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]  # move non-selected item into vacancy
        else:
            selected = set()
            selected_add = selected.add
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected_add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement.
        """
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                floor = _floor
                n += 0.0    # convert to float for a small speed improvement
                return [population[floor(random() * n)] for i in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    'The number of choices must be a keyword argument: k=' + repr(k)
                ) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0   # convert to float
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        bisect = _bisect
        hi = n - 1
        return [population[bisect(cum_weights, random() * total, 0, hi)]
                for i in _repeat(None, k)]

    def uniform(self, a, b):
        "Get a random number in the range [a, b) or [a, b] depending on rounding."
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution."""
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad

        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()

        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)

        while True:
            u1 = random()
            z = _cos(_pi * u1)

            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break

        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI

        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution.  Not the gamma function!"""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')

        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv

            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta

        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta

        else:
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution.  alpha is the shape parameter."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Alternate random number generator using sources provided
    by the operating system (such as /dev/urandom on Unix or
    CryptGenRandom on Windows).

     Not available on all systems (see os.urandom() for details).

    """

    def random(self):
        """Get the next random number in the range 0.0 <= X < 1.0."""
        return (_urandom_int(7) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8                       # bits / 8 and rounded up
        x = _urandom_int(numbytes)
        return x >> (numbytes * 8 - k)                # trim excess bits

    def seed(self, *args, **kwds):
        "Stub method.  Not used for a system random number generator."
        return None

    def _notimplemented(self, *args, **kwds):
        "Method should not be called for a system random number generator."
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
`;
