// A program embedding refpy, as a user of the package writes one: it must
// type-check against the package entry (test/api-consumer.test.ts).
import {
  run,
  createSession,
  formatCompileError,
  snapshot,
  traceProgram,
  HEAP_EVENT_KINDS,
  type RunOptions,
  type RunResult,
  type Session,
  type RunStats,
  type HeapEvent,
  type HeapEventKind,
  type HeapSnapshot,
  type SnapshotObject,
  type SnapshotFrame,
  type SnapshotEdge,
  type SnapshotGeneration,
  type SnapshotOptions,
  type LineEvent,
  type TraceStep,
  type ProgramTrace,
  type TraceOptions,
} from "refpy";

const kinds: readonly HeapEventKind[] = HEAP_EVENT_KINDS;
const seen: HeapSnapshot[] = [];
const snapOptions: SnapshotOptions = { garbage: true, dunders: false, expandModules: false };

const options: RunOptions = {
  filename: "demo.py",
  stdin: "",
  heapLimit: 64 * 1024 * 1024,
  stepLimit: 1_000_000,
  recursionLimit: 200,
  timeLimitMs: 5_000,
  gcThresholds: [700, 10, 10],
  stdout: (text: string) => {
    void text;
  },
  stderr: (text: string) => {
    void text;
  },
  events: kinds,
  onEvent: (e: HeapEvent) => {
    if (e.kind === "gc" && e.phase === "end") void e.collected.toFixed();
    if (e.kind === "del") void e.object.repr.length;
  },
  onLine: (e: LineEvent) => {
    if (e.depth === 0 && e.line > 0 && e.file.length > 0 && e.function.length > 0) seen.push(snapshot(snapOptions));
  },
};

const result: RunResult = run("print(sum(range(10)))", options);
const stats: RunStats = result.stats;
const exit: number = result.exitCode + stats.collections.length;
const session: Session | null = result.session;
void session;

const snap: HeapSnapshot = snapshot();
const frame: SnapshotFrame = snap.frames[0];
const first: SnapshotObject | undefined = snap.objects[0];
const edge: SnapshotEdge | undefined = snap.edges[0];
const gen: SnapshotGeneration = first === undefined ? null : first.generation;
void [frame.locals[0]?.name, edge?.label, gen, snap.gc.thresholds[0], snap.heap.liveBytes];

const traceOptions: TraceOptions = { maxSteps: 100, snapshot: snapOptions };
const trace: ProgramTrace = traceProgram("x = 1\n", traceOptions);
const step: TraceStep | undefined = trace.steps[0];
void [step?.event, step?.heap.objects.length, exit];

const s2 = createSession({ filename: "<stdin>" });
void s2.execInteractive("1 + 1");
s2.finish();
void formatCompileError;
