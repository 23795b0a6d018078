/**
 * The `_io` module (CPython's Modules/_io/_iomodule.c), whose name is
 * `io` as CPython's is: the classes Lib/io.py imports and makes its ABCs
 * from. StringIO and BytesIO are whole (io-stringio.ts, io-bytesio.ts);
 * the bases are io-iobase.ts and io-textio.ts.
 *
 * refpy programs have no file access, so what CPython builds on files
 * refuses with a NotImplementedError that says so: `open()` and
 * `open_code()`, a FileIO by name (one over descriptor 0, 1 or 2 can be
 * made), BufferedRWPair and BufferedRandom (which need a seekable or a
 * second stream). TextIOWrapper, BufferedReader and BufferedWriter wrap
 * any stream (io-stdio.ts, io-buffered.ts); `sys.stdin`, `sys.stdout` and
 * `sys.stderr` are made of them, over FileIOs of the standard descriptors.
 */
import type { PyObject } from "../heap/object.js";
import { TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { newStaticType, PyType_Type, type PyTypeObject } from "../objects/typeobject.js";
import { METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/moduleobject.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyLong_FromNumber } from "../objects/longobject.js";
import { _PyTuple_FromArray } from "../objects/tupleobject.js";
import { PyDict_New, PyDict_SetItemString } from "../objects/dictobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import {
  PyExc_BlockingIOError,
  PyExc_NotImplementedError,
  PyExc_OSError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { _PyArg_CheckPositional } from "../objects/getargs.js";
import { PyObject_Call } from "../objects/call.js";
import { _Py_ID } from "../objects/identifiers.js";
import {
  DEFAULT_BUFFER_SIZE,
  ioState,
  PyBufferedIOBase_Type,
  PyIOBase_Type,
  PyRawIOBase_Type,
  inheritIOBase,
} from "./io-iobase.js";
import { PyIncrementalNewlineDecoder_Type, PyTextIOBase_Type } from "./io-textio.js";
import { PyStringIO_Type } from "./io-stringio.js";
import { PyBytesIO_Type } from "./io-bytesio.js";
import { PyTextIO_Type } from "./io-stdio.js";
import { PyBufferedReader_Type, PyBufferedWriter_Type, PyFileIO_Type } from "./io-buffered.js";

/** The error for what refpy cannot do without files. */
function noFiles(what: string, why: string): PyObject {
  return PyErr_Format(PyExc_NotImplementedError, `${what} is not supported by refpy: ${why}`);
}

const NO_FILE_ACCESS = "programs have no file access";

/** A class of _io that needs a file or a stream underneath: it exists
 *  (with CPython's base), but making one refuses. */
function fileType(name: string, base: PyTypeObject, why: string): PyTypeObject {
  const t = newStaticType(`_io.${name}`, base.tp_basicsize, TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC, base.tp_dealloc, base);
  t.tp_new = () => {
    throw noFiles(`io.${name}`, why);
  };
  inheritIOBase(t);
  return t;
}

const WRAPS = "it wraps a raw stream, and refpy has no file streams";
export const PyBufferedRWPair_Type = fileType("BufferedRWPair", PyBufferedIOBase_Type, WRAPS);
export const PyBufferedRandom_Type = fileType("BufferedRandom", PyBufferedIOBase_Type, WRAPS);

function _io_open(_m: PyObject): PyObject {
  throw noFiles("open()", NO_FILE_ACCESS);
}

function _io_open_code(_m: PyObject): PyObject {
  throw noFiles("open_code()", NO_FILE_ACCESS);
}

/** text_encoding(encoding, stacklevel=2, /): `encoding`, or "locale"
 *  for None (CPython outside UTF-8 mode). */
function _io_text_encoding(_m: PyObject, args: PyObject[]): PyObject {
  _PyArg_CheckPositional("text_encoding", args.length, 1, 2);
  const encoding = args[0];
  if (encoding === Py_None) return Py_NewRef(_Py_ID("locale"));
  return Py_NewRef(encoding);
}

// ---------------------------------------------------------------- CPython's docstrings

const DOC_MODULE =
  "The io module provides the Python interfaces to stream handling. The\n" +
  "builtin open function is defined in this module.\n" +
  "\n" +
  "At the top of the I/O hierarchy is the abstract base class IOBase. It\n" +
  "defines the basic interface to a stream. Note, however, that there is no\n" +
  "separation between reading and writing to streams; implementations are\n" +
  "allowed to raise an OSError if they do not support a given operation.\n" +
  "\n" +
  "Extending IOBase is RawIOBase which deals simply with the reading and\n" +
  "writing of raw bytes to a stream. FileIO subclasses RawIOBase to provide\n" +
  "an interface to OS files.\n" +
  "\n" +
  "BufferedIOBase deals with buffering on a raw byte stream (RawIOBase). Its\n" +
  "subclasses, BufferedWriter, BufferedReader, and BufferedRWPair buffer\n" +
  "streams that are readable, writable, and both respectively.\n" +
  "BufferedRandom provides a buffered interface to random access\n" +
  "streams. BytesIO is a simple stream of in-memory bytes.\n" +
  "\n" +
  "Another IOBase subclass, TextIOBase, deals with the encoding and decoding\n" +
  "of streams into text. TextIOWrapper, which extends it, is a buffered text\n" +
  "interface to a buffered raw stream (`BufferedIOBase`). Finally, StringIO\n" +
  "is an in-memory stream for text.\n" +
  "\n" +
  "Argument names are not part of the specification, and only the arguments\n" +
  "of open() are intended to be used as keyword arguments.\n" +
  "\n" +
  "data:\n" +
  "\n" +
  "DEFAULT_BUFFER_SIZE\n" +
  "\n" +
  "   An int containing the default buffer size used by the module's buffered\n" +
  "   I/O classes. open() uses the file's blksize (as obtained by os.stat) if\n" +
  "   possible.\n";

const DOC_OPEN =
  "Open file and return a stream.  Raise OSError upon failure.\n" +
  "\n" +
  "file is either a text or byte string giving the name (and the path\n" +
  "if the file isn't in the current working directory) of the file to\n" +
  "be opened or an integer file descriptor of the file to be\n" +
  "wrapped. (If a file descriptor is given, it is closed when the\n" +
  "returned I/O object is closed, unless closefd is set to False.)\n" +
  "\n" +
  "mode is an optional string that specifies the mode in which the file\n" +
  "is opened. It defaults to 'r' which means open for reading in text\n" +
  "mode.  Other common values are 'w' for writing (truncating the file if\n" +
  "it already exists), 'x' for creating and writing to a new file, and\n" +
  "'a' for appending (which on some Unix systems, means that all writes\n" +
  "append to the end of the file regardless of the current seek position).\n" +
  "In text mode, if encoding is not specified the encoding used is platform\n" +
  "dependent: locale.getencoding() is called to get the current locale encoding.\n" +
  "(For reading and writing raw bytes use binary mode and leave encoding\n" +
  "unspecified.) The available modes are:\n" +
  "\n" +
  "========= ===============================================================\n" +
  "Character Meaning\n" +
  "--------- ---------------------------------------------------------------\n" +
  "'r'       open for reading (default)\n" +
  "'w'       open for writing, truncating the file first\n" +
  "'x'       create a new file and open it for writing\n" +
  "'a'       open for writing, appending to the end of the file if it exists\n" +
  "'b'       binary mode\n" +
  "'t'       text mode (default)\n" +
  "'+'       open a disk file for updating (reading and writing)\n" +
  "========= ===============================================================\n" +
  "\n" +
  "The default mode is 'rt' (open for reading text). For binary random\n" +
  "access, the mode 'w+b' opens and truncates the file to 0 bytes, while\n" +
  "'r+b' opens the file without truncation. The 'x' mode implies 'w' and\n" +
  "raises an `FileExistsError` if the file already exists.\n" +
  "\n" +
  "Python distinguishes between files opened in binary and text modes,\n" +
  "even when the underlying operating system doesn't. Files opened in\n" +
  "binary mode (appending 'b' to the mode argument) return contents as\n" +
  "bytes objects without any decoding. In text mode (the default, or when\n" +
  "'t' is appended to the mode argument), the contents of the file are\n" +
  "returned as strings, the bytes having been first decoded using a\n" +
  "platform-dependent encoding or using the specified encoding if given.\n" +
  "\n" +
  "buffering is an optional integer used to set the buffering policy.\n" +
  "Pass 0 to switch buffering off (only allowed in binary mode), 1 to select\n" +
  "line buffering (only usable in text mode), and an integer > 1 to indicate\n" +
  "the size of a fixed-size chunk buffer.  When no buffering argument is\n" +
  "given, the default buffering policy works as follows:\n" +
  "\n" +
  "* Binary files are buffered in fixed-size chunks; the size of the buffer\n" +
  "  is chosen using a heuristic trying to determine the underlying device's\n" +
  '  "block size" and falling back on `io.DEFAULT_BUFFER_SIZE`.\n' +
  "  On many systems, the buffer will typically be 4096 or 8192 bytes long.\n" +
  "\n" +
  '* "Interactive" text files (files for which isatty() returns True)\n' +
  "  use line buffering.  Other text files use the policy described above\n" +
  "  for binary files.\n" +
  "\n" +
  "encoding is the name of the encoding used to decode or encode the\n" +
  "file. This should only be used in text mode. The default encoding is\n" +
  "platform dependent, but any encoding supported by Python can be\n" +
  "passed.  See the codecs module for the list of supported encodings.\n" +
  "\n" +
  "errors is an optional string that specifies how encoding errors are to\n" +
  "be handled---this argument should not be used in binary mode. Pass\n" +
  "'strict' to raise a ValueError exception if there is an encoding error\n" +
  "(the default of None has the same effect), or pass 'ignore' to ignore\n" +
  "errors. (Note that ignoring encoding errors can lead to data loss.)\n" +
  "See the documentation for codecs.register or run 'help(codecs.Codec)'\n" +
  "for a list of the permitted encoding error strings.\n" +
  "\n" +
  "newline controls how universal newlines works (it only applies to text\n" +
  "mode). It can be None, '', '\\n', '\\r', and '\\r\\n'.  It works as\n" +
  "follows:\n" +
  "\n" +
  "* On input, if newline is None, universal newlines mode is\n" +
  "  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n" +
  "  these are translated into '\\n' before being returned to the\n" +
  "  caller. If it is '', universal newline mode is enabled, but line\n" +
  "  endings are returned to the caller untranslated. If it has any of\n" +
  "  the other legal values, input lines are only terminated by the given\n" +
  "  string, and the line ending is returned to the caller untranslated.\n" +
  "\n" +
  "* On output, if newline is None, any '\\n' characters written are\n" +
  "  translated to the system default line separator, os.linesep. If\n" +
  "  newline is '' or '\\n', no translation takes place. If newline is any\n" +
  "  of the other legal values, any '\\n' characters written are translated\n" +
  "  to the given string.\n" +
  "\n" +
  "If closefd is False, the underlying file descriptor will be kept open\n" +
  "when the file is closed. This does not work when a file name is given\n" +
  "and must be True in that case.\n" +
  "\n" +
  "A custom opener can be used by passing a callable as *opener*. The\n" +
  "underlying file descriptor for the file object is then obtained by\n" +
  "calling *opener* with (*file*, *flags*). *opener* must return an open\n" +
  "file descriptor (passing os.open as *opener* results in functionality\n" +
  "similar to passing None).\n" +
  "\n" +
  "open() returns a file object whose type depends on the mode, and\n" +
  "through which the standard file operations such as reading and writing\n" +
  "are performed. When open() is used to open a file in a text mode ('w',\n" +
  "'r', 'wt', 'rt', etc.), it returns a TextIOWrapper. When used to open\n" +
  "a file in a binary mode, the returned class varies: in read binary\n" +
  "mode, it returns a BufferedReader; in write binary and append binary\n" +
  "modes, it returns a BufferedWriter, and in read/write mode, it returns\n" +
  "a BufferedRandom.\n" +
  "\n" +
  "It is also possible to use a string or bytearray as a file for both\n" +
  "reading and writing. For strings StringIO can be used like a file\n" +
  "opened in a text mode, and for bytes a BytesIO can be used like a file\n" +
  "opened in a binary mode.";

const DOC_TEXT_ENCODING =
  "A helper function to choose the text encoding.\n" +
  "\n" +
  "When encoding is not None, this function returns it.\n" +
  "Otherwise, this function returns the default text encoding\n" +
  '(i.e. "locale" or "utf-8" depends on UTF-8 mode).\n' +
  "\n" +
  "This function emits an EncodingWarning if encoding is None and\n" +
  "sys.flags.warn_default_encoding is true.\n" +
  "\n" +
  "This can be used in APIs with an encoding=None parameter.\n" +
  'However, please consider using encoding="utf-8" for new APIs.';

const DOC_OPEN_CODE =
  "Opens the provided file with the intent to import the contents.\n" +
  "\n" +
  "This may perform extra validation beyond open(), but is otherwise interchangeable\n" +
  "with calling open(path, 'rb').";

/** io.open, which is also builtins.open (refpy has no files: it raises). */
export const IO_OPEN_DEF: PyMethodDef = {
  name: "open",
  meth: _io_open,
  flags: METH_FASTCALL | METH_KEYWORDS,
  doc: DOC_OPEN,
};

const functions: PyMethodDef[] = [
  IO_OPEN_DEF,
  { name: "text_encoding", meth: _io_text_encoding, flags: METH_FASTCALL, doc: DOC_TEXT_ENCODING },
  { name: "open_code", meth: _io_open_code, flags: METH_FASTCALL | METH_KEYWORDS, doc: DOC_OPEN_CODE },
];

/** UnsupportedOperation: `type("UnsupportedOperation", (OSError,
 *  ValueError), {})`, made per import as CPython makes it; Lib/io.py
 *  sets its `__module__` to "io". */
function newUnsupportedOperation(): PyObject {
  const name = PyUnicode_FromString("UnsupportedOperation");
  const bases = _PyTuple_FromArray([PyExc_OSError, PyExc_ValueError]);
  const dict = PyDict_New();
  try {
    PyDict_SetItemString(dict, "__module__", _Py_ID("io"));
    return PyObject_Call(PyType_Type, [name, bases, dict], null);
  } finally {
    Py_DECREF(name);
    Py_DECREF(bases);
    Py_DECREF(dict);
  }
}

export function PyInit__io(): PyObject {
  const m = PyModule_New("io");
  PyModule_Add(m, "__doc__", PyUnicode_FromString(DOC_MODULE));
  PyModule_AddFunctions(m, functions);
  PyModule_Add(m, "DEFAULT_BUFFER_SIZE", PyLong_FromNumber(DEFAULT_BUFFER_SIZE));
  const unsupportedOperation = newUnsupportedOperation();
  PyModule_Add(m, "UnsupportedOperation", unsupportedOperation);
  ioState.unsupportedOperation = unsupportedOperation as PyTypeObject;
  PyModule_AddObjectRef(m, "BlockingIOError", PyExc_BlockingIOError);
  const types: [string, PyTypeObject][] = [
    ["_IOBase", PyIOBase_Type],
    ["IncrementalNewlineDecoder", PyIncrementalNewlineDecoder_Type],
    ["_BufferedIOBase", PyBufferedIOBase_Type],
    ["_RawIOBase", PyRawIOBase_Type],
    ["_TextIOBase", PyTextIOBase_Type],
    ["BytesIO", PyBytesIO_Type],
    ["BufferedReader", PyBufferedReader_Type],
    ["BufferedWriter", PyBufferedWriter_Type],
    ["BufferedRWPair", PyBufferedRWPair_Type],
    ["BufferedRandom", PyBufferedRandom_Type],
    ["FileIO", PyFileIO_Type],
    ["StringIO", PyStringIO_Type],
    ["TextIOWrapper", PyTextIO_Type],
  ];
  for (const [name, t] of types) PyModule_AddObjectRef(m, name, t);
  return m;
}
