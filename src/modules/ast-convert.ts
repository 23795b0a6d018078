/**
 * Trees between refpy's AST (src/ast/nodes.ts) and the `_ast` objects:
 * CPython's PyAST_mod2obj (ast2obj_*) and PyAST_obj2mod (obj2ast_*) in
 * Python/Python-ast.c, with the checks of _PyAST_Validate (Python/ast.c)
 * that a tree built by hand can fail.
 *
 * Both directions are driven by the class table (ast-classes.ts): a node
 * is `{type: <class name>, <fields>..., <attributes>...}` on the refpy
 * side, and an instance of that class whose fields and attributes are set
 * in `_fields` then `_attributes` order on the Python side, as ast2obj
 * sets them. Each field's ASDL type says how its value converts:
 *  - `identifier` (an interned str, as the parser's), `string` (str),
 *    `int`, `constant` (ConstValue ⇄ int, float, complex, str, bytes,
 *    bool, None, Ellipsis);
 *  - an operator or context (Add, Load ...): a string on the refpy side,
 *    the state's shared instance on the Python side (obj2ast accepts any
 *    instance of the class);
 *  - any other node type, recursively; `?` maps null ⇄ None, `*` an array
 *    ⇄ a list.
 * refpy's AST leaves out what its compiler never reads: `type_comment`
 * fields and Module's `type_ignores` (None and [] on the Python side),
 * Constant's `kind` when not "u". ExceptHandler's `type` is `exc_type`.
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF } from "../heap/refcount.js";
import type { ConstValue, Mod } from "../ast/nodes.js";
import { PyErr_Format } from "../objects/errors.js";
import {
  PyExc_NotImplementedError,
  PyExc_RuntimeError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.js";
import { Py_Ellipsis, Py_None } from "../objects/noneobject.js";
import {
  Py_False,
  Py_True,
  PyBool_Check,
  PyLong_AsBigInt,
  PyLong_Check,
  PyLong_FromNumber,
} from "../objects/longobject.js";
import { PyFloat_CheckExact, type PyFloatObject } from "../objects/floatobject.js";
import { PyComplex_CheckExact, type PyComplexObject } from "../objects/complexobject.js";
import { PyBytes_CheckExact, type PyBytesObject } from "../objects/bytesobject.js";
import {
  PyUnicode_AsString,
  PyUnicode_CheckExact,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
} from "../objects/unicodeobject.js";
import { PyList_Check, PyList_GET_ITEM, PyList_GET_SIZE, PyList_New, PyList_SET_ITEM } from "../objects/listobject.js";
import { PyObject_Repr } from "../objects/abstract.js";
import { _PyObject_LookupAttr, PyObject_IsInstance, PyObject_SetAttr } from "../objects/object.js";
import { Py_EnterRecursiveCall, Py_LeaveRecursiveCall } from "../objects/call.js";
import { _Py_ID } from "../objects/identifiers.js";
import { constToObject } from "../objects/codeobject.js";
import { AST_CLASSES, type AstClassSpec } from "./ast-classes.js";
import { get_ast_state } from "./ast-native.js";

// ---------------------------------------------------------------- the table

const byName = new Map<string, AstClassSpec>(AST_CLASSES.map((c) => [c.name, c]));
/** Each sum type's constructors, in the table's order. */
const constructors = new Map<string, AstClassSpec[]>();
for (const c of AST_CLASSES) {
  if (c.base === null || c.base === "AST") continue;
  let list = constructors.get(c.base);
  if (list === undefined) constructors.set(c.base, (list = []));
  list.push(c);
}

type Kind = "builtin" | "simple" | "sum" | "product";

function kindOf(typeName: string): Kind {
  if (typeName === "identifier" || typeName === "string" || typeName === "int" || typeName === "constant")
    return "builtin";
  const ctors = constructors.get(typeName);
  if (ctors === undefined) return "product";
  return ctors.every((c) => c.singleton) ? "simple" : "sum";
}

