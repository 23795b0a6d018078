/**
 * The identifier cache (CPython's `_Py_ID`, Include/internal/
 * pycore_global_strings.h): the interned str for a name the runtime itself
 * looks up (`__init__`, `__name__`, `__builtins__`, `stdout` …), made on
 * first use and kept, so a lookup by identifier allocates nothing.
 *
 * Ownership: the cache holds one reference to each string. A string first
 * asked for while interpreter start-up readies the static types lives for
 * the process, as CPython's static strings do; one first asked for during
 * a run belongs to that run's heap and is released at the run's end
 * (`_PyIdentifiers_Fini`), so a run that leaks nothing leaves none of its
 * objects alive. A handle (`_Py_Identifier`) can be made at module load,
 * before any object exists, and resolves to its string on first `get()`.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { PyUnicode_InternFromString } from "./unicodeobject.js";

/** An interned identifier, made on first use. */
export class _Py_Identifier {
  s: string;
  o: PyObject | null;
  constructor(s: string) {
    this.s = s;
    this.o = null;
  }
  /** The interned str (borrowed). */
  get(): PyObject {
    let o = this.o;
    if (o === null) {
      o = this.o = PyUnicode_InternFromString(this.s);
      if (idsPerRun) runIds.push(this);
    }
    return o;
  }
}

const cache = new Map<string, _Py_Identifier>();
/** Once the first run has begun, every new identifier belongs to a run. */
let idsPerRun = false;
/** Identifiers whose strings belong to the current run. */
const runIds: _Py_Identifier[] = [];

/** The handle for `name` (made once per process). */
export function _Py_Identifier_For(name: string): _Py_Identifier {
  let id = cache.get(name);
  if (id === undefined) cache.set(name, (id = new _Py_Identifier(name)));
  return id;
}

/** The interned str `name` (borrowed; kept alive for the run, or for the
 *  process when first asked for at start-up). */
export function _Py_ID(name: string): PyObject {
  let id = cache.get(name);
  if (id === undefined) cache.set(name, (id = new _Py_Identifier(name)));
  return id.get();
}

/** A run starts: identifiers made from now on belong to it. Those of an
 *  earlier run that never finished are forgotten with its heap. */
export function _PyIdentifiers_BeginRun(): void {
  idsPerRun = true;
  while (runIds.length > 0) runIds.pop()!.o = null;
}

/** The run's identifier strings (one reference each), for the audit. */
export function _PyIdentifiers_VisitRun(visit: (o: PyObject) => void): void {
  for (let i = 0; i < runIds.length; i++) {
    const o = runIds[i].o;
    if (o !== null) visit(o);
  }
}

/** A run ends: release the strings of the identifiers it made. */
export function _PyIdentifiers_Fini(): void {
  while (runIds.length > 0) {
    const id = runIds.pop()!;
    const o = id.o;
    id.o = null;
    if (o !== null) Py_DECREF(o);
  }
}
