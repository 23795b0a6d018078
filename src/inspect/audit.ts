/**
 * The refcount audit and the leak check: does every live object's
 * `ob_refcnt` equal the number of references that actually point at it?
 *
 * This is an instrument that sees every layer (objects, the eval loop's
 * frames, the interpreter state), so it imports from all of them; nothing
 * in the runtime imports it except the embedding API (api/run.ts).
 *
 * What is audited: the objects of the run (heap/registry.ts: allocated
 * after the run started, not yet freed). Objects made once per process at
 * start-up (static types' dicts and descriptors) are outside the run:
 * they are not audited, and not walked as referrers either, since none of
 * them can own an object of the run (built-in types' dicts cannot be
 * assigned to, and the process-wide caches hold start-up objects only).
 * Static objects (refcount starting at STATIC_REFCNT) are exempt from the
 * equality; they own nothing.
 *
 * References are counted from two places:
 *  - other live objects: every reference an object owns, as the table of
 *    referents (referents.ts) gives them: its `tp_traverse` children, the
 *    owned references tp_traverse leaves out because they cannot be in a
 *    cycle (a dict's str keys, a heap type's names, …), a non-GC type's
 *    fields, and a heap-type object's reference to its type. A type
 *    missing from the table that holds references would show up as a
 *    mismatch.
 *  - the VM's roots (`visitRoots`): the frames on the thread's stack
 *    (f_func, f_code, f_locals, the frame object, and `localsplus` up to
 *    `stacktop`; a generator's frame is counted through the generator),
 *    the thread's own handled-exception slot, the interpreter's modules,
 *    builtins and sys, the eval loop's and the type machinery's identifier
 *    caches (_Py_ID(), _Py_ID()), gc.callbacks and gc.garbage, weakref's exit
 *    functions, the `_ast` classes and shared nodes, a generator's pending
 *    send result, and what the embedding
 *    session holds (`auditState.holds`: `__main__` and the code object it
 *    runs). The interned-string table is mortal (no reference); the eval
 *    loop's inline caches and `_PyType_Lookup`'s cache are borrowed.
 *
 * Where the audit runs (`auditLineHook`, installed as tstate.lineHook):
 * before each line event of a frame whose every holder is visible, i.e.
 * the frame and every frame below it down to the session's module frame
 * were entered by the eval loop itself (no `is_entry` frame in between).
 * A line inside a function called from native code (a class body run by
 * __build_class__, `__init__` called by a type call, a `key=` function of
 * sorted(), `__del__` from a dealloc, an imported module's body, a
 * generator resumed by `next()` or a for loop, `__repr__` from print()) is
 * skipped: the native caller may hold references the audit cannot see.
 * Sampling: the audit earns `auditState.workPerLine` (default
 * AUDIT_WORK_PER_LINE) object visits of credit per line event, and an
 * eligible line is audited once the credit covers the audit's cost (the
 * run's live objects, plus 16 per frame on the stack); the credit is then
 * spent. A run with at most that many live objects
 * is audited at every eligible line; a heap of 100 times that size, at
 * most once per 100 line events: the audit's cost per line stays bounded,
 * so the whole programs/ suite runs under it. The runtime also audits
 * after the program's last line, before teardown, and after
 * teardown, and the leak check runs after teardown.
 *
 * The leak check: after teardown (interpreterFinalize) no object of the
 * run may be alive but those CPython leaves alive too: cyclic garbage no
 * collection reclaimed (objects gc.freeze() put out of the collector's
 * reach, a cycle whose last outside reference went after the last
 * collection, as a `__main__` function in gc.callbacks). Such a group
 * holds itself alone: each of its objects' `ob_refcnt` is the number of
 * references from the run's other survivors. A survivor with more
 * references than that is held from outside the run's objects (a missing
 * DECREF, a reference kept by the runtime): it and everything it holds are
 * the leaks, each reported with its refcount and referrers.
 *
 * Reports name objects as trace lines do (describe.ts): `list (1 item)
 * at 0x…`, `str 'abc' at 0x…`, `Node object at 0x…`.
 *
 * Nothing here allocates a Python object or calls Python code, so an
 * audited run's output, ids and collector counts are those of an
 * unaudited one.
 */