/** The attributes of a concrete class: its own or its sum type's. */
function attributesOf(spec: AstClassSpec): { names: string[]; types: string[] } {
  for (let s: AstClassSpec | undefined = spec; s !== undefined; s = s.base === null ? undefined : byName.get(s.base)) {
    if (s.attributes !== null && s.attributes.length > 0) return { names: s.attributes, types: s.attributeTypes! };
    if (s.attributes !== null && s.base === "AST") break;
  }
  return { names: [], types: [] };
}

/** The refpy field that holds CPython's `field` of a node. */
function jsKey(typeName: string, field: string): string {
  return typeName === "ExceptHandler" && field === "type" ? "exc_type" : field;
}

// ---------------------------------------------------------------- ast2obj

/** PyAST_mod2obj: the `_ast` objects for a tree (new reference). */
export function PyAST_mod2obj(mod: Mod): PyObject {
  get_ast_state();
  return node2obj(mod as unknown as JsNode);
}

type JsNode = { type: string } & Record<string, unknown>;

function node2obj(node: JsNode): PyObject {
  const spec = byName.get(node.type)!;
  const state = get_ast_state();
  const tp = state.types.get(spec.name)!;
  const obj = tp.tp_new!(tp, [], null);
  try {
    for (let i = 0; i < spec.fields.length; i++) {
      const name = spec.fields[i];
      setField(obj, name, value2obj(node[jsKey(spec.name, name)], spec.types[i]));
    }
    for (const name of attributesOf(spec).names) setField(obj, name, PyLong_FromNumber(node[name] as number));
  } catch (e) {
    Py_DECREF(obj);
    throw e;
  }
  return obj;
}

/** Set `obj.<name>` to `value`, a reference this call consumes. */
function setField(obj: PyObject, name: string, value: PyObject): void {
  try {
    PyObject_SetAttr(obj, _Py_ID(name), value);
  } finally {
    Py_DECREF(value);
  }
}

function value2obj(v: unknown, asdl: string): PyObject {
  const last = asdl[asdl.length - 1];
  const base = last === "*" || last === "?" ? asdl.slice(0, -1) : asdl;
  if (last === "*") {
    const items = (v ?? []) as unknown[];
    const list = PyList_New(items.length);
    try {
      for (let i = 0; i < items.length; i++) PyList_SET_ITEM(list, i, value2obj(items[i], base));
    } catch (e) {
      Py_DECREF(list);
      throw e;
    }
    return list;
  }
  if (v === null || v === undefined) return Py_NewRef(Py_None);
  switch (base) {
    case "identifier":
      return PyUnicode_InternFromString(v as string);
    case "string":
      return PyUnicode_FromString(v as string);
    case "int":
      return PyLong_FromNumber(v as number);
    case "constant":
      return constant2obj(v as ConstValue);
  }
  if (typeof v === "string") return Py_NewRef(get_ast_state().singletons.get(v)!);
  return node2obj(v as JsNode);
}

/** A literal's object: a str as the parser makes it (not interned). */
function constant2obj(c: ConstValue): PyObject {
  return c.kind === "str" ? PyUnicode_FromString(c.value) : constToObject(c);
}

// ---------------------------------------------------------------- obj2ast

const REQ_NAME = { exec: "Module", eval: "Expression", single: "Interactive" } as const;

/** PyAST_obj2mod: the refpy tree of a `_ast` tree for `mode`, checked as
 *  _PyAST_Validate checks it. */
export function PyAST_obj2mod(obj: PyObject, mode: "exec" | "eval" | "single"): Mod {
  const state = get_ast_state();
  const want = REQ_NAME[mode];
  if (!PyObject_IsInstance(obj, state.types.get(want)!)) {
    throw PyErr_Format(PyExc_TypeError, `expected ${want} node, got ${shortName(obj)}`);
  }
  const mod = obj2value(obj, "mod") as Mod;
  validateMod(mod);
  return mod;
}

