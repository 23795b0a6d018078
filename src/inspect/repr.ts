/**
 * The safe repr: a short text for any object, made without running Python
 * code. Every instrument that shows an object uses it: a snapshot's
 * `repr` field and dict-key edge labels, a trace event's object, an audit
 * report's object.
 *
 * Rules, each with its reason:
 *  - It runs no Python code (no `__repr__`, no `__name__` lookup through
 *    the type) and allocates nothing on the heap, so showing an object
 *    never changes the program's output, ids or collector counts; and it
 *    never raises (an int too long for `repr()` is shown by its size).
 *  - Values read as `repr()` writes them: ints, floats, complexes, strs and bytes of
 *    the built-in types, bools, None, NotImplemented, Ellipsis, `()`; cut
 *    to `max` characters with `...`. An instance of a class derived from
 *    a built-in type is not a value here (its `__repr__` may differ).
 *  - Lists, tuples, dicts and sets (subclasses too) read as their size:
 *    `list (3 items)`.
 *  - Everything else has two forms. `repr` form, as CPython's reprs write
 *    them, with the address inside (`<__main__.Node object at 0x…>`,
 *    `<function area at 0x…>`, `<class '__main__.Node'>`, `<module 'gc'>`,
 *    cells, bound methods, weak references): a snapshot's, where the id is
 *    a field of its own. `name` form, a noun for a line that prints the
 *    address beside it (`Node object`, `function area`, `code area`,
 *    `type Node`): trace events and audit reports (see describe.ts).
 *  - `dying`: the object is being torn down (its free, or a weak
 *    reference's referent being cleared), so its fields may already be
 *    cleared. Only what stays valid until its block is freed is read: a
 *    value's own digits or characters, its type's `tp_name`, and, for a
 *    class, its own `tp_name`; anything else is named by its type alone
 *    (`list object`). A dying tuple is never `()`: its dealloc empties it.
 *  - An object can also be met half built: a collection started by its
 *    own allocation reports it (a trace's `new`) before its constructor
 *    has set its fields, or its constructor raised. A field found missing
 *    names it by its type alone.
 */
import { type PyObject, TPFLAGS_HEAPTYPE } from "../heap/object.js";
import { PyTypeObject } from "../objects/typeobject.js";
import { PyCodeObject } from "../objects/codeobject.js";
import { PyListObject } from "../objects/listobject.js";
import { PyTupleObject } from "../objects/tupleobject.js";
import { PyDictObject } from "../objects/dictobject.js";
import { PySetObject } from "../objects/setobject.js";
import { PyCellObject } from "../objects/cellobject.js";
import { PyFunctionObject } from "../objects/funcobject.js";
import { PyMethodObject } from "../objects/classobject.js";
import { PyModuleObject } from "../objects/moduleobject.js";
import { PyWeakReference } from "../objects/weakrefobject.js";
import { PyBool_Type, PyLongObject } from "../objects/longobject.js";
import { PyFloatObject, PyOS_double_to_string_repr } from "../objects/floatobject.js";
import { PyComplexObject, complex_repr_string } from "../objects/complexobject.js";
import { PyUnicodeObject, unicode_repr_string } from "../objects/unicodeobject.js";
import { PyBytesObject, bytesReprString } from "../objects/bytesobject.js";
import { PyByteArrayObject, PyByteArray_AS_STRING, bytearrayBodyRepr } from "../objects/bytearrayobject.js";
import { Py_Ellipsis, Py_None, Py_NotImplemented } from "../objects/noneobject.js";

export interface SafeReprOptions {
  /** The object is being torn down: read only what outlives its fields. */
  dying?: boolean;
  /** Longest text given for a value before it is cut with `...`
   *  (default REPR_MAX). */
  max?: number;
  /** `repr` (default): CPython's repr forms; `name`: a noun the caller
   *  follows with the address. Values read the same in both. */
  form?: "repr" | "name";
}

/** The default `max`. */
const REPR_MAX = 80;
/** Ints with more decimal digits than CPython 3.11's `repr()` gives
 *  (sys.int_info.default_max_str_digits) show their size instead. */
const INT_MAX_DIGITS = 4300;
const LOG10_16 = Math.log10(16);

/** A short text for `op` that runs no Python code (see the header). */
export function safeRepr(op: PyObject, options: SafeReprOptions = {}): string {
  const named = options.form === "name";
  try {
    return render(op, options.dying === true, named, options.max ?? REPR_MAX);
  } catch {
    // Met half built (see the header): named by its type alone.
    return anonymous(op, op.ob_type.tp_name, named);
  }
}

function render(op: PyObject, dying: boolean, named: boolean, max: number): string {
  const value = valueRepr(op, max, dying);
  if (value !== null) return value;
  const type = op.ob_type;
  // tp_name outlives the object; the module-qualified name reads the
  // type's dict.
  const typeName = named || dying ? type.tp_name : typeFullName(type);
  if (op instanceof PyTypeObject) {
    return named ? `type ${op.tp_name}` : `<class '${dying ? op.tp_name : typeFullName(op)}'>`;
  }
  if (!dying) {
    const n = itemCount(op);
    // (A half-built container has no count yet.)
    if (typeof n === "number") return `${typeName} (${n} ${n === 1 ? "item" : "items"})`;
    const r = named ? namedRepr(op) : pythonRepr(op);
    if (r !== null) return r;
  }
  return anonymous(op, typeName, named);
}

/** `Node object`, or `<__main__.Node object at 0x…>`. */
function anonymous(op: PyObject, typeName: string, named: boolean): string {
  return named ? `${typeName} object` : `<${typeName} object at ${addr(op)}>`;
}