import { _PyWarnings_Visit } from "../objects/warnings.js";
import type { PyObject } from "../heap/object.js";
import { registry } from "../heap/registry.js";
import { STATIC_REFCNT } from "../objects/typeobject.js";
import { genSendResult } from "../objects/genobject.js";
import { FRAME_OWNED_BY_GENERATOR, type InterpFrame } from "../objects/frameobject.js";
import { tstate, type ExcInfo } from "../objects/pystate.js";
import { _PyIdentifiers_VisitRun } from "../objects/identifiers.js";
import { interp } from "../objects/pystate.js";

import { _PyGC_VisitState } from "../modules/gc.js";
import { _PyAtExit_Visit } from "../modules/atexit.js";
import { _PySignal_Visit } from "../modules/signal.js";
import { _PyRun_VisitArenas } from "../runtime/pythonrun.js";
import { _PyAST_Visit } from "../modules/ast-native.js";
import { visitOwned } from "./referents.js";
import { describe, objectText } from "./describe.js";

export type Visit = (op: PyObject) => void;

/** Object visits of audit credit earned per line event (see the header). */
export const AUDIT_WORK_PER_LINE = 64;

/** One object whose refcount is not the references found. */
export interface AuditMismatch {
  /** Where the audit ran ("line 12 of f", "end of program", …). */
  where: string;
  /** `tp_name` of its type. */
  type: string;
  /** Its safe repr in the form trace events use (`list (3 items)`,
   *  `'abc'`, `Node object`; see inspect/repr.ts). */
  repr: string;
  id: number;
  refcnt: number;
  found: number;
  /** Who refers to it: each referring object (`dict (2 items) at 0x…`),
   *  or the name of a VM root ("thread stack frames", "session", …). */
  referrers: string[];
}

/** One object of the run still alive after teardown. */
export interface LeakedObject {
  /** As in AuditMismatch. */
  type: string;
  repr: string;
  id: number;
  refcnt: number;
  referrers: string[];
}

export const auditState = {
  /** What the embedding session holds (owned references, visible to the
   *  audit as roots): `__main__`, the code object it runs. */
  holds: [] as PyObject[],
  /** The code object of the session's module frame (the one entry frame
   *  whose native caller, the session, is fully visible). */
  mainCode: null as PyObject | null,
  mismatches: [] as AuditMismatch[],
  /** Line events seen; audits run; audits due at a line but skipped
   *  there (a native caller between). */
  lines: 0,
  audited: 0,
  skipped: 0,
  /** Stop recording after this many mismatches (the first ones matter). */
  maxMismatches: 50,
  /** Credit earned per line event, and the credit not yet spent. */
  workPerLine: AUDIT_WORK_PER_LINE,
  credit: 0,
};

/** A fresh audit for a run. */
export function resetAudit(): void {
  auditState.holds.length = 0;
  auditState.mainCode = null;
  auditState.mismatches = [];
  auditState.lines = 0;
  auditState.audited = 0;
  auditState.skipped = 0;
  auditState.credit = 0;
}

// ----------------------------------------------------------------- roots

/** Visit the references the VM holds outside objects; `label` names the
 *  root for a report. */
function visitRoots(visit: Visit, label: (name: string) => void): void {
  label("interp.modules/builtins/sys");
  if (interp.modules !== null) visit(interp.modules);
  if (interp.builtins !== null) visit(interp.builtins);
  if (interp.sys !== null) visit(interp.sys);
  if (interp.builtins_copy !== null) visit(interp.builtins_copy);
  label("audit hooks");
  if (interp.audit_hooks !== null) visit(interp.audit_hooks);
  label("thread stack frames");
  for (let f: InterpFrame | null = tstate.frame; f !== null; f = f.previous) {
    if (f.owner === FRAME_OWNED_BY_GENERATOR) continue;
    visitFrame(f, visit);
  }
  label("thread exc_info");
  let info: ExcInfo = tstate.exc_info;
  while (info.previous_item !== null) info = info.previous_item;
  if (info.exc_value !== null) visit(info.exc_value);
  label("sys.settrace/sys.setprofile functions");
  if (tstate.c_traceobj !== null) visit(tstate.c_traceobj);
  if (tstate.c_profileobj !== null) visit(tstate.c_profileobj);
  label("async generator hooks");
  if (tstate.async_gen_firstiter !== null) visit(tstate.async_gen_firstiter);
  if (tstate.async_gen_finalizer !== null) visit(tstate.async_gen_finalizer);
  label("thread state dict");
  if (tstate.dict !== null) visit(tstate.dict);
  label("thread context");
  if (tstate.context !== null) visit(tstate.context);
  label("_Py_ID() identifier cache");
  _PyIdentifiers_VisitRun(visit);
  label("gc.callbacks/gc.garbage");
  _PyGC_VisitState(visit);
  label("atexit callbacks");
  _PyAtExit_Visit(visit);
  label("signal handlers");
  _PySignal_Visit(visit);
  label("warnings state");
  _PyWarnings_Visit(visit);
  label("ast state");
  _PyAST_Visit(visit);
  label("parser arenas");
  _PyRun_VisitArenas(visit);
  label("generator send result");
  if (genSendResult.value !== null) visit(genSendResult.value);
  label("session");
  const holds = auditState.holds;
  for (let i = 0; i < holds.length; i++) visit(holds[i]);
}