/** Whether `obj` is an `ast.AST` (PyAST_Check). */
export function PyAST_Check(obj: PyObject): boolean {
  return PyObject_IsInstance(obj, get_ast_state().types.get("AST") ?? obj.ob_type);
}

function shortName(obj: PyObject): string {
  const n = obj.ob_type.tp_name;
  const dot = n.lastIndexOf(".");
  return dot < 0 ? n : n.slice(dot + 1);
}

function repr(obj: PyObject): string {
  const r = PyObject_Repr(obj);
  try {
    return PyUnicode_AsString(r);
  } finally {
    Py_DECREF(r);
  }
}

/** obj2ast_<typeName>: the refpy value of `obj` (null for None where allowed). */
function obj2value(obj: PyObject, typeName: string): unknown {
  switch (typeName) {
    case "identifier":
      if (obj === Py_None) return null;
      if (!PyUnicode_CheckExact(obj)) throw PyErr_Format(PyExc_TypeError, "AST identifier must be of type str");
      return PyUnicode_AsString(obj);
    case "string":
      if (!PyUnicode_CheckExact(obj) && !PyBytes_CheckExact(obj))
        throw PyErr_Format(PyExc_TypeError, "AST string must be of type str");
      return PyUnicode_CheckExact(obj) ? PyUnicode_AsString(obj) : null;
    case "int":
      if (!PyLong_Check(obj)) throw PyErr_Format(PyExc_ValueError, `invalid integer value: ${repr(obj)}`);
      return Number(PyLong_AsBigInt(obj));
    case "constant":
      return obj2constant(obj);
  }
  const kind = kindOf(typeName);
  const state = get_ast_state();
  if (kind === "simple") {
    for (const c of constructors.get(typeName)!) if (PyObject_IsInstance(obj, state.types.get(c.name)!)) return c.name;
    throw PyErr_Format(PyExc_TypeError, `expected some sort of ${typeName}, but got ${repr(obj)}`);
  }
  if (kind === "product") {
    const spec = byName.get(typeName)!;
    const node: JsNode = { type: typeName };
    const missing = readFields(obj, spec, node);
    readAttributes(obj, spec.name, spec.attributes ?? [], spec.attributeTypes ?? [], node);
    if (missing !== null) throw PyErr_Format(PyExc_ValueError, `field '${missing}' is required for ${typeName}`);
    return node;
  }
  if (obj === Py_None) return null;
  const sum = byName.get(typeName)!;
  const attrs: JsNode = { type: typeName };
  readAttributes(obj, typeName, sum.attributes ?? [], sum.attributeTypes ?? [], attrs);
  for (const c of constructors.get(typeName)!) {
    if (!PyObject_IsInstance(obj, state.types.get(c.name)!)) continue;
    const node: JsNode = { type: c.name };
    const missing = readFields(obj, c, node);
    if (missing !== null) throw PyErr_Format(PyExc_ValueError, `field '${missing}' is required for ${c.name}`);
    for (const a of sum.attributes ?? []) node[a] = attrs[a];
    return node;
  }
  throw PyErr_Format(PyExc_TypeError, `expected some sort of ${typeName}, but got ${repr(obj)}`);
}

/** The fields of `spec` from `obj` into `node`; the first required field
 *  that was None, or null (its constructor raises once all are read). */
