/**
 * "Did you mean" hints for NameError and AttributeError (CPython 3.11's
 * Python/suggestions.c): the candidate names closest to the missing one by
 * a Levenshtein distance over UTF-8 bytes in which a case change costs
 * less than any other edit.
 */
import { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { PyBaseExceptionObject, PyExc_NameError, PyExc_AttributeError } from "./exceptions.js";
import { PyDict_Keys, PyDict_GetItemString } from "./dictobject.js";
import { PyList_GET_ITEM, PyList_GET_SIZE } from "./listobject.js";
import { CO_FAST_LOCAL } from "../bytecode/code.js";
import { PyObject_Call } from "./call.js";
import { PyUnicode_AsString, PyUnicode_Check } from "./unicodeobject.js";
import { PyType_IsSubtype } from "./typeobject.js";
import { tstate } from "./pystate.js";
import { PyTraceBack_Type, type PyTracebackObject } from "./traceback.js";

// ------------------------------------------------- "Did you mean" hints

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** Python/suggestions.c levenshtein_distance over UTF-8 bytes. */
function levenshtein(aStr: string, bStr: string, maxCost: number): number {
  let a = Buffer.from(aStr, "utf8");
  let b = Buffer.from(bStr, "utf8");
  if (aStr === bStr) return 0;
  let as = 0,
    ae = a.length,
    bs = 0,
    be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) {
    as++;
    bs++;
  }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) {
    ae--;
    be--;
  }
  a = a.subarray(as, ae);
  b = b.subarray(bs, be);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) {
    const t = a;
    a = b;
    b = t;
  }
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  let tmp = MOVE_COST;
  for (let i = 0; i < a.length; i++) {
    buffer.push(tmp);
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the closest candidate to `name`, or null. */
export function calculateSuggestion(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  const nameSize = Buffer.byteLength(name, "utf8");
  for (const item of candidates) {
    if (item === name) continue;
    const itemSize = Buffer.byteLength(item, "utf8");
    let maxDistance = Math.floor(((nameSize + itemSize + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function dictKeyStrings(d: PyObject): string[] {
  const out: string[] = [];
  const keys = PyDict_Keys(d);
  try {
    const n = PyList_GET_SIZE(keys);
    for (let i = 0; i < n; i++) {
      const k = PyList_GET_ITEM(keys, i);
      if (PyUnicode_Check(k)) out.push(PyUnicode_AsString(k));
    }
  } finally {
    Py_DECREF(keys);
  }
  return out;
}

/** _Py_Offer_Suggestions for NameError and AttributeError. */
export function offerSuggestions(value: PyObject): string | null {
  if (!(value instanceof PyBaseExceptionObject)) return null;
  try {
    if (PyType_IsSubtype(value.ob_type, PyExc_NameError)) {
      const name = value.extra?.get("name");
      const tb = value.traceback;
      if (name === undefined || !PyUnicode_Check(name) || tb === null || tb.ob_type !== PyTraceBack_Type) return null;
      let t = tb as PyTracebackObject;
      while (t.tb_next !== null) t = t.tb_next;
      const frame = t.tb_frame.f_frame;
      const code = frame.f_code;
      const varnames: string[] = [];
      for (let i = 0; i < code.co_nlocalsplus; i++) {
        if (code.co_localspluskinds[i] & CO_FAST_LOCAL) varnames.push(code.localsplusnames[i]);
      }
      const n = PyUnicode_AsString(name);
      return (
        calculateSuggestion(varnames, n) ??
        calculateSuggestion(dictKeyStrings(frame.f_globals), n) ??
        calculateSuggestion(dictKeyStrings(frame.f_builtins), n)
      );
    }
    if (PyType_IsSubtype(value.ob_type, PyExc_AttributeError)) {
      const name = value.extra?.get("name");
      const obj = value.extra?.get("obj");
      if (name === undefined || obj === undefined || !PyUnicode_Check(name)) return null;
      const dirFn = tstate.builtins === null ? null : PyDict_GetItemString(tstate.builtins, "dir");
      if (dirFn === null) return null;
      const dir = PyObject_Call(dirFn, [obj], null);
      try {
        const items: string[] = [];
        const n = PyList_GET_SIZE(dir);
        for (let i = 0; i < n; i++) {
          const it = PyList_GET_ITEM(dir, i);
          if (PyUnicode_Check(it)) items.push(PyUnicode_AsString(it));
        }
        return calculateSuggestion(items, PyUnicode_AsString(name));
      } finally {
        Py_DECREF(dir);
      }
    }
  } catch (e) {
    if (e instanceof PyObject) Py_DECREF(e);
  }
  return null;
}
