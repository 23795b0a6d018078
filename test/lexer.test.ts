/**
 * The tokenizer: the layout pass (NEWLINE, INDENT, DEDENT, brackets, blank
 * and comment lines, continuations, tabs) and literal tokens (every string
 * form, escapes, f-string parts, numbers).
 */
import { describe, expect, it } from "vitest";
import type { IToken } from "chevrotain";
import { CompileError } from "../src/ast/errors.js";
import { tokenize } from "../grammar/lexer.js";
import { Source } from "../grammar/source.js";
import { decodeBody, splitString } from "../grammar/strings.js";
import { parse } from "../grammar/parse.js";
import type { Constant, ExprStmt, JoinedStr } from "../src/ast/nodes.js";

function toks(src: string): IToken[] {
  return tokenize(new Source(src, "x.py"));
}

/** Token names, with the image for names, numbers, strings and operators. */
function layout(src: string): string {
  return toks(src)
    .map((t) => {
      const name = t.tokenType.name;
      if (name === "NAME" || name === "NUMBER" || name === "STRING") return t.image;
      if (name.startsWith("KW_")) return t.image;
      if (["NEWLINE", "INDENT", "DEDENT", "ENDMARKER"].includes(name) || name.startsWith("FSTRING")) return name;
      return t.image;
    })
    .join(" ");
}