function readFields(obj: PyObject, spec: AstClassSpec, node: JsNode): string | null {
  let missing: string | null = null;
  for (let i = 0; i < spec.fields.length; i++) {
    const name = spec.fields[i];
    const asdl = spec.types[i];
    const last = asdl[asdl.length - 1];
    const base = last === "*" || last === "?" ? asdl.slice(0, -1) : asdl;
    const tmp = _PyObject_LookupAttr(obj, _Py_ID(name));
    try {
      let value: unknown;
      if (last === "*") {
        if (tmp === null) throw requiredMissing(name, spec.name);
        value = readList(tmp, base, spec.name, name);
      } else if (last === "?") {
        value = tmp === null || tmp === Py_None ? null : obj2value(tmp, base);
      } else {
        if (tmp === null) throw requiredMissing(name, spec.name);
        value = recursing(spec.name, () => obj2value(tmp, base));
        if (value === null && missing === null) missing = name;
      }
      if (value !== null || !(spec.name === "Constant" && name === "kind")) node[jsKey(spec.name, name)] = value;
    } finally {
      Py_XDECREF(tmp);
    }
  }
  return missing;
}

function readList(list: PyObject, base: string, owner: string, field: string): unknown[] {
  if (!PyList_Check(list)) {
    throw PyErr_Format(PyExc_TypeError, `${owner} field "${field}" must be a list, not a ${shortName(list)}`);
  }
  const len = PyList_GET_SIZE(list);
  const out: unknown[] = [];
  for (let i = 0; i < len; i++) {
    const item = Py_NewRef(PyList_GET_ITEM(list, i));
    try {
      out.push(recursing(owner, () => obj2value(item, base)));
    } finally {
      Py_DECREF(item);
    }
    if (len !== PyList_GET_SIZE(list)) {
      throw PyErr_Format(PyExc_RuntimeError, `${owner} field "${field}" changed size during iteration`);
    }
  }
  return out;
}

/** _Py_EnterRecursiveCall(" while traversing 'X' node") around a child. */
function recursing<T>(owner: string, f: () => T): T {
  Py_EnterRecursiveCall(` while traversing '${owner}' node`);
  try {
    return f();
  } finally {
    Py_LeaveRecursiveCall();
  }
}

/** lineno, col_offset (required), end_lineno and end_col_offset (None
 *  gives lineno and col_offset). */
function readAttributes(obj: PyObject, owner: string, names: string[], types: string[], node: JsNode): void {
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const tmp = _PyObject_LookupAttr(obj, _Py_ID(name));
    try {
      if (tmp === null || (tmp === Py_None && types[i].endsWith("?"))) {
        if (!types[i].endsWith("?")) throw requiredMissing(name, owner);
        node[name] = name === "end_lineno" ? node.lineno : node.col_offset;
      } else {
        node[name] = obj2value(tmp, "int");
      }
    } finally {
      Py_XDECREF(tmp);
    }
  }
}

function requiredMissing(field: string, owner: string): PyObject {
  return PyErr_Format(PyExc_TypeError, `required field "${field}" missing from ${owner}`);
}

/** obj2ast_constant with validate_constant: the literal kinds refpy's
 *  AST can hold. */
function obj2constant(obj: PyObject): ConstValue {
  if (obj === Py_None) return { kind: "None" };
  if (obj === Py_Ellipsis) return { kind: "Ellipsis" };
  if (obj === Py_True || obj === Py_False) return { kind: "bool", value: obj === Py_True };
  if (PyLong_Check(obj) && !PyBool_Check(obj) && obj.ob_type.tp_name === "int")
    return { kind: "int", value: PyLong_AsBigInt(obj) };
  if (PyFloat_CheckExact(obj)) return { kind: "float", value: (obj as PyFloatObject).ob_fval };
  if (PyComplex_CheckExact(obj)) {
    const c = obj as PyComplexObject;
    return { kind: "complex", real: c.real, imag: c.imag };
  }
  if (PyUnicode_CheckExact(obj)) return { kind: "str", value: PyUnicode_AsString(obj) };
  if (PyBytes_CheckExact(obj)) return { kind: "bytes", value: (obj as PyBytesObject).ob_sval };
  const name = obj.ob_type.tp_name;
  if (name === "tuple" || name === "frozenset") {
    throw PyErr_Format(PyExc_NotImplementedError, `a ${name} in an ast.Constant is not supported by refpy`);
  }
  throw PyErr_Format(PyExc_TypeError, `got an invalid type in Constant: ${shortName(obj)}`);
}

