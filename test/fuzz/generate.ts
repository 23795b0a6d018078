/**
 * Random programs inside the language refpy supports, one per seed, for
 * the differential fuzzer (test/fuzz/README.md). Half of each program
 * exercises the heap: classes whose `__del__` prints (some raise, some
 * resurrect), `__init__` that raises, cycles, `del` and rebinding,
 * containers holding objects, weak references with callbacks and
 * finalizers, generators and closures holding objects, recursion that
 * allocates, `gc.collect()` and small `gc.set_threshold`s, and
 * `sys.getrefcount`. The other half goes after the corners of numbers
 * (int/float/complex edge values, inf and nan, big ints, `//` `%` `divmod`
 * `**` `round`, formatting), strings (slicing, methods, formatting,
 * encode/decode) and containers (dict and set order, list methods,
 * sorting with keys).
 *
 * Every program is deterministic under CPython: nothing prints an id, an
 * address (reprs that carry one are normalised by the oracle), a time, or
 * the iteration order of a set of anything but small ints (refpy's str,
 * float and tuple hashes are not CPython's yet: issue 10), and nothing
 * prints hash() itself. Loops are bounded and big numbers stay small
 * enough to compute at once.
 */
import { Random } from "./random.js";

/** The program for one seed. */
export function generateProgram(seed: number): string {
  return new Generator(new Random(seed)).program();
}

type Kind = "obj" | "gen" | "fn" | "wref" | "err" | "list";

interface Scope {
  vars: Map<string, Kind>;
  /** A function body (locals die at its return) or the module. */
  inFunction: boolean;
}

interface ClassInfo {
  name: string;
  /** __init__ raises ValueError for the name "bad". */
  initRaises: boolean;
  /** __slots__ without __weakref__: weakref.ref raises TypeError. */
  noWeakref: boolean;
}

const INTS = [
  "0",
  "1",
  "-1",
  "2",
  "3",
  "-3",
  "7",
  "-7",
  "10",
  "255",
  "-256",
  "2**31",
  "2**53 + 1",
  "2**63",
  "-2**63",
  "2**64 - 1",
  "10**20",
  "-10**19",
  "12345678901234567890123",
  "True",
  "False",
];
const FLOATS = [
  "0.0",
  "-0.0",
  "0.5",
  "1.5",
  "-2.5",
  "2.5",
  "0.1",
  "1/3",
  "1e16",
  "1e308",
  "-1e308",
  "5e-324",
  "1e-7",
  "123456.789",
  "2.0**0.5",
  "float('inf')",
  "float('-inf')",
  "float('nan')",
  "9007199254740993.0",
  "-7.25",
];
const COMPLEX = ["1j", "2+3j", "-0j", "complex(1, -1)", "complex('inf')", "3.5-2j", "complex(0, float('nan'))"];
const SMALL = ["0", "1", "2", "3", "-1", "-2", "0.5", "-0.5", "2.5", "3.0"];
const FORMAT_SPECS = [
  "",
  ".3f",
  ".0f",
  "e",
  ".2e",
  "g",
  ".10g",
  ".17g",
  "+",
  ">10",
  "<8.2f",
  "^12",
  ",",
  "_",
  "x",
  "o",
  "b",
  "#x",
  "08.3f",
  "%",
  ".1%",
  "+.2f",
  "=+10",
  "*^9",
  "d",
  "#b",
  "n",
  "r",
  ".3",
];
const STRINGS = [
  '"hello world"',
  '""',
  '"ÄÖü straße"',
  '"a\\tb\\nc"',
  '"  spaced  "',
  '"MiXeD CaSe"',
  '"ß"',
  '"İi"',
  '"🐍x"',
  '"a,b,,c"',
  '"12"',
  '"-3.5"',
  '("x" * 5)',
  '"ǅ title"',
  '"line1\\nline2\\r\\nline3"',
  '"tab\\there"',
  '"%d items"',
  '"{}-{}"',
  '("ab" * 3)',
  '"Ωmega"',
  '"\\x00\\x7f\\x80"',
];
const CODECS = ['"utf-8"', '"latin-1"', '"ascii"', '"utf-16-le"', '"utf-8-sig"', '"cp1252"'];
const ERRORS = ['"strict"', '"replace"', '"ignore"', '"backslashreplace"', '"xmlcharrefreplace"'];
const KEYS = ["len", "str.lower", "abs", "lambda v: -v", "lambda v: (v % 3, v)", "str", "lambda v: v[-1:]"];

