/**
 * The opcode table: CPython 3.11's instruction set, with CPython's names and
 * numbers (`dis.opmap` of python3.11), minus the inline CACHE entries
 * (refpy does not specialize, so its offsets are denser than CPython's).
 *
 * Encoding (as CPython 3.11's wordcode): a code object's `co_code` is a
 * Uint8Array of 2-byte units, opcode then argument. Arguments above 255 are
 * built with EXTENDED_ARG prefixes, each shifting the argument left 8 bits.
 * Jump arguments count code units (2 bytes) relative to the instruction
 * after the jump: forward jumps add, backward jumps subtract.
 *
 * Exceptions (3.11 "zero-cost" handling): when an instruction raises,
 * the frame's exception table (code.ts) is searched for the entry whose
 * [start, end) covers the instruction. With none, the frame exits with the
 * exception. Otherwise the value stack is popped down to the entry's
 * `depth` (DECREF each popped value), then, if `lasti`, the raising
 * instruction's offset (in code units) is pushed as an int, then the
 * exception instance, and execution continues at `target`.
 *
 * This table is the one source of truth: the compiler takes stack effects
 * from it to compute `co_stacksize`, the disassembler takes names and
 * argument kinds from it, and the VM's `switch` uses the `Op` constants
 * (a `const enum`, so tsc inlines the numbers into case labels); each
 * record's `handler` says which of the VM's switches handles the opcode.
 * test/opcodes.test.ts checks `Op` and `OPCODES` agree, and that every
 * `handler` matches the case labels of src/vm/ceval.ts.
 */

/**
 * Semantics, per opcode, as CPython 3.11's Python/ceval.c. Notation:
 * `[a, b] → [c]` shows the top of the value stack before and after (top
 * rightmost); "steals" means the reference held by the stack moves into
 * the new owner without INCREF/DECREF; "DECREF x" means the stack's
 * reference to x is released (which may run `__del__` right there);
 * pushed results are new references unless stated. On error an
 * instruction raises (adding a traceback entry for this frame) and the
 * exception unwinds as described in the header (exception table).
 * PEEK(n) is the n-th item from the top (PEEK(1) = TOS).
 */
