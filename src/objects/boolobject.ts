/**
 * `bool`: CPython's Objects/boolobject.c.
 *
 * bool is a subclass of int whose only instances are the two static
 * objects `Py_True` and `Py_False` (PyLongObjects with value 1 and 0,
 * 28 bytes each). The type, the two instances and bool's own slots (repr,
 * and the `&`, `|`, `^` that keep bools bools) are defined in
 * longobject.ts, which needs them while it initialises; this module is
 * the public name for them.
 */
import type { PyObject } from "../heap/object.js";
import { PyBool_Type } from "./longobject.js";

export { PyBool_Type, Py_True, Py_False, PyBool_FromBool, bool_repr, bool_new, bool_and, bool_or,
  bool_xor } from "./longobject.js";

export function PyBool_Check(o: PyObject): boolean {
  return o.ob_type === PyBool_Type;
}