class Generator {
  private serial = 0;
  private classes: ClassInfo[] = [];
  private scopes: Scope[] = [];
  private functions = 0;
  private readonly lines: string[] = [];

  constructor(private readonly r: Random) {}

  program(): string {
    const r = this.r;
    const out = this.lines;
    // atexit too: CPython imports it at start-up, refpy (no site) on first use.
    // `threading` too: CPython's shutdown runs threading._shutdown() when
    // it is imported (allocating, so a collection can fall there), and the
    // installation the expected outputs are made with imports it at
    // start-up (its .pth files: programs/DIFFERENCES.md, collector counts).
    out.push("import gc, sys, weakref, math, atexit, threading");
    out.push("");
    out.push("def show(f):");
    out.push("    try:");
    out.push("        v = f()");
    out.push("    except Exception as e:");
    out.push("        print(type(e).__name__, e)");
    out.push("    else:");
    out.push("        print(repr(v))");
    out.push("");
    out.push("def cb(label):");
    out.push("    def callback(ref):");
    out.push("        print('weakref callback', label, ref() is None)");
    out.push("    return callback");
    out.push("");
    out.push("def holder(o):");
    out.push("    yield o.name");
    out.push("    yield len(o.name)");
    out.push("");
    out.push("def closure(o):");
    out.push("    def inner():");
    out.push("        return o.name");
    out.push("    return inner");
    out.push("");
    out.push("saved = []");
    out.push("bag = []");
    out.push("box = {}");
    out.push("");
    const nclasses = r.int(1, 3);
    for (let i = 0; i < nclasses; i++) this.defineClass(i);
    // The codec modules the program may use are imported first: importing
    // runs CPython's import system in Python, which refpy does natively
    // (programs/DIFFERENCES.md, collector counts), so a first use would
    // move the counts apart.
    out.push('for _codec in ("utf-16", "utf-16-le", "utf-8-sig", "cp1252"):');
    out.push('    "".encode(_codec)');
    out.push("del _codec");
    // Start-up allocates differently (refpy imports no site): a full
    // collection sets the generations' counts to zero on both sides.
    out.push("gc.collect()");
    if (r.chance(0.3)) out.push(`gc.set_threshold(${r.int(1, 40)}, ${r.int(1, 10)}, ${r.int(1, 10)})`);
    this.scopes.push({ vars: new Map(), inFunction: false });
    const count = r.int(15, 45);
    for (let i = 0; i < count; i++) this.emit(this.statement(0), 0);
    this.scopes.pop();
    if (r.chance(0.5)) out.push("print('collected', gc.collect())");
    out.push("print('end')");
    return `${out.join("\n")}\n`;
  }

  private emit(block: string[], indent: number): void {
    const pad = "    ".repeat(indent);
    for (const line of block) this.lines.push(pad + line);
  }

  private defineClass(i: number): void {
    const r = this.r;
    const name = `K${i}`;
    const base = i > 0 && r.chance(0.3) ? this.classes[r.int(0, i - 1)].name : "";
    const slots = base === "" && r.chance(0.2);
    const noWeakref = slots && r.chance(0.5);
    const initRaises = r.chance(0.4);
    const info: ClassInfo = { name, initRaises, noWeakref: noWeakref || (base !== "" && this.base(base).noWeakref) };
    const out = this.lines;
    out.push(`class ${name}${base ? `(${base})` : ""}:`);
    if (slots) out.push(`    __slots__ = ("name", "ref", "me"${noWeakref ? "" : ', "__weakref__"'})`);
    out.push("    def __init__(self, name):");
    out.push("        self.name = name");
    if (initRaises) {
      info.initRaises = true;
      out.push('        if name == "bad":');
      out.push(
        `        ${r.chance(0.5) ? "    self.ref = self\n            " : "    "}raise ValueError("cannot make " + name)`,
      );
    }
    const del = r.weighted([
      [5, "print"],
      [2, "raise"],
      [1, "resurrect"],
      [1, "attr"],
      [1, "none"],
    ] as const);
    if (del !== "none") {
      out.push("    def __del__(self):");
      out.push(`        print("del ${name}", self.name)`);
      if (del === "raise") out.push(`        raise RuntimeError("in __del__ of " + self.name)`);
      if (del === "resurrect") {
        out.push('        if self.name.endswith("!"):');
        out.push("            saved.append(self)");
      }
      if (del === "attr") out.push("        print(self.ref.name)");
    }
    if (r.chance(0.5)) {
      out.push("    def __repr__(self):");
      out.push(`        return "${name}(" + repr(self.name) + ")"`);
    }
    out.push("");
    this.classes.push(info);
  }