export const enum Op {
  /** Inline cache slot in CPython; refpy never emits it. */
  CACHE = 0,
  /** `[x] → []`; DECREF x. */
  POP_TOP = 1,
  /** `[] → [NULL]`: a C NULL (no object, no reference), the marker under a
   *  callable that CALL / CALL_FUNCTION_EX consume. */
  PUSH_NULL = 2,
  /** Does nothing (kept only to carry a line number). */
  NOP = 9,
  /** `[v] → [+v]`: PyNumber_Positive(v); DECREF v (also on error). */
  UNARY_POSITIVE = 10,
  /** `[v] → [-v]`: PyNumber_Negative(v); DECREF v (also on error). */
  UNARY_NEGATIVE = 11,
  /** `[v] → [not v]`: PyObject_IsTrue(v) (calls __bool__/__len__); DECREF v;
   *  pushes a new reference to False or True. */
  UNARY_NOT = 12,
  /** `[v] → [~v]`: PyNumber_Invert(v); DECREF v (also on error). */
  UNARY_INVERT = 15,
  /** `[container, sub] → [container[sub]]`: PyObject_GetItem; DECREF
   *  container and sub (also on error). */
  BINARY_SUBSCR = 25,
  /** `[exc] → [prev_exc, exc]`: the handled-exception slot
   *  (tstate->exc_info->exc_value, i.e. sys.exc_info()) moves onto the
   *  stack (its reference moves; None, new reference, when empty) and
   *  exc_info takes a new reference to exc. Undone by POP_EXCEPT. */
  /** `[obj] → [obj, len(obj)]`: PyObject_Length (TypeError "object of type
   *  'T' has no len()"); obj stays. Sequence and mapping patterns' length
   *  checks. */
  GET_LEN = 30,
  /** `[subject] → [subject, bool]`: True when type(subject) has
   *  Py_TPFLAGS_MAPPING (dict and its subclasses), else False; no call. */
  MATCH_MAPPING = 31,
  /** `[subject] → [subject, bool]`: True when type(subject) has
   *  Py_TPFLAGS_SEQUENCE (list, tuple, range and their subclasses). */
  MATCH_SEQUENCE = 32,
  /** `[subject, keys] → [subject, keys, values]`: for each key of the tuple
   *  `keys`, `subject.get(key, dummy)` (ValueError "mapping pattern checks
   *  duplicate key (k)" for a repeated key); `values` is the tuple of those
   *  results, or None (new reference) as soon as one key is missing. */
  MATCH_KEYS = 33,
  PUSH_EXC_INFO = 35,
  /** `[exc, type] → [exc, bool]`: TypeError "catching classes that do not
   *  inherit from BaseException is not allowed" unless type is an exception
   *  class or a tuple of them; else PyErr_GivenExceptionMatches(exc, type);
   *  DECREF type; pushes True/False. exc stays. */
  CHECK_EXC_MATCH = 36,
  /** `[exc, type] → [rest, match]` for an except* clause (TypeError as
   *  CHECK_EXC_MATCH, and "catching ExceptionGroup with except* is not
   *  allowed. Use except instead." for a group type): match is the part of
   *  exc that type selects (a naked exception wrapped in
   *  ExceptionGroup("", (exc,))), rest the remainder or None; match
   *  becomes the handled exception. With no match: `[exc, None]`. */
  CHECK_EG_MATCH = 37,
  /** `[exit, lasti, prev_exc, exc] → [exit, lasti, prev_exc, exc, res]`:
   *  res = exit(type(exc), exc, exc.__traceback__) (PEEK(4) is the bound
   *  __exit__ that BEFORE_WITH pushed). Nothing is popped. */
  WITH_EXCEPT_START = 49,
  /** `[obj] → [aiter]`: type(obj)'s am_aiter (`__aiter__`); TypeError
   *  "'async for' requires an object with __aiter__ method, got T" without
   *  one, "'async for' received an object from __aiter__ that does not
   *  implement __anext__: T" if the result has no am_anext; DECREF obj. */
  GET_AITER = 50,
  /** `[aiter] → [aiter, awaitable]`: the awaitable of aiter's `__anext__()`
   *  (an async generator's asend object directly; otherwise through
   *  _PyCoro_GetAwaitableIter, TypeError "'async for' received an invalid
   *  object from __anext__: T" chained from its error). aiter stays. */
  GET_ANEXT = 51,
  /** `[mgr] → [aexit, aenter_awaitable]`: as BEFORE_WITH with `__aenter__`
   *  and `__aexit__` ("… does not support the asynchronous context manager
   *  protocol"); the result of calling __aenter__() is pushed, to be
   *  awaited by the GET_AWAITABLE 1 that follows. */
  BEFORE_ASYNC_WITH = 52,
  /** `[mgr] → [exit, enter_result]`: looks up `__enter__` then `__exit__` on
   *  type(mgr) (special-method lookup, bound to mgr); TypeError "'T' object
   *  does not support the context manager protocol" if __enter__ is
   *  missing, "… (missed __exit__ method)" if __exit__ is; DECREF mgr; pushes
   *  the bound __exit__, then the result of calling __enter__(). */
  BEFORE_WITH = 53,
  /** `[aiter, exc] → []` (the handler of `async for`'s __anext__ await):
   *  StopAsyncIteration ends the loop (DECREF both); any other exception
   *  is raised again as it is (no new traceback entry). */
  END_ASYNC_FOR = 54,
  /** `[v, container, sub] → []`: container[sub] = v (PyObject_SetItem);
   *  DECREF v, container, sub (also on error). */
  STORE_SUBSCR = 60,
  /** `[container, sub] → []`: del container[sub]; DECREF both. */
  DELETE_SUBSCR = 61,
  /** `[iterable] → [iter(iterable)]`: PyObject_GetIter; DECREF iterable. */
  GET_ITER = 68,
  /** `[iterable] → [iterator]`: a generator stays as it is (no refcount
   *  change); anything else becomes iter(iterable), DECREF iterable. */
  GET_YIELD_FROM_ITER = 69,
  /** `[v] → []`: calls sys.displayhook(v) (RuntimeError "lost
   *  sys.displayhook" if absent), DECREF the result and v. Emitted only in
   *  interactive ("single") mode for expression statements. */
  PRINT_EXPR = 70,
  /** `[] → [__build_class__]`: looked up in the frame's builtins; NameError
   *  "__build_class__ not found" if missing. */
  LOAD_BUILD_CLASS = 71,
  /** `[] → [AssertionError]`: pushes the AssertionError class (new ref). */
  LOAD_ASSERTION_ERROR = 74,
  /** First instruction of a generator function (with POP_TOP after it):
   *  creates the generator object, moving the frame (its arguments and
   *  cells included, no refcount change) into it, and returns the
   *  generator to the caller as the call's result. When the generator is
   *  first resumed, the value sent in (None) is pushed and the following
   *  POP_TOP discards it. */
  RETURN_GENERATOR = 75,
  /** `[list] → [tuple(list)]`: PyList_AsTuple; DECREF list. */
  LIST_TO_TUPLE = 82,
  /** `[retval] → (frame exits)`: the reference moves to the caller (pushed
   *  on its stack, or, in a generator, carried by StopIteration(retval)).
   *  The frame's locals, cells and remaining stack are then DECREF'd. */
  RETURN_VALUE = 83,
  /** `[module] → []`: `from module import *` into the frame's locals
   *  (names in `__all__`, else public names); DECREF module. */
  IMPORT_STAR = 84,
  /** If `__annotations__` is not in the frame's locals mapping, stores a
   *  new empty dict there. No stack change. */
  SETUP_ANNOTATIONS = 85,
  /** `[v] → (suspend)`: the generator suspends, returning v (reference
   *  moves) to the caller of next()/send(). On resume `[] → [sent]`: the
   *  sent value (None for next()) is pushed in its place. */
  YIELD_VALUE = 86,
  /** `[v] → [wrapped]`: in an async generator, wraps the value a `yield`
   *  sends out (_PyAsyncGenValueWrapperNew; the wrapper INCREFs v, then
   *  v is DECREF'd), so its asend() can tell a yield from an await. */
  ASYNC_GEN_WRAP = 87,
  /** `[orig, excs] → [val]`: _PyExc_PrepReraiseStar(orig, excs), what a
   *  try-except* raises at its end (None when nothing). */
  PREP_RERAISE_STAR = 88,
  /** `[prev_exc] → []`: restores the handled-exception slot from the stack
   *  (the reference moves into exc_info) and DECREFs the exception it held
   *  (the one PUSH_EXC_INFO installed). */
  POP_EXCEPT = 89,
  /** `[v] → []`: locals[co_names[i]] = v (dict fast path, else
   *  PyObject_SetItem); SystemError "no locals found when storing 'x'"
   *  without a locals mapping; DECREF v (the mapping INCREFs). */
  STORE_NAME = 90,
  /** del locals[co_names[i]]; NameError "name 'x' is not defined" if
   *  missing. No stack change. */
  DELETE_NAME = 91,
  /** `[seq] → [x_{n-1}, …, x_1, x_0]` (x_0 on top): exact tuples and lists
   *  of length n push INCREF'd items; anything else is iterated: TypeError
   *  "cannot unpack non-iterable T object", ValueError "not enough values to
   *  unpack (expected n, got k)" / "too many values to unpack (expected n)".
   *  DECREF seq. */
  UNPACK_SEQUENCE = 92,
  /** `[iter] → [iter, next]`, or when the iterator is exhausted (tp_iternext
   *  returns NULL with no error, or raises StopIteration, which is cleared):
   *  `[iter] → []`, DECREF iter, and jump forward by `delta` code units. Other
   *  exceptions propagate. */
  FOR_ITER = 93,
  /** Argument `before | after << 8`. `[seq] → [a_{after-1}, …, a_0, middle,
   *  b_{before-1}, …, b_0]` (b_0, the first item, on top; `middle` a new list
   *  of the items between): ValueError "not enough values to unpack
   *  (expected at least n, got k)". DECREF seq. */
  UNPACK_EX = 94,
  /** `[v, owner] → []`: setattr(owner, co_names[i], v); DECREF owner and v. */
  STORE_ATTR = 95,
  /** `[owner] → []`: delattr(owner, co_names[i]); DECREF owner. */
  DELETE_ATTR = 96,
  /** `[v] → []`: globals[co_names[i]] = v; DECREF v. */
  STORE_GLOBAL = 97,
  /** del globals[co_names[i]]; NameError "name 'x' is not defined" if
   *  missing. */
  DELETE_GLOBAL = 98,
  /** `SWAP i`: exchanges TOS and PEEK(i) (i ≥ 2). No refcount change. */
  SWAP = 99,
  /** `[] → [co_consts[i]]` (INCREF). */
  LOAD_CONST = 100,
  /** `[] → [v]`: co_names[i] looked up in the locals mapping, then globals,
   *  then builtins (INCREF); NameError "name 'x' is not defined";
   *  SystemError "no locals when loading 'x'" without locals. */
  LOAD_NAME = 101,
  /** `[x_1 … x_n] → [(x_1, …, x_n)]`: steals the n references. */
  BUILD_TUPLE = 102,
  /** `[x_1 … x_n] → [[x_1, …, x_n]]`: steals the n references. */
  BUILD_LIST = 103,
  /** `[x_1 … x_n] → [{x_1, …, x_n}]`: adds in order (the set INCREFs),
   *  then DECREFs the n items. */
  BUILD_SET = 104,
  /** `[k_1, v_1, … k_n, v_n] → [dict]`: inserted in order (the dict
   *  INCREFs), then all 2n items DECREF'd. */
  BUILD_MAP = 105,
  /** `[owner] → [getattr(owner, co_names[i])]`; DECREF owner. */
  LOAD_ATTR = 106,
  /** `[left, right] → [res]`: PyObject_RichCompare(left, right, i), i one
   *  of Py_LT 0 `<`, Py_LE 1 `<=`, Py_EQ 2 `==`, Py_NE 3 `!=`, Py_GT 4 `>`,
   *  Py_GE 5 `>=` (CMP_OP[i]); DECREF both. */
  COMPARE_OP = 107,
  /** `[level, fromlist] → [module]`: calls builtins.__import__(co_names[i],
   *  globals, locals or None, fromlist, level) (ImportError "__import__ not
   *  found" if missing); DECREF level and fromlist. */
  IMPORT_NAME = 108,
  /** `[module] → [module, attr]`: getattr(module, co_names[i]); on
   *  AttributeError falls back to sys.modules["<module.__name__>.<name>"],
   *  else ImportError "cannot import name 'x' from 'm' (path)" (or
   *  "(unknown location)"). module stays. */
  IMPORT_FROM = 109,
  /** Jump forward by `delta` code units (from the next instruction). */
  JUMP_FORWARD = 110,
  /** `[cond] → [cond]` and jump forward by `delta` if cond is false
   *  (PyObject_IsTrue); otherwise `[cond] → []`, DECREF cond. */
  JUMP_IF_FALSE_OR_POP = 111,
  /** `[cond] → [cond]` and jump forward by `delta` if cond is true;
   *  otherwise `[cond] → []`, DECREF cond. */
  JUMP_IF_TRUE_OR_POP = 112,
  /** `[cond] → []`: DECREF cond; jump forward by `delta` if it is false. */
  POP_JUMP_FORWARD_IF_FALSE = 114,
  /** `[cond] → []`: DECREF cond; jump forward by `delta` if it is true. */
  POP_JUMP_FORWARD_IF_TRUE = 115,
  /** `[] → [NULL?, v]`: if the argument's low bit is set, first pushes NULL
   *  (for a following CALL); then v = co_names[i >> 1] from globals, else
   *  builtins (INCREF); NameError "name 'x' is not defined". */
  LOAD_GLOBAL = 116,
  /** `[left, right] → [bool]`: `(left is right) ^ invert` (argument 1 for
   *  `is not`); DECREF both; pushes True/False. */
  IS_OP = 117,
  /** `[left, right] → [bool]`: `(left in right) ^ invert` via
   *  PySequence_Contains(right, left) (argument 1 for `not in`); DECREF
   *  both; pushes True/False. */
  CONTAINS_OP = 118,
  /** `[…, exc] → (raise)`: pops exc and re-raises it without adding a
   *  traceback entry (straight to unwinding). If `lasti` ≠ 0, first sets the
   *  frame's last instruction from the int at PEEK(lasti + 1) (the offset
   *  the exception table saved), so the traceback keeps the original line. */
  RERAISE = 119,
  /** `COPY i`: `[…, x(at PEEK(i)), …] → […, x, …, x]`: pushes PEEK(i) again
   *  (INCREF). */
  COPY = 120,
  /** `[lhs, rhs] → [lhs op rhs]`: the NB_OPS[i] number protocol operation
   *  (i ≥ 13: the in-place form, e.g. PyNumber_InPlaceAdd); DECREF both. */
  BINARY_OP = 122,
  /** `[receiver, v] → [receiver, yielded]`: sends v into receiver
   *  (generators: gen.send(v); otherwise next(receiver) when v is None and
   *  it has __next__, else receiver.send(v)); DECREF v. When the receiver
   *  returns (StopIteration): `[receiver, v] → [retval]`, DECREF receiver,
   *  jump forward by `delta`. Other exceptions propagate. */
  SEND = 123,
  /** `[] → [localsplus[i]]` (INCREF); UnboundLocalError "cannot access
   *  local variable 'x' where it is not associated with a value" if empty. */
  LOAD_FAST = 124,
  /** `[v] → []`: localsplus[i] = v (reference moves); the old value, if
   *  any, is DECREF'd after the store. */
  STORE_FAST = 125,
  /** Empties localsplus[i], DECREF'ing its value; UnboundLocalError (as
   *  LOAD_FAST) if already empty. */
  DELETE_FAST = 126,
  /** `[v] → []`: DECREF v; jump forward by `delta` if v is not None. */
  POP_JUMP_FORWARD_IF_NOT_NONE = 128,
  /** `[v] → []`: DECREF v; jump forward by `delta` if v is None. */
  POP_JUMP_FORWARD_IF_NONE = 129,
  /** `RAISE_VARARGS argc`: 0 re-raises the exception being handled
   *  (RuntimeError "No active exception to reraise" if none); 1 `raise
   *  TOS`; 2 `raise TOS1 from TOS`. A class is instantiated with no
   *  arguments; TypeError "exceptions must derive from BaseException".
   *  Pops argc items (the exception's reference moves to the raised state). */
  RAISE_VARARGS = 130,
  /** `[obj] → [iter]`: the iterator `await obj` drives
   *  (_PyCoro_GetAwaitableIter: a coroutine itself, else the result of
   *  `__await__()`, which must be an iterator and not a coroutine);
   *  TypeError "object T can't be used in 'await' expression" (argument 1:
   *  "'async with' received an object from __aenter__ that does not
   *  implement __await__: T", 2: the same for __aexit__); RuntimeError
   *  "coroutine is being awaited already" for a coroutine suspended in an
   *  await. DECREF obj. */
  GET_AWAITABLE = 131,
  /** `[defaults?, kwdefaults?, annotations?, closure?, code] → [func]`:
   *  pops the code object, then, by flag bit, 0x08 the closure tuple of
   *  cells, 0x04 the annotations tuple (name, value pairs), 0x02 the
   *  keyword-only defaults dict, 0x01 the defaults tuple; the function
   *  takes those references, its globals and co_qualname as __qualname__. */
  MAKE_FUNCTION = 132,
  /** `[start, stop] → [slice]` (argc 2) or `[start, stop, step] → [slice]`
   *  (argc 3); DECREF the parts (the slice INCREFs). */
  BUILD_SLICE = 133,
  /** Jump backward by `delta` code units, without checking for pending
   *  signals / periodic work (used by the `yield from` loop). */
  JUMP_BACKWARD_NO_INTERRUPT = 134,
  /** Replaces localsplus[i] by a new cell holding its current value (or
   *  empty): the cell takes over the reference. Emitted at function entry
   *  for every cell variable. */
  MAKE_CELL = 135,
  /** `[] → [cell]`: pushes the cell object in localsplus[i] itself (INCREF),
   *  to build a closure tuple. */
  LOAD_CLOSURE = 136,
  /** `[] → [cell contents]` of the cell in localsplus[i] (INCREF); if the
   *  cell is empty: UnboundLocalError "cannot access local variable 'x'
   *  where it is not associated with a value" for a cell variable,
   *  NameError "cannot access free variable 'x' where it is not associated
   *  with a value in enclosing scope" for a free variable. */
  LOAD_DEREF = 137,
  /** `[v] → []`: stores v in the cell at localsplus[i] (reference moves);
   *  DECREF the old contents. */
  STORE_DEREF = 138,
  /** Empties the cell at localsplus[i], DECREF'ing its contents; the
   *  LOAD_DEREF errors if already empty. */
  DELETE_DEREF = 139,
  /** Jump backward by `delta` code units; then check for pending signals /
   *  periodic work (an interrupt point). */
  JUMP_BACKWARD = 140,
  /** `[NULL, func, args, kwargs?] → [result]` (kwargs when flags & 1):
   *  a non-dict kwargs is first copied into a new dict (TypeError "f()
   *  argument after ** must be a mapping, not T"), a non-tuple args becomes
   *  tuple(args) (TypeError "f() argument after * must be an iterable, not
   *  T"); then calls func(*args, **kwargs); DECREF func, args, kwargs. */
  CALL_FUNCTION_EX = 142,
  /** Prefix: the next instruction's argument is `arg << 8 | its own byte`. */
  EXTENDED_ARG = 144,
  /** `[…, list(at PEEK(i) after the pop), …, v] → […]`: list.append(v),
   *  stealing v. Used by list comprehensions. */
  LIST_APPEND = 145,
  /** `[…, set(at PEEK(i) after the pop), …, v] → […]`: set.add(v); DECREF v. */
  SET_ADD = 146,
  /** `[…, dict(at PEEK(i) after the pops), …, key, value] → […]`:
   *  dict[key] = value, stealing both. */
  MAP_ADD = 147,
  /** `[] → [v]`: in a class body, the free variable localsplus[i] is first
   *  looked up by name in the class namespace (locals mapping); if absent,
   *  loaded from its cell as LOAD_DEREF. */
  LOAD_CLASSDEREF = 148,
  /** Copies the `n` cells of the function's closure tuple into the last n
   *  localsplus slots (INCREF each). First instruction of code with free
   *  variables. */
  COPY_FREE_VARS = 149,
  /** No-op marking a place where execution starts or resumes (0 function
   *  start, 1 after `yield`, 2 after `yield from`, 3 after `await`); checks
   *  for pending signals / periodic work. */
  RESUME = 151,
  /** `[subject, cls, names] → [attrs]`: the class pattern `cls(…)` with
   *  `oparg` positional sub-patterns and the keyword attribute names of the
   *  tuple `names` (ceval.c match_class): TypeError unless cls is a type;
   *  if isinstance(subject, cls), attrs is the tuple of the positional
   *  attributes (named by cls.__match_args__, or the subject itself for
   *  types with MATCH_SELF) then the keyword ones, else None (also when an
   *  attribute is missing). DECREF names and cls, then (on success or
   *  failure, not on error) subject. */
  MATCH_CLASS = 152,
  /** `[value, spec?] → [str]` (spec when flags & 4): applies the conversion
   *  (flags & 3: 1 str(), 2 repr(), 3 ascii()), then, unless the value is an
   *  exact str with no spec, format(value, spec or ''); DECREF value, spec. */
  FORMAT_VALUE = 155,
  /** `[v_1 … v_n, keys] → [dict]`: keys is a const tuple of n keys; dict
   *  {keys[j]: v_j}; DECREF keys and values (the dict INCREFs). */
  BUILD_CONST_KEY_MAP = 156,
  /** `[s_1 … s_n] → [s_1 + … + s_n]`: joins n strs; DECREF them. */
  BUILD_STRING = 157,
  /** `[owner] → [meth, owner]` when type(owner) has a plain function (or
   *  method descriptor) named co_names[i] not shadowed by an instance
   *  attribute: the unbound method is pushed below owner (owner's reference
   *  stays on the stack as `self`, no bound method is created); otherwise
   *  `[owner] → [NULL, getattr(owner, name)]`, DECREF owner. */
  LOAD_METHOD = 160,
  /** `[…, list(at PEEK(i) after the pop), …, iterable] → […]`:
   *  list.extend(iterable) (TypeError "Value after * must be an iterable,
   *  not T"); DECREF iterable. */
  LIST_EXTEND = 162,
  /** `[…, set(at PEEK(i) after the pop), …, iterable] → […]`:
   *  set.update(iterable); DECREF iterable. */
  SET_UPDATE = 163,
  /** `[…, dict(at PEEK(i) after the pop), …, mapping] → […]`: like
   *  DICT_UPDATE but for `**` in calls: a duplicate key raises TypeError
   *  "f() got multiple values for keyword argument 'k'", a non-mapping
   *  "f() argument after ** must be a mapping, not T" (f named from the
   *  callable at PEEK(i + 2)); DECREF mapping. */
  DICT_MERGE = 164,
  /** `[…, dict(at PEEK(i) after the pop), …, mapping] → […]`:
   *  dict.update(mapping) (TypeError "'T' object is not a mapping");
   *  DECREF mapping. */
  DICT_UPDATE = 165,
  /** `PRECALL argc`, with `[NULL|meth, callable|self, arg_1 … arg_argc]`:
   *  if the slot under the callable is NULL and the callable is a bound
   *  method object, replaces `[NULL, bound]` by `[bound.__func__,
   *  bound.__self__]` (INCREF both, DECREF the bound method). No real stack
   *  change: its table effect (-argc) and CALL's (-1) are CPython's split
   *  accounting of CALL's total `-argc - 1`. */
  PRECALL = 166,
  /** `CALL argc`: `[NULL|meth, callable|self, arg_1 … arg_argc] → [result]`:
   *  when PEEK(argc + 2) is not NULL it is the function and `self` is the
   *  first argument (argc + 1 arguments); the last len(kwnames) arguments
   *  are keyword values named by the preceding KW_NAMES (then cleared).
   *  A Python function gets a new frame that steals the function and
   *  argument references; any other callable is called with the arguments
   *  borrowed from the stack, then the callable and every argument are
   *  DECREF'd. Checks for pending signals after a non-Python call. */
  CALL = 171,
  /** Records co_consts[i], a tuple of keyword names, for the next CALL. No
   *  stack change. */
  KW_NAMES = 172,
  /** `[v] → []`: DECREF v; jump backward by `delta` (then interrupt
   *  check) if v is not None. */
  POP_JUMP_BACKWARD_IF_NOT_NONE = 173,
  /** `[v] → []`: DECREF v; jump backward by `delta` (then interrupt check)
   *  if v is None. */
  POP_JUMP_BACKWARD_IF_NONE = 174,
  /** `[cond] → []`: DECREF cond; jump backward by `delta` (then interrupt
   *  check) if it is false. */
  POP_JUMP_BACKWARD_IF_FALSE = 175,
  /** `[cond] → []`: DECREF cond; jump backward by `delta` (then interrupt
   *  check) if it is true. */
  POP_JUMP_BACKWARD_IF_TRUE = 176,
}

