/**
 * The heap tracer: turns the heap's hooks into `HeapEvent`s for one run,
 * and counts allocations and frees per type for `RunStats.byType`.
 *
 * Hooks it installs while attached (and removes on detach):
 *  - an object watcher (heap/watch.ts) for allocations and frees;
 *  - heap/hooks.ts: finalizer start/end, weakref clearing and callbacks,
 *    collection start; `gcRuntime.onCollection` for a collection's end;
 *  - `tstate.lineHook`, only when events are wanted (the eval loop then
 *    reports each new line, and keeps `frame.lasti` current for `where`).
 * An instrument already in one of the single-slot hooks (`lineHook`,
 * `onCollection`) is kept and called first.
 *
 * Whose objects: the program's, that is those allocated while a Python
 * frame runs (its statements, the built-ins they call, its finalizers,
 * also at exit). Left out are the runtime's start-up (the tracer is
 * attached after it), the compiled code and its constants (made before
 * the first frame), what an imported module makes while it is imported
 * (heapHooks.importDepth), and the teardown's own bookkeeping outside any
 * frame,
 * so a trace begins with the program's first statement. Frees are
 * reported for the program's objects only, up to the end of the teardown.
 *
 * Allocations are described late: the watcher runs inside PyObject's
 * constructor before the object's own fields exist, so it records the
 * object and where it was made, and the `alloc` event is built at the
 * next hook of any kind (a line, a free, a finalizer, a collection…),
 * by then usually complete. Not always: a collection started by the
 * object's own allocation, or a constructor that raised, can leave it
 * half built, which is why the description (inspect/repr.ts) reads it
 * defensively. Events therefore come in heap order.
 *
 * `refs` granularity: per line, like sys.settrace's line events. At each
 * new line (and before any dealloc, del, gc or weakref event) the tracer
 * compares the refcounts of the objects it watches with their last
 * reported values and reports each change, "Node at 0x… refcount 1 → 2",
 * with `where` the statement that ran (for changes seen on coming back
 * from a call, the caller's statement that made the call). It watches instances of the
 * program's own classes (heap types, not the classes themselves), at most
 * MAX_WATCHED at a time: those are the objects a learner follows, while
 * ints, strs and argument tuples change counts at almost every
 * instruction and would drown the story. A hook per INCREF/DECREF was
 * not chosen: the eval loop's fast paths write `ob_refcnt` inline for
 * speed (heap/refcount.ts), so it could not be complete, and it would
 * cost the loop even when off. The per-line scan costs nothing when off (no line hook) and
 * O(watched) per line when on.
 *
 * Events go to one sink (the command's trace writers or the embedder's
 * `onEvent`). A sink that throws stops the events (the heap must not see
 * a JavaScript exception in the middle of a DECREF); `sinkError` keeps
 * what it threw for the caller to report.
 */
import type { PyObject } from "../heap/object.js";
import { addObjectWatcher, removeObjectWatcher, type ObjectWatcher } from "../heap/watch.js";
import { FinalizerContext, heapHooks } from "../heap/hooks.js";
import { gcRuntime, type CollectionInfo } from "../heap/collect.js";
import { PyObject_HeaderSize, TPFLAGS_HEAPTYPE } from "../heap/object.js";
import { _PyThreadState_SetLineHook, tstate } from "../objects/pystate.js";
import type { InterpFrame } from "../objects/frameobject.js";
import { PyCode_Addr2Line } from "../objects/codeobject.js";
import { PyTypeObject } from "../objects/typeobject.js";
import { PyUnicodeObject } from "../objects/unicodeobject.js";
import type { HeapEvent, HeapEventKind, ObjectInfo, Where } from "./events.js";
import type { TypeRunStats } from "./stats.js";
import { describe } from "../inspect/describe.js";

/** The most objects whose refcounts `refs` follows at once. */
export const MAX_WATCHED = 256;

const K_ALLOC = 1;
const K_DEALLOC = 2;
const K_DEL = 4;
const K_GC = 8;
const K_WEAKREF = 16;
const K_REFS = 32;

const KIND_BITS: Record<HeapEventKind, number> = {
  alloc: K_ALLOC,
  dealloc: K_DEALLOC,
  del: K_DEL,
  gc: K_GC,
  weakref: K_WEAKREF,
  refs: K_REFS,
};

