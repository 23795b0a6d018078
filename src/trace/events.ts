/**
 * The heap's events: what `RunOptions.onEvent` receives, what
 * `-X trace=…` prints one line each and `-X trace-file=PATH` writes as
 * JSON lines. One discriminated union on `kind`; every event is plain
 * data (numbers, strings, arrays, null), safe to keep, serialise or send
 * to another thread, and never a live heap object.
 *
 * Kinds:
 *  - `alloc`: an object was allocated (its size from the allocator model);
 *  - `dealloc`: an object was freed;
 *  - `del`: a finalizer (`__del__`, a generator's close) starts or ends,
 *    because the refcount reached zero, in a collection, or at exit;
 *  - `gc`: a collection starts, and ends with its numbers;
 *  - `weakref`: a weak reference was cleared because its referent is
 *    dying, or its callback is being called;
 *  - `refs`: an object's refcount changed (see src/trace/tracer.ts for
 *    the granularity: per line, instances of the program's classes).
 *
 * Objects are named by `ObjectInfo` (src/inspect/describe.ts): the type's
 * name, the address `id()` returns, and the safe repr's `name` form, which
 * never runs Python code (no user `__repr__`): literal values of ints,
 * floats, strs and bytes, sizes of containers, names of functions, code
 * objects and classes, otherwise `Node object`. Addresses are reused
 * after a free, as in CPython.
 *
 * `where` is the running statement (file and line) when the event
 * happened, or null when no Python code was running (shutdown's own
 * work). `atExit` marks events of the teardown after the program's last
 * line. `seq` numbers the events of a run from 1, in order.
 */

/** A running statement: the code's file name and the line. */
export interface Where {
  file: string;
  line: number;
}

/** An object, described without running Python code. */
export interface ObjectInfo {
  /** `tp_name` of its type, e.g. `Node`, `list`, `int`. */
  type: string;
  /** `id()` of the object: its address in the allocator model. */
  id: number;
  /** A short repr: `42`, `'abc'`, `list (3 items)`, `Node object`. */
  repr: string;
}

interface EventBase {
  /** 1, 2, 3, … in the order the events happened. */
  seq: number;
  where: Where | null;
  /** True for events of the teardown after the program's last line. */
  atExit: boolean;
}

export interface AllocEvent extends EventBase {
  kind: "alloc";
  object: ObjectInfo;
  /** The object's own block in the allocator model, in bytes: the object
   *  and, for a GC object, its 16-byte GC header (sys.getsizeof's number
   *  without the separately allocated parts: a list's item array, a
   *  dict's table, an instance's values). */
  size: number;
}

export interface DeallocEvent extends EventBase {
  kind: "dealloc";
  object: ObjectInfo;
}

/** Why a finalizer runs. */
export type FinalizerCause = "refcount" | "collection" | "exit";

export interface DelEvent extends EventBase {
  kind: "del";
  phase: "start" | "end";
  object: ObjectInfo;
  cause: FinalizerCause;
}

export interface GCStartEvent extends EventBase {
  kind: "gc";
  phase: "start";
  generation: number;
  /** gc.get_count() before the collection. */
  countsBefore: number[];
}

export interface GCEndEvent extends EventBase {
  kind: "gc";
  phase: "end";
  generation: number;
  countsBefore: number[];
  /** Objects in the generations collected. */
  examined: number;
  /** Objects found unreachable (collected + uncollectable). */
  unreachable: number;
  collected: number;
  uncollectable: number;
  /** Finalizers (`__del__`) the collection ran. */
  finalizersRun: number;
  /** Milliseconds the collection took (varies from run to run). */
  timeMs: number;
}

export type GCEvent = GCStartEvent | GCEndEvent;

export interface WeakrefEvent extends EventBase {
  kind: "weakref";
  /** `cleared`: the reference now returns None; `callback`: its callback
   *  is being called with it. */
  action: "cleared" | "callback";
  /** The weak reference object. */
  weakref: ObjectInfo;
  /** What it referred to (dying: type and address only). */
  referent: ObjectInfo | null;
  /** The callback (for `callback`), else null. */
  callback: ObjectInfo | null;
}

export interface RefsEvent extends EventBase {
  kind: "refs";
  object: ObjectInfo;
  /** The refcount at the previous report (1 for a new object). */
  before: number;
  /** The refcount now. */
  after: number;
}

export type HeapEvent = AllocEvent | DeallocEvent | DelEvent | GCEvent | WeakrefEvent | RefsEvent;

export type HeapEventKind = HeapEvent["kind"];

/** Every kind, in the order `-X trace=all` names them. */
export const HEAP_EVENT_KINDS: readonly HeapEventKind[] = ["alloc", "dealloc", "del", "gc", "weakref", "refs"];
