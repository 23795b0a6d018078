/**
 * What CPython 3.11's traceback printer allocates to show one source line
 * (display_source_line_with_margin, Python/traceback.c), for the reports
 * written through a file object (the unraisable hook's). refpy has the
 * text in memory; CPython reads the file each time:
 *
 * - `import io` (PyImport_Import: its empty fromlist);
 * - `io.open(filename, "rb")`: a FileIO, called with a 4-tuple, whose
 *   `name` attribute makes its __dict__, and a BufferedReader (a 2-tuple);
 * - `fileno()` through a bound method;
 * - `TextIOWrapper(binary, encoding)` (a 2-tuple), whose decoder is an
 *   `encodings.utf_8.IncrementalDecoder` (a 1-tuple) inside a C
 *   IncrementalNewlineDecoder (a 2-tuple; not a GC object), and a bound
 *   `read1` looked up;
 * - readline() up to the line, each 8 KiB chunk read as: the decoder's
 *   state (two 2-tuples made and freed), read1() into a memoryview (a
 *   managed buffer and the view), the Python-level decode (its result
 *   tuple, unpacked through a tuple iterator until that code is
 *   specialized), the snapshot tuple kept; a line that runs across a
 *   chunk gathers its pieces in a list;
 * - close, and the objects freed: the BufferedReader, the decoder, the
 *   snapshot, the FileIO's dict and the FileIO, the TextIOWrapper.
 *
 * Only the collector's view of those steps is kept, in CPython's order
 * (measured on 3.11.7 by watching count0 and the freelists): each counted
 * allocation and free, and the tuples, lists and dicts taken from and
 * given back to the freelists, so count0 and the moments of automatic
 * collection stay CPython's.
 */
import { _PyObject_GC_LinkUnrepresented, _PyObject_GC_UnlinkUnrepresented, freelist } from "../heap/gc.js";
import { PyBaseObject_Type } from "./typeobject.js";
import { getSourceLines } from "./traceback.js";
import { Py_EnterRecursiveCall, Py_LeaveRecursiveCall } from "./call.js";
import { Py_DECREF } from "../heap/refcount.js";
import { toPyException } from "./errors.js";

/** TextIOWrapper's chunk size, and so read1()'s request. */
const CHUNK_SIZE = 8192;

/** Calls of codecs.BufferedIncrementalDecoder.decode before its
 *  `(result, consumed) = …` is specialized for a 2-tuple (3.11 quickens a
 *  function at its 8th call; measured under `python3 -S`). */
const DECODE_WARMUP = 7;

/** How deep below the hook the reading goes (the Python-level decoder
 *  calling the C codec, inside decode(), inside readline()). */
const READ_LEVELS = 4;

const readState = { decodes: 0 };

/** A run starts with the decoder code unspecialized. */
export function _PyTraceback_ResetSourceReads(): void {
  readState.decodes = 0;
}

interface FileLayout {
  bytes: Uint8Array;
  /** The byte offset just past each line's "\n". */
  ends: number[];
}

const layouts = new WeakMap<readonly string[], FileLayout>();

function layoutOf(lines: readonly string[]): FileLayout {
  let layout = layouts.get(lines);
  if (layout === undefined) {
    const bytes = new TextEncoder().encode(lines.join("\n"));
    const ends: number[] = [];
    let at = 0;
    const enc = new TextEncoder();
    for (let i = 0; i < lines.length - 1; i++) {
      at += enc.encode(lines[i]).length + 1;
      ends.push(at);
    }
    layout = { bytes, ends };
    layouts.set(lines, layout);
  }
  return layout;
}

const OBJECT = PyBaseObject_Type;

function alloc(): void {
  _PyObject_GC_LinkUnrepresented(OBJECT, 16);
}

function free(): void {
  _PyObject_GC_UnlinkUnrepresented(OBJECT);
}

function tupleAlloc(n: number): void {
  _PyObject_GC_LinkUnrepresented(freelist.tupleType!, 24 + 8 * n);
}

function tupleFree(n: number): void {
  _PyObject_GC_UnlinkUnrepresented(freelist.tupleType!, 24 + 8 * n);
}

