/**
 * `anext_awaitable` (CPython's Objects/iterobject.c): what `anext(it,
 * default)` returns. Awaiting it awaits `it.__anext__()` (the `wrapped`
 * awaitable) and turns its StopAsyncIteration into StopIteration(default),
 * so that the await returns the default. `send`, `throw` and `close` are
 * passed on to the wrapped awaitable the same way.
 */
import { PyGCObject, type PyObject, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from "../heap/gc.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import { newStaticType, type PyTypeObject } from "./typeobject.js";
import { PyErr_ExceptionMatches, PyErr_Format } from "./errors.js";
import { PyExc_StopAsyncIteration, PyExc_TypeError } from "./exceptions.js";
import { METH_FASTCALL, METH_O } from "./methoddef.js";
import { PyObject_CallMethod } from "./call.js";
import { _PyCoro_GetAwaitableIter, stopIterationWith } from "./genobject.js";
import { PyTuple_Check, PyTuple_GET_ITEM, PyTuple_GET_SIZE, _PyTuple_FromArray } from "./tupleobject.js";

export class PyAnextAwaitableObject extends PyGCObject {
  wrapped: PyObject | null;
  default_value: PyObject | null;
  constructor(awaitable: PyObject, defaultValue: PyObject) {
    super(PyAnextAwaitable_Type, 32);
    this.wrapped = Py_NewRef(awaitable);
    this.default_value = Py_NewRef(defaultValue);
    PyObject_GC_Track(this);
  }
}

function anextawaitable_dealloc(self: PyObject): void {
  const obj = self as PyAnextAwaitableObject;
  PyObject_GC_UnTrack(obj);
  const w = obj.wrapped;
  const d = obj.default_value;
  obj.wrapped = null;
  obj.default_value = null;
  Py_XDECREF(w);
  Py_XDECREF(d);
  PyObject_GC_Del(obj);
}

function anextawaitable_traverse(self: PyObject, visit: (o: PyObject) => void): void {
  const obj = self as PyAnextAwaitableObject;
  if (obj.wrapped !== null) visit(obj.wrapped);
  if (obj.default_value !== null) visit(obj.default_value);
}

/** anextawaitable_getiter: the iterator that awaiting `wrapped` runs. */
function anextawaitable_getiter(obj: PyAnextAwaitableObject): PyObject {
  let awaitable = _PyCoro_GetAwaitableIter(obj.wrapped!);
  if (awaitable.ob_type.tp_iternext === null) {
    // _PyCoro_GetAwaitableIter returns a coroutine, a generator or an
    // iterator; of these only coroutines lack tp_iternext.
    const getter = awaitable.ob_type.am_await!;
    let next: PyObject;
    try {
      next = getter(awaitable);
    } finally {
      Py_DECREF(awaitable);
    }
    awaitable = next;
    if (awaitable.ob_type.tp_iternext === null) {
      Py_DECREF(awaitable);
      throw PyErr_Format(PyExc_TypeError, "__await__ returned a non-iterable");
    }
  }
  return awaitable;
}

/** StopAsyncIteration from the wrapped awaitable becomes StopIteration(default). */
function replaceStopAsyncIteration(obj: PyAnextAwaitableObject, e: unknown): unknown {
  if (PyErr_ExceptionMatches(e, PyExc_StopAsyncIteration)) {
    Py_DECREF(e as PyObject);
    return stopIterationWith(obj.default_value!);
  }
  return e;
}

function anextawaitable_iternext(self: PyObject): PyObject | null {
  const obj = self as PyAnextAwaitableObject;
  const awaitable = anextawaitable_getiter(obj);
  try {
    return awaitable.ob_type.tp_iternext!(awaitable);
  } catch (e) {
    throw replaceStopAsyncIteration(obj, e);
  } finally {
    Py_DECREF(awaitable);
  }
}

/** anextawaitable_proxy: `awaitable.meth(arg)` as PyObject_CallMethod(…,
 *  "O", arg) calls it: a tuple argument is the argument list. */
function anextawaitable_proxy(obj: PyAnextAwaitableObject, meth: string, arg: PyObject): PyObject {
  const awaitable = anextawaitable_getiter(obj);
  const args: PyObject[] = [];
  if (PyTuple_Check(arg)) {
    const n = PyTuple_GET_SIZE(arg);
    for (let i = 0; i < n; i++) args.push(PyTuple_GET_ITEM(arg, i));
  } else args.push(arg);
  try {
    return PyObject_CallMethod(awaitable, meth, ...args);
  } catch (e) {
    throw replaceStopAsyncIteration(obj, e);
  } finally {
    Py_DECREF(awaitable);
  }
}

function argsTuple(args: PyObject[]): PyObject {
  return _PyTuple_FromArray(args);
}

function anextawaitable_send(self: PyObject, arg: PyObject): PyObject {
  return anextawaitable_proxy(self as PyAnextAwaitableObject, "send", arg);
}

function anextawaitable_throw(self: PyObject, args: PyObject[]): PyObject {
  const t = argsTuple(args);
  try {
    return anextawaitable_proxy(self as PyAnextAwaitableObject, "throw", t);
  } finally {
    Py_DECREF(t);
  }
}

function anextawaitable_close(self: PyObject, args: PyObject[]): PyObject {
  const t = argsTuple(args);
  try {
    return anextawaitable_proxy(self as PyAnextAwaitableObject, "close", t);
  } finally {
    Py_DECREF(t);
  }
}

function self_iter(self: PyObject): PyObject {
  return Py_NewRef(self);
}

export const PyAnextAwaitable_Type: PyTypeObject = newStaticType(
  "anext_awaitable",
  32,
  TPFLAGS_HAVE_GC,
  anextawaitable_dealloc,
);
PyAnextAwaitable_Type.tp_traverse = anextawaitable_traverse;
PyAnextAwaitable_Type.tp_iter = self_iter;
PyAnextAwaitable_Type.tp_iternext = anextawaitable_iternext;
PyAnextAwaitable_Type.am_await = self_iter;
PyAnextAwaitable_Type.tp_methods = [
  {
    name: "send",
    meth: anextawaitable_send,
    flags: METH_O,
    doc: "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration.",
  },
  {
    name: "throw",
    meth: anextawaitable_throw,
    flags: METH_FASTCALL,
    doc: "throw(typ[,val[,tb]]) -> raise exception in the wrapped iterator,\nreturn next yielded value or raise StopIteration.",
  },
  {
    name: "close",
    meth: anextawaitable_close,
    flags: METH_FASTCALL,
    doc: "close() -> raise GeneratorExit inside generator.",
  },
];

/** PyAnextAwaitable_New */
export function PyAnextAwaitable_New(awaitable: PyObject, defaultValue: PyObject): PyObject {
  return new PyAnextAwaitableObject(awaitable, defaultValue);
}
