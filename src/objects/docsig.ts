/**
 * Built-in docstrings and the text signatures in them, as CPython's
 * Objects/typeobject.c reads them: a C table's docstring (ml_doc, tp_doc,
 * a slot wrapper's) may start with Argument Clinic's signature line,
 *
 *     len($module, obj, /)
 *     --
 *
 *     Return the number of items in a container.
 *
 * `__text_signature__` is the part after the name up to the closing `)`
 * (`($module, obj, /)`), `__doc__` the text after the `--` line; a
 * docstring without that shape is all `__doc__`, and its
 * `__text_signature__` None.
 *
 * The docstrings themselves are CPython's (docstrings.ts, generated):
 * builtinDoc finds the one for a module's function or a type's attribute.
 */
import { BUILTIN_DOCS, SLOT_DOCS } from "./docstrings.js";

const SIGNATURE_END_MARKER = ")\n--\n\n";

/** find_signature: the index of the `(` after `name` (its last dotted
 *  part) when `doc` starts with it, else -1. */
function find_signature(name: string, doc: string): number {
  const dot = name.lastIndexOf(".");
  if (dot >= 0) name = name.slice(dot + 1);
  if (!doc.startsWith(name) || doc[name.length] !== "(") return -1;
  return name.length;
}

/** skip_signature: the index just past the `)\n--\n\n` marker, or -1 when a
 *  blank line comes first. */
function skip_signature(doc: string, start: number): number {
  for (let i = start; i < doc.length; i++) {
    if (doc.startsWith(SIGNATURE_END_MARKER, i)) return i + SIGNATURE_END_MARKER.length;
    if (doc[i] === "\n" && doc[i + 1] === "\n") return -1;
  }
  return -1;
}

/** _PyType_DocWithoutSignature. */
export function _PyType_DocWithoutSignature(name: string, internalDoc: string): string {
  const start = find_signature(name, internalDoc);
  if (start >= 0) {
    const end = skip_signature(internalDoc, start);
    if (end >= 0) return internalDoc.slice(end);
  }
  return internalDoc;
}

/** _PyType_GetDocFromInternalDoc as a string: null for None (no docstring,
 *  or an empty one after the signature). */
export function docFromInternalDoc(name: string, internalDoc: string | null | undefined): string | null {
  if (internalDoc == null) return null;
  const doc = _PyType_DocWithoutSignature(name, internalDoc);
  return doc === "" ? null : doc;
}

/** _PyType_GetTextSignatureFromInternalDoc as a string: null for None. */
export function textSignatureFromInternalDoc(name: string, internalDoc: string | null | undefined): string | null {
  if (internalDoc == null) return null;
  const start = find_signature(name, internalDoc);
  if (start < 0) return null;
  const end = skip_signature(internalDoc, start);
  if (end < 0) return null;
  return internalDoc.slice(start, end - SIGNATURE_END_MARKER.length + 1);
}

/** CPython's docstring of `owner`'s attribute `name` (owner: a module's
 *  name or a type's tp_name; name `__doc__`: the type's own). */
export function builtinDoc(owner: string, name: string): string | undefined {
  const entries = BUILTIN_DOCS[owner];
  return entries !== undefined && Object.hasOwn(entries, name) ? entries[name] : undefined;
}

/** The docstring of slot wrapper `name` (`__add__`, `__init__`, `__new__`)
 *  of `owner`: its own where CPython's type fills the slot through another
 *  slotdefs row, else the slotdefs one. */
export function slotDoc(owner: string, name: string): string | null {
  return builtinDoc(owner, name) ?? (Object.hasOwn(SLOT_DOCS, name) ? SLOT_DOCS[name] : null);
}
