/**
 * Heap snapshots: the frames, objects and references of a running (or
 * finished) program as plain JSON a front end can draw.
 *
 * The shape extends Python Tutor's (frames with ordered variables, a heap
 * of objects, references between them) with what refpy can show and
 * CPython hides: each object's refcount, generation, tracking and
 * finalization state, size and weak reference count, the collector's
 * counts and thresholds, and the allocator's live bytes.
 *
 * What is in a snapshot:
 *  - `frames`: the call stack, outermost first. `frames[0]` is always the
 *    module `__main__` (its globals in insertion order): the running
 *    module-level frame when there is one, else the globals alone. Each
 *    frame lists its bound variables in slot order (co_varnames, then cell
 *    and free variables) or, for module and class bodies, in the insertion
 *    order of its namespace; and its value-stack entries (loop iterators,
 *    partly built calls), which hold counted references too.
 *  - `objects`: every object reachable from those frames through the
 *    objects' `tp_traverse` (what the collector and `gc.get_referents`
 *    see), in breadth-first order from the frames; then the objects the
 *    cycle collector would find unreachable if it ran a full collection now
 *    (an uncollected cycle after `del`), with `reachable: false`, and what
 *    they hold that is not reachable otherwise. Objects that are alive but
 *    held only by the interpreter itself (module tables, code constants)
 *    are not listed.
 *  - `edges`: one per reference, labelled: from a frame's variable or
 *    value-stack slot, and from each object to each of its referents in
 *    `tp_traverse` order (list and tuple indexes, dict keys, attribute
 *    names, `__class__`, `cell_contents`, `__closure__`, …), named by the
 *    table of referents (referents.ts).
 *
 * Primitives are objects: in refpy, as in CPython, an int or a str is a
 * heap object with a refcount, so `x = 1000` gives an int object and an
 * edge to it. Objects CPython allocates statically (None, True, False,
 * small ints, one-character strs, `()`, built-in types) carry
 * `static: true`; their refcounts start high and mean little.
 *
 * Modules and the namespaces of modules other than `__main__` (builtins,
 * sys) are listed but not expanded (`expanded: false`, no referents, no
 * edges), so a function's `__builtins__` does not pull the whole builtins
 * module into every snapshot. Pass `{ expandModules: true }` to follow
 * them.
 *
 * Taking a snapshot never runs Python code and never changes the heap: no
 * object is allocated, no refcount or collector field is written (reprs
 * are the safe repr, repr.ts; sizes are computed as the built-in
 * `__sizeof__` methods compute them). It is valid whenever no collection
 * is running: from an `onLine` or event callback, or after a program,
 * while its session is alive.
 */
import {
  GC_FINALIZED,
  GC_TRACKED,
  type PyGCObject,
  type PyObject,
  TPFLAGS_HAVE_GC,
  TPFLAGS_HEAPTYPE,
} from "../heap/object.js";
import { heapStats, isStaticAddress } from "../heap/allocator.js";
import { gcState, type GCHead, NUM_GENERATIONS, _PyObject_IS_GC } from "../heap/gc.js";
import { gcRuntime } from "../heap/collect.js";
import { CO_FAST_CELL, CO_FAST_FREE, CO_OPTIMIZED } from "../bytecode/code.js";
import { tstate } from "../objects/pystate.js";
import { interp } from "../objects/pystate.js";
import { PyTypeObject } from "../objects/typeobject.js";
import { PyCode_Addr2Line } from "../objects/codeobject.js";
import type { InterpFrame } from "../objects/frameobject.js";
import { PyListObject } from "../objects/listobject.js";
import { PyTupleObject } from "../objects/tupleobject.js";
import { PyDictObject } from "../objects/dictobject.js";
import { PySetObject } from "../objects/setobject.js";
import { PyCellObject } from "../objects/cellobject.js";
import { PyModuleObject } from "../objects/moduleobject.js";
import { getweakrefcount } from "../objects/weakrefobject.js";
import { PyUnicodeObject } from "../objects/unicodeobject.js";
import { dictGetString, safeRepr, typeDisplayName } from "./repr.js";
import { labelledReferents, type SnapshotEdgeKind } from "./referents.js";