// ---------------------------------------------------------------- validation

type N = JsNode;

/** _PyAST_Validate's checks (Python/ast.c) that a converted tree can
 *  still fail: expression contexts, empty bodies, names that are
 *  constants, and the shapes the parser never makes. */
function validateMod(mod: Mod): void {
  const m = mod as unknown as N;
  if (m.type === "Expression") validateExpr(m.body as N, "Load");
  else validateStmts(m.body as N[]);
}

function fail(msg: string): PyObject {
  return PyErr_Format(PyExc_ValueError, msg);
}

function validateBody(body: N[], owner: string): void {
  if (body.length === 0) throw fail(`empty body on ${owner}`);
  validateStmts(body);
}

function validateStmts(stmts: N[]): void {
  for (const s of stmts) {
    if (s === null) throw fail("None disallowed in statement list");
    validateStmt(s);
  }
}

function validateExprs(exprs: (N | null)[], ctx: string, nullOk: boolean): void {
  for (const e of exprs) {
    if (e === null) {
      if (!nullOk) throw fail("None disallowed in expression list");
      continue;
    }
    validateExpr(e, ctx);
  }
}

function validateName(name: unknown): void {
  if (name === "None" || name === "True" || name === "False") {
    throw fail(`identifier field can't represent '${name}' constant`);
  }
}

function validateArgs(args: N[]): void {
  for (const a of args) {
    validateName(a.arg);
    if (a.annotation) validateExpr(a.annotation as N, "Load");
  }
}

function validateArguments(a: N): void {
  validateArgs(a.posonlyargs as N[]);
  validateArgs(a.args as N[]);
  if (a.vararg) validateArgs([a.vararg as N]);
  validateArgs(a.kwonlyargs as N[]);
  if (a.kwarg) validateArgs([a.kwarg as N]);
  const defaults = a.defaults as N[];
  const pos = (a.posonlyargs as N[]).length + (a.args as N[]).length;
  if (defaults.length > pos) throw fail("more positional defaults than args on arguments");
  if ((a.kw_defaults as N[]).length !== (a.kwonlyargs as N[]).length) {
    throw fail("length of kwonlyargs is not the same as kw_defaults on arguments");
  }
  validateExprs(defaults, "Load", false);
  validateExprs(a.kw_defaults as (N | null)[], "Load", true);
}