function visitFrame(f: InterpFrame, visit: Visit): void {
  visit(f.f_func);
  visit(f.f_code);
  if (f.f_locals !== null) visit(f.f_locals);
  if (f.frame_obj !== null) visit(f.frame_obj);
  const slots = f.localsplus;
  for (let i = 0; i < f.stacktop; i++) {
    const o = slots[i];
    if (o !== null) visit(o);
  }
}

// ------------------------------------------------------------- counting

/** Refcounts at or above this are static objects' (exempt). */
const STATIC_FLOOR = STATIC_REFCNT / 2;

let counts = new Map<PyObject, number>();
let live: Set<PyObject> = new Set();
let visitSum = 0;

/** A weight per object, from its address: the quick check compares
 *  sum(refcnt * weight) over the live objects with sum(weight) over the
 *  references found, so that errors on different objects do not cancel
 *  out (short of a weight collision between two simultaneous errors). */
function weight(op: PyObject): number {
  return ((op.ob_addr / 16) % 65521) + 1;
}

function sumVisit(op: PyObject): void {
  if (op.ob_refcnt < STATIC_FLOOR && live.has(op)) visitSum += weight(op);
}

function count(op: PyObject): void {
  if (live.has(op)) counts.set(op, (counts.get(op) ?? 0) + 1);
}

function noLabel(_name: string): void {}

/**
 * Count the references to every live object of the run and compare with
 * the refcounts; mismatches are recorded in `auditState.mismatches` (up to
 * maxMismatches) and returned. A quick weighted-sum pass runs first; the
 * exact per-object count runs only when the sums differ.
 */
export function auditHeap(where: string): AuditMismatch[] {
  const reg = registry.live;
  if (reg === null) return [];
  auditState.audited++;
  live = reg;
  visitSum = 0;
  let rcSum = 0;
  for (const op of reg) {
    visitOwned(op, sumVisit);
    const rc = op.ob_refcnt;
    if (rc < STATIC_FLOOR) rcSum += rc * weight(op);
  }
  visitRoots(sumVisit, noLabel);
  if (rcSum === visitSum) return [];
  counts = new Map();
  for (const op of reg) visitOwned(op, count);
  visitRoots(count, noLabel);
  const found: AuditMismatch[] = [];
  for (const op of reg) {
    const rc = op.ob_refcnt;
    if (rc >= STATIC_FLOOR) continue;
    const n = counts.get(op) ?? 0;
    if (n !== rc) found.push({ where, ...describe(op, false), refcnt: rc, found: n, referrers: [] });
  }
  counts = new Map();
  for (const m of found) {
    const op = findLive(m.id);
    if (op !== null) m.referrers = referrersOf(op);
    if (auditState.mismatches.length < auditState.maxMismatches) auditState.mismatches.push(m);
  }
  return found;
}

function findLive(addr: number): PyObject | null {
  const reg = registry.live;
  if (reg === null) return null;
  for (const op of reg) if (op.ob_addr === addr) return op;
  return null;
}

