/**
 * Naming an object in an event without running Python code: never a
 * user `__repr__`, never an allocation on the heap, never an exception.
 *
 * Exact ints, floats and strs show their value (`42`, `1.5`, `'abc'`,
 * long ones cut with `…`); exact lists, tuples, dicts and sets their size
 * (`list (3 items)`); functions, classes, modules and code objects their
 * name (`function area`, `type Node`); everything else `Node object`.
 *
 * A dying object (in a free, or a weak reference's referent being
 * cleared) may be half torn down: only the values that stay valid until
 * its block is freed are read (an int's, a float's or a str's value, a
 * type's name); anything else is named by its type alone.
 */
import type { PyObject } from "../heap/object.js";
import type { ObjectInfo } from "../trace/events.js";
import { PyLongObject, PyLong_Type } from "../objects/longobject.js";
import { PyFloatObject, PyFloat_Type, PyOS_double_to_string_repr } from "../objects/floatobject.js";
import { PyUnicodeObject, PyUnicode_Type } from "../objects/unicodeobject.js";
import { PyListObject, PyList_Type } from "../objects/listobject.js";
import { PyTupleObject, PyTuple_Type } from "../objects/tupleobject.js";
import { PyDictObject, PyDict_Type } from "../objects/dictobject.js";
import { PySetObject, PySet_Type, PyFrozenSet_Type } from "../objects/setobject.js";
import { PyFunctionObject, PyFunction_Type } from "../objects/funcobject.js";
import { PyCodeObject, PyCode_Type } from "../objects/codeobject.js";
import { PyModuleObject, PyModule_Type } from "../objects/moduleobject.js";
import { PyTypeObject } from "../objects/typeobject.js";

/** Longest value shown before it is cut. */
const MAX_VALUE = 40;
/** Ints beyond this show their size, not their digits. */
const BIG_SHOWN = 10n ** 60n;
const LOG10_16 = Math.log10(16);

export function describe(op: PyObject, dying: boolean): ObjectInfo {
  let repr: string;
  try {
    repr = shortRepr(op, dying);
  } catch {
    repr = op.ob_type.tp_name + " object";
  }
  return { type: op.ob_type.tp_name, id: op.ob_addr, repr };
}

function shortRepr(op: PyObject, dying: boolean): string {
  const type = op.ob_type;
  if (type === PyLong_Type && op instanceof PyLongObject) {
    const big = op.big;
    if (big === null) return String(op.v);
    // Decimal conversion of a huge int is slow: count its digits instead.
    if (big < -BIG_SHOWN || big > BIG_SHOWN) return `(about ${Math.round(big.toString(16).length * LOG10_16)} digits)`;
    return cut(big.toString());
  }
  if (type === PyFloat_Type && op instanceof PyFloatObject) return cut(PyOS_double_to_string_repr(op.ob_fval));
  if (type === PyUnicode_Type && op instanceof PyUnicodeObject) return strRepr(op.str);
  if (op instanceof PyTypeObject) return "type " + op.tp_name;
  if (!dying) {
    if (type === PyList_Type && op instanceof PyListObject) return sized("list", op.ob_item.length);
    if (type === PyTuple_Type && op instanceof PyTupleObject) return sized("tuple", op.ob_item.length);
    if (type === PyDict_Type && op instanceof PyDictObject) return sized("dict", op.ma_used);
    if ((type === PySet_Type || type === PyFrozenSet_Type) && op instanceof PySetObject) {
      return sized(type.tp_name, op.used);
    }
    if (type === PyFunction_Type && op instanceof PyFunctionObject) return "function " + nameOf(op.func_qualname);
    if (type === PyCode_Type && op instanceof PyCodeObject) return "code " + nameOf(op.co_qualname);
    if (type === PyModule_Type && op instanceof PyModuleObject) return "module object";
  }
  return type.tp_name + " object";
}

function nameOf(o: PyObject | null): string {
  return o instanceof PyUnicodeObject ? o.str : "?";
}

function sized(name: string, n: number): string {
  return `${name} (${n} ${n === 1 ? "item" : "items"})`;
}

function cut(s: string): string {
  return s.length <= MAX_VALUE ? s : s.slice(0, MAX_VALUE - 1) + "…";
}

/** A str's repr as Python writes it (quotes chosen the same way), cut. */
function strRepr(s: string): string {
  const body = s.length > MAX_VALUE ? s.slice(0, MAX_VALUE - 1) : s;
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of body) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote + (body.length < s.length ? "…" : "");
}
