/**
 * The buffer protocol (PEP 3118): CPython's Py_buffer and PyBufferProcs
 * (Include/cpython/object.h) and PyObject_GetBuffer / PyBuffer_Release
 * (Objects/abstract.c), the way bytes, bytearray and memoryview lend their
 * memory to a consumer without copying it.
 *
 * Representation: a Py_buffer names its exporter in `obj` (an owned
 * reference, as CPython's view.obj: a consumer keeps the exporter alive
 * while it holds the view) and the memory in `buf`, a Uint8Array over the
 * exporter's own storage, never a copy. The items start at `buf[offset]`;
 * item i of a one-dimensional view is at `offset + i*strides[0]` (a
 * negative stride walks down from `offset`, as a pointer into the middle
 * of the memory does in C). `len` is the bytes of all items
 * (`shape[0] * itemsize`).
 *
 * Which types export is the side table `bufferProcs` (CPython's
 * tp_as_buffer), keyed by type; a subclass finds its base's entry, as a
 * heap type inherits tp_as_buffer.
 *
 * Invariants:
 *  - every view that PyObject_GetBuffer hands out is released exactly once
 *    with PyBuffer_Release, which calls the exporter's bf_releasebuffer and
 *    then drops `obj`. An exporter that can change size (bytearray) counts
 *    its views and refuses to resize while any is out: the memory a view
 *    points at stays where it is;
 *  - `buf` is read or written only between get and release. A consumer
 *    that only reads synchronously, running no Python code meanwhile,
 *    may take `PyBuffer_Data` and release at once.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import type { PyTypeObject } from "./typeobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_BufferError, PyExc_TypeError } from "./exceptions.js";
import { findSlot } from "./seqslots.js";

/** Request flags (CPython's PyBUF_*). */
export const PyBUF_SIMPLE = 0;
export const PyBUF_WRITABLE = 0x0001;
export const PyBUF_FORMAT = 0x0004;
export const PyBUF_ND = 0x0008;
export const PyBUF_STRIDES = 0x0010 | PyBUF_ND;
export const PyBUF_C_CONTIGUOUS = 0x0020 | PyBUF_STRIDES;
export const PyBUF_ANY_CONTIGUOUS = 0x0080 | PyBUF_STRIDES;
export const PyBUF_INDIRECT = 0x0100 | PyBUF_STRIDES;
export const PyBUF_FULL_RO = PyBUF_INDIRECT | PyBUF_FORMAT;
export const PyBUF_FULL = PyBUF_FULL_RO | PyBUF_WRITABLE;
export const PyBUF_RECORDS_RO = PyBUF_STRIDES | PyBUF_FORMAT;
export const PyBUF_CONTIG_RO = PyBUF_ND;

export class Py_buffer {
  /** The exporter (owned), null once released. */
  obj: PyObject | null;
  /** The exporter's memory. */
  buf: Uint8Array;
  /** Index in `buf` of the first item. */
  offset: number;
  /** Bytes of all items. */
  len: number;
  readonly: boolean;
  itemsize: number;
  /** The struct-module format of one item ("B" for plain bytes). */
  format: string;
  ndim: number;
  shape: number[];
  strides: number[];

  constructor(obj: PyObject, buf: Uint8Array, offset: number, len: number, readonly: boolean) {
    this.obj = obj;
    this.buf = buf;
    this.offset = offset;
    this.len = len;
    this.readonly = readonly;
    this.itemsize = 1;
    this.format = "B";
    this.ndim = 1;
    this.shape = [len];
    this.strides = [1];
  }
}

/**
 * An exporter's two slots. `bf_getbuffer` fills a view of `exporter`
 * (whose `obj` it sets to a new reference to the exporter) or throws;
 * `bf_releasebuffer` undoes what getbuffer counted (it must not drop
 * `obj`: PyBuffer_Release does).
 */