/** Who refers to `target`: live objects (described) and roots (named). */
export function referrersOf(target: PyObject): string[] {
  const out: string[] = [];
  const reg = registry.live;
  if (reg === null) return out;
  let current: PyObject | null = null;
  const visitObj = (o: PyObject) => {
    if (o === target && current !== null) out.push(objectText(describe(current, false)));
  };
  for (const op of reg) {
    current = op;
    visitOwned(op, visitObj);
  }
  let root = "";
  visitRoots(
    (o) => {
      if (o === target) out.push(root);
    },
    (name) => {
      root = name;
    },
  );
  return out;
}

// ------------------------------------------------------------ line hook

/** tstate.lineHook for audited runs (see the header for which lines). */
export function auditLineHook(frame: InterpFrame, lineno: number): void {
  auditState.lines++;
  const reg = registry.live;
  if (reg === null) return;
  // The cost of an audit: every live object, and every frame's slots.
  const cost = reg.size + 16 * tstate.depth;
  const credit = auditState.credit + auditState.workPerLine;
  if (credit < cost) {
    auditState.credit = credit;
    return;
  }
  if (!holdersVisible(frame)) {
    // Saved up for the next eligible line, never more than one audit's worth.
    auditState.credit = cost;
    auditState.skipped++;
    return;
  }
  auditState.credit = credit - cost;
  auditHeap(`line ${lineno} of ${frame.f_code.name}`);
}

/** Is every reference holder of the running stack visible: no native
 *  caller between `frame` and the session's module frame? */
function holdersVisible(frame: InterpFrame): boolean {
  let f: InterpFrame = frame;
  for (;;) {
    if (f.is_entry) return f.previous === null && f.f_code === auditState.mainCode;
    if (f.previous === null) return false;
    f = f.previous;
  }
}

// ------------------------------------------------------------ leak check

/** The run's objects still alive (call after teardown). */
export function findLeaks(): LeakedObject[] {
  const reg = registry.live;
  if (reg === null) return [];
  const leaked = heldFromOutside(reg);
  const out: LeakedObject[] = [];
  for (const op of leaked) {
    out.push({ ...describe(op, false), refcnt: op.ob_refcnt, referrers: [] });
  }
  // Referrers only for the first few: the report stays short.
  let i = 0;
  for (const op of leaked) {
    if (i >= 20) break;
    out[i++].referrers = referrersOf(op);
  }
  return out;
}

/** The survivors held from outside the survivors (more references than
 *  the others own), and everything they hold, in allocation order; the
 *  rest is abandoned cyclic garbage (see the header). */
function heldFromOutside(live: Set<PyObject>): Set<PyObject> {
  const found = new Map<PyObject, number>();
  for (const op of live) {
    visitOwned(op, (child) => {
      if (live.has(child)) found.set(child, (found.get(child) ?? 0) + 1);
    });
  }
  const held = new Set<PyObject>();
  const stack: PyObject[] = [];
  for (const op of live) {
    if (op.ob_refcnt > (found.get(op) ?? 0)) {
      held.add(op);
      stack.push(op);
    }
  }
  while (stack.length > 0) {
    visitOwned(stack.pop()!, (child) => {
      if (live.has(child) && !held.has(child)) {
        held.add(child);
        stack.push(child);
      }
    });
  }
  return new Set(Array.from(live).filter((op) => held.has(op)));
}

/** A readable report of mismatches and leaks (empty when clean). A
 *  mismatch seen again at later points, unchanged, is reported once. */
export function formatAuditReport(mismatches: AuditMismatch[], leaks: LeakedObject[]): string {
  let s = "";
  const seen = new Set<string>();
  for (const m of mismatches) {
    const key = `${m.id} ${m.refcnt} ${m.found}`;
    if (seen.has(key)) continue;
    seen.add(key);
    s += `refcount audit: ${m.where}: ${objectText(m)}: ob_refcnt ${m.refcnt}, ` + `${m.found} references found\n`;
    for (const r of m.referrers) s += `    referred to by ${r}\n`;
  }
  if (leaks.length > 0) s += `leak check: ${leaks.length} objects of the run alive after teardown\n`;
  for (const l of leaks.slice(0, 20)) {
    s += `    ${objectText(l)}, ob_refcnt ${l.refcnt}\n`;
    for (const r of l.referrers) s += `        referred to by ${r}\n`;
  }
  return s;
}
