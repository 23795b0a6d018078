/**
 * sys's introspection of the interpreter (CPython's Python/sysmodule.c):
 * the frame and handled exception of each thread (refpy runs one),
 * the type attribute cache's reset, the allocator's block count,
 * `stdlib_module_names`, `thread_info`, and the coroutine origin tracking
 * depth that fills a new coroutine's cr_origin.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { heapStats } from "../heap/allocator.js";
import { METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions } from "../objects/moduleobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyLong_AsNumber, PyLong_FromNumber } from "../objects/longobject.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyDict_New, PyDict_SetItem } from "../objects/dictobject.js";
import { PyFrozenSet_New } from "../objects/setobject.js";
import { PyList_Append, PyList_New } from "../objects/listobject.js";
import { PyTuple_Pack } from "../objects/tupleobject.js";
import { PyStructSequence_New, PyStructSequence_NewType } from "../objects/structseq.js";
import { PyNumber_Index } from "../objects/abstract.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_ValueError } from "../objects/exceptions.js";
import { _PyErr_GetTopmostException } from "../objects/errors.js";
import { _PyFrame_GetFrameObject } from "../objects/frameobject.js";
import { tstate } from "../objects/pystate.js";
import { THREAD_IDENT } from "./thread.js";

/** sys._current_frames(): {thread id: its innermost frame}. */
function sys_current_frames(): PyObject {
  const d = PyDict_New();
  const frame = tstate.frame;
  if (frame === null) return d;
  const id = PyLong_FromNumber(THREAD_IDENT);
  try {
    PyDict_SetItem(d, id, _PyFrame_GetFrameObject(frame));
  } finally {
    Py_DECREF(id);
  }
  return d;
}

/** sys._current_exceptions(): {thread id: (type, value, traceback) of
 *  the exception it is handling, Nones when none}. */
function sys_current_exceptions(): PyObject {
  const d = PyDict_New();
  const exc = _PyErr_GetTopmostException();
  const id = PyLong_FromNumber(THREAD_IDENT);
  const info =
    exc === null || exc === Py_None
      ? PyTuple_Pack(Py_None, Py_None, Py_None)
      : PyTuple_Pack(exc.ob_type, exc, (exc as { traceback?: PyObject | null }).traceback ?? Py_None);
  try {
    PyDict_SetItem(d, id, info);
  } finally {
    Py_DECREF(id);
    Py_DECREF(info);
  }
  return d;
}

/** sys._clear_type_cache(): refpy's attribute caches check the type's
 *  version on every hit, so there is nothing stale to drop. */
function sys_clear_type_cache(): PyObject {
  return Py_NewRef(Py_None);
}

/** sys.getallocatedblocks(): the small-object allocator's live blocks. */
function sys_getallocatedblocks(): PyObject {
  return PyLong_FromNumber(heapStats.smallBlocks);
}

function sys_get_coroutine_origin_tracking_depth(): PyObject {
  return PyLong_FromNumber(tstate.coroutine_origin_tracking_depth);
}

function sys_set_coroutine_origin_tracking_depth(_m: PyObject, o: PyObject): PyObject {
  const idx = PyNumber_Index(o);
  let depth: number;
  try {
    depth = PyLong_AsNumber(idx);
  } finally {
    Py_DECREF(idx);
  }
  if (depth < 0) throw PyErr_Format(PyExc_ValueError, "depth must be >= 0");
  tstate.coroutine_origin_tracking_depth = depth;
  return Py_NewRef(Py_None);
}

const ThreadInfoType = PyStructSequence_NewType({
  name: "sys.thread_info",
  fields: ["name", "lock", "version"],
  n_in_sequence: 3,
});

/** CPython's sys.stdlib_module_names (Python/stdlib_module_names.h). */
const STDLIB_MODULE_NAMES = `
  __future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs _codecs_cn
  _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc
  _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm
  _decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib
  _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing
  _opcode _operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal
  _pyio _queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3
  _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter
  _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc
  antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect
  builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys
  compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses
  dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum
  errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath
  getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr
  imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma
  mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis
  nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle
  pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd
  py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource
  rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib
  sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics
  string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib
  tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace
  traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv
  warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile
  zipimport zlib zoneinfo
`;

const introspectFunctions: PyMethodDef[] = [
  { name: "_current_frames", meth: sys_current_frames, flags: METH_NOARGS },
  { name: "_current_exceptions", meth: sys_current_exceptions, flags: METH_NOARGS },
  { name: "_clear_type_cache", meth: sys_clear_type_cache, flags: METH_NOARGS },
  { name: "getallocatedblocks", meth: sys_getallocatedblocks, flags: METH_NOARGS },
  { name: "get_coroutine_origin_tracking_depth", meth: sys_get_coroutine_origin_tracking_depth, flags: METH_NOARGS },
  { name: "set_coroutine_origin_tracking_depth", meth: sys_set_coroutine_origin_tracking_depth, flags: METH_O },
];

/** Add the introspection functions, stdlib_module_names and thread_info. */
export function addIntrospection(m: PyObject): void {
  PyModule_AddFunctions(m, introspectFunctions);
  const list = PyList_New(0);
  for (const name of STDLIB_MODULE_NAMES.split(/\s+/)) {
    if (name === "") continue;
    const s = PyUnicode_FromString(name);
    PyList_Append(list, s);
    Py_DECREF(s);
  }
  PyModule_Add(m, "stdlib_module_names", PyFrozenSet_New(list));
  Py_DECREF(list);
  PyModule_Add(
    m,
    "thread_info",
    PyStructSequence_New(ThreadInfoType, [
      PyUnicode_FromString("pthread"),
      PyUnicode_FromString("semaphore"),
      PyUnicode_FromString("NPTL 2.36"),
    ]),
  );
}