function validateStmt(s: N): void {
  const t = s.type;
  switch (t) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      validateBody(s.body as N[], t);
      validateArguments(s.args as N);
      validateExprs(s.decorator_list as N[], "Load", false);
      if (s.returns) validateExpr(s.returns as N, "Load");
      return;
    case "ClassDef":
      validateBody(s.body as N[], t);
      validateExprs(s.bases as N[], "Load", false);
      for (const k of s.keywords as N[]) validateExpr(k.value as N, "Load");
      validateExprs(s.decorator_list as N[], "Load", false);
      return;
    case "Return":
      if (s.value) validateExpr(s.value as N, "Load");
      return;
    case "Delete":
      if ((s.targets as N[]).length === 0) throw fail("empty targets on Delete");
      validateExprs(s.targets as N[], "Del", false);
      return;
    case "Assign":
      if ((s.targets as N[]).length === 0) throw fail("empty targets on Assign");
      validateExprs(s.targets as N[], "Store", false);
      validateExpr(s.value as N, "Load");
      return;
    case "AugAssign": {
      validateExpr(s.target as N, "Store");
      validateExpr(s.value as N, "Load");
      // compiler_augassign's refusal, before refpy's compiler could misread it.
      const target = (s.target as N).type;
      if (target !== "Name" && target !== "Attribute" && target !== "Subscript") {
        throw PyErr_Format(PyExc_SystemError, `invalid node type (${exprKind(target)}) for augmented assignment`);
      }
      return;
    }
    case "AnnAssign":
      if (s.simple && (s.target as N).type !== "Name")
        throw PyErr_Format(PyExc_TypeError, "AnnAssign with simple non-Name target");
      validateExpr(s.target as N, "Store");
      if (s.value) validateExpr(s.value as N, "Load");
      validateExpr(s.annotation as N, "Load");
      return;
    case "For":
    case "AsyncFor":
      validateExpr(s.target as N, "Store");
      validateExpr(s.iter as N, "Load");
      validateBody(s.body as N[], t);
      validateStmts(s.orelse as N[]);
      return;
    case "While":
    case "If":
      validateExpr(s.test as N, "Load");
      validateBody(s.body as N[], t);
      validateStmts(s.orelse as N[]);
      return;
    case "With":
    case "AsyncWith":
      if ((s.items as N[]).length === 0) throw fail(`empty items on ${t}`);
      for (const item of s.items as N[]) {
        validateExpr(item.context_expr as N, "Load");
        if (item.optional_vars) validateExpr(item.optional_vars as N, "Store");
      }
      validateBody(s.body as N[], t);
      return;
    case "Match":
      validateExpr(s.subject as N, "Load");
      if ((s.cases as N[]).length === 0) throw fail("empty cases on Match");
      for (const c of s.cases as N[]) {
        if (c.guard) validateExpr(c.guard as N, "Load");
        validateBody(c.body as N[], "match_case");
      }
      return;
    case "Raise":
      if (s.exc) validateExpr(s.exc as N, "Load");
      else if (s.cause) throw fail("Raise with cause but no exception");
      if (s.cause) validateExpr(s.cause as N, "Load");
      return;
    case "Try":
    case "TryStar": {
      validateBody(s.body as N[], t);
      const handlers = s.handlers as N[];
      if (handlers.length === 0 && (s.finalbody as N[]).length === 0) {
        throw fail(`${t} has neither except handlers nor finalbody`);
      }
      if (handlers.length === 0 && (s.orelse as N[]).length > 0) {
        throw fail(`${t} has orelse but no except handlers`);
      }
      for (const h of handlers) {
        if (h.exc_type) validateExpr(h.exc_type as N, "Load");
        validateBody(h.body as N[], "ExceptHandler");
      }
      validateStmts(s.finalbody as N[]);
      validateStmts(s.orelse as N[]);
      if (t === "TryStar") throw PyErr_Format(PyExc_NotImplementedError, "'except*' is not supported by refpy");
      return;
    }
    case "Assert":
      validateExpr(s.test as N, "Load");
      if (s.msg) validateExpr(s.msg as N, "Load");
      return;
    case "Import":
      if ((s.names as N[]).length === 0) throw fail("empty names on Import");
      return;
    case "ImportFrom":
      if ((s.level as number) < 0) throw fail("Negative ImportFrom level");
      if ((s.names as N[]).length === 0) throw fail("empty names on ImportFrom");
      return;
    case "Global":
    case "Nonlocal":
      if ((s.names as string[]).length === 0) throw fail(`empty names on ${t}`);
      return;
    case "Expr":
      validateExpr(s.value as N, "Load");
      return;
  }
}

