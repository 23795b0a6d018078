/**
 * list.sort: CPython's listsort (Objects/listobject.c, "timsort").
 *
 * The run detection (count_run) and the binary insertion sort that
 * extends short runs to `minrun` are CPython's, comparison for
 * comparison, so for lists shorter than 64 items — one run extended by
 * binary insertion — a key's `__lt__` is called with exactly the
 * arguments, in exactly the order, CPython uses. Longer lists merge runs
 * with a plain stable merge (no galloping): the result is identical, the
 * sequence of comparisons may differ.
 *
 * Only `<` is used, through PyObject_RichCompareBool(a, b, Py_LT) — or a
 * direct comparison when every key is an exact int, float or str, or the
 * keys' type's own tp_richcompare when they all have one type (as
 * CPython's unsafe_*_compare pre-check), which gives the same result.
 *
 * Every loop calls _Py_CheckInterrupt (where a comparison could raise),
 * so a limit or an interrupt stops a long sort.
 *
 * During the sort the list appears empty; if it was modified meanwhile,
 * ValueError("list modified during sort") is raised, as CPython.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { Py_LT } from "../bytecode/opcodes.js";
import { PyObject_IsTrue, PyObject_RichCompareBool } from "./abstract.js";
import { Py_NotImplemented } from "./noneobject.js";
import { PyTuple_Type } from "./tupleobject.js";
import { type PyLongObject, PyLong_Type } from "./longobject.js";
import { type PyFloatObject, PyFloat_Type } from "./floatobject.js";
import { type PyUnicodeObject, PyUnicode_Type, unicodeCompare } from "./unicodeobject.js";
import { PyObject_Call } from "./call.js";
import { _Py_CheckInterrupt } from "./eval-breaker.js";

type LessThan = (a: PyObject, b: PyObject) => boolean;

function genericLt(a: PyObject, b: PyObject): boolean {
  return PyObject_RichCompareBool(a, b, Py_LT);
}
function longLt(a: PyObject, b: PyObject): boolean {
  const x = a as PyLongObject;
  const y = b as PyLongObject;
  if (x.big === null && y.big === null) return x.v < y.v;
  return (x.big ?? BigInt(x.v)) < (y.big ?? BigInt(y.v));
}
function floatLt(a: PyObject, b: PyObject): boolean {
  return (a as PyFloatObject).ob_fval < (b as PyFloatObject).ob_fval;
}
function strLt(a: PyObject, b: PyObject): boolean {
  return unicodeCompare(a as PyUnicodeObject, b as PyUnicodeObject) < 0;
}

/** Pick the comparison as CPython's pre-sort type check does. */
function chooseCompare(keys: PyObject[]): LessThan {
  if (keys.length === 0) return genericLt;
  const t = keys[0].ob_type;
  for (let i = 1; i < keys.length; i++) if (keys[i].ob_type !== t) return genericLt;
  if (t === PyLong_Type) return longLt;
  if (t === PyFloat_Type) return floatLt;
  if (t === PyUnicode_Type) return strLt;
  const richcompare = t.tp_richcompare;
  if (t === PyTuple_Type || richcompare === null) return genericLt;
  // unsafe_object_compare: the type's tp_richcompare called directly,
  // with none of the level PyObject_RichCompare counts against the
  // recursion limit.
  return (a, b) => {
    if (a.ob_type.tp_richcompare !== richcompare) return PyObject_RichCompareBool(a, b, Py_LT);
    const r = richcompare(a, b, Py_LT);
    if (r === Py_NotImplemented) {
      Py_DECREF(r);
      return PyObject_RichCompareBool(a, b, Py_LT);
    }
    try {
      return PyObject_IsTrue(r);
    } finally {
      Py_DECREF(r);
    }
  };
}