/** Opcodes at or above this take their argument; below, the argument byte is 0. */
export const HAVE_ARGUMENT = 90;

/** How the disassembler interprets an instruction's argument. */
export type ArgKind =
  | "none" // no argument
  | "int" // a plain number (counts, flags)
  | "const" // index into co_consts
  | "name" // index into co_names
  | "global" // LOAD_GLOBAL: co_names[arg >> 1], low bit = push NULL first
  | "local" // index into co_varnames (fast locals)
  | "free" // index into cell + free variable names
  | "jrel" // relative jump forward, in code units
  | "jback" // relative jump backward, in code units
  | "compare" // COMPARE_OP: index into CMP_OP
  | "binop" // BINARY_OP: index into NB_OPS
  | "is" // IS_OP: 0 `is`, 1 `is not`
  | "contains" // CONTAINS_OP: 0 `in`, 1 `not in`
  | "format"; // FORMAT_VALUE: conversion and have-spec bits

/** Where src/vm/ceval.ts handles an instruction (described in full at the
 *  head of its `slowOp`). */
export type Handler =
  | "inline" // a case of _PyEval_EvalFrameDefault's dispatch switch
  | "nested" // a case of the switch in that dispatch's `default:` branch
  | "slow" // a case of slowOp, reached from the same `default:`
  | "inline+slow" // an inline fast path that leaves the general case to slowOp
  | "prefix"; // EXTENDED_ARG: folded into the next argument before dispatch