export type { SnapshotEdgeKind } from "./referents.js";

/** A snapshot of the heap. Plain JSON: `JSON.parse(JSON.stringify(s))`
 *  gives back an equal value. */
export interface HeapSnapshot {
  /** The shape's version; bumped when a field changes meaning. */
  version: 1;
  /** The call stack, outermost (`__main__`) first. */
  frames: SnapshotFrame[];
  /** Every object drawn, each once, reachable ones first. */
  objects: SnapshotObject[];
  /** The references between frames and objects. */
  edges: SnapshotEdge[];
  gc: SnapshotGC;
  heap: SnapshotHeap;
}

/** One frame of the call stack. */
export interface SnapshotFrame {
  /** Position in `frames` (0: the module). */
  index: number;
  /** `co_name`: `<module>`, the function's name, `<listcomp>`, … */
  function: string;
  /** `co_qualname`: `Node.__init__`, `outer.<locals>.inner`, … */
  qualname: string;
  /** The file name the code was compiled with. */
  file: string;
  /** The line about to run (or running a call, for a caller frame); null
   *  for the globals of a module that is not running. */
  line: number | null;
  /** Bound variables in order; a cell or free variable gives the cell's
   *  contents in `id` and the cell itself in `cell`. */
  locals: SnapshotVariable[];
  /** Ids of the objects on the frame's value stack, bottom first. */
  stack: number[];
}

/** A name bound in a frame. */
export interface SnapshotVariable {
  /** The variable's name. */
  name: string;
  /** The object the name refers to (its `id()`). */
  id: number;
  /** For a cell or free variable: the id of the cell holding the value. */
  cell: number | null;
}

/** A collector generation (0 young … 2 old), "permanent" after
 *  `gc.freeze()`, or null for an object the collector does not track. */
export type SnapshotGeneration = 0 | 1 | 2 | "permanent" | null;

/** One heap object. Every field is always present. */
export interface SnapshotObject {
  /** `id()`: the object's address. */
  id: number;
  /** The type's name (`__qualname__` for classes: `Node`, `int`, …). */
  type: string;
  /** A short representation made without running Python code: ints,
   *  floats, strs, bytes, None and bools as `repr()` gives them (long ones
   *  cut with `...`; an int past `repr()`'s 4300 digits as its size,
   *  `(about 5000 digits)`), containers as a summary (`list (3 items)`),
   *  anything else as `object.__repr__` would (`<__main__.Node object at
   *  0x…>`) or as its own repr does (functions, classes, modules, cells,
   *  bound methods, weak references). */
  repr: string;
  /** `ob_refcnt`, as `sys.getrefcount(x) - 1` would show it. */
  refcount: number;
  /** Which generation list the object is in. */
  generation: SnapshotGeneration;
  /** `gc.is_tracked(x)`. */
  tracked: boolean;
  /** `gc.is_finalized(x)`: its `__del__` has run (PEP 442). */
  finalized: boolean;
  /** `sys.getsizeof(x)` (the built-in `__sizeof__`, plus the GC header). */
  size: number;
  /** `weakref.getweakrefcount(x)`. */
  weakrefs: number;
  /** `gc.get_referents(x)` as ids, in `tp_traverse` order (empty when
   *  the object is not expanded). */
  referents: number[];
  /** Reachable from the frames; false for an object only an unreachable
   *  cycle keeps alive (garbage the next full collection would find). */
  reachable: boolean;
  /** Allocated statically, as CPython does (None, small ints, types, …). */
  static: boolean;
  /** Whether the referents were followed and their edges given (false for
   *  modules and other modules' namespaces; see the module header). */
  expanded: boolean;
  /** `len()` of a list, tuple, dict, set or str; null otherwise. */
  length: number | null;
}

