/**
 * The run's standard descriptors and writing to a file object (CPython's
 * Objects/fileobject.c PyFile_WriteObject / PyFile_WriteString, and the
 * read(2)/write(2)/close(2) of descriptors 0, 1 and 2 that `_io.FileIO`
 * and os.write use).
 *
 * The descriptors are plain JS callbacks (`stdio`), set by the runtime for
 * each run: text sinks for 1 and 2 (bytes written are decoded as UTF-8 on
 * the way), a byte source for 0. sys.stdout and its kin (the
 * `_io.TextIOWrapper` objects of modules/io-stdio.ts) sit on top;
 * `writeToStream` writes to whatever object it is given: straight to the
 * descriptor for the run's own streams (`stdStreams`), through the
 * object's `write` method otherwise (so print() honours a replaced
 * sys.stdout).
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF } from "../heap/refcount.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PyLong_FromNumber } from "./longobject.js";
import { PyErr_Format } from "./errors.js";
import { PyExc_OSError, PyExc_TypeError } from "./exceptions.js";
import { _PyObject_LookupAttrString, PyObject_GetAttrString } from "./object.js";
import { PyObject_Str } from "./abstract.js";
import { PyObject_Call, PyObject_CallMethod } from "./call.js";

/** Where the run's output goes and where its standard input comes from. */
export const stdio = {
  stdout: (s: string): void => {
    process.stdout.write(s);
  },
  stderr: (s: string): void => {
    process.stderr.write(s);
  },
  /** Up to `n` bytes of standard input; an empty array at its end. */
  read: (_n: number): Uint8Array => new Uint8Array(0),
};

/** The descriptors a program has closed (a FileIO with closefd=True). */
const closedFds = new Set<number>();

/** Per descriptor, the decoder turning written bytes into the sink's text
 *  (a multi-byte character split across writes is held until complete). */
const sinkDecoders: (InstanceType<typeof TextDecoder> | null)[] = [null, null, null];

export function setStdio(
  out: ((s: string) => void) | null,
  err: ((s: string) => void) | null,
  read: ((n: number) => Uint8Array) | null,
): void {
  if (out !== null) stdio.stdout = out;
  if (err !== null) stdio.stderr = err;
  if (read !== null) stdio.read = read;
  closedFds.clear();
  sinkDecoders[1] = null;
  sinkDecoders[2] = null;
}

/** Standard input made of a whole text (its UTF-8 bytes). */
export function stdinFromString(text: string): (n: number) => Uint8Array {
  const data = new TextEncoder().encode(text);
  let pos = 0;
  return (n) => {
    const chunk = data.subarray(pos, Math.min(data.length, pos + n));
    pos += chunk.length;
    return chunk;
  };
}

/** Standard input read a line at a time from `readline` (each line given
 *  without its newline, null at the end), as a terminal delivers it. */
export function stdinFromLines(readline: () => string | null): (n: number) => Uint8Array {
  let pending = new Uint8Array(0);
  return (n) => {
    if (pending.length === 0) {
      const line = readline();
      if (line === null) return pending;
      pending = new TextEncoder().encode(`${line}\n`);
    }
    const chunk = pending.subarray(0, n);
    pending = pending.subarray(chunk.length);
    return chunk;
  };
}