function validateExpr(e: N, ctx: string): void {
  const t = e.type;
  let actual: string | null = null;
  switch (t) {
    case "Attribute":
    case "Subscript":
    case "Starred":
    case "Name":
    case "List":
    case "Tuple":
      actual = e.ctx as string;
      break;
    default:
      if (ctx !== "Load") throw fail(`expression which can't be assigned to in ${ctx} context`);
  }
  if (actual !== null && actual !== ctx) throw fail(`expression must have ${ctx} context but has ${actual} instead`);
  switch (t) {
    case "BoolOp":
      if ((e.values as N[]).length < 2) throw fail("BoolOp with less than 2 values");
      validateExprs(e.values as N[], "Load", false);
      return;
    case "BinOp":
      validateExpr(e.left as N, "Load");
      validateExpr(e.right as N, "Load");
      return;
    case "UnaryOp":
      validateExpr(e.operand as N, "Load");
      return;
    case "Lambda":
      validateArguments(e.args as N);
      validateExpr(e.body as N, "Load");
      return;
    case "IfExp":
      validateExpr(e.test as N, "Load");
      validateExpr(e.body as N, "Load");
      validateExpr(e.orelse as N, "Load");
      return;
    case "Dict":
      if ((e.keys as N[]).length !== (e.values as N[]).length) {
        throw fail("Dict doesn't have the same number of keys as values");
      }
      validateExprs(e.keys as N[], "Load", true);
      validateExprs(e.values as N[], "Load", false);
      return;
    case "Set":
      validateExprs(e.elts as N[], "Load", false);
      return;
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      validateComprehension(e.generators as N[]);
      validateExpr(e.elt as N, "Load");
      return;
    case "DictComp":
      validateComprehension(e.generators as N[]);
      validateExpr(e.key as N, "Load");
      validateExpr(e.value as N, "Load");
      return;
    case "Yield":
      if (e.value) validateExpr(e.value as N, "Load");
      return;
    case "YieldFrom":
    case "Await":
    case "FormattedValue":
      // compiler_formatted_value's refusal of an unknown conversion.
      if (t === "FormattedValue" && ![-1, 115, 114, 97].includes(e.conversion as number)) {
        throw PyErr_Format(PyExc_SystemError, `Unrecognized conversion character ${e.conversion}`);
      }
      validateExpr(e.value as N, "Load");
      if (t === "FormattedValue" && e.format_spec) validateExpr(e.format_spec as N, "Load");
      return;
    case "Compare":
      if ((e.comparators as N[]).length === 0) throw fail("Compare with no comparators");
      if ((e.comparators as N[]).length !== (e.ops as string[]).length) {
        throw fail("Compare has a different number of comparators and operands");
      }
      validateExprs(e.comparators as N[], "Load", false);
      validateExpr(e.left as N, "Load");
      return;
    case "Call":
      validateExpr(e.func as N, "Load");
      validateExprs(e.args as N[], "Load", false);
      for (const k of e.keywords as N[]) validateExpr(k.value as N, "Load");
      return;
    case "JoinedStr":
      validateExprs(e.values as N[], "Load", false);
      return;
    case "Attribute":
      validateExpr(e.value as N, "Load");
      return;
    case "Subscript":
      validateExpr(e.slice as N, "Load");
      validateExpr(e.value as N, "Load");
      return;
    case "Starred":
      validateExpr(e.value as N, ctx);
      return;
    case "Slice":
      for (const k of ["lower", "upper", "step"]) if (e[k]) validateExpr(e[k] as N, "Load");
      return;
    case "List":
    case "Tuple":
      validateExprs(e.elts as N[], ctx, false);
      return;
    case "NamedExpr":
      if ((e.target as N).type !== "Name") throw PyErr_Format(PyExc_TypeError, "NamedExpr target must be a Name");
      validateExpr(e.value as N, "Load");
      return;
    case "Name":
      validateName(e.id);
      return;
  }
}

/** An expression's expr_kind number (Include/internal/pycore_ast.h):
 *  its place among expr's constructors, from 1. */
function exprKind(type: string): number {
  return constructors.get("expr")!.findIndex((c) => c.name === type) + 1;
}

function validateComprehension(gens: N[]): void {
  if (gens.length === 0) throw fail("comprehension with no generators");
  for (const g of gens) {
    validateExpr(g.target as N, "Store");
    validateExpr(g.iter as N, "Load");
    validateExprs(g.ifs as N[], "Load", false);
  }
}
