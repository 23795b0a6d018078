/**
 * The built-in hash modules hashlib falls back to without OpenSSL
 * (CPython 3.11's Modules/md5module.c, sha1module.c, sha256module.c,
 * sha3module.c): `_md5`, `_sha1`, `_sha256` (sha224, sha256) and `_sha3`
 * (sha3_224 … sha3_512, shake_128, shake_256), with CPython's methods
 * (update, digest, hexdigest, copy), attributes (name, digest_size,
 * block_size, and sha3's _capacity_bits, _rate_bits, _suffix), argument
 * handling and messages. `_sha512` is src/modules/sha512.ts; `_blake2`
 * is src/modules/blake2.ts. The digests themselves are the host's.
 *
 * md5, sha1, sha224 and sha256 are functions making objects of a type
 * that cannot be called; the sha3 and shake types are their own
 * constructors, as CPython's are. Hashing a str raises "Strings must be
 * encoded before hashing"; any other non-buffer, "object supporting the
 * buffer API required".
 */
import { createHash, type Hash } from "node:crypto";
import { PyObject as PyObjectBase, type PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_Free } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New, PyModule_Add } from "../objects/moduleobject.js";
import { PyLong_Check, PyLong_FromNumber, type PyLongObject } from "../objects/longobject.js";
import { PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyBytes_FromArray } from "../objects/bytesobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { _PyArg_UnpackKeywords, newArgParser } from "../objects/getargs.js";
import {
  PyBUF_SIMPLE,
  PyBuffer_Data,
  PyBuffer_Release,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
} from "../objects/buffer.js";

/** One algorithm: its Python name, the host's name, sizes, and (sha3)
 *  the sponge's parameters. */
interface HashSpec {
  name: string;
  algorithm: string;
  digestSize: number;
  blockSize: number;
  /** sizeof(the CPython object). */
  basicsize: number;
  /** shake_128/shake_256: digest(length). */
  shake: boolean;
  sha3: { capacity: number; rate: number; suffix: number } | null;
}

class HASHobject extends PyObjectBase {
  hash: Hash;
  spec: HashSpec;
  constructor(type: PyTypeObject, spec: HashSpec, hash: Hash) {
    super(type, spec.basicsize);
    this.hash = hash;
    this.spec = spec;
  }
}

function H(o: PyObject): HASHobject {
  return o as HASHobject;
}

function hash_dealloc(self: PyObject): void {
  PyObject_Free(self);
}

/** GET_BUFFER_VIEW_OR_ERROUT, then feed the bytes to the hash. */
export function hashUpdateFrom(obj: PyObject, feed: (data: Uint8Array) => void): void {
  if (PyUnicode_Check(obj)) throw PyErr_Format(PyExc_TypeError, "Strings must be encoded before hashing");
  if (!PyObject_CheckBuffer(obj)) throw PyErr_Format(PyExc_TypeError, "object supporting the buffer API required");
  const view = PyObject_GetBuffer(obj, PyBUF_SIMPLE);
  try {
    feed(PyBuffer_Data(view));
  } finally {
    PyBuffer_Release(view);
  }
}

function hash_update(self: PyObject, obj: PyObject): PyObject {
  const h = H(self);
  hashUpdateFrom(obj, (data) => h.hash.update(data));
  return Py_NewRef(Py_None);
}

function hash_copy(self: PyObject): PyObject {
  const h = H(self);
  return new HASHobject(h.ob_type, h.spec, h.hash.copy());
}

function fixedDigest(self: PyObject): Uint8Array {
  return new Uint8Array(H(self).hash.copy().digest());
}

function toHex(data: Uint8Array): string {
  let s = "";
  for (const b of data) s += (b < 16 ? "0" : "") + b.toString(16);
  return s;
}

/** shake's digest of `length` bytes (the unsigned long converter, then
 *  CPython's limit). */
function shakeDigest(self: PyObject, length: PyObject): Uint8Array {
  if (!PyLong_Check(length)) throw PyErr_Format(PyExc_TypeError, "an integer is required");
  const l = length as PyLongObject;
  if ((l.big !== null && l.big < 0n) || (l.big === null && l.v < 0)) {
    throw PyErr_Format(PyExc_ValueError, "value must be positive");
  }
  if (l.big !== null || l.v >= 1 << 29) throw PyErr_Format(PyExc_ValueError, "length is too large");
  if (l.v === 0) return new Uint8Array(0);
  return new Uint8Array(H(self).hash.copy({ outputLength: l.v }).digest());
}

const fixedMethods: PyMethodDef[] = [
  { name: "copy", meth: hash_copy, flags: METH_NOARGS, doc: "Return a copy of the hash object." },
  {
    name: "digest",
    meth: (s: PyObject) => PyBytes_FromArray(fixedDigest(s)),
    flags: METH_NOARGS,
    doc: "Return the digest value as a bytes object.",
  },
  {
    name: "hexdigest",
    meth: (s: PyObject) => PyUnicode_FromString(toHex(fixedDigest(s))),
    flags: METH_NOARGS,
    doc: "Return the digest value as a string of hexadecimal digits.",
  },
  {
    name: "update",
    meth: hash_update,
    flags: METH_O,
    doc: "Update this hash object's state with the provided string.",
  },
];

const shakeMethods: PyMethodDef[] = [
  fixedMethods[0],
  {
    name: "digest",
    meth: (s: PyObject, n: PyObject) => PyBytes_FromArray(shakeDigest(s, n)),
    flags: METH_O,
    doc: "Return the digest value as a bytes object.",
  },
  {
    name: "hexdigest",
    meth: (s: PyObject, n: PyObject) => PyUnicode_FromString(toHex(shakeDigest(s, n))),
    flags: METH_O,
    doc: "Return the digest value as a string of hexadecimal digits.",
  },
  fixedMethods[3],
];