type LineHook = (frame: InterpFrame, lineno: number) => void;
type CollectionHook = (info: CollectionInfo) => void;

export class HeapTracer {
  /** Where events go; null: only count (RunStats.byType). */
  private sink: ((e: HeapEvent) => void) | null;
  /** Bits of the kinds wanted. */
  private readonly mask: number;
  private seq: number;
  private atExit: boolean;
  private attached: boolean;
  /** The program's objects now alive, with the description of those
   *  whose names stay meaningful after their teardown (functions, code). */
  private readonly live: Map<PyObject, ObjectInfo | null>;
  private readonly types: Map<PyTypeObject, TypeRunStats>;
  /** Allocations not yet described, with where they were made. */
  private readonly pendingObj: PyObject[];
  private readonly pendingFile: string[];
  private readonly pendingLine: number[];
  /** `refs`: the watched objects and their last reported refcounts. */
  private readonly watched: Map<PyObject, number>;
  /** The statement last reported by the line hook, and its frame's depth
   *  (tstate.depth). */
  private lastWhere: Where | null;
  private lastDepth: number;
  /** The last statement reported at each depth: where a frame was when it
   *  called deeper. */
  private readonly whereAtDepth: (Where | null)[];
  /** What each cleared weak reference referred to, until its callback. */
  private readonly clearedReferent: Map<PyObject, ObjectInfo>;
  private readonly watcher: ObjectWatcher;
  private savedLineHook: LineHook | null;
  private savedOnCollection: CollectionHook | null;
  /** What the sink threw, if it did (events stopped then). */
  sinkError: unknown;

  constructor(sink: ((e: HeapEvent) => void) | null, kinds: readonly HeapEventKind[]) {
    this.sink = sink;
    let mask = 0;
    if (sink !== null) for (const k of kinds) mask |= KIND_BITS[k];
    this.mask = mask;
    this.seq = 0;
    this.atExit = false;
    this.attached = false;
    this.live = new Map();
    this.types = new Map();
    this.pendingObj = [];
    this.pendingFile = [];
    this.pendingLine = [];
    this.watched = new Map();
    this.lastWhere = null;
    this.lastDepth = 0;
    this.whereAtDepth = [];
    this.clearedReferent = new Map();
    this.watcher = { alloc: (op) => this.onAlloc(op), free: (op) => this.onFree(op) };
    this.savedLineHook = null;
    this.savedOnCollection = null;
    this.sinkError = undefined;
  }

  /** Start watching: call after the runtime's start-up, before the
   *  program is compiled and run. */
  attach(): void {
    if (this.attached) return;
    this.attached = true;
    addObjectWatcher(this.watcher);
    if (this.mask === 0) return;
    if ((this.mask & K_DEL) !== 0) {
      heapHooks.finalizer = (op, start, context) => this.onFinalizer(op, start, context);
    }
    if ((this.mask & K_WEAKREF) !== 0) {
      heapHooks.weakrefCleared = (wr, referent) => this.onWeakrefCleared(wr, referent);
      heapHooks.weakrefCallback = (wr, callback) => this.onWeakrefCallback(wr, callback);
    }
    if ((this.mask & K_GC) !== 0) {
      heapHooks.collectionStart = (generation, counts) => this.onCollectionStart(generation, counts);
      const saved = gcRuntime.onCollection;
      this.savedOnCollection = saved;
      gcRuntime.onCollection =
        saved === null
          ? (info) => this.onCollectionEnd(info)
          : (info) => {
              saved(info);
              this.onCollectionEnd(info);
            };
    }
    const savedLine = tstate.lineHook;
    this.savedLineHook = savedLine;
    _PyThreadState_SetLineHook(
      savedLine === null
        ? (frame, line) => this.onLine(frame, line)
        : (frame, line) => {
            savedLine(frame, line);
            this.onLine(frame, line);
          },
    );
  }

  /** The program's last line has run: what follows is the teardown. */
  enterExit(): void {
    if (!this.attached) return;
    this.flush(null);
    this.lastWhere = null;
    this.lastDepth = 0;
    this.whereAtDepth.length = 0;
    this.atExit = true;
  }

