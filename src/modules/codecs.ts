/**
 * The `codecs` module over a native `_codecs`, as CPython's Lib/codecs.py
 * over Modules/_codecsmodule.c, for the text codecs of objects/codecs.ts:
 * `encode` / `decode` (any codec name, CPython's errors), `lookup`
 * returning a cached `CodecInfo` (a tuple subclass with `name`, `encode`,
 * `decode`), `register_error` / `lookup_error`, the codec functions
 * (`utf_8_encode`, `latin_1_decode`, …, each returning the result and the
 * length consumed) and the BOM constants. Stream readers and writers and
 * the incremental codecs are not provided. `register` keeps search
 * functions, which `lookup` asks (in order) for a name refpy's own codecs
 * do not know.
 *
 * The error-handler registry is a dict owned by the `_codecs` functions
 * that read and write it (their bound self, so the collector and the
 * audit see it); it starts with CPython's built-in handlers, as
 * _PyCodecRegistry_Init fills it, and objects/codecs.ts consults it for a
 * handler name it does not know.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef } from "../heap/refcount.js";
import { onGCReset } from "../heap/gc.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyCFunction_NewEx } from "../objects/methodobject.js";
import { PyDict_GetItemString, PyDict_New, PyDict_SetItemString } from "../objects/dictobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_LookupError, PyExc_TypeError } from "../objects/exceptions.js";
import { Py_None } from "../objects/noneobject.js";
import { PyUnicodeObject, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyBool_FromBool, PyLong_FromNumber } from "../objects/longobject.js";
import { _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { newArgParser, _PyArg_UnpackKeywords } from "../objects/getargs.js";
import { strArg } from "../objects/bytes-methods.js";
import {
  BUILTIN_ERROR_HANDLERS,
  _PyCodec_Decode,
  _PyCodec_Encode,
  _PyCodec_Lookup,
  _PyCodec_SetErrorRegistry,
  callBuiltinHandler,
  codecFunctions,
  normalizeEncoding,
} from "../objects/codecs.js";
import { PyRun_FrozenModule } from "./frozen.js";

onGCReset(() => _PyCodec_SetErrorRegistry(null));

/** An optional `str` argument (None allowed where CPython's clinic allows it). */
function optStr(fname: string, what: string, o: PyObject | null): string | null {
  return o === null ? null : strArg(fname, what, o);
}

const encodeParser = newArgParser("encode", ["obj", "encoding", "errors"], 1);
const decodeParser = newArgParser("decode", ["obj", "encoding", "errors"], 1);

/** _codecs.encode(obj, encoding='utf-8', errors='strict'). */
function codecs_encode(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [obj, enc, err] = _PyArg_UnpackKeywords(args, kwnames, encodeParser, [null, null, null]);
  const encoding = optStr("encode", "argument 'encoding'", enc) ?? "utf-8";
  return _PyCodec_Encode(obj!, encoding, optStr("encode", "argument 'errors'", err));
}

/** _codecs.decode(obj, encoding='utf-8', errors='strict'). */
function codecs_decode(_m: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [obj, enc, err] = _PyArg_UnpackKeywords(args, kwnames, decodeParser, [null, null, null]);
  const encoding = optStr("decode", "argument 'encoding'", enc) ?? "utf-8";
  return _PyCodec_Decode(obj!, encoding, optStr("decode", "argument 'errors'", err));
}

/** _codecs._lookup(encoding): (CodecInfo name, is text, the registry
 *  cache's key: the name normalised, so "utf8" and "UTF-8" are two entries). */
function codecs_lookup_name(_m: PyObject, arg: PyObject): PyObject {
  const encoding = strArg("lookup", "argument", arg);
  const codec = _PyCodec_Lookup(encoding);
  return _PyTuple_FromArraySteal([
    PyUnicode_FromString(codec.name),
    PyBool_FromBool(codec.text),
    PyUnicode_FromString(normalizeEncoding(encoding)),
  ]);
}