function listAlloc(): void {
  _PyObject_GC_LinkUnrepresented(freelist.listType!, 40);
}

function listFree(): void {
  _PyObject_GC_UnlinkUnrepresented(freelist.listType!, 40);
}

/** Can the calls the reading makes nest below the current depth? */
function levelsLeft(): boolean {
  let entered = 0;
  try {
    for (; entered < READ_LEVELS; entered++) Py_EnterRecursiveCall(" while calling a Python object");
    return true;
  } catch (e) {
    Py_DECREF(toPyException(e));
    return false;
  } finally {
    for (; entered > 0; entered--) Py_LeaveRecursiveCall();
  }
}

/**
 * The steps of reading line `lineno` of `filename` to print it; false
 * when CPython could not (no text, or too deep to make the calls), and
 * the line is not shown.
 */
export function _Py_DisplaySourceLineSteps(filename: string, lineno: number): boolean {
  if (filename.startsWith("<") && filename.endsWith(">")) return false;
  const lines = getSourceLines(filename);
  if (lines === null || !levelsLeft()) return false;
  const { bytes, ends } = layoutOf(lines);
  const size = bytes.length;

  // import io
  listAlloc();
  listFree();
  // io.open(filename, "rb"): FileIO (its __dict__ for `name`), BufferedReader
  tupleAlloc(4);
  alloc();
  _PyObject_GC_LinkUnrepresented(freelist.dictType!, 48);
  tupleFree(4);
  tupleAlloc(2);
  alloc();
  tupleFree(2);
  // fileno()
  alloc();
  free();
  // TextIOWrapper(binary, encoding): the wrapper, its decoders, read1
  tupleAlloc(2);
  alloc();
  tupleAlloc(1);
  alloc();
  tupleFree(1);
  tupleAlloc(2);
  tupleFree(2);
  alloc();
  free();
  tupleFree(2);

  // readline() until line `lineno`
  let read = 0; // bytes read
  let decoded = 0; // bytes decoded (a character split by the chunk waits)
  let snapshot = false;
  const readChunk = (): boolean => {
    // the decoder's state, through the newline decoder's getstate()
    tupleAlloc(2);
    tupleFree(2);
    tupleAlloc(2);
    tupleFree(2);
    // read1(): a memoryview over the chunk
    alloc();
    alloc();
    free();
    free();
    const n = Math.min(CHUNK_SIZE, size - read);
    read += n;
    decoded = read;
    while (decoded < size && decoded > 0 && (bytes[decoded] & 0xc0) === 0x80) decoded--;
    // decode(): the codec's (result, consumed), unpacked
    tupleAlloc(2);
    if (readState.decodes++ < DECODE_WARMUP) {
      alloc();
      free();
    }
    tupleFree(2);
    // the snapshot replaces the last one
    tupleAlloc(2);
    if (snapshot) tupleFree(2);
    snapshot = true;
    return n > 0;
  };
  let start = 0;
  for (let i = 0; i < lineno && i < lines.length; i++) {
    const hasNewline = i < ends.length;
    const end = hasNewline ? ends[i] : size;
    let chunks = false;
    for (;;) {
      if (start >= decoded && !readChunk()) {
        // end of file
        if (snapshot) tupleFree(2);
        snapshot = false;
        break;
      }
      if (hasNewline && end <= decoded) break;
      if (start < decoded && !chunks) {
        listAlloc();
        chunks = true;
      }
      start = decoded;
    }
    if (chunks) listFree();
    start = end;
  }

  // close; free the wrapper and what it holds
  free(); // BufferedReader
  free(); // the utf-8 IncrementalDecoder
  if (snapshot) tupleFree(2);
  _PyObject_GC_UnlinkUnrepresented(freelist.dictType!, 48);
  free(); // FileIO
  free(); // TextIOWrapper
  return true;
}

/** extract_anchors_from_line's arena, whose list of objects comes from
 *  and goes back to the list freelist. */
export function _PyTraceback_ParseSpanSteps(): void {
  listAlloc();
  listFree();
}
