/**
 * The `_blake2` module (CPython 3.11's Modules/_blake2): the `blake2b`
 * and `blake2s` hash types, with the parameter block CPython exposes
 * (digest_size, key, salt, person, fanout, depth, leaf_size, node_offset,
 * node_depth, inner_size, last_node), its checks and messages, and the
 * hash methods (update, digest, hexdigest, copy).
 *
 * BLAKE2 (RFC 7693) is computed here, not by the host, whose BLAKE2 takes
 * no parameters: blake2b over 64-bit words held as BigInts, blake2s over
 * 32-bit words. The state keeps the chaining value, the byte counter,
 * and the block not yet compressed (the last block is compressed only at
 * the end, with the final flags).
 */
import { PyObject as PyObjectBase, type PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_Free } from "../heap/gc.js";
import { makeStatic, newStaticType, PyType_Modified, type PyTypeObject } from "../objects/typeobject.js";
import { PyDict_GetItemString, PyDict_SetItem } from "../objects/dictobject.js";
import { METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { PyLong_AsBigInt, PyLong_Check, PyLong_FromNumber } from "../objects/longobject.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyBytes_FromArray } from "../objects/bytesobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { _PyArg_UnpackKeywords, newArgParser } from "../objects/getargs.js";
import { PyNumber_Index, PyObject_IsTrue } from "../objects/abstract.js";
import { PyBUF_SIMPLE, PyBuffer_Data, PyBuffer_Release, PyObject_GetBuffer } from "../objects/buffer.js";
import { hashUpdateFrom } from "./hashes.js";

// ---------------------------------------------------------------- the algorithm

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

const IV32 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const IV64 = [
  0x6a09e667f3bcc908n,
  0xbb67ae8584caa73bn,
  0x3c6ef372fe94f82bn,
  0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n,
  0x9b05688c2b3e6c1fn,
  0x1f83d9abfb41bd6bn,
  0x5be0cd19137e2179n,
];
const M64 = (1n << 64n) - 1n;

/** One variant: word size, block and output sizes, the compression. */
interface Variant {
  name: "blake2b" | "blake2s";
  blockBytes: number;
  outBytes: number;
  keyBytes: number;
  saltBytes: number;
  personBytes: number;
  /** Largest node_offset (48 bits for blake2s). */
  maxNodeOffset: bigint;
  basicsize: number;
}

const BLAKE2B: Variant = {
  name: "blake2b",
  blockBytes: 128,
  outBytes: 64,
  keyBytes: 64,
  saltBytes: 16,
  personBytes: 16,
  maxNodeOffset: M64,
  basicsize: 448,
};
const BLAKE2S: Variant = {
  name: "blake2s",
  blockBytes: 64,
  outBytes: 32,
  keyBytes: 32,
  saltBytes: 8,
  personBytes: 8,
  maxNodeOffset: (1n << 48n) - 1n,
  basicsize: 240,
};

/** The running state of a hash. */
class State {
  /** Chaining value: 8 words (bigint for blake2b, number for blake2s). */
  h: (bigint | number)[];
  /** Bytes compressed so far. */
  t: bigint;
  buf: Uint8Array;
  buflen: number;
  lastNode: boolean;
  constructor(
    readonly v: Variant,
    h: (bigint | number)[],
    lastNode: boolean,
  ) {
    this.h = h;
    this.t = 0n;
    this.buf = new Uint8Array(v.blockBytes);
    this.buflen = 0;
    this.lastNode = lastNode;
  }

  clone(): State {
    const s = new State(this.v, this.h.slice(), this.lastNode);
    s.t = this.t;
    s.buf.set(this.buf);
    s.buflen = this.buflen;
    return s;
  }

  update(data: Uint8Array): void {
    const bb = this.v.blockBytes;
    let i = 0;
    while (i < data.length) {
      if (this.buflen === bb) {
        this.t += BigInt(bb);
        this.compress(false);
        this.buflen = 0;
      }
      const n = Math.min(bb - this.buflen, data.length - i);
      this.buf.set(data.subarray(i, i + n), this.buflen);
      this.buflen += n;
      i += n;
    }
  }

  /** The digest of `outlen` bytes (the state is left as it was). */
  final(outlen: number): Uint8Array {
    const s = this.clone();
    s.t += BigInt(s.buflen);
    s.buf.fill(0, s.buflen);
    s.compress(true);
    const out = new Uint8Array(outlen);
    const wb = s.v.name === "blake2b" ? 8 : 4;
    for (let i = 0; i < outlen; i++) {
      const w = s.h[Math.floor(i / wb)];
      const shift = (i % wb) * 8;
      out[i] = typeof w === "bigint" ? Number((w >> BigInt(shift)) & 0xffn) : (w >>> shift) & 0xff;
    }
    return out;
  }

  private compress(last: boolean): void {
    if (this.v.name === "blake2b") this.compress64(last);
    else this.compress32(last);
  }

  private compress64(last: boolean): void {
    const m: bigint[] = [];
    const dv = new DataView(this.buf.buffer, this.buf.byteOffset, 128);
    for (let i = 0; i < 16; i++) m.push(dv.getBigUint64(i * 8, true));
    const h = this.h as bigint[];
    const v = [...h, ...IV64];
    v[12] ^= this.t & M64;
    v[13] ^= (this.t >> 64n) & M64;
    if (last) {
      v[14] ^= M64;
      if (this.lastNode) v[15] ^= M64;
    }
    const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & M64;
    const G = (a: number, b: number, c: number, d: number, x: bigint, y: bigint): void => {
      v[a] = (v[a] + v[b] + x) & M64;
      v[d] = rotr(v[d] ^ v[a], 32n);
      v[c] = (v[c] + v[d]) & M64;
      v[b] = rotr(v[b] ^ v[c], 24n);
      v[a] = (v[a] + v[b] + y) & M64;
      v[d] = rotr(v[d] ^ v[a], 16n);
      v[c] = (v[c] + v[d]) & M64;
      v[b] = rotr(v[b] ^ v[c], 63n);
    };
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10];
      G(0, 4, 8, 12, m[s[0]], m[s[1]]);
      G(1, 5, 9, 13, m[s[2]], m[s[3]]);
      G(2, 6, 10, 14, m[s[4]], m[s[5]]);
      G(3, 7, 11, 15, m[s[6]], m[s[7]]);
      G(0, 5, 10, 15, m[s[8]], m[s[9]]);
      G(1, 6, 11, 12, m[s[10]], m[s[11]]);
      G(2, 7, 8, 13, m[s[12]], m[s[13]]);
      G(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (let i = 0; i < 8; i++) h[i] = h[i] ^ v[i] ^ v[i + 8];
  }

  private compress32(last: boolean): void {
    const m: number[] = [];
    const dv = new DataView(this.buf.buffer, this.buf.byteOffset, 64);
    for (let i = 0; i < 16; i++) m.push(dv.getUint32(i * 4, true));
    const h = this.h as number[];
    const v = [...h, ...IV32];
    v[12] = (v[12] ^ Number(this.t & 0xffffffffn)) >>> 0;
    v[13] = (v[13] ^ Number((this.t >> 32n) & 0xffffffffn)) >>> 0;
    if (last) {
      v[14] = ~v[14] >>> 0;
      if (this.lastNode) v[15] = ~v[15] >>> 0;
    }
    const rotr = (x: number, n: number): number => ((x >>> n) | (x << (32 - n))) >>> 0;
    const G = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
      v[a] = (v[a] + v[b] + x) >>> 0;
      v[d] = rotr(v[d] ^ v[a], 16);
      v[c] = (v[c] + v[d]) >>> 0;
      v[b] = rotr(v[b] ^ v[c], 12);
      v[a] = (v[a] + v[b] + y) >>> 0;
      v[d] = rotr(v[d] ^ v[a], 8);
      v[c] = (v[c] + v[d]) >>> 0;
      v[b] = rotr(v[b] ^ v[c], 7);
    };
    for (let r = 0; r < 10; r++) {
      const s = SIGMA[r];
      G(0, 4, 8, 12, m[s[0]], m[s[1]]);
      G(1, 5, 9, 13, m[s[2]], m[s[3]]);
      G(2, 6, 10, 14, m[s[4]], m[s[5]]);
      G(3, 7, 11, 15, m[s[6]], m[s[7]]);
      G(0, 5, 10, 15, m[s[8]], m[s[9]]);
      G(1, 6, 11, 12, m[s[10]], m[s[11]]);
      G(2, 7, 8, 13, m[s[12]], m[s[13]]);
      G(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (let i = 0; i < 8; i++) h[i] = (h[i] ^ v[i] ^ v[i + 8]) >>> 0;
  }
}

/** The parameter block's fields. */
interface Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

/** The initial state: IV xor the parameter block, then the key block. */
function initState(v: Variant, p: Params): State {
  const block = new Uint8Array(v.name === "blake2b" ? 64 : 32);
  const dv = new DataView(block.buffer);
  block[0] = p.digestSize;
  block[1] = p.key.length;
  block[2] = p.fanout;
  block[3] = p.depth;
  dv.setUint32(4, p.leafSize, true);
  if (v.name === "blake2b") {
    dv.setBigUint64(8, p.nodeOffset, true);
    block[16] = p.nodeDepth;
    block[17] = p.innerSize;
    block.set(p.salt, 32);
    block.set(p.person, 48);
  } else {
    dv.setUint32(8, Number(p.nodeOffset & 0xffffffffn), true);
    dv.setUint16(12, Number(p.nodeOffset >> 32n), true);
    block[14] = p.nodeDepth;
    block[15] = p.innerSize;
    block.set(p.salt, 16);
    block.set(p.person, 24);
  }
  let h: (bigint | number)[];
  if (v.name === "blake2b") h = IV64.map((iv, i) => iv ^ dv.getBigUint64(i * 8, true));
  else h = IV32.map((iv, i) => (iv ^ dv.getUint32(i * 4, true)) >>> 0);
  const s = new State(v, h, p.lastNode);
  if (p.key.length > 0) {
    const kb = new Uint8Array(v.blockBytes);
    kb.set(p.key);
    s.update(kb);
  }
  return s;
}

// ---------------------------------------------------------------- the objects

class BLAKE2Object extends PyObjectBase {
  state: State;
  digestSize: number;
  constructor(type: PyTypeObject, state: State, digestSize: number) {
    super(type, (type as { blake2?: Variant }).blake2!.basicsize);
    this.state = state;
    this.digestSize = digestSize;
  }
}

function B(o: PyObject): BLAKE2Object {
  return o as BLAKE2Object;
}

function blake2_dealloc(self: PyObject): void {
  PyObject_Free(self);
}

function toHex(data: Uint8Array): string {
  let s = "";
  for (const b of data) s += (b < 16 ? "0" : "") + b.toString(16);
  return s;
}

const methods: PyMethodDef[] = [
  {
    name: "copy",
    meth: (s: PyObject) => new BLAKE2Object(s.ob_type, B(s).state.clone(), B(s).digestSize),
    flags: METH_NOARGS,
    doc: "Return a copy of the hash object.",
  },
  {
    name: "digest",
    meth: (s: PyObject) => PyBytes_FromArray(B(s).state.final(B(s).digestSize)),
    flags: METH_NOARGS,
    doc: "Return the digest value as a bytes object.",
  },
  {
    name: "hexdigest",
    meth: (s: PyObject) => PyUnicode_FromString(toHex(B(s).state.final(B(s).digestSize))),
    flags: METH_NOARGS,
    doc: "Return the digest value as a string of hexadecimal digits.",
  },
  {
    name: "update",
    meth: (s: PyObject, data: PyObject) => {
      hashUpdateFrom(data, (d) => B(s).state.update(d));
      return Py_NewRef(Py_None);
    },
    flags: METH_O,
    doc: "Update this hash object's state with the provided bytes-like object.",
  },
];

/** Argument Clinic's `int` converter. */
function intArg(o: PyObject): number {
  if (!PyLong_Check(o)) {
    const i = PyNumber_Index(o);
    try {
      return intArg(i);
    } finally {
      Py_DECREF(i);
    }
  }
  const b = PyLong_AsBigInt(o);
  if (b > 2147483647n || b < -2147483648n)
    throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C int");
  return Number(b);
}

/** _PyLong_UnsignedLong(Long)_Converter. */
function unsignedArg(o: PyObject, bits: bigint, what: string): bigint {
  if (PyLong_Check(o) && PyLong_AsBigInt(o) < 0n) throw PyErr_Format(PyExc_ValueError, "value must be positive");
  if (!PyLong_Check(o)) throw PyErr_Format(PyExc_TypeError, "an integer is required");
  const b = PyLong_AsBigInt(o);
  if (b >= 1n << bits) {
    throw PyErr_Format(PyExc_OverflowError, `Python int too large to convert to C unsigned ${what}`);
  }
  return b;
}

/** The `y*` converter: a bytes-like object's bytes (copied). */
function bufferArg(o: PyObject): Uint8Array {
  const view = PyObject_GetBuffer(o, PyBUF_SIMPLE);
  try {
    return PyBuffer_Data(view).slice();
  } finally {
    PyBuffer_Release(view);
  }
}

const PARAM_NAMES = [
  "",
  "digest_size",
  "key",
  "salt",
  "person",
  "fanout",
  "depth",
  "leaf_size",
  "node_offset",
  "node_depth",
  "inner_size",
  "last_node",
  "usedforsecurity",
];

function makeNew(v: Variant) {
  const parser = newArgParser(v.name, PARAM_NAMES, 0, 1, 1);
  return (type: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    const a = _PyArg_UnpackKeywords(args, kwnames, parser, new Array(PARAM_NAMES.length).fill(null));
    const data = a[0];
    const digestSize = a[1] === null ? v.outBytes : intArg(a[1]);
    const key = a[2] === null ? new Uint8Array(0) : bufferArg(a[2]);
    const salt = a[3] === null ? new Uint8Array(0) : bufferArg(a[3]);
    const person = a[4] === null ? new Uint8Array(0) : bufferArg(a[4]);
    const fanout = a[5] === null ? 1 : intArg(a[5]);
    const depth = a[6] === null ? 1 : intArg(a[6]);
    const leafSize = a[7] === null ? 0n : unsignedArg(a[7], 64n, "long");
    const nodeOffset = a[8] === null ? 0n : unsignedArg(a[8], 64n, "long long");
    const nodeDepth = a[9] === null ? 0 : intArg(a[9]);
    const innerSize = a[10] === null ? 0 : intArg(a[10]);
    const lastNode = a[11] === null ? false : PyObject_IsTrue(a[11]);
    if (a[12] !== null) PyObject_IsTrue(a[12]);
    if (digestSize <= 0 || digestSize > v.outBytes) {
      throw PyErr_Format(PyExc_ValueError, `digest_size must be between 1 and ${v.outBytes} bytes`);
    }
    if (salt.length > v.saltBytes) {
      throw PyErr_Format(PyExc_ValueError, `maximum salt length is ${v.saltBytes} bytes`);
    }
    if (person.length > v.personBytes) {
      throw PyErr_Format(PyExc_ValueError, `maximum person length is ${v.personBytes} bytes`);
    }
    if (fanout < 0 || fanout > 255) throw PyErr_Format(PyExc_ValueError, "fanout must be between 0 and 255");
    if (depth <= 0 || depth > 255) throw PyErr_Format(PyExc_ValueError, "depth must be between 1 and 255");
    if (leafSize > 0xffffffffn) throw PyErr_Format(PyExc_OverflowError, "leaf_size is too large");
    if (nodeOffset > v.maxNodeOffset) throw PyErr_Format(PyExc_OverflowError, "node_offset is too large");
    if (nodeDepth < 0 || nodeDepth > 255) {
      throw PyErr_Format(PyExc_ValueError, "node_depth must be between 0 and 255");
    }
    if (innerSize < 0 || innerSize > v.outBytes) {
      throw PyErr_Format(PyExc_ValueError, `inner_size must be between 0 and is ${v.outBytes}`);
    }
    if (key.length > v.keyBytes) {
      throw PyErr_Format(PyExc_ValueError, `maximum key length is ${v.keyBytes} bytes`);
    }
    const state = initState(v, {
      digestSize,
      key,
      salt,
      person,
      fanout,
      depth,
      leafSize: Number(leafSize),
      nodeOffset,
      nodeDepth,
      innerSize,
      lastNode,
    });
    const self = new BLAKE2Object(type, state, digestSize);
    if (data !== null) {
      try {
        hashUpdateFrom(data, (d) => state.update(d));
      } catch (e) {
        Py_DECREF(self);
        throw e;
      }
    }
    return self;
  };
}

function makeType(v: Variant): PyTypeObject {
  const type = newStaticType(`_blake2.${v.name}`, v.basicsize, 0, blake2_dealloc);
  (type as { blake2?: Variant }).blake2 = v;
  type.tp_new = makeNew(v);
  type.tp_methods = methods;
  type.tp_getset = [
    { name: "name", get: () => PyUnicode_FromString(v.name), set: null },
    { name: "block_size", get: () => PyLong_FromNumber(v.blockBytes), set: null },
    { name: "digest_size", get: (s) => PyLong_FromNumber(B(s).digestSize), set: null },
  ];
  type.tp_doc = `Return a new BLAKE2${v.name === "blake2b" ? "b" : "s"} hash object.`;
  return type;
}

const BLAKE2b_Type = makeType(BLAKE2B);
const BLAKE2s_Type = makeType(BLAKE2S);

export function PyInit__blake2(): PyObject {
  const m = PyModule_New("_blake2");
  PyModule_AddObjectRef(m, "blake2b", BLAKE2b_Type);
  PyModule_AddObjectRef(m, "blake2s", BLAKE2s_Type);
  for (const [t, v, p] of [
    [BLAKE2b_Type, BLAKE2B, "BLAKE2B"],
    [BLAKE2s_Type, BLAKE2S, "BLAKE2S"],
  ] as const) {
    const consts: [string, number][] = [
      ["SALT_SIZE", v.saltBytes],
      ["PERSON_SIZE", v.personBytes],
      ["MAX_KEY_SIZE", v.keyBytes],
      ["MAX_DIGEST_SIZE", v.outBytes],
    ];
    for (const [name, value] of consts) {
      PyModule_Add(m, `${p}_${name}`, PyLong_FromNumber(value));
      // The class attributes, set once per process (the type outlives
      // runs; the values are small ints, static as the key is made).
      if (PyDict_GetItemString(t.tp_dict!, name) === null) {
        const key = makeStatic(PyUnicode_FromString(name));
        const val = PyLong_FromNumber(value);
        PyDict_SetItem(t.tp_dict!, key, val);
        Py_DECREF(val);
        PyType_Modified(t);
      }
    }
  }
  return m;
}