/** The hash type of one algorithm, named `module.name`. */
function makeType(module: string, spec: HashSpec): PyTypeObject {
  const type = newStaticType(`${module}.${spec.name}`, spec.basicsize, 0, hash_dealloc);
  type.tp_methods = spec.shake ? shakeMethods : fixedMethods;
  type.tp_getset = [
    { name: "block_size", get: () => PyLong_FromNumber(spec.blockSize), set: null },
    { name: "name", get: () => PyUnicode_FromString(spec.name), set: null },
    { name: "digest_size", get: () => PyLong_FromNumber(spec.digestSize), set: null },
  ];
  if (spec.sha3 !== null) {
    const sha3 = spec.sha3;
    type.tp_getset.push(
      { name: "_capacity_bits", get: () => PyLong_FromNumber(sha3.capacity), set: null },
      { name: "_rate_bits", get: () => PyLong_FromNumber(sha3.rate), set: null },
      { name: "_suffix", get: () => PyBytes_FromArray(Uint8Array.of(sha3.suffix)), set: null },
    );
  }
  return type;
}

/** A new hash object of `type`, fed `data` if given. */
function newHash(type: PyTypeObject, spec: HashSpec, data: PyObject | null): PyObject {
  const self = new HASHobject(type, spec, createHash(spec.algorithm));
  if (data !== null) {
    try {
      hashUpdateFrom(data, (d) => self.hash.update(d));
    } catch (e) {
      Py_DECREF(self);
      throw e;
    }
  }
  return self;
}

function spec(name: string, algorithm: string, digestSize: number, blockSize: number, basicsize: number): HashSpec {
  return { name, algorithm, digestSize, blockSize, basicsize, shake: false, sha3: null };
}

/** md5/sha1/sha224/sha256(string=None, *, usedforsecurity=True). */
function constructorFunction(type: PyTypeObject, s: HashSpec): PyMethodDef {
  const parser = newArgParser(s.name, ["string", "usedforsecurity"], 0, 0, 1);
  return {
    name: s.name,
    meth: (_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
      const [string] = _PyArg_UnpackKeywords(args, kwnames, parser, [null, null]);
      return newHash(type, s, string);
    },
    flags: METH_FASTCALL | METH_KEYWORDS,
    doc: `Return a new ${s.name.toUpperCase()} hash object; optionally initialized with a string.`,
  };
}

const MD5 = spec("md5", "md5", 16, 64, 128);
const SHA1 = spec("sha1", "sha1", 20, 64, 128);
const SHA224 = spec("sha224", "sha224", 28, 64, 144);
const SHA256 = spec("sha256", "sha256", 32, 64, 144);
const MD5_Type = makeType("_md5", MD5);
const SHA1_Type = makeType("_sha1", SHA1);
const SHA224_Type = makeType("_sha256", SHA224);
const SHA256_Type = makeType("_sha256", SHA256);

export function PyInit__md5(): PyObject {
  const m = PyModule_New("_md5");
  PyModule_AddFunctions(m, [constructorFunction(MD5_Type, MD5)]);
  PyModule_AddObjectRef(m, "MD5Type", MD5_Type);
  return m;
}

export function PyInit__sha1(): PyObject {
  const m = PyModule_New("_sha1");
  PyModule_AddFunctions(m, [constructorFunction(SHA1_Type, SHA1)]);
  PyModule_AddObjectRef(m, "SHA1Type", SHA1_Type);
  return m;
}

export function PyInit__sha256(): PyObject {
  const m = PyModule_New("_sha256");
  PyModule_AddFunctions(m, [constructorFunction(SHA256_Type, SHA256), constructorFunction(SHA224_Type, SHA224)]);
  PyModule_AddObjectRef(m, "SHA224Type", SHA224_Type);
  PyModule_AddObjectRef(m, "SHA256Type", SHA256_Type);
  return m;
}

// ---------------------------------------------------------------- _sha3

/** A Keccak sponge of `capacity` bits in 1600 (rate = 1600 - capacity). */
function sha3Spec(name: string, algorithm: string, digestSize: number, capacity: number, suffix: number): HashSpec {
  const rate = 1600 - capacity;
  return {
    name,
    algorithm,
    digestSize,
    blockSize: rate / 8,
    basicsize: 240,
    shake: suffix === 0x1f,
    sha3: { capacity, rate, suffix },
  };
}

const SHA3_SPECS = [
  sha3Spec("sha3_224", "sha3-224", 28, 448, 0x06),
  sha3Spec("sha3_256", "sha3-256", 32, 512, 0x06),
  sha3Spec("sha3_384", "sha3-384", 48, 768, 0x06),
  sha3Spec("sha3_512", "sha3-512", 64, 1024, 0x06),
  sha3Spec("shake_128", "shake128", 0, 256, 0x1f),
  sha3Spec("shake_256", "shake256", 0, 512, 0x1f),
];

const SHA3_Types = SHA3_SPECS.map((s) => {
  const type = makeType("_sha3", s);
  const parser = newArgParser(s.name, ["", "usedforsecurity"], 0, 1, 1);
  type.tp_new = (t: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    const [data] = _PyArg_UnpackKeywords(args, kwnames, parser, [null, null]);
    return newHash(t, s, data);
  };
  return type;
});

export function PyInit__sha3(): PyObject {
  const m = PyModule_New("_sha3");
  for (let i = 0; i < SHA3_SPECS.length; i++) PyModule_AddObjectRef(m, SHA3_SPECS[i].name, SHA3_Types[i]);
  PyModule_Add(m, "implementation", PyUnicode_FromString("tiny_sha3"));
  PyModule_Add(m, "keccakopt", PyLong_FromNumber(0));
  return m;
}