/** `repr()` of a value of a built-in type; null for anything else. */
function valueRepr(op: PyObject, max: number, dying: boolean): string | null {
  const type = op.ob_type;
  if ((type.tp_flags & TPFLAGS_HEAPTYPE) !== 0) return null;
  if (op === Py_None) return "None";
  if (op === Py_NotImplemented) return "NotImplemented";
  if (op === Py_Ellipsis) return "Ellipsis";
  if (op instanceof PyLongObject) {
    if (type === PyBool_Type) return op.v !== 0 ? "True" : "False";
    return intRepr(op, max);
  }
  if (op instanceof PyFloatObject) return cut(PyOS_double_to_string_repr(op.ob_fval), max);
  if (op instanceof PyComplexObject) return cut(complex_repr_string(op.real, op.imag), max);
  if (op instanceof PyUnicodeObject) {
    return cut(unicode_repr_string(op.str.length > max ? op.str.slice(0, max) : op.str), max);
  }
  if (op instanceof PyBytesObject) {
    const b = op.ob_sval;
    return cut(bytesReprString(b.length > max ? b.subarray(0, max) : b), max);
  }
  if (op instanceof PyByteArrayObject) {
    const b = PyByteArray_AS_STRING(op);
    return cut(`bytearray(${bytearrayBodyRepr(b.length > max ? b.subarray(0, max) : b)})`, max);
  }
  if (op instanceof PyTupleObject && !dying && op.ob_item.length === 0) return "()";
  return null;
}

function intRepr(op: PyLongObject, max: number): string {
  const big = op.big;
  if (big === null) return String(op.v);
  const hexDigits = (big < 0n ? -big : big).toString(16).length;
  // Counted, not converted: a decimal conversion of a huge int is slow.
  if (hexDigits * LOG10_16 > INT_MAX_DIGITS) return `(about ${Math.round(hexDigits * LOG10_16)} digits)`;
  return cut(big.toString(), max);
}

/** The number of items of a list, tuple, dict or set; null otherwise. */
function itemCount(op: PyObject): number | null {
  if (op instanceof PyListObject || op instanceof PyTupleObject) return op.ob_item.length;
  if (op instanceof PyDictObject) return op.ma_used;
  if (op instanceof PySetObject) return op.used;
  return null;
}

/** The `name` form of functions and code objects (null: `T object`). */
function namedRepr(op: PyObject): string | null {
  if (op instanceof PyFunctionObject) return "function " + strOf(op.func_qualname);
  if (op instanceof PyCodeObject) return "code " + strOf(op.co_qualname);
  return null;
}

/** CPython's repr of the kinds whose repr says more than their type
 *  (null: `object.__repr__`'s). */
function pythonRepr(op: PyObject): string | null {
  if (op instanceof PyFunctionObject) return `<function ${strOf(op.func_qualname)} at ${addr(op)}>`;
  if (op instanceof PyCodeObject) {
    return `<code object ${op.name} at ${addr(op)}, file "${op.filename}", line ${op.co_firstlineno}>`;
  }
  if (op instanceof PyModuleObject) {
    const name = op.md_dict === null ? null : dictGetString(op.md_dict, "__name__");
    return `<module ${name instanceof PyUnicodeObject ? unicode_repr_string(name.str) : "?"}>`;
  }
  if (op instanceof PyCellObject) {
    const r = op.ob_ref;
    return r === null
      ? `<cell at ${addr(op)}: empty>`
      : `<cell at ${addr(op)}: ${typeDisplayName(r.ob_type)} object at ${addr(r)}>`;
  }
  if (op instanceof PyMethodObject) {
    const f = op.im_func;
    const name = f instanceof PyFunctionObject ? strOf(f.func_qualname) : "?";
    return `<bound method ${name} of <${typeFullName(op.im_self.ob_type)} object at ${addr(op.im_self)}>>`;
  }
  if (op instanceof PyWeakReference) {
    const o = op.wr_object;
    return o === Py_None
      ? `<weakref at ${addr(op)}; dead>`
      : `<weakref at ${addr(op)}; to '${typeFullName(o.ob_type)}' at ${addr(o)}>`;
  }
  return null;
}

function strOf(o: PyObject | null): string {
  return o instanceof PyUnicodeObject ? o.str : "?";
}

function addr(op: PyObject): string {
  return "0x" + op.ob_addr.toString(16);
}

function cut(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 3) + "...";
}

/** A type's `__qualname__` (`Node`, `int`; a built-in type's name without
 *  its module: `ReferenceType`). */
export function typeDisplayName(t: PyTypeObject): string {
  if (t.ht_qualname instanceof PyUnicodeObject) return t.ht_qualname.str;
  const dot = t.tp_name.lastIndexOf(".");
  return dot < 0 ? t.tp_name : t.tp_name.slice(dot + 1);
}

/** `module.qualname` as object.__repr__ prints a type (no module for builtins). */
function typeFullName(t: PyTypeObject): string {
  if ((t.tp_flags & TPFLAGS_HEAPTYPE) === 0) return t.tp_name;
  const mod = t.tp_dict === null ? null : dictGetString(t.tp_dict, "__module__");
  const qual = typeDisplayName(t);
  return mod instanceof PyUnicodeObject && mod.str !== "builtins" ? `${mod.str}.${qual}` : qual;
}

/** A dict's value for a str key, found without hashing or allocating. */
export function dictGetString(d: PyObject, key: string): PyObject | null {
  if (!(d instanceof PyDictObject)) return null;
  for (let i = 0; i < d.dk_nentries; i++) {
    const k = d.me_key[i];
    if (k instanceof PyUnicodeObject && k.str === key) return d.me_value[i];
  }
  return null;
}
