/**
 * An object as a line names it: a trace event's object (`-X trace`, the
 * library's events) and an audit report's (`-X refcount-audit`). Its type's
 * `tp_name`, its id and the safe repr's `name` form (repr.ts), cut
 * shorter than a snapshot's so a line stays readable; printed as
 * `Node object at 0x…`, `function area at 0x…`, `list (3 items) at 0x…`,
 * `int 42 at 0x…`, `str 'abc' at 0x…`.
 *
 * Like the safe repr it runs no Python code and allocates nothing on the
 * heap; a dying object (in a free, or a weak reference's referent being
 * cleared) is named from what outlives its fields.
 */
import type { PyObject } from "../heap/object.js";
import type { ObjectInfo } from "../trace/events.js";
import { safeRepr } from "./repr.js";

/** Longest value shown in a line before it is cut. */
const LINE_REPR_MAX = 40;

export function describe(op: PyObject, dying: boolean): ObjectInfo {
  return {
    type: op.ob_type.tp_name,
    id: op.ob_addr,
    repr: safeRepr(op, { dying, max: LINE_REPR_MAX, form: "name" }),
  };
}

/** "Node object at 0x7f…", "int 42 at 0x7f…", "list (3 items) at 0x7f…":
 *  a value's repr follows its type; a noun stands alone. */
export function objectText(o: ObjectInfo): string {
  const addr = "0x" + o.id.toString(16);
  if (o.repr.startsWith(o.type + " ") || o.repr.endsWith(" object")) return `${o.repr} at ${addr}`;
  return `${o.type} ${o.repr} at ${addr}`;
}
