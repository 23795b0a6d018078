/**
 * The disassembler: CPython 3.11's Lib/dis.py over a refpy `CodeUnit`.
 *
 * `getInstructions(code)` yields records shaped like `dis.Instruction`
 * (opname, opcode, arg, argval, argrepr, offset, starts_line,
 * is_jump_target, positions); `disassemble(code)` prints what
 * `dis.dis(code)` prints in 3.11: the line-number column, `>>` on jump and
 * exception targets, byte offsets, opnames padded to 20, arguments right-
 * aligned to 5, `(argrepr)`, a blank line before each new source line, the
 * `ExceptionTable:` section, then each nested code object after
 * `Disassembly of <code object …>:`.
 *
 * refpy has no inline CACHE entries, so offsets are smaller than
 * CPython's; everything else (argument meanings and their spelling) is
 * 3.11's: `IS_OP`, `CONTAINS_OP` and `KW_NAMES` print no argrepr there,
 * and neither do they here.
 */
import type { CodeUnit, Const } from "./code.js";
import { OPCODE_BY_CODE, HAVE_ARGUMENT, CMP_OP, NB_OPS, Op } from "./opcodes.js";

export interface Positions {
  lineno: number | null;
  end_lineno: number | null;
  col_offset: number | null;
  end_col_offset: number | null;
}

export type ArgVal =
  | null
  | number
  | string
  | Const
  | { conversion: "str" | "repr" | "ascii" | null; with_format: boolean };

export interface Instruction {
  opname: string;
  opcode: number;
  arg: number | null;
  argval: ArgVal;
  argrepr: string;
  offset: number;
  starts_line: number | null;
  is_jump_target: boolean;
  positions: Positions;
}

export interface DisOptions {
  /** Address text for a code object's repr (the runtime passes `id()`s). */
  addressOf?: (code: CodeUnit) => string;
}

// ---------------------------------------------------------------- reprs

const fakeAddresses = new WeakMap<CodeUnit, string>();
let nextFake = 0;

function defaultAddress(code: CodeUnit): string {
  let a = fakeAddresses.get(code);
  if (a === undefined) {
    a = "0x" + (0x7f0000001000 + 0x100 * nextFake++).toString(16);
    fakeAddresses.set(code, a);
  }
  return a;
}

/** repr() of a Python float, as CPython's float_repr ('r' format); without ".0"
 *  (`addDot0` false) as the parts of a complex show. */
export function floatRepr(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const dot0 = addDot0 ? ".0" : "";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + dot0;
  const [mant, expS] = x.toExponential().split("e") as [string, string];
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  const exp = Number(expS);
  const decpt = exp + 1;
  let out: string;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) out = "0." + "0".repeat(-decpt) + digits;
    else if (decpt >= digits.length) out = digits + "0".repeat(decpt - digits.length) + dot0;
    else out = digits.slice(0, decpt) + "." + digits.slice(decpt);
  } else {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const e = exp < 0 ? "-" + String(-exp).padStart(2, "0") : "+" + String(exp).padStart(2, "0");
    out = m + "e" + e;
  }
  return neg ? "-" + out : out;
}

/** repr() of a complex, as CPython's complex_repr: the parts as float
 *  repr without ".0", no parentheses when the real part is +0. */
export function complexRepr(real: number, imag: number): string {
  const im = floatRepr(imag, false);
  if (real === 0 && !Object.is(real, -0)) return im + "j";
  return "(" + floatRepr(real, false) + (im[0] === "-" ? "" : "+") + im + "j)";
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** repr() of a Python str, as CPython's unicode_repr. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x7f) out += ch;
    else if (ch !== " " && NON_PRINTABLE.test(ch)) {
      if (cp <= 0xff) out += "\\x" + cp.toString(16).padStart(2, "0");
      else if (cp <= 0xffff) out += "\\u" + cp.toString(16).padStart(4, "0");
      else out += "\\U" + cp.toString(16).padStart(8, "0");
    } else out += ch;
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? '"' : "'";
  let out = "b" + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote;
}