export interface OpInfo {
  name: string;
  code: number;
  arg: ArgKind;
  /** Stack effect of executing this instruction, as CPython's `stack_effect`;
   *  `jump` selects the effect along the taken branch of a jump. */
  effect: (arg: number, jump: boolean) => number;
  handler: Handler;
}

const fixed = (n: number) => () => n;

function op(
  name: string,
  code: number,
  arg: ArgKind,
  effect: number | ((arg: number, jump: boolean) => number),
  handler: Handler,
): OpInfo {
  return { name, code, arg, effect: typeof effect === "number" ? fixed(effect) : effect, handler };
}

/** `MAKE_FUNCTION` flag bits (as CPython 3.11). */
export const MAKE_FUNCTION_DEFAULTS = 0x01;
export const MAKE_FUNCTION_KWDEFAULTS = 0x02;
export const MAKE_FUNCTION_ANNOTATIONS = 0x04;
export const MAKE_FUNCTION_CLOSURE = 0x08;

/** `FORMAT_VALUE` argument bits. */
export const FVC_MASK = 0x3;
export const FVC_NONE = 0x0;
export const FVC_STR = 0x1;
export const FVC_REPR = 0x2;
export const FVC_ASCII = 0x3;
export const FVS_HAVE_SPEC = 0x4;