/** OSError(errno, strerror) for the descriptor calls below. */
export function PyErr_FromErrno(errno: number, strerror: string): PyObject {
  const args = [PyLong_FromNumber(errno), PyUnicode_FromString(strerror)];
  try {
    return PyObject_Call(PyExc_OSError, args, null);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

const EBADF = 9;

function checkFd(fd: number, writing: boolean): void {
  if (closedFds.has(fd) || fd < 0 || fd > 2 || (fd === 0) === writing) {
    throw PyErr_FromErrno(EBADF, "Bad file descriptor");
  }
}

/** write(2) on one of the standard descriptors (1, 2): the bytes go to the
 *  sink as text. */
export function _Py_write(fd: number, data: Uint8Array): void {
  checkFd(fd, true);
  let d = sinkDecoders[fd];
  if (d === null) {
    d = new TextDecoder("utf-8", { fatal: false });
    sinkDecoders[fd] = d;
  }
  const text = d.decode(data, { stream: true });
  if (text.length > 0) writeText(fd, text);
}

/** Text already known to be valid UTF-8 to descriptor 1 or 2. */
export function _Py_write_text(fd: number, s: string): void {
  checkFd(fd, true);
  writeText(fd, s);
}

function writeText(fd: number, s: string): void {
  if (fd === 2) stdio.stderr(s);
  else stdio.stdout(s);
}

/** read(2) on descriptor 0: up to `n` bytes, none at the end of input. */
export function _Py_read(fd: number, n: number): Uint8Array {
  checkFd(fd, false);
  return stdio.read(n);
}

/** close(2) of a standard descriptor (later use raises EBADF). */
export function _Py_close(fd: number): void {
  if (closedFds.has(fd)) throw PyErr_FromErrno(EBADF, "Bad file descriptor");
  closedFds.add(fd);
}

/** Is `fd` one of the standard descriptors, still open? */
export function _Py_fd_open(fd: number): boolean {
  return fd >= 0 && fd <= 2 && !closedFds.has(fd);
}

/**
 * A sequence of PyFile_WriteObject calls on one stream, as CPython's
 * printers in C make them (the unraisable hook's report): for each piece
 * the stream's `write` is looked up, the piece's text made (`make`: str()
 * or repr() of an object, which may raise) and `write` called with it.
 * `end(true)` ends a sequence that went through: the stream's `flush()`
 * is called (a run's own stream has nothing left to flush then);
 * `end(false)` one that failed: a run's own stream lets out what it
 * still holds, another is left as it is.
 */
export interface PieceWriter {
  write(make: () => string): void;
  end(ok: boolean): void;
}

/** The fast path for the run's own text streams (io-stdio.ts sets it):
 *  `write` writes `s` and returns true when `stream` is one of them;
 *  `pieceWriter` gives such a stream's PieceWriter, null for another. */
export const stdStreams = {
  write: (_stream: PyObject, _s: string): boolean => false,
  pieceWriter: (_stream: PyObject): PieceWriter | null => null,
};

/** PyFile_WriteObject's steps on any stream object: a bound `write`
 *  looked up and called per piece; `end(true)` calls its `flush()`, as
 *  write_unraisable_exc_file does after the report's last line. */
export function streamPieceWriter(stream: PyObject): PieceWriter {
  const std = stdStreams.pieceWriter(stream);
  if (std !== null) return std;
  return {
    write(make: () => string): void {
      writeWith(stream, () => PyUnicode_FromString(make()));
    },
    end(ok: boolean): void {
      if (ok) Py_DECREF(PyObject_CallMethod(stream, "flush"));
    },
  };
}

/** Write `s` to the stream object (fast path for the run's own streams). */
export function writeToStream(stream: PyObject, s: string): void {
  if (stdStreams.write(stream, s)) return;
  const write = _PyObject_LookupAttrString(stream, "write");
  if (write === null)
    throw PyErr_Format(PyExc_TypeError, `'${stream.ob_type.tp_name}' object has no attribute 'write'`);
  const arg = PyUnicode_FromString(s);
  try {
    Py_DECREF(PyObject_Call(write, [arg], null));
  } finally {
    Py_DECREF(arg);
    Py_DECREF(write);
  }
}

/** `f.write(value())`: the `write` attribute looked up first, then the
 *  value made (which may raise). */
function writeWith(f: PyObject, value: () => PyObject): void {
  const writer = PyObject_GetAttrString(f, "write");
  try {
    const v = value();
    try {
      Py_DECREF(PyObject_Call(writer, [v], null));
    } finally {
      Py_DECREF(v);
    }
  } finally {
    Py_DECREF(writer);
  }
}

/**
 * PyFile_WriteObject (with Py_PRINT_RAW): `f.write(str(v))`, the `write`
 * attribute looked up first, as print() writes each of its pieces.
 */
export function PyFile_WriteObject(v: PyObject, f: PyObject): void {
  writeWith(f, () => PyObject_Str(v));
}

/** PyFile_WriteString: `f.write(s)`. */
export function PyFile_WriteString(s: string, f: PyObject): void {
  const o = PyUnicode_FromString(s);
  try {
    PyFile_WriteObject(o, f);
  } finally {
    Py_DECREF(o);
  }
}