export interface PyBufferProcs {
  bf_getbuffer: (exporter: PyObject, flags: number) => Py_buffer;
  bf_releasebuffer: ((exporter: PyObject, view: Py_buffer) => void) | null;
}

export const bufferProcs = new Map<PyTypeObject, PyBufferProcs>();

export function registerBufferProcs(t: PyTypeObject, procs: PyBufferProcs): void {
  bufferProcs.set(t, procs);
}

/** PyObject_CheckBuffer: does `o` export buffers? */
export function PyObject_CheckBuffer(o: PyObject): boolean {
  return findSlot(bufferProcs, o.ob_type) !== null;
}

/** PyObject_GetBuffer: a view of `o` (release it with PyBuffer_Release). */
export function PyObject_GetBuffer(o: PyObject, flags: number): Py_buffer {
  const procs = findSlot(bufferProcs, o.ob_type);
  if (procs === null) {
    throw PyErr_Format(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  }
  return procs.bf_getbuffer(o, flags);
}

/** PyBuffer_Release: give the view back and drop its reference to the exporter. */
export function PyBuffer_Release(view: Py_buffer): void {
  const obj = view.obj;
  if (obj === null) return;
  const procs = findSlot(bufferProcs, obj.ob_type);
  if (procs !== null && procs.bf_releasebuffer !== null) procs.bf_releasebuffer(obj, view);
  view.obj = null;
  Py_DECREF(obj);
}

/**
 * PyBuffer_FillInfo: the view of a one-dimensional exporter of plain bytes
 * (`buf` from `offset`, `len` bytes). `obj` is the exporter; the caller
 * has taken the new reference the view holds.
 */
export function PyBuffer_FillInfo(
  obj: PyObject,
  buf: Uint8Array,
  offset: number,
  len: number,
  readonly: boolean,
  flags: number,
): Py_buffer {
  if ((flags & PyBUF_WRITABLE) !== 0 && readonly) {
    throw PyErr_Format(PyExc_BufferError, "Object is not writable.");
  }
  return new Py_buffer(obj, buf, offset, len, readonly);
}

/** Are the items of `view` one after the other in memory ('C' order)? */
export function PyBuffer_IsContiguous(view: Py_buffer): boolean {
  if (view.ndim === 0) return true;
  let sd = view.itemsize;
  for (let i = view.ndim - 1; i >= 0; i--) {
    const dim = view.shape[i];
    if (dim > 1 && view.strides[i] !== sd) return false;
    sd *= dim;
  }
  return true;
}

/** The bytes of a contiguous view, without copying. */
export function PyBuffer_Data(view: Py_buffer): Uint8Array {
  return view.buf.subarray(view.offset, view.offset + view.len);
}

/** PyBuffer_ToContiguous ('C' order): the items of `view`, copied. */
export function PyBuffer_ToContiguous(view: Py_buffer): Uint8Array {
  if (PyBuffer_IsContiguous(view)) return PyBuffer_Data(view).slice();
  const out = new Uint8Array(view.len);
  const isz = view.itemsize;
  let k = 0;
  const walk = (dim: number, pos: number): void => {
    const n = view.shape[dim];
    const stride = view.strides[dim];
    for (let i = 0; i < n; i++, pos += stride) {
      if (dim === view.ndim - 1) {
        for (let b = 0; b < isz; b++) out[k++] = view.buf[pos + b];
      } else walk(dim + 1, pos);
    }
  };
  walk(0, view.offset);
  return out;
}

/**
 * The bytes of a bytes-like object for a read that finishes before any
 * Python code runs (a `y*` / Py_buffer argument): get a simple view, take
 * its memory, release. The result aliases the exporter's memory.
 */
export function _PyObject_GetBytesLike(o: PyObject): Uint8Array {
  const view = PyObject_GetBuffer(o, PyBUF_SIMPLE);
  const data = PyBuffer_Data(view);
  PyBuffer_Release(view);
  return data;
}
