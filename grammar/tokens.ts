/**
 * The token vocabulary shared by the lexer and the parser.
 *
 * Names follow CPython's `token` module (NAME, NUMBER, STRING, NEWLINE,
 * INDENT, DEDENT, ENDMARKER, LPAR, DOUBLESTAR, …) so tokens read the same as
 * in `python3 -m tokenize`. Keywords are named `KW_<word>`.
 *
 * Invariants:
 *  - `rawTokens` is the chevrotain lexer's list, longest operators first so
 *    that `**=` wins over `**` wins over `*`;
 *  - keywords, NEWLINE, INDENT, DEDENT and ENDMARKER have no pattern
 *    (`Lexer.NA`): the layout pass in lexer.ts creates them, turning a NAME
 *    into its keyword type by one map lookup instead of one regex per keyword;
 *  - soft keywords (`match`, `case`, `_`) stay NAME.
 */

import { createToken, Lexer, type TokenType } from "chevrotain";
import { matchNumber, matchString } from "./literals.js";

// ---------------------------------------------------------------- categories

/** Operators of the binary-operator ladder from `|` down to `*`, `/`, `%`, `@`. */
export const BinaryOperator = createToken({ name: "BinaryOperator", pattern: Lexer.NA });
/** `+=`, `-=`, … */
export const AugAssignOperator = createToken({ name: "AugAssignOperator", pattern: Lexer.NA });
/** `<`, `>`, `==`, `>=`, `<=`, `!=` (the word operators are keywords). */
export const CompareOperator = createToken({ name: "CompareOperator", pattern: Lexer.NA });

// ---------------------------------------------------------------- layout

export const NEWLINE = createToken({ name: "NEWLINE", pattern: Lexer.NA });
export const INDENT = createToken({ name: "INDENT", pattern: Lexer.NA });
export const DEDENT = createToken({ name: "DEDENT", pattern: Lexer.NA });
export const ENDMARKER = createToken({ name: "ENDMARKER", pattern: Lexer.NA });

// ---------------------------------------------------------------- f-strings
// fstring.ts splits an f-string STRING into these, with the tokens of each
// replacement field's expression between FSTRING_FIELD_START and _END, so
// the parser reads f-strings like any other construct (as 3.12 does).

/** `f'` (prefix and opening quote). */
export const FSTRING_START = createToken({ name: "FSTRING_START", pattern: Lexer.NA });
/** Literal text; `payload` is its decoded value. */
export const FSTRING_MIDDLE = createToken({ name: "FSTRING_MIDDLE", pattern: Lexer.NA });
/** The closing quote. */
export const FSTRING_END = createToken({ name: "FSTRING_END", pattern: Lexer.NA });
export const FSTRING_FIELD_START = createToken({ name: "FSTRING_FIELD_START", label: "'{'", pattern: Lexer.NA });
export const FSTRING_FIELD_END = createToken({ name: "FSTRING_FIELD_END", label: "'}'", pattern: Lexer.NA });
/** The `=` of `{x=}`; `payload` is the expression text up to and past it. */
export const FSTRING_EQUAL = createToken({ name: "FSTRING_EQUAL", label: "'='", pattern: Lexer.NA });
/** `!r`, `!s` or `!a`; `payload` is the conversion character's code. */
export const FSTRING_CONVERSION = createToken({ name: "FSTRING_CONVERSION", pattern: Lexer.NA });
/** The `:` opening a format spec. */
export const FSTRING_SPEC_START = createToken({ name: "FSTRING_SPEC_START", label: "':'", pattern: Lexer.NA });
/**
 * A malformed f-string, replacing the rest of it; `payload` is the
 * CompileError. No rule accepts it, so the parser fails here unless it
 * failed earlier, which orders errors as CPython's parser does.
 */
export const FSTRING_ERROR = createToken({ name: "FSTRING_ERROR", pattern: Lexer.NA });