/** The rich comparison operators, CPython's Py_LT..Py_GE (object.h):
 *  COMPARE_OP's argument and the `op` of tp_richcompare. */
export const Py_LT = 0;
export const Py_LE = 1;
export const Py_EQ = 2;
export const Py_NE = 3;
export const Py_GT = 4;
export const Py_GE = 5;

/** COMPARE_OP's argument, Py_LT…Py_GE (above), spelled as
 *  dis.cmp_op; test/opcodes.test.ts checks both. */
export const CMP_OP = ["<", "<=", "==", "!=", ">", ">="] as const;

/** BINARY_OP's argument: CPython's NB_* numbering, with its dis spelling
 *  (dis._nb_ops). test/opcodes.test.ts checks NB_OPS, the NB enum and the
 *  eval loop's `binaryOps` against each other and against CPython. */
export const NB_OPS = [
  "+",
  "&",
  "//",
  "<<",
  "@",
  "*",
  "%",
  "|",
  "**",
  ">>",
  "-",
  "/",
  "^",
  "+=",
  "&=",
  "//=",
  "<<=",
  "@=",
  "*=",
  "%=",
  "|=",
  "**=",
  ">>=",
  "-=",
  "/=",
  "^=",
] as const;

export const enum NB {
  ADD = 0,
  AND = 1,
  FLOOR_DIVIDE = 2,
  LSHIFT = 3,
  MATRIX_MULTIPLY = 4,
  MULTIPLY = 5,
  REMAINDER = 6,
  OR = 7,
  POWER = 8,
  RSHIFT = 9,
  SUBTRACT = 10,
  TRUE_DIVIDE = 11,
  XOR = 12,
  INPLACE_ADD = 13,
  INPLACE_AND = 14,
  INPLACE_FLOOR_DIVIDE = 15,
  INPLACE_LSHIFT = 16,
  INPLACE_MATRIX_MULTIPLY = 17,
  INPLACE_MULTIPLY = 18,
  INPLACE_REMAINDER = 19,
  INPLACE_OR = 20,
  INPLACE_POWER = 21,
  INPLACE_RSHIFT = 22,
  INPLACE_SUBTRACT = 23,
  INPLACE_TRUE_DIVIDE = 24,
  INPLACE_XOR = 25,
}

