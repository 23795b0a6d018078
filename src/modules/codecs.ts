/**
 * The native `_codecs` module (CPython's Modules/_codecsmodule.c) under
 * Lib/codecs.py and Lib/encodings: the codec registry (`register`,
 * `unregister`, `lookup` over objects/codecs.ts's search path and cache),
 * `encode` / `decode` through it, the error-handler registry
 * (`register_error` / `lookup_error`), and the codec functions the
 * encodings modules call: NAME_encode(str, errors=None) -> (bytes,
 * length) and NAME_decode(data, errors=None[, final]) -> (str, consumed),
 * the stateful ones leaving an incomplete sequence at the end unconsumed
 * unless `final`; utf_16_ex_decode / utf_32_ex_decode also return the
 * byte order read; charmap_*, escape_*, readbuffer_encode.
 *
 * The registries are owned by the module's functions (their bound self,
 * so the collector and the audit see them) and handed to objects/codecs.ts
 * as the module starts, as CPython keeps them in the interpreter state.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { onGCReset } from "../heap/gc.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyCFunction_NewEx } from "../objects/methodobject.js";
import { PyDict_GetItemString, PyDict_New, PyDict_SetItemString } from "../objects/dictobject.js";
import { PyList_New } from "../objects/listobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_LookupError, PyExc_TypeError } from "../objects/exceptions.js";
import { Py_None } from "../objects/noneobject.js";
import { PyUnicodeObject, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyBytesObject, PyBytes_FromStringAndSize } from "../objects/bytesobject.js";
import { PyLong_FromNumber } from "../objects/longobject.js";
import { _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, _PyArg_UnpackKeywords, newArgParser } from "../objects/getargs.js";
import { asCInt, badArgument, strArg } from "../objects/bytes-methods.js";
import {
  PyBUF_SIMPLE,
  type Py_buffer,
  PyBuffer_Data,
  PyBuffer_Release,
  PyObject_GetBuffer,
} from "../objects/buffer.js";
import {
  BUILTIN_ERROR_HANDLERS,
  CODECS,
  PyCodec_Decode,
  PyCodec_Encode,
  PyCodec_Register,
  PyCodec_Unregister,
  _PyCodec_Lookup,
  _PyCodec_SetErrorRegistry,
  _PyCodec_SetRegistryInit,
  _PyCodec_SetSearchRegistry,
  callBuiltinHandler,
  decodeRawUnicodeEscape,
  decodeUTF16,
  decodeUTF32,
  decodeUTF8Stateful,
  decodeUnicodeEscape,
  type Decoded,
} from "../objects/codecs.js";
import {
  EncodingMap_Type,
  EncodingMap_size,
  PyUnicode_BuildEncodingMap,
  decodeCharmap,
  decodeUTF7,
  encodeCharmap,
  encodeUTF7,
  escapeDecode,
  escapeEncode,
} from "../objects/codecs-extra.js";
import { PyImport_Import } from "../vm/import.js";

onGCReset(() => {
  _PyCodec_SetErrorRegistry(null);
  _PyCodec_SetSearchRegistry(null, null);
});

_PyCodec_SetRegistryInit(() => {
  const name = PyUnicode_FromString("encodings");
  try {
    Py_DECREF(PyImport_Import(name));
  } finally {
    Py_DECREF(name);
  }
});

EncodingMap_Type.tp_methods = [
  { name: "size", meth: (self: PyObject) => PyLong_FromNumber(EncodingMap_size(self)), flags: METH_NOARGS },
];

// ---------------------------------------------------------------- arguments

/** Positional arguments only, between `min` and `max` (clinic's check). */
function positional(fname: string, args: PyObject[], kwnames: PyObject | null, min: number, max: number): void {
  _PyArg_NoKwnames(fname, kwnames);
  _PyArg_CheckPositional(fname, args.length, min, max);
}

/** A `str(accept={str, NoneType}) = None` argument (the errors). */
function errorsArg(fname: string, args: PyObject[], i: number): string | null {
  if (i >= args.length || args[i] === Py_None) return null;
  const o = args[i];
  if (!(o instanceof PyUnicodeObject)) throw badArgument(fname, `argument ${i + 1}`, "str or None", o);
  return strArg(fname, `argument ${i + 1}`, o);
}