/** A physical line end; the layout pass drops it or turns it into NEWLINE. */
export const RawNewline = createToken({ name: "RawNewline", pattern: /\n/, line_breaks: true });
export const Whitespace = createToken({ name: "Whitespace", pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: "Comment", pattern: /#[^\n]*/, group: Lexer.SKIPPED });
/** A backslash ending a line joins it to the next (dropped by the layout pass). */
export const Continuation = createToken({ name: "Continuation", pattern: /\\\n/, line_breaks: true });

// ---------------------------------------------------------------- atoms

/**
 * Any string literal with its prefix, f-strings included (3.11 lexes an
 * f-string as one STRING and parses its fields afterwards). An unterminated
 * literal still matches, with an error payload the layout pass raises.
 */
export const STRING = createToken({
  name: "STRING",
  pattern: matchString,
  line_breaks: true,
  start_chars_hint: ["'", '"', "r", "R", "b", "B", "u", "U", "f", "F"],
});
/** Any number literal; a malformed one carries an error payload. */
export const NUMBER = createToken({
  name: "NUMBER",
  pattern: matchNumber,
  line_breaks: false,
  start_chars_hint: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "."],
});
/** Identifiers; non-ASCII ones are checked against XID rules in the layout pass. */
export const NAME = createToken({ name: "NAME", pattern: /[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/ });

// ---------------------------------------------------------------- keywords

export const KEYWORDS = [
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
] as const;
export type Keyword = (typeof KEYWORDS)[number];

function keyword(word: Keyword): TokenType {
  return createToken({ name: `KW_${word}`, label: `'${word}'`, pattern: Lexer.NA });
}

export const KW_False = keyword("False");
export const KW_None = keyword("None");
export const KW_True = keyword("True");
export const KW_and = keyword("and");
export const KW_as = keyword("as");
export const KW_assert = keyword("assert");
export const KW_async = keyword("async");
export const KW_await = keyword("await");
export const KW_break = keyword("break");
export const KW_class = keyword("class");
export const KW_continue = keyword("continue");
export const KW_def = keyword("def");
export const KW_del = keyword("del");
export const KW_elif = keyword("elif");
export const KW_else = keyword("else");
export const KW_except = keyword("except");
export const KW_finally = keyword("finally");
export const KW_for = keyword("for");
export const KW_from = keyword("from");
export const KW_global = keyword("global");
export const KW_if = keyword("if");
export const KW_import = keyword("import");
export const KW_in = keyword("in");
export const KW_is = keyword("is");
export const KW_lambda = keyword("lambda");
export const KW_nonlocal = keyword("nonlocal");
export const KW_not = keyword("not");
export const KW_or = keyword("or");
export const KW_pass = keyword("pass");
export const KW_raise = keyword("raise");
export const KW_return = keyword("return");
export const KW_try = keyword("try");
export const KW_while = keyword("while");
export const KW_with = keyword("with");
export const KW_yield = keyword("yield");

export const keywordTypes: ReadonlyMap<string, TokenType> = new Map<string, TokenType>([
  ["False", KW_False],
  ["None", KW_None],
  ["True", KW_True],
  ["and", KW_and],
  ["as", KW_as],
  ["assert", KW_assert],
  ["async", KW_async],
  ["await", KW_await],
  ["break", KW_break],
  ["class", KW_class],
  ["continue", KW_continue],
  ["def", KW_def],
  ["del", KW_del],
  ["elif", KW_elif],
  ["else", KW_else],
  ["except", KW_except],
  ["finally", KW_finally],
  ["for", KW_for],
  ["from", KW_from],
  ["global", KW_global],
  ["if", KW_if],
  ["import", KW_import],
  ["in", KW_in],
  ["is", KW_is],
  ["lambda", KW_lambda],
  ["nonlocal", KW_nonlocal],
  ["not", KW_not],
  ["or", KW_or],
  ["pass", KW_pass],
  ["raise", KW_raise],
  ["return", KW_return],
  ["try", KW_try],
  ["while", KW_while],
  ["with", KW_with],
  ["yield", KW_yield],
]);

// ---------------------------------------------------------------- operators

function op(name: string, text: string, categories?: TokenType[]): TokenType {
  const escaped = text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const config = { name, label: `'${text}'`, pattern: new RegExp(escaped) };
  return createToken(categories ? { ...config, categories } : config);
}
const bin = [BinaryOperator];
const aug = [AugAssignOperator];
const cmp = [CompareOperator];

export const DOUBLESTAREQUAL = op("DOUBLESTAREQUAL", "**=", aug);
export const DOUBLESLASHEQUAL = op("DOUBLESLASHEQUAL", "//=", aug);
export const LEFTSHIFTEQUAL = op("LEFTSHIFTEQUAL", "<<=", aug);
export const RIGHTSHIFTEQUAL = op("RIGHTSHIFTEQUAL", ">>=", aug);
export const ELLIPSIS = op("ELLIPSIS", "...");
export const RARROW = op("RARROW", "->");
export const COLONEQUAL = op("COLONEQUAL", ":=");
export const DOUBLESTAR = op("DOUBLESTAR", "**");
export const DOUBLESLASH = op("DOUBLESLASH", "//", bin);
export const LEFTSHIFT = op("LEFTSHIFT", "<<", bin);
export const RIGHTSHIFT = op("RIGHTSHIFT", ">>", bin);
export const LESSEQUAL = op("LESSEQUAL", "<=", cmp);
export const GREATEREQUAL = op("GREATEREQUAL", ">=", cmp);
export const EQEQUAL = op("EQEQUAL", "==", cmp);
export const NOTEQUAL = op("NOTEQUAL", "!=", cmp);
/** `<>`: CPython's tokenizer reads it as one NOTEQUAL token, which the
 *  grammar refuses without `barry_as_FLUFL`: the error spans both characters. */
export const LTGT = op("LTGT", "<>");
export const PLUSEQUAL = op("PLUSEQUAL", "+=", aug);
export const MINEQUAL = op("MINEQUAL", "-=", aug);
export const STAREQUAL = op("STAREQUAL", "*=", aug);
export const SLASHEQUAL = op("SLASHEQUAL", "/=", aug);
export const PERCENTEQUAL = op("PERCENTEQUAL", "%=", aug);
export const AMPEREQUAL = op("AMPEREQUAL", "&=", aug);
export const VBAREQUAL = op("VBAREQUAL", "|=", aug);
export const CIRCUMFLEXEQUAL = op("CIRCUMFLEXEQUAL", "^=", aug);
export const ATEQUAL = op("ATEQUAL", "@=", aug);
export const PLUS = op("PLUS", "+", bin);
export const MINUS = op("MINUS", "-", bin);
export const STAR = op("STAR", "*", bin);
export const SLASH = op("SLASH", "/", bin);
export const PERCENT = op("PERCENT", "%", bin);
export const AT = op("AT", "@", bin);
export const AMPER = op("AMPER", "&", bin);
export const VBAR = op("VBAR", "|", bin);
export const CIRCUMFLEX = op("CIRCUMFLEX", "^", bin);
export const TILDE = op("TILDE", "~");
export const LESS = op("LESS", "<", cmp);
export const GREATER = op("GREATER", ">", cmp);
export const LPAR = op("LPAR", "(");
export const RPAR = op("RPAR", ")");
export const LSQB = op("LSQB", "[");
export const RSQB = op("RSQB", "]");
export const LBRACE = op("LBRACE", "{");
export const RBRACE = op("RBRACE", "}");
export const COMMA = op("COMMA", ",");
export const COLON = op("COLON", ":");
export const SEMI = op("SEMI", ";");
export const DOT = op("DOT", ".");
export const EQUAL = op("EQUAL", "=");

/** The chevrotain lexer's token list, in match-priority order. */
export const rawTokens: TokenType[] = [
  RawNewline,
  Whitespace,
  Comment,
  Continuation,
  STRING,
  NUMBER,
  NAME,
  DOUBLESTAREQUAL,
  DOUBLESLASHEQUAL,
  LEFTSHIFTEQUAL,
  RIGHTSHIFTEQUAL,
  ELLIPSIS,
  RARROW,
  COLONEQUAL,
  DOUBLESTAR,
  DOUBLESLASH,
  LEFTSHIFT,
  RIGHTSHIFT,
  LESSEQUAL,
  GREATEREQUAL,
  EQEQUAL,
  NOTEQUAL,
  LTGT,
  PLUSEQUAL,
  MINEQUAL,
  STAREQUAL,
  SLASHEQUAL,
  PERCENTEQUAL,
  AMPEREQUAL,
  VBAREQUAL,
  CIRCUMFLEXEQUAL,
  ATEQUAL,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  PERCENT,
  AT,
  AMPER,
  VBAR,
  CIRCUMFLEX,
  TILDE,
  LESS,
  GREATER,
  LPAR,
  RPAR,
  LSQB,
  RSQB,
  LBRACE,
  RBRACE,
  COMMA,
  COLON,
  SEMI,
  DOT,
  EQUAL,
];

/** Every token type the parser may see (the parser's vocabulary). */
export const allTokens: TokenType[] = [
  BinaryOperator,
  AugAssignOperator,
  CompareOperator,
  NEWLINE,
  INDENT,
  DEDENT,
  ENDMARKER,
  FSTRING_START,
  FSTRING_MIDDLE,
  FSTRING_END,
  FSTRING_FIELD_START,
  FSTRING_FIELD_END,
  FSTRING_EQUAL,
  FSTRING_CONVERSION,
  FSTRING_SPEC_START,
  FSTRING_ERROR,
  ...keywordTypes.values(),
  ...rawTokens.filter((t) => t !== RawNewline && t !== Whitespace && t !== Comment && t !== Continuation),
];
