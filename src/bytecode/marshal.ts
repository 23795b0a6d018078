/**
 * Code units to text and back (CPython's marshal, for refpy's compiled
 * library): the build compiles each library module once and stores the
 * result with `PyMarshal_DumpUnit`; importing it later reads it back with
 * `PyMarshal_LoadUnit` instead of parsing and compiling the source.
 *
 * Representation: JSON with a few tagged values JSON has no literal for.
 * A bigint is `{"$i": "digits"}`, a number JSON cannot hold exactly (NaN,
 * ±Infinity, -0) is `{"$f": "nan" | "inf" | "-inf" | "-0"}`, a Uint8Array
 * `{"$u8": base64}` and an Int32Array `{"$i32": [numbers]}`. Everything
 * else in a CodeUnit (strings, numbers, arrays, plain records) is JSON
 * already, so new constant kinds need no change here.
 */
import type { CodeUnit } from "./code.js";

/** A format version: stored units of another version are not loaded. */
export const MARSHAL_VERSION = 1;

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function replacer(this: unknown, _key: string, value: unknown): unknown {
  switch (typeof value) {
    case "bigint":
      return { $i: value.toString() };
    case "number":
      if (Number.isNaN(value)) return { $f: "nan" };
      if (value === Infinity) return { $f: "inf" };
      if (value === -Infinity) return { $f: "-inf" };
      if (Object.is(value, -0)) return { $f: "-0" };
      return value;
    case "object":
      if (value instanceof Uint8Array) return { $u8: toBase64(value) };
      if (value instanceof Int32Array) return { $i32: Array.from(value) };
      return value;
    default:
      return value;
  }
}

const FLOATS: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity, "-0": -0 };

/** The value a tagged record stands for, or undefined if `v` is not one. */
function untag(v: Record<string, unknown>): unknown {
  if (typeof v.$i === "string") return BigInt(v.$i);
  if (typeof v.$f === "string") return FLOATS[v.$f];
  if (typeof v.$u8 === "string") return fromBase64(v.$u8);
  if (Array.isArray(v.$i32)) return Int32Array.from(v.$i32 as number[]);
  return undefined;
}

/** Replaces the tagged records inside `value` (parsed JSON) by what they
 *  stand for, in place, and returns the result. This walk, after a plain
 *  JSON.parse, does what a JSON.parse reviver would at a fraction of the
 *  cost: a reviver is a call for every value, every number of every
 *  co_positions array included (half the time of importing a module),
 *  where this visits only records and arrays, and takes a tagged array
 *  whole. */
function revive(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item !== null && typeof item === "object") value[i] = revive(item);
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  const tagged = untag(record);
  if (tagged !== undefined) return tagged;
  for (const key in record) record[key] = revive(record[key]);
  return record;
}

/** marshal.dumps(code) */
export function PyMarshal_DumpUnit(unit: CodeUnit): string {
  return JSON.stringify(unit, replacer);
}

/** marshal.loads(text) */
export function PyMarshal_LoadUnit(text: string): CodeUnit {
  return revive(JSON.parse(text)) as CodeUnit;
}