/** A reference, from a frame's variable or value stack or from an object. */
export interface SnapshotEdge {
  /** The referring object's id, or null for a frame's reference. */
  from: number | null;
  /** The referring frame's index, or null for an object's reference. */
  frame: number | null;
  /** The referred object's id. */
  to: number;
  /** What the reference is called (see SnapshotEdgeKind). */
  label: string;
  kind: SnapshotEdgeKind;
}

/** The cycle collector's state (the gc module's view). */
export interface SnapshotGC {
  /** `gc.isenabled()`. */
  enabled: boolean;
  /** `gc.get_threshold()`. */
  thresholds: [number, number, number];
  /** `gc.get_count()`. */
  counts: [number, number, number];
  /** Collections run so far, per generation (`gc.get_stats()`). */
  collections: [number, number, number];
  /** Objects collected so far, per generation. */
  collected: [number, number, number];
  /** Uncollectable objects found so far, per generation. */
  uncollectable: [number, number, number];
  /** Objects in each generation list. */
  sizes: [number, number, number];
  /** Objects in the permanent generation (`gc.freeze()`). */
  permanent: number;
}

/** The allocator model's numbers (what `-X heap-limit` and `-X stats` count). */
export interface SnapshotHeap {
  /** Bytes live now, with lists' and dicts' separately allocated parts. */
  liveBytes: number;
  /** Blocks (objects) live now. */
  liveBlocks: number;
  /** The most bytes and blocks live at once so far. */
  peakBytes: number;
  peakBlocks: number;
  /** The heap limit (`-X heap-limit`). */
  limit: number;
}

/** What `snapshot()` includes. */
export interface SnapshotOptions {
  /** List the objects a full collection would find unreachable (default
   *  true). Costs a pass over every tracked object. */
  garbage?: boolean;
  /** Show `__name__`, `__builtins__` and the other dunder globals in the
   *  module frame (default false; they are still followed from objects
   *  that refer to them). */
  dunders?: boolean;
  /** Follow the referents of modules and other modules' namespaces
   *  (default false). */
  expandModules?: boolean;
}

/**
 * The heap as it is now. From inside an `onLine` callback the innermost
 * frame is the one about to run the reported line. Never runs Python code
 * and changes nothing in the heap.
 */
export function snapshot(options: SnapshotOptions = {}): HeapSnapshot {
  const b = new SnapshotBuilder(options);
  b.addFrames();
  b.expandAll(true);
  if (options.garbage !== false) {
    b.addGarbage();
    b.expandAll(false);
  }
  return {
    version: 1,
    frames: b.frames,
    objects: b.objects,
    edges: b.edges,
    gc: gcSummary(),
    heap: {
      liveBytes: heapStats.liveBytes,
      liveBlocks: heapStats.liveBlocks,
      peakBytes: heapStats.peakBytes,
      peakBlocks: heapStats.peakBlocks,
      limit: heapStats.limit,
    },
  };
}

function gcSummary(): SnapshotGC {
  const g = gcState.generations;
  const s = gcRuntime.stats;
  return {
    enabled: gcState.enabled,
    thresholds: [g[0].threshold, g[1].threshold, g[2].threshold],
    counts: [g[0].count, g[1].count, g[2].count],
    collections: [s[0].collections, s[1].collections, s[2].collections],
    collected: [s[0].collected, s[1].collected, s[2].collected],
    uncollectable: [s[0].uncollectable, s[1].uncollectable, s[2].uncollectable],
    sizes: [listSize(g[0].head), listSize(g[1].head), listSize(g[2].head)],
    permanent: listSize(gcState.permanent.head),
  };
}

function listSize(head: GCHead): number {
  let n = 0;
  for (let gc = head.gc_next; gc !== head; gc = (gc as PyGCObject).gc_next as PyGCObject | GCHead) n++;
  return n;
}

/** Call `fn` for each object in a generation list, in list order. */
function forEachInList(head: GCHead, fn: (op: PyGCObject) => void): void {
  for (let gc = head.gc_next; gc !== head; gc = (gc as PyGCObject).gc_next as PyGCObject | GCHead) {
    fn(gc as PyGCObject);
  }
}

