/**
 * The `_sha512` module (CPython 3.11's Modules/sha512module.c): the
 * `sha512` and `sha384` hash objects Lib/random.py uses to seed from a
 * str or bytes (`random.seed("text")`), with CPython's methods (update,
 * digest, hexdigest, copy) and attributes (name, digest_size,
 * block_size). The digest itself is computed by the host's SHA-2.
 *
 * Representation: a SHAobject holds the host hash state; `copy()` clones
 * it. Hashing a str raises CPython's "Strings must be encoded before
 * hashing"; any other non-buffer, "object supporting the buffer API
 * required".
 */
import { createHash, type Hash } from "node:crypto";
import { PyObject as PyObjectBase, type PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { PyObject_Free } from "../heap/gc.js";
import { newStaticType, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { PyLong_FromNumber } from "../objects/longobject.js";
import { PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyBytes_FromArray } from "../objects/bytesobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_TypeError } from "../objects/exceptions.js";
import { _PyArg_UnpackKeywords, newArgParser } from "../objects/getargs.js";
import {
  PyBUF_SIMPLE,
  PyBuffer_Data,
  PyBuffer_Release,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
} from "../objects/buffer.js";

/** sizeof(SHAobject) in CPython 3.11 (getsizeof: 240 with no GC header). */
const SHA_BASICSIZE = 240;
const SHA_BLOCKSIZE = 128;

class SHAobject extends PyObjectBase {
  hash: Hash;
  digestsize: number;
  constructor(type: PyTypeObject, hash: Hash, digestsize: number) {
    super(type, SHA_BASICSIZE);
    this.hash = hash;
    this.digestsize = digestsize;
  }
}

function sha_dealloc(self: PyObject): void {
  PyObject_Free(self);
}

export const SHA512_Type = newStaticType("_sha512.sha512", SHA_BASICSIZE, 0, sha_dealloc);
export const SHA384_Type = newStaticType("_sha512.sha384", SHA_BASICSIZE, 0, sha_dealloc);

function S(o: PyObject): SHAobject {
  return o as SHAobject;
}

/** Feed the bytes of `obj` (GET_BUFFER_VIEW_OR_ERROUT). */
function update(self: SHAobject, obj: PyObject): void {
  if (PyUnicode_Check(obj)) throw PyErr_Format(PyExc_TypeError, "Strings must be encoded before hashing");
  if (!PyObject_CheckBuffer(obj)) throw PyErr_Format(PyExc_TypeError, "object supporting the buffer API required");
  const view = PyObject_GetBuffer(obj, PyBUF_SIMPLE);
  try {
    self.hash.update(PyBuffer_Data(view));
  } finally {
    PyBuffer_Release(view);
  }
}

function digestBytes(self: SHAobject): Buffer {
  return self.hash.copy().digest();
}

function sha_update(self: PyObject, obj: PyObject): PyObject {
  update(S(self), obj);
  return Py_NewRef(Py_None);
}

function sha_digest(self: PyObject): PyObject {
  return PyBytes_FromArray(new Uint8Array(digestBytes(S(self))));
}

function sha_hexdigest(self: PyObject): PyObject {
  return PyUnicode_FromString(digestBytes(S(self)).toString("hex"));
}

function sha_copy(self: PyObject): PyObject {
  const s = S(self);
  return new SHAobject(s.ob_type, s.hash.copy(), s.digestsize);
}

const methods: PyMethodDef[] = [
  { name: "copy", meth: sha_copy, flags: METH_NOARGS },
  { name: "digest", meth: sha_digest, flags: METH_NOARGS },
  { name: "hexdigest", meth: sha_hexdigest, flags: METH_NOARGS },
  { name: "update", meth: sha_update, flags: METH_O },
];

for (const [type, name] of [
  [SHA512_Type, "sha512"],
  [SHA384_Type, "sha384"],
] as const) {
  type.tp_methods = methods;
  type.tp_getset = [
    { name: "block_size", get: () => PyLong_FromNumber(SHA_BLOCKSIZE), set: null },
    { name: "name", get: () => PyUnicode_FromString(name), set: null },
    { name: "digest_size", get: (s) => PyLong_FromNumber(S(s).digestsize), set: null },
  ];
}

function make(type: PyTypeObject, algorithm: string, digestsize: number, fname: string) {
  const parser = newArgParser(fname, ["string", "usedforsecurity"], 0, 0, 1);
  return (_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    const [string] = _PyArg_UnpackKeywords(args, kwnames, parser, [null, null]);
    const self = new SHAobject(type, createHash(algorithm), digestsize);
    if (string !== null) {
      try {
        update(self, string);
      } catch (e) {
        Py_DECREF(self);
        throw e;
      }
    }
    return self;
  };
}

const functions: PyMethodDef[] = [
  { name: "sha512", meth: make(SHA512_Type, "sha512", 64, "sha512"), flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "sha384", meth: make(SHA384_Type, "sha384", 48, "sha384"), flags: METH_FASTCALL | METH_KEYWORDS },
];

export function PyInit__sha512(): PyObject {
  const m = PyModule_New("_sha512");
  PyModule_AddFunctions(m, functions);
  // CPython 3.11 adds the sha512 type under this name.
  PyModule_AddObjectRef(m, "SHA384Type", SHA512_Type);
  return m;
}