function popcount4(flags: number): number {
  return (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1);
}

/** Every opcode, in numeric order. */
export const OPCODES: readonly OpInfo[] = [
  op("CACHE", 0, "none", 0, "inline"),
  op("POP_TOP", 1, "none", -1, "inline"),
  op("PUSH_NULL", 2, "none", 1, "inline"),
  op("NOP", 9, "none", 0, "inline"),
  op("UNARY_POSITIVE", 10, "none", 0, "slow"),
  op("UNARY_NEGATIVE", 11, "none", 0, "slow"),
  op("UNARY_NOT", 12, "none", 0, "slow"),
  op("UNARY_INVERT", 15, "none", 0, "slow"),
  op("BINARY_SUBSCR", 25, "none", -1, "inline"),
  op("GET_LEN", 30, "none", 1, "slow"),
  op("MATCH_MAPPING", 31, "none", 1, "slow"),
  op("MATCH_SEQUENCE", 32, "none", 1, "slow"),
  op("MATCH_KEYS", 33, "none", 1, "slow"),
  op("PUSH_EXC_INFO", 35, "none", 1, "slow"),
  op("CHECK_EXC_MATCH", 36, "none", 0, "slow"),
  op("CHECK_EG_MATCH", 37, "none", 0, "slow"),
  op("WITH_EXCEPT_START", 49, "none", 1, "slow"),
  op("GET_AITER", 50, "none", 0, "slow"),
  op("GET_ANEXT", 51, "none", 1, "slow"),
  op("BEFORE_ASYNC_WITH", 52, "none", 1, "slow"),
  op("BEFORE_WITH", 53, "none", 1, "slow"),
  op("END_ASYNC_FOR", 54, "none", -2, "nested"),
  op("STORE_SUBSCR", 60, "none", -3, "inline"),
  op("DELETE_SUBSCR", 61, "none", -2, "inline"),
  op("GET_ITER", 68, "none", 0, "inline"),
  op("GET_YIELD_FROM_ITER", 69, "none", 0, "slow"),
  op("PRINT_EXPR", 70, "none", -1, "slow"),
  op("LOAD_BUILD_CLASS", 71, "none", 1, "slow"),
  op("LOAD_ASSERTION_ERROR", 74, "none", 1, "slow"),
  op("RETURN_GENERATOR", 75, "none", 0, "nested"),
  op("LIST_TO_TUPLE", 82, "none", 0, "slow"),
  op("RETURN_VALUE", 83, "none", -1, "inline"),
  op("IMPORT_STAR", 84, "none", -1, "slow"),
  op("SETUP_ANNOTATIONS", 85, "none", 0, "slow"),
  op("YIELD_VALUE", 86, "none", 0, "nested"),
  op("ASYNC_GEN_WRAP", 87, "none", 0, "slow"),
  op("PREP_RERAISE_STAR", 88, "none", -1, "slow"),
  op("POP_EXCEPT", 89, "none", -1, "slow"),
  op("STORE_NAME", 90, "name", -1, "inline+slow"),
  op("DELETE_NAME", 91, "name", 0, "slow"),
  op("UNPACK_SEQUENCE", 92, "int", (a) => a - 1, "slow"),
  op("FOR_ITER", 93, "jrel", (_a, jump) => (jump ? -1 : 1), "inline"),
  op("UNPACK_EX", 94, "int", (a) => (a & 0xff) + (a >> 8), "slow"),
  op("STORE_ATTR", 95, "name", -2, "inline"),
  op("DELETE_ATTR", 96, "name", -1, "slow"),
  op("STORE_GLOBAL", 97, "name", -1, "inline"),
  op("DELETE_GLOBAL", 98, "name", 0, "slow"),
  op("SWAP", 99, "int", 0, "inline"),
  op("LOAD_CONST", 100, "const", 1, "inline"),
  op("LOAD_NAME", 101, "name", 1, "inline+slow"),
  op("BUILD_TUPLE", 102, "int", (a) => 1 - a, "slow"),
  op("BUILD_LIST", 103, "int", (a) => 1 - a, "slow"),
  op("BUILD_SET", 104, "int", (a) => 1 - a, "slow"),
  op("BUILD_MAP", 105, "int", (a) => 1 - 2 * a, "slow"),
  op("LOAD_ATTR", 106, "name", 0, "inline"),
  op("COMPARE_OP", 107, "compare", -1, "inline"),
  op("IMPORT_NAME", 108, "name", -1, "slow"),
  op("IMPORT_FROM", 109, "name", 1, "slow"),
  op("JUMP_FORWARD", 110, "jrel", 0, "inline"),
  op("JUMP_IF_FALSE_OR_POP", 111, "jrel", (_a, jump) => (jump ? 0 : -1), "inline"),
  op("JUMP_IF_TRUE_OR_POP", 112, "jrel", (_a, jump) => (jump ? 0 : -1), "inline"),
  op("POP_JUMP_FORWARD_IF_FALSE", 114, "jrel", -1, "inline"),
  op("POP_JUMP_FORWARD_IF_TRUE", 115, "jrel", -1, "inline"),
  op("LOAD_GLOBAL", 116, "global", (a) => 1 + (a & 1), "inline"),
  op("IS_OP", 117, "is", -1, "inline"),
  op("CONTAINS_OP", 118, "contains", -1, "slow"),
  op("RERAISE", 119, "int", -1, "nested"),
  op("COPY", 120, "int", 1, "inline"),
  op("BINARY_OP", 122, "binop", -1, "inline"),
  op("SEND", 123, "jrel", (_a, jump) => (jump ? -1 : 0), "nested"),
  op("LOAD_FAST", 124, "local", 1, "inline"),
  op("STORE_FAST", 125, "local", -1, "inline"),
  op("DELETE_FAST", 126, "local", 0, "inline"),
  op("POP_JUMP_FORWARD_IF_NOT_NONE", 128, "jrel", -1, "inline"),
  op("POP_JUMP_FORWARD_IF_NONE", 129, "jrel", -1, "inline"),
  op("RAISE_VARARGS", 130, "int", (a) => 0 - a, "nested"),
  op("GET_AWAITABLE", 131, "int", 0, "slow"),
  op("MAKE_FUNCTION", 132, "int", (a) => 0 - popcount4(a), "slow"),
  op("BUILD_SLICE", 133, "int", (a) => (a === 3 ? -2 : -1), "slow"),
  op("JUMP_BACKWARD_NO_INTERRUPT", 134, "jback", 0, "inline"),
  op("MAKE_CELL", 135, "free", 0, "slow"),
  op("LOAD_CLOSURE", 136, "free", 1, "inline"),
  op("LOAD_DEREF", 137, "free", 1, "inline"),
  op("STORE_DEREF", 138, "free", -1, "inline"),
  op("DELETE_DEREF", 139, "free", 0, "slow"),
  op("JUMP_BACKWARD", 140, "jback", 0, "inline"),
  op("CALL_FUNCTION_EX", 142, "int", (a) => -2 - (a & 1), "inline"),
  op("EXTENDED_ARG", 144, "int", 0, "prefix"),
  op("LIST_APPEND", 145, "int", -1, "slow"),
  op("SET_ADD", 146, "int", -1, "slow"),
  op("MAP_ADD", 147, "int", -2, "slow"),
  op("LOAD_CLASSDEREF", 148, "free", 1, "slow"),
  op("COPY_FREE_VARS", 149, "int", 0, "inline"),
  op("RESUME", 151, "int", 0, "inline"),
  op("MATCH_CLASS", 152, "int", -2, "slow"),
  op("FORMAT_VALUE", 155, "format", (a) => (a & FVS_HAVE_SPEC ? -1 : 0), "slow"),
  op("BUILD_CONST_KEY_MAP", 156, "int", (a) => 0 - a, "slow"),
  op("BUILD_STRING", 157, "int", (a) => 1 - a, "slow"),
  op("LOAD_METHOD", 160, "name", 1, "inline"),
  op("LIST_EXTEND", 162, "int", -1, "slow"),
  op("SET_UPDATE", 163, "int", -1, "slow"),
  op("DICT_MERGE", 164, "int", -1, "slow"),
  op("DICT_UPDATE", 165, "int", -1, "slow"),
  op("PRECALL", 166, "int", (a) => 0 - a, "inline"),
  op("CALL", 171, "int", -1, "inline"),
  op("KW_NAMES", 172, "const", 0, "inline"),
  op("POP_JUMP_BACKWARD_IF_NOT_NONE", 173, "jback", -1, "inline"),
  op("POP_JUMP_BACKWARD_IF_NONE", 174, "jback", -1, "inline"),
  op("POP_JUMP_BACKWARD_IF_FALSE", 175, "jback", -1, "inline"),
  op("POP_JUMP_BACKWARD_IF_TRUE", 176, "jback", -1, "inline"),
];

/** Opcode number → its record (undefined for numbers refpy does not use). */
export const OPCODE_BY_CODE: readonly (OpInfo | undefined)[] = (() => {
  const table: (OpInfo | undefined)[] = [];
  for (let i = 0; i < 256; i++) table.push(undefined);
  for (const info of OPCODES) table[info.code] = info;
  return table;
})();

export function isJump(code: number): boolean {
  const kind = OPCODE_BY_CODE[code]?.arg;
  return kind === "jrel" || kind === "jback";
}