function lexError(src: string): CompileError {
  try {
    toks(src);
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error("no error");
}

/** The value of a one-expression module's constant. */
function constant(src: string): Constant["value"] {
  const stmt = parse(src, "x.py", "exec").body[0] as ExprStmt;
  return (stmt.value as Constant).value;
}

describe("indentation", () => {
  it("emits INDENT and DEDENT around a block", () => {
    expect(layout("if x:\n    y\nz\n")).toBe("if x : NEWLINE INDENT y NEWLINE DEDENT z NEWLINE ENDMARKER");
  });
  it("closes several blocks at once, and all blocks at end of input", () => {
    expect(layout("if a:\n  if b:\n    c\nd\nif e:\n  f")).toBe(
      "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT d NEWLINE if e : NEWLINE INDENT f NEWLINE DEDENT ENDMARKER",
    );
  });
  it("ignores blank and comment-only lines, whatever their indentation", () => {
    expect(layout("a\n\n   \n  # c\n\t# d\nb  # e\n")).toBe("a NEWLINE b NEWLINE ENDMARKER");
  });
  it("joins lines inside brackets without NEWLINE or INDENT", () => {
    expect(layout("x = (1,\n        2,\n  3)\ny\n")).toBe("x = ( 1 , 2 , 3 ) NEWLINE y NEWLINE ENDMARKER");
  });
  it("joins lines after a backslash", () => {
    expect(layout("x = 1 + \\\n      2\n")).toBe("x = 1 + 2 NEWLINE ENDMARKER");
  });
  it("counts a tab as reaching the next multiple of 8", () => {
    expect(layout("if x:\n\ty\n\tz\n")).toBe("if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT ENDMARKER");
  });
  it("rejects tabs and spaces whose meaning depends on the tab size", () => {
    const e = lexError("if x:\n        a\n\tb\n");
    expect([e.kind, e.msg, e.lineno]).toEqual(["TabError", "inconsistent use of tabs and spaces in indentation", 3]);
  });
  it("rejects an unindent to no enclosing level", () => {
    const e = lexError("if x:\n    a\n  b\n");
    expect([e.kind, e.msg, e.lineno, e.offset]).toEqual([
      "IndentationError",
      "unindent does not match any outer indentation level",
      3,
      4,
    ]);
  });
  it("accepts CRLF and CR line ends", () => {
    expect(layout("if x:\r\n  y\r\nz\rw")).toBe("if x : NEWLINE INDENT y NEWLINE DEDENT z NEWLINE w NEWLINE ENDMARKER");
  });
  it("adds the missing final NEWLINE", () => {
    expect(layout("x")).toBe("x NEWLINE ENDMARKER");
    expect(layout("")).toBe("ENDMARKER");
  });
  it("gives tokens lines and columns", () => {
    const [a, , b] = toks("x\n  # c\ny = 1");
    expect([a.startLine, a.startColumn, b.startLine, b.startColumn, b.image]).toEqual([1, 1, 3, 1, "y"]);
  });
});

describe("brackets", () => {
  it("reports an unclosed bracket where it opened", () => {
    const e = lexError("x = [1,\n2\n");
    expect([e.msg, e.lineno, e.offset]).toEqual(["'[' was never closed", 1, 5]);
  });
  it("reports an unmatched closer", () => {
    expect(lexError("x = )\n").msg).toBe("unmatched ')'");
  });
  it("reports mismatched pairs, naming the opener's line when it differs", () => {
    expect(lexError("(]").msg).toBe("closing parenthesis ']' does not match opening parenthesis '('");
    expect(lexError("(\n]").msg).toBe("closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  });
});

describe("names, keywords and numbers", () => {
  it("turns keywords into keyword tokens, keeps soft keywords as names", () => {
    const kinds = toks("if match case _ None").map((t) => t.tokenType.name);
    expect(kinds.slice(0, 5)).toEqual(["KW_if", "NAME", "NAME", "NAME", "KW_None"]);
  });
  it("accepts non-ASCII identifiers and rejects other characters", () => {
    expect(layout("名前 = 1")).toBe("名前 = 1 NEWLINE ENDMARKER");
    expect(lexError("x = a€").msg).toBe("invalid character '€' (U+20AC)");
    expect(lexError("x = \u00a0").msg).toBe("invalid non-printable character U+00A0");
  });
  it("lexes every number form", () => {
    expect(layout("0 00 1_000 0x_fF 0o17 0b1_0 1. .5 1e10 1.5E-3 1_0.0_1")).toBe(
      "0 00 1_000 0x_fF 0o17 0b1_0 1. .5 1e10 1.5E-3 1_0.0_1 NEWLINE ENDMARKER",
    );
    expect(constant("0x_fF")).toEqual({ kind: "int", value: 255n });
    expect(constant("12345678901234567890123")).toEqual({ kind: "int", value: 12345678901234567890123n });
    expect(constant("1_0.0_1")).toEqual({ kind: "float", value: 10.01 });
  });
  it("reads imaginary literals as complex constants", () => {
    expect(layout("1j 2.5J 1e3j 01j .5j")).toBe("1j 2.5J 1e3j 01j .5j NEWLINE ENDMARKER");
    expect(constant("2.5J")).toEqual({ kind: "complex", real: 0, imag: 2.5 });
    expect(constant("1_0e-1_0j")).toEqual({ kind: "complex", real: 0, imag: 1e-9 });
    expect(constant("1e400j")).toEqual({ kind: "complex", real: 0, imag: Infinity });
  });
  it("lets a number touch the keywords that may follow it", () => {
    expect(layout("1if x else 2")).toBe("1 if x else 2 NEWLINE ENDMARKER");
  });
  it("rejects malformed numbers with the tokenizer's message", () => {
    expect(lexError("1abc").msg).toBe("invalid decimal literal");
    expect(lexError("0x").msg).toBe("invalid hexadecimal literal");
    expect(lexError("0o9").msg).toBe("invalid digit '9' in octal literal");
    expect(lexError("012").msg).toBe(
      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
    );
    expect(lexError("1jx").msg).toBe("invalid imaginary literal");
  });
});

describe("strings", () => {
  it("lexes every quoting form as one token", () => {
    const src = `'a' "b" '''c\nd''' """e\n'f'""" r'\\'' b"x" Rb'y' u'z'`;
    expect(
      toks(src)
        .filter((t) => t.tokenType.name === "STRING")
        .map((t) => t.image),
    ).toEqual(["'a'", '"b"', "'''c\nd'''", `"""e\n'f'"""`, "r'\\''", 'b"x"', "Rb'y'", "u'z'"]);
  });
  it("splits prefix and body", () => {
    expect(splitString("rb'''x'''")).toMatchObject({ prefix: "rb", raw: true, bytes: true, quoteLen: 3, body: "x" });
    expect(splitString("''")).toMatchObject({ prefix: "", quoteLen: 1, body: "" });
  });
  it("decodes escapes", () => {
    expect(decodeBody("\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0", false, false)).toBe("\n\t\\'\"\x07\b\f\v\r\0");
    expect(decodeBody("\\x41\\101\\u00e9\\U0001F600", false, false)).toBe("AAé😀");
    expect(decodeBody("a\\\nb", false, false)).toBe("ab");
    expect(decodeBody("\\d\\q", false, false)).toBe("\\d\\q");
    expect(decodeBody("\\n\\x41", true, false)).toBe("\\n\\x41");
    expect(decodeBody("\\xff\\777", false, true)).toBe("\xff\xff");
  });
  it("reports bad escapes in CPython's codec wording", () => {
    expect(decodeBody("\\x4", false, false)).toEqual({
      msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
      index: 0,
    });
  });
  it("concatenates adjacent literals", () => {
    expect(constant("'a' \"b\" '''c'''")).toEqual({ kind: "str", value: "abc" });
    expect(constant("b'a' b'\\x00'")).toEqual({ kind: "bytes", value: new Uint8Array([97, 0]) });
  });
  it("reports unterminated strings with the line where the scan stopped", () => {
    expect(lexError("x = 'abc\n").msg).toBe("unterminated string literal (detected at line 1)");
    expect(lexError("x = '''a\nb\n").msg).toBe("unterminated triple-quoted string literal (detected at line 2)");
  });
});

describe("f-strings", () => {
  it("splits into literal parts and fields with the expression's own tokens", () => {
    expect(layout("f'a{x!r:>{w}}b'")).toBe(
      "FSTRING_START FSTRING_MIDDLE FSTRING_FIELD_START x FSTRING_CONVERSION FSTRING_SPEC_START FSTRING_MIDDLE " +
        "FSTRING_FIELD_START w FSTRING_FIELD_END FSTRING_FIELD_END FSTRING_MIDDLE FSTRING_END NEWLINE ENDMARKER",
    );
  });
  it("keeps expression tokens at their source positions", () => {
    const x = toks("s = f'ab{xyz}'").find((t) => t.image === "xyz")!;
    expect([x.startLine, x.startColumn]).toEqual([1, 10]);
  });
  it("undoubles braces and decodes escapes in literal parts", () => {
    const [mid] = toks("f'{{\\n}}'").filter((t) => t.tokenType.name === "FSTRING_MIDDLE");
    expect(mid.payload).toBe("{\n}");
  });
  it("does not end a field at != or at a quoted colon", () => {
    expect(layout("f'{a != b}{d[\"k:\"]}'")).toContain("a != b");
    expect(layout("f'{d[\"k:\"]}'")).toContain('d [ "k:" ]');
  });
  it("records the text of a = debugging field", () => {
    const eq = toks("f'{x = }'").find((t) => t.tokenType.name === "FSTRING_EQUAL")!;
    expect(eq.payload).toBe("x = ");
  });
  it("builds JoinedStr with conversions and nested specs", () => {
    const j = (parse("f'a{x!r:>{w}}'", "x.py", "exec").body[0] as ExprStmt).value as JoinedStr;
    expect(j.values.map((v) => v.type)).toEqual(["Constant", "FormattedValue"]);
    const fv = j.values[1];
    expect(fv.type === "FormattedValue" && fv.conversion).toBe(114);
    expect(fv.type === "FormattedValue" && fv.format_spec?.values.map((v) => v.type)).toEqual([
      "Constant",
      "FormattedValue",
    ]);
  });
  it("marks a malformed f-string with an error token instead of throwing", () => {
    expect(layout("f'{'")).toContain("FSTRING_ERROR");
  });
});