/** repr() of a constant as dis shows it. */
export function constRepr(c: Const, opts: DisOptions = {}): string {
  switch (c.kind) {
    case "int":
      return c.value.toString();
    case "float":
      return floatRepr(c.value);
    case "complex":
      return complexRepr(c.real, c.imag);
    case "str":
      return strRepr(c.value);
    case "bytes":
      return bytesRepr(c.value);
    case "bool":
      return c.value ? "True" : "False";
    case "None":
      return "None";
    case "Ellipsis":
      return "Ellipsis";
    case "tuple":
      if (c.items.length === 1) return "(" + constRepr(c.items[0]!, opts) + ",)";
      return "(" + c.items.map((x) => constRepr(x, opts)).join(", ") + ")";
    case "frozenset":
      if (!c.items.length) return "frozenset()";
      return "frozenset({" + c.items.map((x) => constRepr(x, opts)).join(", ") + "})";
    case "code":
      return codeRepr(c.code, opts);
  }
}

/** `<code object f at 0x…, file "x.py", line 1>` */
export function codeRepr(code: CodeUnit, opts: DisOptions = {}): string {
  const addr = (opts.addressOf ?? defaultAddress)(code);
  return `<code object ${code.co_name} at ${addr}, file "${code.co_filename}", line ${code.co_firstlineno}>`;
}

// ---------------------------------------------------------------- instructions

function isBackwardJump(name: string): boolean {
  return name.includes("JUMP_BACKWARD");
}

/** Names indexed by LOAD_FAST & co. and by MAKE_CELL & co.: localsplus. */
function localsplusName(code: CodeUnit, i: number): string {
  return code.co_localsplusnames[i] ?? `<${i}>`;
}

/** findlinestarts: byte offset → line, where the line changes. */
export function findLinestarts(code: CodeUnit): Map<number, number> {
  const starts = new Map<number, number>();
  let last: number | null = null;
  const n = code.co_code.length / 2;
  for (let u = 0; u < n; u++) {
    const line = code.co_positions[4 * u]!;
    if (line !== -1 && line !== last) {
      starts.set(2 * u, line);
      last = line;
    }
  }
  return starts;
}

function jumpTargets(code: CodeUnit): Set<number> {
  const labels = new Set<number>();
  let ext = 0;
  for (let off = 0; off < code.co_code.length; off += 2) {
    const op = code.co_code[off]!;
    const info = OPCODE_BY_CODE[op];
    const arg = code.co_code[off + 1]! | ext;
    ext = op === Op.EXTENDED_ARG ? arg << 8 : 0;
    if (info && (info.arg === "jrel" || info.arg === "jback")) {
      labels.add(off + 2 + (isBackwardJump(info.name) ? -arg : arg) * 2);
    }
  }
  for (const e of code.co_exceptiontable) labels.add(e.target * 2);
  return labels;
}

const MAKE_FUNCTION_FLAGS = ["defaults", "kwdefaults", "annotations", "closure"];
const FORMAT_CONVERTERS = [null, "str", "repr", "ascii"] as const;

