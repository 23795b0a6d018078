/**
 * `_linecache`, refpy's own: programs have no file system, so where
 * CPython's `linecache` reads a source file, refpy's copy of it
 * (lib/linecache.py, a marked local change) asks for the text the
 * interpreter itself holds, the sources its tracebacks print: the
 * program's and every library module's.
 *
 * getlines(filename) -> list of lines (each with its newline), or None.
 * A name `/NAME` finds the program run as `NAME` (the working directory
 * is `/`).
 */
import type { PyObject } from "../heap/object.js";
import { Py_NewRef } from "../heap/refcount.js";
import { METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyList_New, PyList_SET_ITEM } from "../objects/listobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { getSourceText } from "../objects/traceback.js";

/** The lines of `text` as a text file's readlines() gives them (universal
 *  newlines: each ends with "\n" but a last one without it). */
function readlines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/).map((l) => `${l}\n`);
  const last = lines.pop()!;
  if (last !== "\n") lines.push(last.slice(0, -1));
  return lines;
}

function linecache_getlines(_m: PyObject, filename: PyObject): PyObject {
  if (!PyUnicode_Check(filename)) return Py_NewRef(Py_None);
  const name = PyUnicode_AsString(filename);
  // The working directory is `/` (src/modules/posix.ts), so `/NAME` is the
  // program run as `NAME` (os.path.abspath of its __file__, as bdb and
  // pdb name it).
  const text = getSourceText(name) ?? (name.startsWith("/") ? getSourceText(name.slice(1)) : null);
  if (text === null) return Py_NewRef(Py_None);
  const lines = readlines(text);
  const list = PyList_New(lines.length);
  for (let i = 0; i < lines.length; i++) PyList_SET_ITEM(list, i, PyUnicode_FromString(lines[i]));
  return list;
}

const functions: PyMethodDef[] = [{ name: "getlines", meth: linecache_getlines, flags: METH_O }];

export function PyInit__linecache(): PyObject {
  const m = PyModule_New("_linecache");
  PyModule_AddFunctions(m, functions);
  return m;
}