/** What `gc.get_referents(op)` gives, in order. */
function referentsOf(op: PyObject): PyObject[] {
  const out: PyObject[] = [];
  if (!_PyObject_IS_GC(op)) return out;
  const traverse = op.ob_type.tp_traverse;
  if (traverse !== null)
    traverse(op, (child) => {
      out.push(child);
    });
  return out;
}

/** Builds one snapshot: objects are numbered as they are first met. */
class SnapshotBuilder {
  options: SnapshotOptions;
  frames: SnapshotFrame[];
  objects: SnapshotObject[];
  edges: SnapshotEdge[];
  /** Object → its record. */
  seen: Map<PyObject, SnapshotObject>;
  /** Objects met but not yet expanded, in the order met. */
  queue: PyObject[];
  /** Objects listed but not followed (modules, other modules' dicts). */
  opaque: Set<PyObject>;
  /** GC-tracked object → its generation. */
  generationOf: Map<PyObject, SnapshotGeneration>;
  /** The globals of `__main__`, or null. */
  mainGlobals: PyObject | null;

  constructor(options: SnapshotOptions) {
    this.options = options;
    this.frames = [];
    this.objects = [];
    this.edges = [];
    this.seen = new Map();
    this.queue = [];
    this.opaque = new Set();
    this.generationOf = new Map();
    this.mainGlobals = null;
    for (let i = 0; i < NUM_GENERATIONS; i++) {
      const gen = i as 0 | 1 | 2;
      forEachInList(gcState.generations[i].head, (op) => {
        this.generationOf.set(op, gen);
      });
    }
    forEachInList(gcState.permanent.head, (op) => {
      this.generationOf.set(op, "permanent");
    });
    this.findMainGlobals();
    if (options.expandModules !== true) this.findOpaque();
  }

  findMainGlobals(): void {
    const modules = interp.modules;
    if (modules !== null) {
      const main = dictGetString(modules, "__main__");
      if (main instanceof PyModuleObject) this.mainGlobals = main.md_dict;
    }
    if (this.mainGlobals === null) {
      // The program's own frames run in `__main__`: the outermost one's
      // globals (sys.modules may have lost it, e.g. during shutdown).
      let f = tstate.frame;
      while (f !== null && f.previous !== null) f = f.previous;
      if (f !== null) this.mainGlobals = f.f_globals;
    }
  }

  /** Modules, and the namespaces of modules other than `__main__`. */
  findOpaque(): void {
    const modules = interp.modules;
    if (modules instanceof PyDictObject) {
      for (let i = 0; i < modules.dk_nentries; i++) {
        const m = modules.me_value[i];
        if (m instanceof PyModuleObject && m.md_dict !== null && m.md_dict !== this.mainGlobals) {
          this.opaque.add(m.md_dict);
        }
      }
    }
    if (tstate.builtins !== null) this.opaque.add(tstate.builtins);
  }

  // ------------------------------------------------------------ frames

  addFrames(): void {
    const chain: InterpFrame[] = [];
    for (let f = tstate.frame; f !== null; f = f.previous) chain.push(f);
    chain.reverse();
    const first = chain.length > 0 ? chain[0] : null;
    const firstIsMain =
      first !== null && this.mainGlobals !== null && isModuleFrame(first) && first.f_globals === this.mainGlobals;
    if (!firstIsMain) this.addGlobalsFrame();
    for (const f of chain) this.addFrame(f);
  }

  /** `__main__`'s globals when no module-level frame runs. */
  addGlobalsFrame(): void {
    const frame: SnapshotFrame = {
      index: this.frames.length,
      function: "<module>",
      qualname: "<module>",
      file: mainFileName(this.mainGlobals),
      line: null,
      locals: [],
      stack: [],
    };
    this.frames.push(frame);
    if (this.mainGlobals !== null) this.addNamespace(frame, this.mainGlobals, true);
  }