/** Sort `keys` (and `values` in step, when not null) stably. */
export function timsort(keys: PyObject[], values: PyObject[] | null): void {
  const n = keys.length;
  if (n < 2) return;
  const lt = chooseCompare(keys);
  const minrun = computeMinrun(n);
  const runs: [number, number][] = [];
  let lo = 0;
  let remaining = n;
  while (remaining > 0) {
    let [len, descending] = countRun(keys, lo, lo + remaining, lt);
    if (descending) {
      reverseRange(keys, lo, lo + len);
      if (values !== null) reverseRange(values, lo, lo + len);
    }
    if (len < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      binarySort(keys, values, lo, lo + force, lo + len, lt);
      len = force;
    }
    runs.push([lo, len]);
    mergeCollapse(keys, values, runs, lt);
    lo += len;
    remaining -= len;
  }
  while (runs.length > 1) mergeAt(keys, values, runs, runs.length - 2, lt);
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** count_run: length of the run starting at lo, and whether it descends. */
function countRun(keys: PyObject[], lo: number, hi: number, lt: LessThan): [number, boolean] {
  if (lo + 1 === hi) return [1, false];
  let n = 2;
  let p = lo + 1;
  if (lt(keys[p], keys[p - 1])) {
    for (p = p + 1; p < hi; p++, n++) {
      _Py_CheckInterrupt();
      if (!lt(keys[p], keys[p - 1])) break;
    }
    return [n, true];
  }
  for (p = p + 1; p < hi; p++, n++) {
    _Py_CheckInterrupt();
    if (lt(keys[p], keys[p - 1])) break;
  }
  return [n, false];
}

function reverseRange(a: PyObject[], lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

/** binarysort: [lo, start) is sorted; insert [start, hi) one by one. */
function binarySort(
  keys: PyObject[],
  values: PyObject[] | null,
  lo: number,
  hi: number,
  start: number,
  lt: LessThan,
): void {
  if (lo === start) start++;
  for (; start < hi; start++) {
    _Py_CheckInterrupt(start - lo);
    let l = lo;
    let r = start;
    const pivot = keys[r];
    const pivotV = values !== null ? values[r] : null;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, keys[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) {
      keys[p] = keys[p - 1];
      if (values !== null) values[p] = values[p - 1];
    }
    keys[l] = pivot;
    if (values !== null) values[l] = pivotV!;
  }
}

/** Keep the run-length invariants of timsort's stack. */
function mergeCollapse(keys: PyObject[], values: PyObject[] | null, runs: [number, number][], lt: LessThan): void {
  while (runs.length > 1) {
    let n = runs.length - 2;
    if (
      (n > 0 && runs[n - 1][1] <= runs[n][1] + runs[n + 1][1]) ||
      (n > 1 && runs[n - 2][1] <= runs[n - 1][1] + runs[n][1])
    ) {
      if (runs[n - 1][1] < runs[n + 1][1]) n--;
      mergeAt(keys, values, runs, n, lt);
    } else if (runs[n][1] <= runs[n + 1][1]) {
      mergeAt(keys, values, runs, n, lt);
    } else break;
  }
}

/** Merge runs i and i+1 (adjacent) stably. */
function mergeAt(keys: PyObject[], values: PyObject[] | null, runs: [number, number][], i: number, lt: LessThan): void {
  const [baseA, lenA] = runs[i];
  const [baseB, lenB] = runs[i + 1];
  runs[i] = [baseA, lenA + lenB];
  runs.splice(i + 1, 1);
  const tmpK = keys.slice(baseA, baseA + lenA);
  const tmpV = values !== null ? values.slice(baseA, baseA + lenA) : null;
  let a = 0;
  let b = baseB;
  const endB = baseB + lenB;
  let dest = baseA;
  try {
    while (a < lenA && b < endB) {
      _Py_CheckInterrupt();
      if (lt(keys[b], tmpK[a])) {
        keys[dest] = keys[b];
        if (values !== null) values[dest] = values[b];
        b++;
      } else {
        keys[dest] = tmpK[a];
        if (values !== null) values[dest] = tmpV![a];
        a++;
      }
      dest++;
    }
  } finally {
    // On success or on an exception from `<`, the free slots [dest, b)
    // take the rest of run A, so the arrays stay a permutation.
    while (a < lenA) {
      keys[dest] = tmpK[a];
      if (values !== null) values[dest] = tmpV![a];
      a++;
      dest++;
    }
  }
}

/**
 * Compute the keys for a sort with `key=` (new references). On an error
 * the keys computed so far are released and the error rethrown.
 */
export function computeKeys(items: PyObject[], keyfunc: PyObject): PyObject[] {
  const keys: PyObject[] = [];
  try {
    for (let i = 0; i < items.length; i++) {
      _Py_CheckInterrupt();
      keys.push(PyObject_Call(keyfunc, [items[i]], null));
    }
  } catch (e) {
    for (const k of keys) Py_DECREF(k);
    throw e;
  }
  return keys;
}