/** _codecs.register_error(errors, handler): `self` is the registry. */
function codecs_register_error(registry: PyObject, args: PyObject[], _kwnames: PyObject | null): PyObject {
  if (args.length !== 2) {
    throw PyErr_Format(PyExc_TypeError, `register_error expected 2 arguments, got ${args.length}`);
  }
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

const registryFunctions: PyMethodDef[] = [
  { name: "register_error", meth: codecs_register_error, flags: METH_FASTCALL },
  { name: "lookup_error", meth: codecs_lookup_error, flags: METH_O },
];

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

/** The codec functions: NAME_encode(str, errors=None) -> (bytes, consumed)
 *  and NAME_decode(data, errors=None, final=False) -> (str, consumed). */
function codecFunctionDefs(): PyMethodDef[] {
  const defs: PyMethodDef[] = [];
  for (const { name, encoding } of codecFunctions()) {
    const encParser = newArgParser(`${name}_encode`, ["", ""], 1, 2);
    const decParser = newArgParser(`${name}_decode`, ["", "", ""], 1, 3);
    defs.push({
      name: `${name}_encode`,
      meth: (_m: PyObject, args: PyObject[], kwnames: PyObject | null) => {
        const [s, err] = _PyArg_UnpackKeywords(args, kwnames, encParser, [null, null]);
        if (!(s instanceof PyUnicodeObject)) {
          throw PyErr_Format(PyExc_TypeError, `${name}_encode() argument 1 must be str, not ${s!.ob_type.tp_name}`);
        }
        const errors = err === null || err === Py_None ? null : strArg(`${name}_encode`, "argument 2", err);
        const out = _PyCodec_Encode(s, encoding, errors);
        return _PyTuple_FromArraySteal([out, PyLong_FromNumber(s.cplen)]);
      },
      flags: METH_FASTCALL | METH_KEYWORDS,
    });
    defs.push({
      name: `${name}_decode`,
      meth: (_m: PyObject, args: PyObject[], kwnames: PyObject | null) => {
        const [d, err] = _PyArg_UnpackKeywords(args, kwnames, decParser, [null, null, null]);
        const errors = err === null || err === Py_None ? null : strArg(`${name}_decode`, "argument 2", err);
        const text = _PyCodec_Decode(d!, encoding, errors);
        const n = d!.ob_type.sq_length !== null ? d!.ob_type.sq_length(d!) : 0;
        return _PyTuple_FromArraySteal([text, PyLong_FromNumber(n)]);
      },
      flags: METH_FASTCALL | METH_KEYWORDS,
    });
  }
  return defs;
}

const moduleFunctions: PyMethodDef[] = [
  { name: "encode", meth: codecs_encode, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "decode", meth: codecs_decode, flags: METH_FASTCALL | METH_KEYWORDS },
  { name: "_lookup", meth: codecs_lookup_name, flags: METH_O },
  ...codecFunctionDefs(),
];

/** The native `_codecs` module, with a fresh error-handler registry. */
export function PyInit__codecs(): PyObject {
  const m = PyModule_New("_codecs");
  try {
    PyModule_AddFunctions(m, moduleFunctions);
    const registry = PyDict_New();
    try {
      for (let i = 0; i < BUILTIN_ERROR_HANDLERS.length; i++) {
        const f = PyCFunction_NewEx(handlerDefs[i], null, null);
        PyDict_SetItemString(registry, BUILTIN_ERROR_HANDLERS[i], f);
        Py_DECREF(f);
      }
      const modname = PyUnicode_FromString("_codecs");
      try {
        for (const def of registryFunctions) PyModule_Add(m, def.name, PyCFunction_NewEx(def, registry, modname));
      } finally {
        Py_DECREF(modname);
      }
      _PyCodec_SetErrorRegistry(registry);
    } finally {
      Py_DECREF(registry);
    }
  } catch (e) {
    Py_DECREF(m);
    throw e;
  }
  return m;
}

export function PyInit_codecs(): PyObject {
  return PyRun_FrozenModule("codecs", CODECS_SOURCE, null);
}

/* The part of Lib/codecs.py 3.11 for the codecs refpy has: CodecInfo,
 * lookup (cached per normalised name, as the codec registry's cache), the
 * BOM constants, the getencoder / getdecoder helpers. */
const CODECS_SOURCE = String.raw`"""codecs -- Python Codec Registry, API and helpers."""

import _codecs
from _codecs import encode, decode, register_error, lookup_error, _lookup
from _codecs import (utf_8_encode, utf_8_decode, ascii_encode, ascii_decode,
                     latin_1_encode, latin_1_decode, utf_16_encode, utf_16_decode,
                     utf_16_le_encode, utf_16_le_decode, utf_16_be_encode, utf_16_be_decode,
                     utf_32_encode, utf_32_decode, utf_32_le_encode, utf_32_le_decode,
                     utf_32_be_encode, utf_32_be_decode)

__all__ = ["register", "unregister", "lookup", "encode", "decode", "getencoder", "getdecoder",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
        incrementalencoder=None, incrementaldecoder=None, name=None,
        *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
                (self.__class__.__module__, self.__class__.__qualname__,
                 self.name, id(self))


_cache = {}

_functions = {
    "utf-8": (utf_8_encode, utf_8_decode), "ascii": (ascii_encode, ascii_decode),
    "iso8859-1": (latin_1_encode, latin_1_decode), "utf-16": (utf_16_encode, utf_16_decode),
    "utf-16-le": (utf_16_le_encode, utf_16_le_decode), "utf-16-be": (utf_16_be_encode, utf_16_be_decode),
    "utf-32": (utf_32_encode, utf_32_decode), "utf-32-le": (utf_32_le_encode, utf_32_le_decode),
    "utf-32-be": (utf_32_be_encode, utf_32_be_decode),
}


def _codec_functions(name):
    def encode(input, errors='strict'):
        return (_codecs.encode(input, name, errors), len(input))

    def decode(input, errors='strict'):
        return (_codecs.decode(input, name, errors), len(input))

    return encode, decode


_search_functions = []


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns
    a CodecInfo object."""
    try:
        name, is_text, key = _lookup(encoding)
    except LookupError:
        if not _search_functions:
            raise
        # A codec none of refpy's own: ask the registered search functions
        # with the name normalised as _PyCodec_Lookup does.
        normalized = encoding.lower().replace(' ', '_') if isinstance(encoding, str) else encoding
        for search in _search_functions:
            info = search(normalized)
            if info is not None:
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError("codec search functions must return 4-tuples")
                return info
        raise
    info = _cache.get(key)
    if info is None:
        enc, dec = _functions.get(name) or _codec_functions(name)
        info = CodecInfo(enc, dec, name=name, _is_text_encoding=is_text)
        _cache[key] = info
    return info


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


strict_errors = lookup_error("strict")
ignore_errors = lookup_error("ignore")
replace_errors = lookup_error("replace")
xmlcharrefreplace_errors = lookup_error("xmlcharrefreplace")
backslashreplace_errors = lookup_error("backslashreplace")
namereplace_errors = lookup_error("namereplace")
`;