  /** Stop watching (after the teardown), reporting what is pending. */
  detach(): void {
    if (!this.attached) return;
    this.flush(null);
    this.attached = false;
    removeObjectWatcher(this.watcher);
    if (this.mask === 0) return;
    heapHooks.finalizer = null;
    heapHooks.weakrefCleared = null;
    heapHooks.weakrefCallback = null;
    heapHooks.collectionStart = null;
    if ((this.mask & K_GC) !== 0) gcRuntime.onCollection = this.savedOnCollection;
    _PyThreadState_SetLineHook(this.savedLineHook);
    this.savedOnCollection = null;
    this.savedLineHook = null;
  }

  /** Allocations and frees per type, most allocated first. */
  typeStats(): TypeRunStats[] {
    return [...this.types.values()].sort(
      (a, b) =>
        b.allocations - a.allocations ||
        b.deallocations - a.deallocations ||
        (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
    );
  }

  // ------------------------------------------------------------ hooks

  private onAlloc(op: PyObject): void {
    const frame = tstate.frame;
    if (frame === null || heapHooks.importDepth > 0) return;
    this.live.set(op, null);
    const type = op.ob_type;
    let t = this.types.get(type);
    if (t === undefined) {
      t = { type: type.tp_name, allocations: 0, deallocations: 0 };
      this.types.set(type, t);
    }
    t.allocations++;
    // Described later for `alloc`, and for `dealloc` to name a function
    // or code object that is torn down when freed.
    if ((this.mask & (K_ALLOC | K_DEALLOC)) !== 0) {
      this.pendingObj.push(op);
      this.pendingFile.push(fileOf(frame));
      this.pendingLine.push(lineOf(frame));
    }
    if (
      (this.mask & K_REFS) !== 0 &&
      (type.tp_flags & TPFLAGS_HEAPTYPE) !== 0 &&
      !(op instanceof PyTypeObject) &&
      this.watched.size < MAX_WATCHED
    ) {
      this.watched.set(op, op.ob_refcnt);
    }
  }

  private onFree(op: PyObject): void {
    const info = this.live.get(op);
    if (info === undefined) return;
    this.live.delete(op);
    const t = this.types.get(op.ob_type);
    if (t !== undefined) t.deallocations++;
    if (this.mask === 0) return;
    this.flush(op);
    this.watched.delete(op);
    if (this.clearedReferent.size > 0) this.clearedReferent.delete(op);
    if ((this.mask & K_DEALLOC) !== 0) {
      this.emit({
        kind: "dealloc",
        seq: 0,
        where: this.where(),
        atExit: this.atExit,
        object: info ?? describe(op, true),
      });
    }
  }

  private onLine(frame: InterpFrame, line: number): void {
    // Refcount changes since the last line event happened in that line,
    // or in a call it made: back in a caller, they belong to the caller's
    // statement (the callee's return released its references).
    const depth = tstate.depth;
    const where = this.refsWhere(depth);
    this.flushPending(null);
    if (this.watched.size > 0) this.reportRefs(null, where);
    const file = fileOf(frame);
    const w = where !== null && where.line === line && where.file === file ? where : { file, line };
    this.lastWhere = w;
    this.lastDepth = depth;
    while (this.whereAtDepth.length <= depth) this.whereAtDepth.push(null);
    this.whereAtDepth[depth] = w;
  }

  private onFinalizer(op: PyObject, start: boolean, context: FinalizerContext): void {
    if (!this.live.has(op)) return;
    this.flush(null);
    const cause = this.atExit ? "exit" : context === FinalizerContext.Collection ? "collection" : "refcount";
    this.emit({
      kind: "del",
      seq: 0,
      where: this.where(),
      atExit: this.atExit,
      phase: start ? "start" : "end",
      object: describe(op, false),
      cause,
    });
  }

  private onWeakrefCleared(wr: PyObject, referent: PyObject): void {
    if (!this.live.has(wr)) return;
    this.flush(null);
    const ref = describe(referent, true);
    this.clearedReferent.set(wr, ref);
    this.emit({
      kind: "weakref",
      seq: 0,
      where: this.where(),
      atExit: this.atExit,
      action: "cleared",
      weakref: describe(wr, false),
      referent: ref,
      callback: null,
    });
  }

  private onWeakrefCallback(wr: PyObject, callback: PyObject): void {
    if (!this.live.has(wr)) return;
    this.flush(null);
    const ref = this.clearedReferent.get(wr) ?? null;
    this.clearedReferent.delete(wr);
    this.emit({
      kind: "weakref",
      seq: 0,
      where: this.where(),
      atExit: this.atExit,
      action: "callback",
      weakref: describe(wr, false),
      referent: ref,
      callback: describe(callback, false),
    });
  }

  private onCollectionStart(generation: number, counts: number[]): void {
    this.flush(null);
    this.emit({
      kind: "gc",
      seq: 0,
      where: this.where(),
      atExit: this.atExit,
      phase: "start",
      generation,
      countsBefore: counts.slice(),
    });
  }

  private onCollectionEnd(info: CollectionInfo): void {
    this.flush(null);
    this.emit({
      kind: "gc",
      seq: 0,
      where: this.where(),
      atExit: this.atExit,
      phase: "end",
      generation: info.generation,
      countsBefore: info.countsBefore.slice(),
      examined: info.examined,
      unreachable: info.unreachable,
      collected: info.collected,
      uncollectable: info.uncollectable,
      finalizersRun: info.finalizersRun,
      timeMs: info.seconds * 1000,
    });
  }

  // ------------------------------------------------------------ events

  /** Describe the pending allocations and report refcount changes, before
   *  any other event. `dying` is an object being freed right now. */
  private flush(dying: PyObject | null): void {
    this.flushPending(dying);
    if (this.watched.size > 0) this.reportRefs(dying, this.refsWhere(tstate.depth));
  }

  /** The statement to which refcount changes seen now belong: the last
   *  line reported, or, back in a caller at `depth`, the caller's. */
  private refsWhere(depth: number): Where | null {
    if (depth < this.lastDepth && depth < this.whereAtDepth.length) return this.whereAtDepth[depth] ?? this.lastWhere;
    return this.lastWhere;
  }

  /** Describe the pending allocations. */
  private flushPending(dying: PyObject | null): void {
    const n = this.pendingObj.length;
    if (n > 0) {
      for (let i = 0; i < n; i++) {
        const op = this.pendingObj[i];
        const object = describe(op, op === dying);
        if (object.repr.startsWith("function ") || object.repr.startsWith("code ")) this.live.set(op, object);
        if ((this.mask & K_ALLOC) === 0) continue;
        this.emit({
          kind: "alloc",
          seq: 0,
          where: { file: this.pendingFile[i], line: this.pendingLine[i] },
          atExit: this.atExit,
          object,
          size: op.ob_size_bytes + PyObject_HeaderSize(op),
        });
      }
      this.pendingObj.length = 0;
      this.pendingFile.length = 0;
      this.pendingLine.length = 0;
    }
  }

  private reportRefs(dying: PyObject | null, where: Where | null): void {
    for (const [op, before] of this.watched) {
      const after = op.ob_refcnt;
      // A count of 0 is an object being torn down: its `freed` follows.
      if (after === before || after === 0 || op === dying) continue;
      this.watched.set(op, after);
      this.emit({ kind: "refs", seq: 0, where, atExit: this.atExit, object: describe(op, false), before, after });
    }
  }

  /** The running statement, or null when no Python code runs. */
  private where(): Where | null {
    const frame = tstate.frame;
    if (frame === null) return null;
    return { file: fileOf(frame), line: lineOf(frame) };
  }

  private emit(e: HeapEvent): void {
    const sink = this.sink;
    if (sink === null) return;
    e.seq = ++this.seq;
    try {
      sink(e);
    } catch (err) {
      this.sink = null;
      this.sinkError = err;
    }
  }
}

/** The line running in `frame`; the prologue before the first line
 *  (MAKE_CELL, COPY_FREE_VARS: no line of their own) counts as the
 *  `def` line. */
function lineOf(frame: InterpFrame): number {
  const line = PyCode_Addr2Line(frame.f_code, frame.lasti);
  return line > 0 ? line : frame.f_code.co_firstlineno;
}

function fileOf(frame: InterpFrame): string {
  const f = frame.f_code.co_filename;
  return f instanceof PyUnicodeObject ? f.str : "?";
}
