/**
 * Audit hooks (PEP 578; CPython's Python/sysmodule.c, PySys_Audit and
 * sys.addaudithook): the interpreter's list of hooks, each called as
 * `hook(event, args)` with the event's name and a tuple of its
 * arguments whenever the interpreter performs an audited operation.
 *
 * The list is the interpreter's (`interp.audit_hooks`), untracked by the
 * collector as CPython's is, made by the first sys.addaudithook and
 * dropped only at the end of the run: hooks cannot be removed. An
 * exception a hook raises propagates out of the audited operation and
 * stops the hooks after it.
 *
 * Callers test `interp.audit_hooks !== null` (or call PySys_Audit, which
 * does) before building an event's arguments, so an operation costs one
 * comparison while no hook is set; nothing in the eval loop is audited.
 */
import type { PyObject } from "../heap/object.js";
import { PyObject_GC_UnTrack } from "../heap/gc.js";
import type { PyGCObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { PyObject_IsTrue } from "./abstract.js";
import { PyObject_Call } from "./call.js";
import { _Py_ID } from "./identifiers.js";
import { PyList_Append, PyList_GET_ITEM, PyList_GET_SIZE, PyList_New } from "./listobject.js";
import { _PyObject_LookupAttr } from "./object.js";
import { interp } from "./pystate.js";
import { _PyTuple_FromArray } from "./tupleobject.js";
import { PyUnicode_FromString } from "./unicodeobject.js";

/** PySys_Audit: call every hook with (event, tuple(args)); `args` are
 *  borrowed. Nothing happens while no hook is set (should_audit). */
export function PySys_Audit(event: string, args: PyObject[]): void {
  const hooks = interp.audit_hooks;
  if (hooks === null) return;
  _PySys_AuditTuple(hooks, event, _PyTuple_FromArray(args));
}

/** The same with the event's argument tuple given (stolen). */
export function _PySys_AuditTuple(hooks: PyObject, event: string, eventArgs: PyObject): void {
  const eventName = PyUnicode_FromString(event);
  try {
    // The list is iterated as it grows: a hook added by a hook is called.
    for (let i = 0; i < PyList_GET_SIZE(hooks); i++) {
      const hook = PyList_GET_ITEM(hooks, i);
      hook.ob_refcnt++;
      try {
        // A hook may say `__cantrace__`; refpy has no tracing to allow,
        // but the attribute is looked up and tested as CPython does.
        const o = _PyObject_LookupAttr(hook, _Py_ID("__cantrace__"));
        if (o !== null) {
          try {
            PyObject_IsTrue(o);
          } finally {
            Py_DECREF(o);
          }
        }
        Py_DECREF(PyObject_Call(hook, [eventName, eventArgs], null));
      } finally {
        Py_DECREF(hook);
      }
    }
  } finally {
    Py_DECREF(eventName);
    Py_DECREF(eventArgs);
  }
}

/** The attribute events ("object.__getattr__", "object.__setattr__",
 *  "object.__delattr__") of the attributes CPython guards (a function's
 *  code and defaults, a frame's or generator's code and frame, a
 *  traceback's frame): (object, name[, value]). */
export function PySys_AuditAttr(event: string, op: PyObject, name: string, value: PyObject | null): void {
  if (interp.audit_hooks === null) return;
  const n = PyUnicode_FromString(name);
  try {
    PySys_Audit(event, value === null ? [op, n] : [op, n, value]);
  } finally {
    Py_DECREF(n);
  }
}

/** sys.addaudithook's list append: the list is made on first use and
 *  kept out of the collector's lists, as CPython does. */
export function _PySys_AddAuditHook(hook: PyObject): void {
  if (interp.audit_hooks === null) {
    const list = PyList_New(0);
    PyObject_GC_UnTrack(list as PyGCObject);
    interp.audit_hooks = list;
  }
  PyList_Append(interp.audit_hooks, hook);
}

/** The end of a run (interpreter_clear's Py_CLEAR(interp->audit_hooks)). */
export function _PySys_ClearAuditHooks(): void {
  const hooks = interp.audit_hooks;
  interp.audit_hooks = null;
  if (hooks !== null) Py_DECREF(hooks);
}