  private base(name: string): ClassInfo {
    return this.classes.find((c) => c.name === name)!;
  }

  private get scope(): Scope {
    return this.scopes[this.scopes.length - 1];
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.serial++}`;
  }

  private live(kind: Kind): string | null {
    const names = [...this.scope.vars].filter(([, k]) => k === kind).map(([n]) => n);
    return names.length === 0 ? null : this.r.pick(names);
  }

  private newObject(name: string): string[] {
    const c = this.r.pick(this.classes);
    const label = this.r.chance(0.15) ? `${name}!` : name;
    if (c.initRaises && this.r.chance(0.25)) {
      return [
        "try:",
        `    ${name} = ${c.name}("bad")`,
        "except ValueError as e:",
        `    print("init failed:", e)`,
        `    ${name} = ${c.name}("${label}")`,
      ];
    }
    return [`${name} = ${c.name}("${label}")`];
  }

  /** One statement (possibly compound), as lines without indentation. */
  private statement(depth: number): string[] {
    const r = this.r;
    const kind = r.weighted([
      [30, "memory"],
      [8, "number"],
      [6, "string"],
      [6, "container"],
      [depth < 1 ? 4 : 0, "function"],
    ] as const);
    if (kind === "number") return this.numberStatement();
    if (kind === "string") return this.stringStatement();
    if (kind === "container") return this.containerStatement();
    if (kind === "function") return this.functionScope(depth);
    return this.memoryStatement();
  }

  private memoryStatement(): string[] {
    const r = this.r;
    const vars = this.scope.vars;
    const obj = this.live("obj");
    const other = this.live("obj");
    const choice = r.weighted([
      [obj === null ? 20 : 6, "new"],
      [obj ? 5 : 0, "link"],
      [obj ? 2 : 0, "self"],
      [obj ? 5 : 0, "del"],
      [obj ? 3 : 0, "rebind"],
      [obj ? 4 : 0, "bag"],
      [3, "unbag"],
      [obj ? 3 : 0, "weakref"],
      [this.live("wref") ? 2 : 0, "deref"],
      [obj ? 2 : 0, "finalize"],
      [4, "collect"],
      [1, "threshold"],
      [1, "count"],
      [obj ? 3 : 0, "refcount"],
      [obj ? 2 : 0, "generator"],
      [this.live("gen") ? 2 : 0, "advance"],
      [obj ? 2 : 0, "closure"],
      [this.live("fn") ? 2 : 0, "call"],
      [2, "recursion"],
      [obj ? 2 : 0, "raise"],
      [this.live("err") ? 2 : 0, "dropErr"],
      [1, "listcycle"],
      [1, "temporary"],
      [1, "getsizeof"],
      [obj ? 1 : 0, "tracked"],
      [1, "disable"],
    ] as const);
    switch (choice) {
      case "new": {
        const name = this.fresh("o");
        const lines = this.newObject(name);
        vars.set(name, "obj");
        return lines;
      }
      case "link":
        return [`${obj}.ref = ${other}`];
      case "self":
        return [`${obj}.me = ${obj}`];
      case "del":
        vars.delete(obj!);
        return [`del ${obj}`];
      case "rebind":
        if (r.chance(0.5)) {
          vars.delete(obj!);
          vars.set(obj!, "list");
          return [`${obj} = None`];
        }
        return this.newObject(obj!);
      case "bag":
        return r.pick([
          [`bag.append(${obj})`],
          [`box[${r.int(0, 4)}] = ${obj}`],
          [`bag.insert(0, (${obj}, ${other}))`],
        ]);
      case "unbag":
        return r.pick([
          ["if bag:", "    print('popped', bag.pop())"],
          ["bag.clear()"],
          [`print(box.pop(${r.int(0, 4)}, None))`],
          ["del bag[::2]"],
          ["box.clear()"],
          ["bag.reverse()"],
        ]);
      case "weakref": {
        const name = this.fresh("w");
        vars.set(name, "wref");
        const c = r.chance(0.6) ? `, cb("${name}")` : "";
        return [
          "try:",
          `    ${name} = weakref.ref(${obj}${c})`,
          "except TypeError as e:",
          "    print(e)",
          `    ${name} = lambda: None`,
        ];
      }
      case "deref": {
        const w = this.live("wref")!;
        return [`print("${w} alive:", ${w}() is not None)`];
      }
      case "finalize":
        return [
          "try:",
          `    weakref.finalize(${obj}, print, "finalize", "${obj}")`,
          "except TypeError as e:",
          "    print(e)",
        ];
      case "collect":
        return r.pick([
          ["print('collect', gc.collect())"],
          [`print('collect', gc.collect(${r.int(0, 2)}))`],
          ["gc.collect()"],
        ]);
      case "threshold":
        return [`gc.set_threshold(${r.int(1, 30)}, ${r.int(1, 5)}, ${r.int(1, 5)})`];
      case "count":
        return ["print('count', gc.get_count())"];
      case "refcount":
        return [`print('refcount', sys.getrefcount(${obj}))`];
      case "generator": {
        const name = this.fresh("g");
        vars.set(name, "gen");
        return [`${name} = holder(${obj})`];
      }
      case "advance": {
        const g = this.live("gen")!;
        if (r.chance(0.3)) {
          vars.delete(g);
          return r.chance(0.5) ? [`del ${g}`] : [`${g}.close()`, `del ${g}`];
        }
        return [`print(next(${g}, "exhausted"))`];
      }
      case "closure": {
        const name = this.fresh("f");
        vars.set(name, "fn");
        return [`${name} = closure(${obj})`];
      }
      case "call": {
        const f = this.live("fn")!;
        if (r.chance(0.3)) {
          vars.delete(f);
          return [`del ${f}`];
        }
        return [`print(${f}())`];
      }
      case "recursion": {
        const fn = this.fresh("rec");
        const c = r.pick(this.classes).name;
        const depth = r.int(1, 6);
        return [
          `def ${fn}(n):`,
          `    t = ${c}("${fn}-" + str(n))`,
          "    if n == 0:",
          r.chance(0.3) ? "        raise KeyError(t.name)" : "        return t.name",
          `    return ${fn}(n - 1)`,
          "try:",
          `    print(${fn}(${depth}))`,
          "except KeyError as e:",
          "    print('KeyError', e)",
        ];
      }
      case "raise": {
        const name = this.fresh("e");
        vars.set(name, "err");
        return ["try:", `    raise LookupError(${obj})`, "except LookupError as exc:", `    ${name} = exc`];
      }
      case "dropErr": {
        const e = this.live("err")!;
        vars.delete(e);
        return r.pick([[`del ${e}`], [`print(type(${e}).__name__, len(${e}.args))`, `del ${e}`]]);
      }
      case "listcycle": {
        const name = this.fresh("l");
        vars.set(name, "list");
        return [`${name} = [${r.int(0, 9)}]`, `${name}.append(${name})`, r.chance(0.5) ? `del ${name}` : "pass"];
      }
      case "temporary": {
        const c = r.pick(this.classes).name;
        return [`print(${c}("tmp${this.serial++}").name)`];
      }
      case "getsizeof":
        return [
          r.pick([
            `print(sys.getsizeof([0] * ${r.int(0, 20)}))`,
            "print(sys.getsizeof(bag), sys.getsizeof(box))",
            `print(sys.getsizeof(${r.pick(INTS)}))`,
            `print(sys.getsizeof(${r.pick(STRINGS)}))`,
            "print(sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof({}), sys.getsizeof(set()))",
          ]),
        ];
      case "tracked":
        return [
          `print(gc.is_tracked(${obj}), gc.is_tracked(bag), gc.is_tracked(${r.pick(["1", "(1, 2)", "[]", '"s"', "{}"])}))`,
        ];
      case "disable":
        return r.pick([["gc.disable()"], ["gc.enable()"], ["print(gc.isenabled())"]]);
    }
  }

  private functionScope(depth: number): string[] {
    const r = this.r;
    const fn = `scope${this.functions++}`;
    this.scopes.push({ vars: new Map(), inFunction: true });
    const body: string[] = [];
    const n = r.int(2, 8);
    for (let i = 0; i < n; i++) body.push(...this.statement(depth + 1));
    const escaping = this.live("obj");
    if (escaping !== null && r.chance(0.4)) body.push(`return ${escaping}`);
    this.scopes.pop();
    const returns = body[body.length - 1] === `return ${escaping}`;
    const call = returns && r.chance(0.7) ? this.fresh("o") : null;
    if (call !== null) this.scope.vars.set(call, "obj");
    return [
      `def ${fn}():`,
      ...body.map((l) => `    ${l}`),
      call !== null ? `${call} = ${fn}()` : `${fn}()`,
      ...(r.chance(0.3) ? [`print("after ${fn}")`] : []),
    ];
  }

  private number(depth: number): string {
    const r = this.r;
    const leaf = () =>
      r.weighted([
        [5, () => r.pick(INTS)],
        [5, () => r.pick(FLOATS)],
        [1, () => r.pick(COMPLEX)],
      ] as const)();
    if (depth >= 2 || r.chance(0.4)) return leaf();
    const a = this.number(depth + 1);
    const form = r.weighted([
      [3, "bin"],
      [1, "pow"],
      [1, "unary"],
      [2, "call"],
    ] as const);
    if (form === "bin") {
      const op = r.pick(["+", "-", "*", "/", "//", "%", "<", "==", "!=", "&", "|", "^", ">>"]);
      return `(${a} ${op} ${this.number(depth + 1)})`;
    }
    if (form === "pow") return `(${a} ** ${r.pick(SMALL)})`;
    if (form === "unary") return `(${r.pick(["-", "+", "~", "not "])}${a})`;
    const f = r.pick([
      "divmod",
      "round",
      "abs",
      "int",
      "float",
      "math.floor",
      "math.ceil",
      "math.trunc",
      "math.fmod",
      "pow",
      "max",
      "min",
      "math.copysign",
      "complex",
      "bool",
      "math.isqrt",
      "math.sqrt",
      "math.gcd",
      "round2",
      "shift",
    ]);
    if (
      f === "divmod" ||
      f === "math.fmod" ||
      f === "max" ||
      f === "min" ||
      f === "math.copysign" ||
      f === "math.gcd"
    ) {
      return `${f}(${a}, ${this.number(depth + 1)})`;
    }
    if (f === "pow") return `pow(${a}, ${r.pick(["2", "3", "-1", "0"])}, ${r.pick(["7", "10", "-3", "1"])})`;
    if (f === "round2") return `round(${a}, ${r.int(-3, 5)})`;
    if (f === "shift") return `(${a} << ${r.int(-1, 70)})`;
    return `${f}(${a})`;
  }

  private numberStatement(): string[] {
    const r = this.r;
    const x = this.number(0);
    return r.weighted([
      [6, () => [`show(lambda: ${x})`]],
      [3, () => [`show(lambda: format(${x}, "${r.pick(FORMAT_SPECS)}"))`]],
      [2, () => [`show(lambda: str(${x}))`]],
      [1, () => [`show(lambda: "%${r.pick(["d", "5.2f", "x", "e", "r", "s", "g", "+.3f", "o", "i"])}" % (${x},))`]],
      [1, () => [`show(lambda: f"{${x}!r:>20}|{${r.pick(INTS)}:_}")`]],
      [
        1,
        () => [
          `show(lambda: ${r.pick(["int", "float", "complex"])}(${r.pick(['"1_000"', '" 42 "', '"0x1f"', '"1e-3"', '"-inf"', '"nan"', '"1+2j"', '"3.5"', '"١٢"', '"12abc"', '""'])}))`,
        ],
      ],
      [
        1,
        () => [
          `show(lambda: int(${r.pick(['"ff"', '"0o17"', '"z"', '"-101"', '"0b11"'])}, ${r.pick(["0", "2", "8", "16", "36"])}))`,
        ],
      ],
      [1, () => [`show(lambda: (${x}).as_integer_ratio())`, `show(lambda: (${x}).is_integer())`]],
      [1, () => [`show(lambda: sorted([${x}, ${this.number(1)}, ${this.number(1)}]))`]],
    ] as const)();
  }

  private string(): string {
    const r = this.r;
    const s = r.pick(STRINGS);
    return r.chance(0.8) ? s : `(${s} + ${r.pick(STRINGS)})`;
  }

  private stringStatement(): string[] {
    const r = this.r;
    const s = this.string();
    const t = r.pick(STRINGS);
    const i = r.int(-6, 8);
    const j = r.int(-6, 8);
    const expr = r.pick([
      `${s}[${i}]`,
      `${s}[${i}:${j}]`,
      `${s}[${i}:${j}:${r.pick(["-1", "2", "-2", "3", "0"])}]`,
      `${s}[::-1]`,
      `${s}.${r.pick(["upper", "lower", "title", "capitalize", "casefold", "swapcase", "strip", "lstrip", "rstrip", "isdigit", "isalpha", "isspace", "isnumeric", "isidentifier", "istitle", "isprintable", "isupper", "splitlines", "split"])}()`,
      `${s}.split(${r.pick(['","', '" "', '"a"', "None"])}, ${r.int(-1, 3)})`,
      `${s}.rsplit(${r.pick(['","', '" "', "None"])}, ${r.int(-1, 2)})`,
      `${s}.splitlines(True)`,
      `${s}.partition(${r.pick(['","', '" "', '"l"'])})`,
      `${s}.rpartition(${r.pick(['","', '" "', '"l"'])})`,
      `${s}.replace(${r.pick(['"l"', '""', '"a"', '" "'])}, ${r.pick(['"L"', '""', '"--"'])}, ${r.int(-1, 3)})`,
      `${s}.${r.pick(["find", "rfind", "index", "rindex", "count"])}(${r.pick(['"l"', '""', '"o"', '"a"', '"z"'])})`,
      `${s}.${r.pick(["center", "ljust", "rjust"])}(${r.int(0, 16)}, ${r.pick(['"*"', '"-"', '" "'])})`,
      `${s}.zfill(${r.int(0, 10)})`,
      `${s}.expandtabs(${r.int(0, 8)})`,
      `${s}.startswith((${r.pick(['"h"', '"a"', '""'])}, ${t}))`,
      `${s}.endswith(${t}, ${i})`,
      `${r.pick(['"-"', '", "', '""'])}.join([${s}, ${t}, ${s}])`,
      `${s}.encode(${r.pick(CODECS)}, ${r.pick(ERRORS)})`,
      `${s}.encode("utf-8").decode(${r.pick(CODECS)}, ${r.pick(ERRORS)})`,
      `${s}.encode(${r.pick(CODECS)}, "replace").hex()`,
      `bytes(${s}, "utf-8")[${i}:${j}]`,
      `repr(${s})`,
      `ascii(${s})`,
      `[ord(c) for c in ${s}[:4]]`,
      `sorted(${s})`,
      `${s} * ${r.int(-1, 3)}`,
      `${s} < ${t}`,
      `${s}.translate(str.maketrans("abl", "xyz", "o"))`,
      `${s}.removeprefix(${t}).removesuffix("c")`,
      `"{!r:>12}|{:^9}|{}".format(${s}, ${t}, ${r.pick(INTS)})`,
      `"%s|%r|%5s|%-6s|" % (${s}, ${t}, ${s}[:2], ${r.pick(INTS)})`,
      `"{!a}{:.3}".format(${s}, ${t})`,
      `format(${s}, "${r.pick(["", ">10", "<5", "^7", ".2", "x<6", "s"])}")`,
      `${s}.title().swapcase().split()`,
      `chr(${r.pick(["0", "65", "0x10FFFF", "0x110000", "-1", "223", "304"])})`,
      `${s}.encode("utf-16")[:6]`,
      `list(${s}.encode("latin-1", "replace"))[:5]`,
      `(${s}.isascii(), ${s}.isdecimal(), len(${s}))`,
    ]);
    return [`show(lambda: ${expr})`];
  }

  private containerStatement(): string[] {
    const r = this.r;
    const nums = Array.from({ length: r.int(0, 8) }, () => r.int(-5, 12));
    const words = ["pear", "Apple", "fig", "banana", "kiwi", "apple", "Fig", "date"];
    const strs = Array.from({ length: r.int(0, 6) }, () => JSON.stringify(r.pick(words)));
    const lst = `[${nums.join(", ")}]`;
    const slst = `[${strs.join(", ")}]`;
    const key = r.pick(KEYS);
    return r.pick([
      [
        `show(lambda: sorted(${slst}, key=${r.pick(["len", "str.lower", "lambda v: v[-1:]", "str"])}${r.chance(0.5) ? ", reverse=True" : ""}))`,
      ],
      [`show(lambda: sorted(${lst}, key=${r.pick(["abs", "lambda v: -v", "lambda v: (v % 3, v)", "str"])}))`],
      [`show(lambda: sorted(${lst} + ${slst}, key=${key}))`],
      [
        "t = " + lst,
        `t.${r.pick(["sort()", "reverse()", `insert(${r.int(-3, 9)}, 99)`, `pop(${r.int(-3, 8)})`, `remove(${r.int(-2, 5)})`, "extend(t)", "append(t[:1])", "clear()"])}`,
        "print(t)",
      ]
        .map((l, k) =>
          k === 1 ? `try:\n    ${l}\nexcept (IndexError, ValueError) as e:\n    print(type(e).__name__, e)` : l,
        )
        .join("\n")
        .split("\n"),
      [
        "t = " + lst,
        `t[${r.int(-3, 3)}:${r.int(-3, 6)}] = ${r.pick(["[]", "[7, 8, 9]", "range(3)", '"ab"'])}`,
        "print(t, len(t))",
      ],
      ["t = " + lst, `del t[${r.int(-4, 4)}:${r.int(-4, 8)}:${r.pick(["1", "2", "-1", "3"])}]`, "print(t)"],
      [`show(lambda: (${lst}.index(${r.int(-2, 5)}), ${lst}.count(${r.int(-2, 5)})))`],
      [
        `show(lambda: (min(${lst}, default=None), max(${lst}, key=${r.pick(["abs", "lambda v: -v", "str"])}, default="none"), sum(${lst})))`,
      ],
      [`show(lambda: list(zip(${lst}, ${slst}, range(3))))`],
      [`show(lambda: list(enumerate(${slst}, ${r.int(-2, 3)})))`],
      [`show(lambda: ${lst} * ${r.int(-1, 3)} + [None])`],
      [
        `d = dict.fromkeys(${slst}, 0)`,
        ...strs.slice(0, 2).map((s) => `d[${s}] = len(${s})`),
        ...(strs.length > 0 ? [`del d[${strs[0]}]`, `d[${strs[0]}] = "again"`] : []),
        `print(d, list(d.items())[:3], d.get("zzz"), d.setdefault("fig", 1))`,
        `print(d.popitem() if d else None, len(d), sorted(d, key=d.get) if all(type(v) is int for v in d.values()) else None)`,
      ],
      [`show(lambda: {**dict(a=1, b=2), ${r.pick(["'a'", "'c'", "1", "True"])}: 3} | {"b": [0]})`],
      [`show(lambda: {k: k % 4 for k in ${lst}})`],
      [
        `s = set(${lst})`,
        `s.${r.pick(["add(3)", "discard(1)", "remove(0)", `update(${lst})`, "pop()", "clear()"])} if s or True else None`,
      ]
        .map((l, k) => (k === 1 ? `try:\n    ${l}\nexcept KeyError as e:\n    print("KeyError", e)` : l))
        .join("\n")
        .split("\n")
        .concat(["print(s, len(s))"]),
      [
        `show(lambda: set(${lst}) ${r.pick(["|", "&", "-", "^", "<=", "<", "=="])} set(${JSON.stringify(nums.slice(0, 3))}))`,
      ],
      [`show(lambda: frozenset(${lst}) | {${r.int(100, 200)}, -${r.int(1, 50)}, ${r.int(2 ** 20, 2 ** 30)}})`],
      [`show(lambda: sorted(set(${slst})))`],
      [`show(lambda: tuple(${lst}) ${r.pick(["<", "==", ">="])} tuple(${lst}[::-1]))`],
      [`show(lambda: list(reversed(${lst}))[${r.int(-2, 2)}:])`],
      [`show(lambda: [x for x in ${lst} if x % 2] + [y * 2 for y in range(${r.int(0, 4)})])`],
      [`show(lambda: ${lst}[${r.int(-9, 9)}])`],
    ]);
  }
}
