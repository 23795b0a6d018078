/**
 * The `posix` module under CPython's Lib/os.py, for a Python that has no
 * file system (refpy programs read and write only their standard streams).
 * What it models: a file system holding one empty directory, `/`, which is
 * the working directory; no environment variables; file descriptors 0, 1
 * and 2 as the run's stdin, stdout and stderr. So `os.path` works in full
 * (it is string work in posixpath.py), `os.getcwd()` is '/',
 * `os.path.exists(p)` is true only for '/', `os.listdir('/')` is [], and
 * anything that would create, change or open a file raises the OSError a
 * read-only, empty file system gives (`[Errno 30] Read-only file system`
 * for changes, `[Errno 2] No such file or directory` for lookups).
 * Functions CPython's posix has that mean processes, users or devices
 * (fork, kill, getuid …) are absent, so os.py leaves them out as it does
 * on platforms without them.
 */
import { PyObject } from "../heap/object.js";
import { PyObject_Free } from "../heap/gc.js";
import { newStaticType, _PyType_FromSpecInCPython } from "../objects/typeobject.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { PyLong_Check, PyLong_FromNumber, PyBool_FromBool, type PyLongObject } from "../objects/longobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyList_New } from "../objects/listobject.js";
import { PyDict_New } from "../objects/dictobject.js";
import { PyErr_Format, PyProcessExit } from "../objects/errors.js";
import { interp, tstate } from "../objects/pystate.js";
import { asCInt } from "../objects/bytes-methods.js";
import { PyExc_OSError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { PyObject_Call } from "../objects/call.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyBytes_Check, PyBytes_FromArray, type PyBytesObject } from "../objects/bytesobject.js";
import { PyNumber_Index } from "../objects/abstract.js";
import { PyBUF_SIMPLE, PyBuffer_Data, PyBuffer_Release, PyObject_GetBuffer } from "../objects/buffer.js";
import { _PyObject_LookupAttr } from "../objects/object.js";
import { _Py_ID } from "../objects/identifiers.js";
import { PyStructSequence_New, PyStructSequence_NewType } from "../objects/structseq.js";
import { PyFloat_FromDouble } from "../objects/floatobject.js";
import { _Py_write } from "../objects/fileobject.js";
import { PyExc_OverflowError } from "../objects/exceptions.js";
import { newArgParser, _PyArg_UnpackKeywords } from "../objects/getargs.js";

const ENOENT = 2;
const EBADF = 9;
const ENOTTY = 25;
const EROFS = 30;

/** strerror() for the errno values Linux defines that programs meet. */
const STRERROR: Record<number, string> = {
  1: "Operation not permitted",
  2: "No such file or directory",
  3: "No such process",
  4: "Interrupted system call",
  5: "Input/output error",
  9: "Bad file descriptor",
  11: "Resource temporarily unavailable",
  12: "Cannot allocate memory",
  13: "Permission denied",
  17: "File exists",
  20: "Not a directory",
  21: "Is a directory",
  22: "Invalid argument",
  24: "Too many open files",
  25: "Inappropriate ioctl for device",
  28: "No space left on device",
  30: "Read-only file system",
  32: "Broken pipe",
  38: "Function not implemented",
  39: "Directory not empty",
};

function strerrorText(code: number): string {
  return STRERROR[code] ?? `Unknown error ${code}`;
}

/** OSError(errno, strerror[, filename]): the subclass CPython's errno map
 *  picks (FileNotFoundError for ENOENT …). */
function osError(code: number, filename: PyObject | null): PyObject {
  const args: PyObject[] = [PyLong_FromNumber(code), PyUnicode_FromString(strerrorText(code))];
  // The filename is the path as path_converter keeps it: what
  // __fspath__ returned for a path-like object (a descriptor as it is).
  if (filename !== null) args.push(PyLong_Check(filename) ? Py_NewRef(filename) : fspath(filename));
  try {
    return PyObject_Call(PyExc_OSError, args, null);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

/** os.fspath(path): str or bytes, or what __fspath__ returns (new ref). */
function fspath(path: PyObject): PyObject {
  if (PyUnicode_Check(path) || PyBytes_Check(path)) return Py_NewRef(path);
  const func = _PyObject_LookupAttr(path.ob_type, _Py_ID("__fspath__"));
  if (func === null) {
    throw PyErr_Format(PyExc_TypeError, `expected str, bytes or os.PathLike object, not ${path.ob_type.tp_name}`);
  }
  try {
    const r = PyObject_Call(func, [path], null);
    if (!PyUnicode_Check(r) && !PyBytes_Check(r)) {
      const tn = r.ob_type.tp_name;
      Py_DECREF(r);
      throw PyErr_Format(
        PyExc_TypeError,
        `expected ${path.ob_type.tp_name}.__fspath__() to return str or bytes, not ${tn}`,
      );
    }
    return r;
  } finally {
    Py_DECREF(func);
  }
}

/** The path as text, for deciding whether it names '/'. */
function pathText(path: PyObject): string {
  const p = fspath(path);
  try {
    if (PyUnicode_Check(p)) return PyUnicode_AsString(p);
    return new TextDecoder().decode((p as PyBytesObject).ob_sval);
  } finally {
    Py_DECREF(p);
  }
}

/** Does the path name the one directory, '/' (after normalising . and ..)? */
function isRoot(text: string): boolean {
  if (text.length === 0) return false;
  const parts: string[] = [];
  for (const seg of text.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      parts.pop();
      continue;
    }
    parts.push(seg);
  }
  return parts.length === 0;
}

// ---------------------------------------------------------------- stat

const StatResultType = PyStructSequence_NewType({
  name: "os.stat_result",
  fields: [
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    null,
    null,
    null,
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
  ],
  n_in_sequence: 10,
  instantiable: true,
});

const TerminalSizeType = PyStructSequence_NewType({
  name: "os.terminal_size",
  fields: ["columns", "lines"],
  n_in_sequence: 2,
  instantiable: true,
});
_PyType_FromSpecInCPython(StatResultType, TerminalSizeType);

/** The stat of '/': a directory, mode 0o40755, every time 0. */
function rootStat(): PyObject {
  const ints = [0o40755, 1, 1, 2, 0, 0, 4096, 0, 0, 0].map((n) => PyLong_FromNumber(n));
  const rest = [
    PyFloat_FromDouble(0),
    PyFloat_FromDouble(0),
    PyFloat_FromDouble(0),
    PyLong_FromNumber(0),
    PyLong_FromNumber(0),
    PyLong_FromNumber(0),
    PyLong_FromNumber(4096),
    PyLong_FromNumber(8),
    PyLong_FromNumber(0),
  ];
  return PyStructSequence_New(StatResultType, [...ints, ...rest]);
}

function firstArg(name: string, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : (kwnames as unknown as { ob_item: PyObject[] }).ob_item.length;
  const npos = args.length - nkw;
  if (npos >= 1) return args[0];
  const names = kwnames === null ? [] : (kwnames as unknown as { ob_item: PyObject[] }).ob_item;
  for (let i = 0; i < nkw; i++) if (PyUnicode_AsString(names[i]) === "path") return args[npos + i];
  throw PyErr_Format(PyExc_TypeError, `${name}() missing required argument 'path' (pos 1)`);
}

/** The path converter's descriptor (_fd_converter): an int in C int's range. */
function fdArg(o: PyObject): number {
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    const v = i.big ?? i.v;
    if (v > 2147483647) throw PyErr_Format(PyExc_OverflowError, "fd is greater than maximum");
    if (v < -2147483648) throw PyErr_Format(PyExc_OverflowError, "fd is less than minimum");
    return i.v;
  } finally {
    Py_DECREF(i);
  }
}

/** Argument Clinic's `Py_ssize_t` converter (no None). */
function ssizeArg(o: PyObject): number {
  const i = PyNumber_Index(o) as PyLongObject;
  try {
    if (i.big !== null && (i.big > 2n ** 63n - 1n || i.big < -(2n ** 63n))) {
      throw PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return i.big !== null ? Number(i.big) : i.v;
  } finally {
    Py_DECREF(i);
  }
}

function posix_stat(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const path = firstArg("stat", args, kwnames);
  if (PyLong_Check(path)) {
    fdArg(path);
    throw osError(EBADF, null);
  }
  if (isRoot(pathText(path))) return rootStat();
  throw osError(ENOENT, path);
}

function posix_fstat(_m: PyObject, fd: PyObject): PyObject {
  asCInt(fd);
  throw osError(EBADF, null);
}

function posix_access(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const path = firstArg("access", args, kwnames);
  return PyBool_FromBool(isRoot(pathText(path)));
}

function posix_listdir(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : (kwnames as unknown as { ob_item: PyObject[] }).ob_item.length;
  const path = args.length - nkw > 0 || nkw > 0 ? firstArg("listdir", args, kwnames) : null;
  if (path === null || path === Py_None) return PyList_New(0);
  const text = pathText(path);
  if (isRoot(text)) return PyList_New(0);
  throw osError(ENOENT, path);
}

/** scandir('/')'s iterator over the empty directory: no entries; a
 *  context manager, as os.walk uses it. */
class ScandirIterator extends PyObject {
  constructor() {
    super(ScandirIterator_Type, 48);
  }
}

function scandir_dealloc(op: PyObject): void {
  PyObject_Free(op);
}

const ScandirIterator_Type = newStaticType("posix.ScandirIterator", 48, 0, scandir_dealloc);
ScandirIterator_Type.tp_iter = (self: PyObject) => Py_NewRef(self);
ScandirIterator_Type.tp_iternext = () => null;
ScandirIterator_Type.tp_methods = [
  { name: "__enter__", meth: (self: PyObject) => Py_NewRef(self), flags: METH_NOARGS },
  { name: "__exit__", meth: () => Py_NewRef(Py_None), flags: METH_FASTCALL },
  { name: "close", meth: () => Py_NewRef(Py_None), flags: METH_NOARGS },
];

function posix_scandir(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : (kwnames as unknown as { ob_item: PyObject[] }).ob_item.length;
  const path = args.length - nkw > 0 || nkw > 0 ? firstArg("scandir", args, kwnames) : null;
  if (path !== null && path !== Py_None && !isRoot(pathText(path))) throw osError(ENOENT, path);
  return new ScandirIterator();
}

function posix_getcwd(_m: PyObject): PyObject {
  return PyUnicode_FromString("/");
}

function posix_getcwdb(_m: PyObject): PyObject {
  return PyBytes_FromArray(new Uint8Array([0x2f]));
}

function posix_chdir(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const path = firstArg("chdir", args, kwnames);
  if (isRoot(pathText(path))) return Py_NewRef(Py_None);
  throw osError(ENOENT, path);
}

/** Every call that would change the file system. */
function readOnly(name: string) {
  return (_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    const path = firstArg(name, args, kwnames);
    void pathText(path);
    throw osError(EROFS, path);
  };
}

function posix_open(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const path = firstArg("open", args, kwnames);
  throw osError(isRoot(pathText(path)) ? EROFS : ENOENT, path);
}

function posix_write(_m: PyObject, args: PyObject[]): PyObject {
  if (args.length !== 2) throw PyErr_Format(PyExc_TypeError, `write expected 2 arguments, got ${args.length}`);
  // Argument Clinic's `int` and `Py_buffer` converters, in order.
  const fd = asCInt(args[0]);
  const view = PyObject_GetBuffer(args[1], PyBUF_SIMPLE);
  const bytes = PyBuffer_Data(view);
  PyBuffer_Release(view);
  if (fd !== 1 && fd !== 2) throw osError(EBADF, null);
  _Py_write(fd, bytes);
  return PyLong_FromNumber(bytes.length);
}

function posix_isatty(_m: PyObject, fd: PyObject): PyObject {
  asCInt(fd);
  return PyBool_FromBool(false);
}

function posix_device_encoding(_m: PyObject, fd: PyObject): PyObject {
  asCInt(fd);
  return Py_NewRef(Py_None);
}

function posix_get_terminal_size(_m: PyObject, _args: PyObject[]): PyObject {
  throw osError(ENOTTY, null);
}

function posix_fspath(_m: PyObject, path: PyObject): PyObject {
  return fspath(path);
}

function posix_strerror(_m: PyObject, code: PyObject): PyObject {
  return PyUnicode_FromString(strerrorText(asCInt(code)));
}

function posix_urandom(_m: PyObject, size: PyObject): PyObject {
  const n = ssizeArg(size);
  if (n < 0) throw PyErr_Format(PyExc_ValueError, "negative argument not allowed");
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return PyBytes_FromArray(out);
}

const normpathParser = newArgParser("_path_normpath", ["path"], 1);

/**
 * _path_normpath(path): posixpath.normpath's native half (_Py_normpath):
 * repeated and trailing separators and '.' components dropped, '..'
 * taking out the component before it (at the root, itself), two leading
 * separators kept (three or more become one). An empty result stays
 * empty (posixpath makes it '.'), except that '.' alone is kept.
 */
function posix__path_normpath(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [path] = _PyArg_UnpackKeywords(args, kwnames, normpathParser, [null]);
  if (!PyUnicode_Check(path!)) throw PyErr_Format(PyExc_TypeError, `expected 'str', not '${path!.ob_type.tp_name}'`);
  const s = PyUnicode_AsString(path!);
  if (s === "" || s === ".") return Py_NewRef(path!);
  const root = !s.startsWith("/") ? "" : s.startsWith("//") && !s.startsWith("///") ? "//" : "/";
  const parts: string[] = [];
  for (const c of s.split("/")) {
    if (c === "" || c === ".") continue;
    if (c === "..") {
      if (parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
      else if (root === "") parts.push("..");
      continue;
    }
    parts.push(c);
  }
  return PyUnicode_FromString(root + parts.join("/"));
}

/** _exit(status): end the run now with `status`, no cleanup (objects/errors.ts PyProcessExit). */
function posix__exit(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [status] = _PyArg_UnpackKeywords(args, kwnames, exitParser, [null]);
  const code = asCInt(status!) & 0xff;
  interp.exit_frame = tstate.frame;
  throw new PyProcessExit(code);
}

const exitParser = newArgParser("_exit", ["status"], 1);

function posix_getpid(_m: PyObject): PyObject {
  return PyLong_FromNumber(1);
}

function posix_cpu_count(_m: PyObject): PyObject {
  return Py_NewRef(Py_None);
}

function posix_noop_env(_m: PyObject, _args: PyObject[]): PyObject {
  return Py_NewRef(Py_None);
}

const FK = METH_FASTCALL | METH_KEYWORDS;
const functions: PyMethodDef[] = [
  { name: "_exit", meth: posix__exit, flags: FK },
  { name: "_path_normpath", meth: posix__path_normpath, flags: FK },
  { name: "access", meth: posix_access, flags: FK },
  { name: "chdir", meth: posix_chdir, flags: FK },
  { name: "chmod", meth: readOnly("chmod"), flags: FK },
  { name: "cpu_count", meth: posix_cpu_count, flags: METH_NOARGS },
  { name: "device_encoding", meth: posix_device_encoding, flags: METH_O },
  { name: "fspath", meth: posix_fspath, flags: METH_O },
  { name: "fstat", meth: posix_fstat, flags: METH_O },
  { name: "get_terminal_size", meth: posix_get_terminal_size, flags: METH_FASTCALL },
  { name: "getcwd", meth: posix_getcwd, flags: METH_NOARGS },
  { name: "getcwdb", meth: posix_getcwdb, flags: METH_NOARGS },
  { name: "getpid", meth: posix_getpid, flags: METH_NOARGS },
  { name: "isatty", meth: posix_isatty, flags: METH_O },
  { name: "link", meth: readOnly("link"), flags: FK },
  { name: "listdir", meth: posix_listdir, flags: FK },
  { name: "lstat", meth: posix_stat, flags: FK },
  { name: "mkdir", meth: readOnly("mkdir"), flags: FK },
  { name: "open", meth: posix_open, flags: FK },
  { name: "putenv", meth: posix_noop_env, flags: METH_FASTCALL },
  { name: "remove", meth: readOnly("remove"), flags: FK },
  { name: "rename", meth: readOnly("rename"), flags: FK },
  { name: "replace", meth: readOnly("replace"), flags: FK },
  { name: "rmdir", meth: readOnly("rmdir"), flags: FK },
  { name: "scandir", meth: posix_scandir, flags: FK },
  { name: "stat", meth: posix_stat, flags: FK },
  { name: "strerror", meth: posix_strerror, flags: METH_O },
  { name: "symlink", meth: readOnly("symlink"), flags: FK },
  { name: "truncate", meth: readOnly("truncate"), flags: FK },
  { name: "unlink", meth: readOnly("unlink"), flags: FK },
  { name: "unsetenv", meth: posix_noop_env, flags: METH_FASTCALL },
  { name: "urandom", meth: posix_urandom, flags: METH_O },
  { name: "utime", meth: readOnly("utime"), flags: FK },
  { name: "write", meth: posix_write, flags: METH_FASTCALL },
];

const INT_CONSTANTS: [string, number][] = [
  ["F_OK", 0],
  ["R_OK", 4],
  ["W_OK", 2],
  ["X_OK", 1],
  ["O_RDONLY", 0],
  ["O_WRONLY", 1],
  ["O_RDWR", 2],
  ["O_APPEND", 1024],
  ["O_CREAT", 64],
  ["O_EXCL", 128],
  ["O_TRUNC", 512],
  ["O_NONBLOCK", 2048],
  ["O_CLOEXEC", 524288],
  ["O_DIRECTORY", 65536],
  ["O_NOFOLLOW", 131072],
  ["EX_OK", 0],
];

export function PyInit_posix(): PyObject {
  const m = PyModule_New("posix");
  PyModule_AddFunctions(m, functions);
  for (const [name, v] of INT_CONSTANTS) PyModule_Add(m, name, PyLong_FromNumber(v));
  PyModule_Add(m, "environ", PyDict_New());
  PyModule_AddObjectRef(m, "error", PyExc_OSError);
  PyModule_AddObjectRef(m, "stat_result", StatResultType);
  PyModule_AddObjectRef(m, "terminal_size", TerminalSizeType);
  PyModule_Add(m, "_have_functions", PyList_New(0));
  return m;
}