/** A `unicode` argument. */
function unicodeArg(fname: string, o: PyObject, i: number): PyUnicodeObject {
  if (!(o instanceof PyUnicodeObject)) throw badArgument(fname, `argument ${i + 1}`, "str", o);
  return o;
}

/** A Py_buffer argument (its bytes, copied); `acceptStr` for
 *  Py_buffer(accept={str, buffer}), which takes a str as its UTF-8. */
function bufferArg(fname: string, o: PyObject, i: number, acceptStr: boolean): Uint8Array {
  if (o instanceof PyUnicodeObject) {
    if (acceptStr) return CODECS.utf_8.encode!(o, null);
    throw PyErr_Format(PyExc_TypeError, `a bytes-like object is required, not 'str'`);
  }
  if (o instanceof PyBytesObject) return o.ob_sval;
  let view: Py_buffer;
  try {
    view = PyObject_GetBuffer(o, PyBUF_SIMPLE);
  } catch (e) {
    Py_DECREF(e as PyObject);
    if (acceptStr) throw badArgument(fname, `argument ${i + 1}`, "str or bytes-like object", o);
    throw PyErr_Format(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  }
  const data = PyBuffer_Data(view).slice();
  PyBuffer_Release(view);
  return data;
}

/** A `bool(accept={int})` argument. */
function intBoolArg(args: PyObject[], i: number, dflt: boolean): boolean {
  return i < args.length ? asCInt(args[i]) !== 0 : dflt;
}

function encoded(data: Uint8Array, length: number): PyObject {
  return _PyTuple_FromArraySteal([PyBytes_FromStringAndSize(data), PyLong_FromNumber(length)]);
}

function decoded(r: Decoded): PyObject {
  return _PyTuple_FromArraySteal([PyUnicode_FromString(r.text), PyLong_FromNumber(r.consumed)]);
}

function whole(text: string, length: number): Decoded {
  return { text, consumed: length, byteorder: 0 };
}

/** The length of a str in code points. */
function cplen(u: PyUnicodeObject): number {
  return u.cplen;
}

// ---------------------------------------------------------------- the registry

/** _codecs.register(search_function). */
function codecs_register(_state: PyObject, arg: PyObject): PyObject {
  PyCodec_Register(arg);
  return Py_NewRef(Py_None);
}

/** _codecs.unregister(search_function). */
function codecs_unregister(_state: PyObject, arg: PyObject): PyObject {
  PyCodec_Unregister(arg);
  return Py_NewRef(Py_None);
}

/** _codecs.lookup(encoding). */
function codecs_lookup(_state: PyObject, arg: PyObject): PyObject {
  return _PyCodec_Lookup(strArg("lookup", "argument", arg));
}

const encodeParser = newArgParser("encode", ["obj", "encoding", "errors"], 1);
const decodeParser = newArgParser("decode", ["obj", "encoding", "errors"], 1);

/** _codecs.encode(obj, encoding='utf-8', errors='strict'). */
function codecs_encode(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [obj, enc, err] = _PyArg_UnpackKeywords(args, kwnames, encodeParser, [null, null, null]);
  const encoding = enc === null ? "utf-8" : strArg("encode", "argument 'encoding'", enc);
  return PyCodec_Encode(obj!, encoding, err === null ? null : strArg("encode", "argument 'errors'", err));
}

/** _codecs.decode(obj, encoding='utf-8', errors='strict'). */
function codecs_decode(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [obj, enc, err] = _PyArg_UnpackKeywords(args, kwnames, decodeParser, [null, null, null]);
  const encoding = enc === null ? "utf-8" : strArg("decode", "argument 'encoding'", enc);
  return PyCodec_Decode(obj!, encoding, err === null ? null : strArg("decode", "argument 'errors'", err));
}

/** _codecs.register_error(errors, handler): `self` is the registry. */
function codecs_register_error(registry: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  positional("register_error", args, kwnames, 2, 2);
  const name = strArg("register_error", "argument 1", args[0]);
  if (args[1].ob_type.tp_call === null) throw PyErr_Format(PyExc_TypeError, "handler must be callable");
  PyDict_SetItemString(registry, name, args[1]);
  return Py_NewRef(Py_None);
}

/** _codecs.lookup_error(name). */
function codecs_lookup_error(registry: PyObject, arg: PyObject): PyObject {
  const name = strArg("lookup_error", "argument", arg);
  const h = PyDict_GetItemString(registry, name);
  if (h === null) throw PyErr_Format(PyExc_LookupError, `unknown error handler name '${name}'`);
  return Py_NewRef(h);
}

/** The built-in handlers as CPython names their functions. */
const HANDLER_FUNCTION_NAMES: Record<string, string> = {
  strict: "strict_errors",
  ignore: "ignore_errors",
  replace: "replace_errors",
  xmlcharrefreplace: "xmlcharrefreplace_errors",
  backslashreplace: "backslashreplace_errors",
  namereplace: "namereplace_errors",
  surrogateescape: "surrogateescape",
  surrogatepass: "surrogatepass",
};

const handlerDefs: PyMethodDef[] = BUILTIN_ERROR_HANDLERS.map((name) => ({
  name: HANDLER_FUNCTION_NAMES[name],
  meth: (_self: PyObject, exc: PyObject) => callBuiltinHandler(name, exc),
  flags: METH_O,
}));

// ---------------------------------------------------------------- codec functions

type Fn = (m: PyObject, args: PyObject[], kwnames: PyObject | null) => PyObject;

/** NAME_encode(str, errors=None): a codec of the native table. */
function simpleEncoder(fname: string, codec: string): Fn {
  return (_m, args, kwnames) => {
    positional(fname, args, kwnames, 1, 2);
    const s = unicodeArg(fname, args[0], 0);
    const errors = errorsArg(fname, args, 1);
    return encoded(CODECS[codec].encode!(s, errors), cplen(s));
  };
}

/** NAME_decode(data, errors=None[, final=False]) with a stateful decoder. */
function statefulDecoder(
  fname: string,
  decode: (d: Uint8Array, errors: string | null, final: boolean) => Decoded,
  opts: { hasFinal: boolean; finalDefault: boolean; acceptStr: boolean },
): Fn {
  return (_m, args, kwnames) => {
    positional(fname, args, kwnames, 1, opts.hasFinal ? 3 : 2);
    const data = bufferArg(fname, args[0], 0, opts.acceptStr);
    const errors = errorsArg(fname, args, 1);
    const final = opts.hasFinal ? intBoolArg(args, 2, opts.finalDefault) : true;
    return decoded(decode(data, errors, final));
  };
}

/** utf_16_encode / utf_32_encode (str, errors=None, byteorder=0). */
function byteorderEncoder(fname: string, codec: "utf_16" | "utf_32"): Fn {
  return (_m, args, kwnames) => {
    positional(fname, args, kwnames, 1, 3);
    const s = unicodeArg(fname, args[0], 0);
    const errors = errorsArg(fname, args, 1);
    const bo = args.length > 2 ? asCInt(args[2]) : 0;
    const name = bo === 0 ? codec : bo < 0 ? `${codec}_le` : `${codec}_be`;
    return encoded(CODECS[name].encode!(s, errors), cplen(s));
  };
}

/** utf_16_ex_decode / utf_32_ex_decode (data, errors=None, byteorder=0, final=False). */
function exDecoder(fname: string, decode: typeof decodeUTF16): Fn {
  return (_m, args, kwnames) => {
    positional(fname, args, kwnames, 1, 4);
    const data = bufferArg(fname, args[0], 0, false);
    const errors = errorsArg(fname, args, 1);
    const bo = args.length > 2 ? asCInt(args[2]) : 0;
    const final = intBoolArg(args, 3, false);
    const r = decode(data, errors, bo, final);
    return _PyTuple_FromArraySteal([
      PyUnicode_FromString(r.text),
      PyLong_FromNumber(r.consumed),
      PyLong_FromNumber(r.byteorder),
    ]);
  };
}

/** charmap_encode(str, errors=None, mapping=None). */
function codecs_charmap_encode(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  positional("charmap_encode", args, kwnames, 1, 3);
  const s = unicodeArg("charmap_encode", args[0], 0);
  const errors = errorsArg("charmap_encode", args, 1);
  const mapping = args.length > 2 ? args[2] : Py_None;
  const out = mapping === Py_None ? CODECS.latin_1.encode!(s, errors) : encodeCharmap(s, errors, mapping);
  return encoded(out, cplen(s));
}

/** charmap_decode(data, errors=None, mapping=None). */
function codecs_charmap_decode(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  positional("charmap_decode", args, kwnames, 1, 3);
  const data = bufferArg("charmap_decode", args[0], 0, false);
  const errors = errorsArg("charmap_decode", args, 1);
  const mapping = args.length > 2 ? args[2] : Py_None;
  const text = mapping === Py_None ? CODECS.latin_1.decode!(data, errors) : decodeCharmap(data, errors, mapping);
  return decoded(whole(text, data.length));
}

/** charmap_build(map): an EncodingMap for a decoding table. */
function codecs_charmap_build(_m: PyObject, arg: PyObject): PyObject {
  if (!(arg instanceof PyUnicodeObject)) throw badArgument("charmap_build", "argument", "str", arg);
  return PyUnicode_BuildEncodingMap(arg);
}

/** escape_encode(data: bytes, errors=None). */
function codecs_escape_encode(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  positional("escape_encode", args, kwnames, 1, 2);
  const data = args[0];
  if (!(data instanceof PyBytesObject)) throw badArgument("escape_encode", "argument 1", "bytes", data);
  errorsArg("escape_encode", args, 1);
  return encoded(escapeEncode(data.ob_sval), data.ob_sval.length);
}

/** escape_decode(data, errors=None). */
function codecs_escape_decode(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  positional("escape_decode", args, kwnames, 1, 2);
  const data = bufferArg("escape_decode", args[0], 0, true);
  const errors = errorsArg("escape_decode", args, 1);
  return encoded(escapeDecode(data, errors), data.length);
}

/** readbuffer_encode(data, errors=None): the bytes of a buffer (or a str's UTF-8). */
function codecs_readbuffer_encode(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  positional("readbuffer_encode", args, kwnames, 1, 2);
  const data = bufferArg("readbuffer_encode", args[0], 0, true);
  errorsArg("readbuffer_encode", args, 1);
  return encoded(data, data.length);
}

/** utf_7_encode(str, errors=None). */
function codecs_utf_7_encode(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  positional("utf_7_encode", args, kwnames, 1, 2);
  const s = unicodeArg("utf_7_encode", args[0], 0);
  errorsArg("utf_7_encode", args, 1);
  return encoded(encodeUTF7(s), cplen(s));
}

const noFinal = { hasFinal: false, finalDefault: true, acceptStr: false };
const withFinal = { hasFinal: true, finalDefault: false, acceptStr: false };
const escapeFinal = { hasFinal: true, finalDefault: true, acceptStr: true };

function codecFunctionDefs(): PyMethodDef[] {
  const fns: [string, Fn][] = [
    ["utf_7_decode", statefulDecoder("utf_7_decode", decodeUTF7, withFinal)],
    ["utf_7_encode", codecs_utf_7_encode],
    ["utf_8_decode", statefulDecoder("utf_8_decode", decodeUTF8Stateful, withFinal)],
    ["utf_8_encode", simpleEncoder("utf_8_encode", "utf_8")],
  ];
  for (const [bits, decode] of [
    ["16", decodeUTF16],
    ["32", decodeUTF32],
  ] as const) {
    const codec = bits === "16" ? "utf_16" : "utf_32";
    fns.push(
      [`${codec}_encode`, byteorderEncoder(`${codec}_encode`, codec)],
      [`${codec}_decode`, statefulDecoder(`${codec}_decode`, (d, e, f) => decode(d, e, 0, f), withFinal)],
      [`${codec}_le_encode`, simpleEncoder(`${codec}_le_encode`, `${codec}_le`)],
      [`${codec}_le_decode`, statefulDecoder(`${codec}_le_decode`, (d, e, f) => decode(d, e, -1, f), withFinal)],
      [`${codec}_be_encode`, simpleEncoder(`${codec}_be_encode`, `${codec}_be`)],
      [`${codec}_be_decode`, statefulDecoder(`${codec}_be_decode`, (d, e, f) => decode(d, e, 1, f), withFinal)],
      [`${codec}_ex_decode`, exDecoder(`${codec}_ex_decode`, decode)],
    );
  }
  fns.push(
    ["unicode_escape_encode", simpleEncoder("unicode_escape_encode", "unicode_escape")],
    ["unicode_escape_decode", statefulDecoder("unicode_escape_decode", decodeUnicodeEscape, escapeFinal)],
    ["raw_unicode_escape_encode", simpleEncoder("raw_unicode_escape_encode", "raw_unicode_escape")],
    ["raw_unicode_escape_decode", statefulDecoder("raw_unicode_escape_decode", decodeRawUnicodeEscape, escapeFinal)],
    ["latin_1_encode", simpleEncoder("latin_1_encode", "latin_1")],
    [
      "latin_1_decode",
      statefulDecoder("latin_1_decode", (d, e) => whole(CODECS.latin_1.decode!(d, e), d.length), noFinal),
    ],
    ["ascii_encode", simpleEncoder("ascii_encode", "ascii")],
    ["ascii_decode", statefulDecoder("ascii_decode", (d, e) => whole(CODECS.ascii.decode!(d, e), d.length), noFinal)],
    ["charmap_encode", codecs_charmap_encode],
    ["charmap_decode", codecs_charmap_decode],
    ["escape_encode", codecs_escape_encode],
    ["escape_decode", codecs_escape_decode],
    ["readbuffer_encode", codecs_readbuffer_encode],
  );
  const defs: PyMethodDef[] = fns.map(([name, meth]) => ({ name, meth, flags: METH_FASTCALL }));
  defs.push({ name: "charmap_build", meth: codecs_charmap_build, flags: METH_O });
  return defs;
}

const moduleFunctions: PyMethodDef[] = [
  { name: "encode", meth: codecs_encode, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "decode", meth: codecs_decode, flags: METH_FASTCALL | METH_KEYWORDS },
  ...codecFunctionDefs(),
];

const searchFunctions: PyMethodDef[] = [
  { name: "register", meth: codecs_register, flags: METH_O },
  { name: "unregister", meth: codecs_unregister, flags: METH_O },
  { name: "lookup", meth: codecs_lookup, flags: METH_O },
];

const errorFunctions: PyMethodDef[] = [
  { name: "register_error", meth: codecs_register_error, flags: METH_FASTCALL },
  { name: "lookup_error", meth: codecs_lookup_error, flags: METH_O },
];

/** The native `_codecs` module, with a fresh codec and error-handler registry. */
export function PyInit__codecs(): PyObject {
  const m = PyModule_New("_codecs");
  const modname = PyUnicode_FromString("_codecs");
  try {
    PyModule_AddFunctions(m, moduleFunctions);
    const registry = PyDict_New();
    const path = PyList_New(0);
    const cache = PyDict_New();
    // The search functions' self: (search path, cache).
    const state = _PyTuple_FromArraySteal([path, cache]);
    try {
      for (let i = 0; i < BUILTIN_ERROR_HANDLERS.length; i++) {
        const f = PyCFunction_NewEx(handlerDefs[i], null, null);
        PyDict_SetItemString(registry, BUILTIN_ERROR_HANDLERS[i], f);
        Py_DECREF(f);
      }
      for (const def of searchFunctions) PyModule_Add(m, def.name, PyCFunction_NewEx(def, state, modname));
      for (const def of errorFunctions) PyModule_Add(m, def.name, PyCFunction_NewEx(def, registry, modname));
      _PyCodec_SetErrorRegistry(registry);
      _PyCodec_SetSearchRegistry(path, cache);
    } finally {
      Py_DECREF(registry);
      Py_DECREF(state);
    }
  } catch (e) {
    Py_DECREF(m);
    throw e;
  } finally {
    Py_DECREF(modname);
  }
  return m;
}