  addFrame(f: InterpFrame): void {
    const co = f.f_code;
    const frame: SnapshotFrame = {
      index: this.frames.length,
      function: co.name,
      qualname: co.qualname,
      file: co.filename,
      line: PyCode_Addr2Line(co, f.lasti),
      locals: [],
      stack: [],
    };
    this.frames.push(frame);
    if ((co.co_flags & CO_OPTIMIZED) === 0 && f.f_locals !== null) {
      this.addNamespace(frame, f.f_locals, f.f_locals === this.mainGlobals);
    }
    const slots = f.localsplus;
    const nlocals = co.co_nlocalsplus;
    for (let i = 0; i < nlocals; i++) {
      const v = slots[i];
      if (v === null) continue;
      const name = co.localsplusnames[i];
      const kind = co.co_localspluskinds[i];
      const isCell = (kind & (CO_FAST_CELL | CO_FAST_FREE)) !== 0 && v instanceof PyCellObject;
      this.frameEdge(frame, v, name, "variable");
      if (isCell) {
        const contents = (v as PyCellObject).ob_ref;
        if (contents === null) continue;
        frame.locals.push({ name, id: this.note(contents).id, cell: v.ob_addr });
      } else {
        frame.locals.push({ name, id: v.ob_addr, cell: null });
      }
    }
    for (let i = nlocals; i < f.stacktop && i < slots.length; i++) {
      const v = slots[i];
      // A slot can still point at a popped value when the stack top was
      // not synced; a freed object has no count left.
      if (v === null || v.ob_refcnt <= 0) continue;
      this.frameEdge(frame, v, `stack[${i - nlocals}]`, "stack");
      frame.stack.push(v.ob_addr);
    }
  }

  /** A module or class namespace: its names in insertion order. */
  addNamespace(frame: SnapshotFrame, ns: PyObject, isModule: boolean): void {
    if (!(ns instanceof PyDictObject)) return;
    const hideDunders = isModule && this.options.dunders !== true;
    for (let i = 0; i < ns.dk_nentries; i++) {
      const k = ns.me_key[i];
      const v = ns.me_value[i];
      if (k === null || v === null) continue;
      const name = k instanceof PyUnicodeObject ? k.str : safeRepr(k);
      if (hideDunders && name.length > 4 && name.startsWith("__") && name.endsWith("__")) continue;
      this.frameEdge(frame, v, name, "variable");
      frame.locals.push({ name, id: v.ob_addr, cell: null });
    }
  }

  frameEdge(frame: SnapshotFrame, to: PyObject, label: string, kind: SnapshotEdgeKind): void {
    this.note(to);
    this.edges.push({ from: null, frame: frame.index, to: to.ob_addr, label, kind });
  }

  // ------------------------------------------------------------ objects

  /** The record of `op`, made (and queued for expansion) the first time. */
  note(op: PyObject, reachable: boolean = true): SnapshotObject {
    let rec = this.seen.get(op);
    if (rec !== undefined) return rec;
    const tracked = _PyObject_IS_GC(op) && (op.gc_flags & GC_TRACKED) !== 0;
    rec = {
      id: op.ob_addr,
      type: typeDisplayName(op.ob_type),
      repr: safeRepr(op),
      refcount: op.ob_refcnt,
      generation: tracked ? (this.generationOf.get(op) ?? null) : null,
      tracked,
      finalized: _PyObject_IS_GC(op) && (op.gc_flags & GC_FINALIZED) !== 0,
      size: sizeOf(op),
      weakrefs: getweakrefcount(op),
      referents: [],
      reachable,
      static: isStaticAddress(op.ob_addr),
      expanded: false,
      length: lengthOf(op),
    };
    this.seen.set(op, rec);
    this.objects.push(rec);
    this.queue.push(op);
    return rec;
  }

  /** Expand queued objects breadth-first: referents, labelled edges. */
  expandAll(reachable: boolean): void {
    for (let qi = 0; qi < this.queue.length; qi++) {
      const op = this.queue[qi];
      const rec = this.seen.get(op)!;
      if (this.opaque.has(op) || (op instanceof PyModuleObject && this.options.expandModules !== true)) continue;
      rec.expanded = true;
      const refs = labelledReferents(op);
      for (const r of refs) rec.referents.push(r.child.ob_addr);
      for (const { child, label, kind } of refs) {
        this.note(child, reachable);
        this.edges.push({ from: op.ob_addr, frame: null, to: child.ob_addr, label, kind });
      }
    }
    this.queue.length = 0;
  }