/** dis.get_instructions(code) */
export function getInstructions(code: CodeUnit, opts: DisOptions = {}): Instruction[] {
  const out: Instruction[] = [];
  const linestarts = findLinestarts(code);
  const labels = jumpTargets(code);
  let ext = 0;
  for (let off = 0; off < code.co_code.length; off += 2) {
    const op = code.co_code[off]!;
    const info = OPCODE_BY_CODE[op];
    if (!info) throw new Error(`dis: unknown opcode ${op} at offset ${off}`);
    let arg: number | null = null;
    if (op >= HAVE_ARGUMENT) {
      arg = code.co_code[off + 1]! | ext;
      ext = op === Op.EXTENDED_ARG ? arg << 8 : 0;
    } else {
      ext = 0;
    }
    let argval: ArgVal = arg;
    let argrepr = "";
    if (arg !== null) {
      switch (info.arg) {
        case "const":
          argval = code.co_consts[arg] ?? null;
          if (op === Op.LOAD_CONST && argval !== null) argrepr = constRepr(argval as Const, opts);
          break;
        case "name":
          argval = code.co_names[arg] ?? `<${arg}>`;
          argrepr = argval;
          break;
        case "global": {
          const name = code.co_names[arg >> 1] ?? `<${arg >> 1}>`;
          argval = name;
          argrepr = arg & 1 ? "NULL + " + name : name;
          break;
        }
        case "jrel":
        case "jback": {
          const signed = isBackwardJump(info.name) ? -arg : arg;
          argval = off + 2 + signed * 2;
          argrepr = "to " + argval;
          break;
        }
        case "local":
        case "free":
          argval = localsplusName(code, arg);
          argrepr = argval;
          break;
        case "compare":
          argval = CMP_OP[arg] ?? `<${arg}>`;
          argrepr = argval;
          break;
        case "format": {
          const conversion = FORMAT_CONVERTERS[arg & 3]!;
          argval = { conversion, with_format: (arg & 4) !== 0 };
          argrepr = conversion ?? "";
          if (arg & 4) argrepr += (argrepr ? ", " : "") + "with format";
          break;
        }
        case "binop":
          argrepr = NB_OPS[arg] ?? "";
          break;
        case "int":
          if (op === Op.MAKE_FUNCTION) {
            argrepr = MAKE_FUNCTION_FLAGS.filter((_, i) => arg! & (1 << i)).join(", ");
          }
          break;
        case "is":
        case "contains":
        case "none":
          break;
      }
    }
    const u = off / 2;
    const p = (k: number): number | null => {
      const v = code.co_positions[4 * u + k];
      return v === undefined || v === -1 ? null : v;
    };
    out.push({
      opname: info.name,
      opcode: op,
      arg,
      argval,
      argrepr,
      offset: off,
      starts_line: linestarts.get(off) ?? null,
      is_jump_target: labels.has(off),
      positions: { lineno: p(0), end_lineno: p(1), col_offset: p(2), end_col_offset: p(3) },
    });
  }
  return out;
}

/** Instruction._disassemble */
function formatInstruction(ins: Instruction, linenoWidth: number, offsetWidth: number): string {
  const fields: string[] = [];
  if (linenoWidth) {
    fields.push(ins.starts_line !== null ? String(ins.starts_line).padStart(linenoWidth) : " ".repeat(linenoWidth));
  }
  fields.push("   ");
  fields.push(ins.is_jump_target ? ">>" : "  ");
  fields.push(String(ins.offset).padStart(offsetWidth));
  fields.push(ins.opname.padEnd(20));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(5));
    if (ins.argrepr) fields.push("(" + ins.argrepr + ")");
  }
  return fields.join(" ").trimEnd();
}

/** dis.disassemble(code) for one code object (no nested ones). */
export function disassembleOne(code: CodeUnit, opts: DisOptions = {}): string {
  const lines: string[] = [];
  const linestarts = findLinestarts(code);
  let linenoWidth = 0;
  if (linestarts.size) {
    const maxlineno = Math.max(...linestarts.values());
    linenoWidth = maxlineno >= 1000 ? String(maxlineno).length : 3;
  }
  const maxoffset = code.co_code.length - 2;
  const offsetWidth = maxoffset >= 10000 ? String(maxoffset).length : 4;
  for (const ins of getInstructions(code, opts)) {
    if (linenoWidth && ins.starts_line !== null && ins.offset > 0) lines.push("");
    lines.push(formatInstruction(ins, linenoWidth, offsetWidth));
  }
  if (code.co_exceptiontable.length) {
    lines.push("ExceptionTable:");
    for (const e of code.co_exceptiontable) {
      lines.push(`  ${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? " lasti" : ""}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** dis.dis(code): the code object, then every nested one, recursively. */
export function disassemble(code: CodeUnit, opts: DisOptions = {}): string {
  let out = disassembleOne(code, opts);
  for (const c of code.co_consts) {
    if (c.kind === "code") {
      out += "\nDisassembly of " + codeRepr(c.code, opts) + ":\n";
      out += disassemble(c.code, opts);
    }
  }
  return out;
}