  /**
   * What a full collection would find unreachable now, computed as
   * gcmodule.c's update_refs / subtract_refs / move_unreachable do, but in
   * a side table: every tracked object (generations 0-2) starts at its
   * refcount less the references from other tracked objects; those left
   * above zero are referenced from outside (frames, the interpreter) and
   * everything they reach is alive. The rest is added, in list order.
   */
  addGarbage(): void {
    const refs = new Map<PyObject, number>();
    for (let i = 0; i < NUM_GENERATIONS; i++) {
      forEachInList(gcState.generations[i].head, (op) => {
        refs.set(op, op.ob_refcnt);
      });
    }
    for (const op of refs.keys()) {
      for (const child of referentsOf(op)) {
        const n = refs.get(child);
        if (n !== undefined) refs.set(child, n - 1);
      }
    }
    const alive = new Set<PyObject>();
    const work: PyObject[] = [];
    for (const [op, n] of refs) {
      if (n > 0) {
        alive.add(op);
        work.push(op);
      }
    }
    while (work.length > 0) {
      const op = work.pop()!;
      for (const child of referentsOf(op)) {
        if (refs.has(child) && !alive.has(child)) {
          alive.add(child);
          work.push(child);
        }
      }
    }
    for (const op of refs.keys()) {
      if (!alive.has(op)) this.note(op, false);
    }
  }
}

function isModuleFrame(f: InterpFrame): boolean {
  return (f.f_code.co_flags & CO_OPTIMIZED) === 0 && f.f_locals === f.f_globals;
}

function mainFileName(globals: PyObject | null): string {
  if (globals === null) return "<string>";
  const f = dictGetString(globals, "__file__");
  return f instanceof PyUnicodeObject ? f.str : "<string>";
}

// ------------------------------------------------------------ length, size

function lengthOf(op: PyObject): number | null {
  if (op instanceof PyListObject || op instanceof PyTupleObject) return op.ob_item.length;
  if (op instanceof PyDictObject) return op.ma_used;
  if (op instanceof PySetObject) return op.used;
  if (op instanceof PyUnicodeObject) return op.cplen;
  return null;
}

/**
 * `sys.getsizeof(op)` for the built-in `__sizeof__` methods, computed as
 * CPython 3.11's do (list, dict and set: the type's basic size plus the
 * separately allocated items or table; a class: plus its cached keys; the
 * rest: their block size), plus the 16-byte GC header of GC objects. A class overriding `__sizeof__` is not consulted (that would
 * run Python code).
 */
export function sizeOf(op: PyObject): number {
  let size: number;
  if (op instanceof PyListObject) {
    size = op.ob_type.tp_basicsize + 8 * op.allocated;
  } else if (op instanceof PyDictObject) {
    size = op.ob_type.tp_basicsize + dictKeysSize(op.dk_log2size, op.dk_unicode);
  } else if (op instanceof PySetObject) {
    size = op.ob_type.tp_basicsize + (op.mask + 1 > 8 ? 16 * (op.mask + 1) : 0);
  } else if (op instanceof PyTypeObject) {
    size = op.ob_size_bytes;
    if ((op.tp_flags & TPFLAGS_HEAPTYPE) !== 0 && op.ht_cached_keys !== null)
      size += 8 * op.ht_cached_keys.names.length;
  } else {
    size = op.ob_size_bytes;
  }
  if ((op.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0) size += 16;
  return size;
}

/** dictobject.ts's keysSize: 3.11's keys object of 2**log2size slots. */
function dictKeysSize(log2size: number, unicode: boolean): number {
  if (log2size === 0) return 0;
  const size = 1 << log2size;
  const log2Bytes = log2size + (size <= 0x80 ? 0 : size <= 0xffff ? 1 : 2);
  return 32 + (1 << log2Bytes) + Math.floor((size << 1) / 3) * (unicode ? 16 : 24);
}
