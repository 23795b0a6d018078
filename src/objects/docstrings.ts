/**
 * CPython 3.11's docstrings of its built-in functions, methods, slot
 * wrappers and types, as its C tables hold them: Argument Clinic's
 * `name(signature)\n--\n\nText` form where CPython has a signature, from
 * which `__text_signature__` and `__doc__` are cut (docsig.ts).
 *
 * BUILTIN_DOCS: by owner (a module's name, or a type's tp_name), by
 * attribute name (`__doc__`: the type's own). SLOT_DOCS: the slot
 * wrappers' and `__new__`'s, by name, for the types without their own
 * entry.
 *
 * Generated from python3 by src/objects/make_docstrings.py; do not edit
 * by hand.
 */

export const SLOT_DOCS: Readonly<Record<string, string>> = {
  __abs__: "__abs__($self, /)\n--\n\nabs(self)",
  __add__: "__add__($self, value, /)\n--\n\nReturn self+value.",
  __aiter__: "__aiter__($self, /)\n--\n\nReturn an awaitable, that resolves in asynchronous iterator.",
  __and__: "__and__($self, value, /)\n--\n\nReturn self&value.",
  __anext__: "__anext__($self, /)\n--\n\nReturn a value or raise StopAsyncIteration.",
  __await__: "__await__($self, /)\n--\n\nReturn an iterator to be used in await expression.",
  __bool__: "__bool__($self, /)\n--\n\nTrue if self else False",
  __call__: "__call__($self, /, *args, **kwargs)\n--\n\nCall self as a function.",
  __contains__: "__contains__($self, key, /)\n--\n\nReturn key in self.",
  __delattr__: "__delattr__($self, name, /)\n--\n\nImplement delattr(self, name).",
  __delete__: "__delete__($self, instance, /)\n--\n\nDelete an attribute of instance.",
  __delitem__: "__delitem__($self, key, /)\n--\n\nDelete self[key].",
  __divmod__: "__divmod__($self, value, /)\n--\n\nReturn divmod(self, value).",
  __eq__: "__eq__($self, value, /)\n--\n\nReturn self==value.",
  __float__: "__float__($self, /)\n--\n\nfloat(self)",
  __floordiv__: "__floordiv__($self, value, /)\n--\n\nReturn self//value.",
  __ge__: "__ge__($self, value, /)\n--\n\nReturn self>=value.",
  __get__: "__get__($self, instance, owner=None, /)\n--\n\nReturn an attribute of instance, which is of type owner.",
  __getattribute__: "__getattribute__($self, name, /)\n--\n\nReturn getattr(self, name).",
  __getitem__: "__getitem__($self, key, /)\n--\n\nReturn self[key].",
  __gt__: "__gt__($self, value, /)\n--\n\nReturn self>value.",
  __hash__: "__hash__($self, /)\n--\n\nReturn hash(self).",
  __iadd__: "__iadd__($self, value, /)\n--\n\nImplement self+=value.",
  __iand__: "__iand__($self, value, /)\n--\n\nReturn self&=value.",
  __ifloordiv__: "__ifloordiv__($self, value, /)\n--\n\nReturn self//=value.",
  __ilshift__: "__ilshift__($self, value, /)\n--\n\nReturn self<<=value.",
  __imatmul__: "__imatmul__($self, value, /)\n--\n\nReturn self@=value.",
  __imod__: "__imod__($self, value, /)\n--\n\nReturn self%=value.",
  __imul__: "__imul__($self, value, /)\n--\n\nImplement self*=value.",
  __index__:
    "__index__($self, /)\n--\n\nReturn self converted to an integer, if self is suitable for use as an index into a list.",
  __init__: "__init__($self, /, *args, **kwargs)\n--\n\nInitialize self.  See help(type(self)) for accurate signature.",
  __int__: "__int__($self, /)\n--\n\nint(self)",
  __invert__: "__invert__($self, /)\n--\n\n~self",
  __ior__: "__ior__($self, value, /)\n--\n\nReturn self|=value.",
  __ipow__: "__ipow__($self, value, /)\n--\n\nReturn self**=value.",
  __irshift__: "__irshift__($self, value, /)\n--\n\nReturn self>>=value.",
  __isub__: "__isub__($self, value, /)\n--\n\nReturn self-=value.",
  __iter__: "__iter__($self, /)\n--\n\nImplement iter(self).",
  __itruediv__: "__itruediv__($self, value, /)\n--\n\nReturn self/=value.",
  __ixor__: "__ixor__($self, value, /)\n--\n\nReturn self^=value.",
  __le__: "__le__($self, value, /)\n--\n\nReturn self<=value.",
  __len__: "__len__($self, /)\n--\n\nReturn len(self).",
  __lshift__: "__lshift__($self, value, /)\n--\n\nReturn self<<value.",
  __lt__: "__lt__($self, value, /)\n--\n\nReturn self<value.",
  __matmul__: "__matmul__($self, value, /)\n--\n\nReturn self@value.",
  __mod__: "__mod__($self, value, /)\n--\n\nReturn self%value.",
  __mul__: "__mul__($self, value, /)\n--\n\nReturn self*value.",
  __ne__: "__ne__($self, value, /)\n--\n\nReturn self!=value.",
  __neg__: "__neg__($self, /)\n--\n\n-self",
  __new__:
    "__new__($type, *args, **kwargs)\n--\n\nCreate and return a new object.  See help(type) for accurate signature.",
  __next__: "__next__($self, /)\n--\n\nImplement next(self).",
  __or__: "__or__($self, value, /)\n--\n\nReturn self|value.",
  __pos__: "__pos__($self, /)\n--\n\n+self",
  __pow__: "__pow__($self, value, mod=None, /)\n--\n\nReturn pow(self, value, mod).",
  __radd__: "__radd__($self, value, /)\n--\n\nReturn value+self.",
  __rand__: "__rand__($self, value, /)\n--\n\nReturn value&self.",
  __rdivmod__: "__rdivmod__($self, value, /)\n--\n\nReturn divmod(value, self).",
  __repr__: "__repr__($self, /)\n--\n\nReturn repr(self).",
  __rfloordiv__: "__rfloordiv__($self, value, /)\n--\n\nReturn value//self.",
  __rlshift__: "__rlshift__($self, value, /)\n--\n\nReturn value<<self.",
  __rmatmul__: "__rmatmul__($self, value, /)\n--\n\nReturn value@self.",
  __rmod__: "__rmod__($self, value, /)\n--\n\nReturn value%self.",
  __rmul__: "__rmul__($self, value, /)\n--\n\nReturn value*self.",
  __ror__: "__ror__($self, value, /)\n--\n\nReturn value|self.",
  __rpow__: "__rpow__($self, value, mod=None, /)\n--\n\nReturn pow(value, self, mod).",
  __rrshift__: "__rrshift__($self, value, /)\n--\n\nReturn value>>self.",
  __rshift__: "__rshift__($self, value, /)\n--\n\nReturn self>>value.",
  __rsub__: "__rsub__($self, value, /)\n--\n\nReturn value-self.",
  __rtruediv__: "__rtruediv__($self, value, /)\n--\n\nReturn value/self.",
  __rxor__: "__rxor__($self, value, /)\n--\n\nReturn value^self.",
  __set__: "__set__($self, instance, value, /)\n--\n\nSet an attribute of instance to value.",
  __setattr__: "__setattr__($self, name, value, /)\n--\n\nImplement setattr(self, name, value).",
  __setitem__: "__setitem__($self, key, value, /)\n--\n\nSet self[key] to value.",
  __str__: "__str__($self, /)\n--\n\nReturn str(self).",
  __sub__: "__sub__($self, value, /)\n--\n\nReturn self-value.",
  __truediv__: "__truediv__($self, value, /)\n--\n\nReturn self/value.",
  __xor__: "__xor__($self, value, /)\n--\n\nReturn self^value.",
};

export const BUILTIN_DOCS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  builtins: {
    __build_class__:
      "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.",
    __import__:
      "__import__($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)\n--\n\nImport a module.\n\nBecause this function is meant for use by the Python\ninterpreter and not for general use, it is better to use\nimportlib.import_module() to programmatically import a module.\n\nThe globals argument is only used to determine the context;\nthey are not modified.  The locals argument is unused.  The fromlist\nshould be a list of names to emulate ``from name import ...``, or an\nempty list to emulate ``import name``.\nWhen importing a module from a package, note that __import__('A.B', ...)\nreturns package A when fromlist is empty, but its submodule B when\nfromlist is not empty.  The level argument is used to determine whether to\nperform absolute or relative imports: 0 is absolute, while a positive number\nis the number of parent directories to search relative to the current module.",
    abs: "abs($module, x, /)\n--\n\nReturn the absolute value of the argument.",
    all: "all($module, iterable, /)\n--\n\nReturn True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True.",
    any: "any($module, iterable, /)\n--\n\nReturn True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False.",
    ascii:
      "ascii($module, obj, /)\n--\n\nReturn an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\nto that returned by repr() in Python 2.",
    bin: "bin($module, number, /)\n--\n\nReturn the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'",
    breakpoint:
      "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\nwhatever arguments are passed.\n\nBy default, this drops you into the pdb debugger.",
    callable:
      "callable($module, obj, /)\n--\n\nReturn whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method.",
    chr: "chr($module, i, /)\n--\n\nReturn a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.",
    compile:
      "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\nCompile source into a code object that can be executed by exec() or eval().\n\nThe source code may represent a Python module, statement or expression.\nThe filename will be used for run-time error messages.\nThe mode must be 'exec' to compile a module, 'single' to compile a\nsingle (interactive) statement, or 'eval' to compile an expression.\nThe flags argument, if present, controls which future statements influence\nthe compilation of the code.\nThe dont_inherit argument, if true, stops the compilation inheriting\nthe effects of any future statements in effect in the code calling\ncompile; if absent or false these statements do influence the compilation,\nin addition to any features explicitly specified.",
    delattr:
      "delattr($module, obj, name, /)\n--\n\nDeletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``",
    dir: "dir([object]) -> list of strings\n\nIf called without an argument, return the names in the current scope.\nElse, return an alphabetized list of names comprising (some of) the attributes\nof the given object, and of attributes reachable from it.\nIf the object supplies a method named __dir__, it will be used; otherwise\nthe default dir() logic is used and returns:\n  for a module object: the module's attributes.\n  for a class object:  its attributes, and recursively the attributes\n    of its bases.\n  for any other object: its attributes, its class's attributes, and\n    recursively the attributes of its class's base classes.",
    divmod: "divmod($module, x, y, /)\n--\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x.",
    eval: "eval($module, source, globals=None, locals=None, /)\n--\n\nEvaluate the given source in the context of globals and locals.\n\nThe source may be a string representing a Python expression\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mapping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it.",
    exec: "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\nExecute the given source in the context of globals and locals.\n\nThe source may be a string representing one or more Python statements\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mapping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it.\nThe closure must be a tuple of cellvars, and can only be used\nwhen source is a code object requiring exactly that many cellvars.",
    format:
      "format($module, value, format_spec='', /)\n--\n\nReturn value.__format__(format_spec)\n\nformat_spec defaults to the empty string.\nSee the Format Specification Mini-Language section of help('FORMATTING') for\ndetails.",
    getattr:
      "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case.",
    globals:
      "globals($module, /)\n--\n\nReturn the dictionary containing the current scope's global variables.\n\nNOTE: Updates to this dictionary *will* affect name lookups in the current\nglobal scope and vice-versa.",
    hasattr:
      "hasattr($module, obj, name, /)\n--\n\nReturn whether the object has an attribute with the given name.\n\nThis is done by calling getattr(obj, name) and catching AttributeError.",
    hash: "hash($module, obj, /)\n--\n\nReturn the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true.",
    hex: "hex($module, number, /)\n--\n\nReturn the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'",
    id: "id($module, obj, /)\n--\n\nReturn the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)",
    input:
      "input($module, prompt='', /)\n--\n\nRead a string from standard input.  The trailing newline is stripped.\n\nThe prompt string, if given, is printed to standard output without a\ntrailing newline before reading input.\n\nIf the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\nOn *nix systems, readline is used if available.",
    isinstance:
      "isinstance($module, obj, class_or_tuple, /)\n--\n\nReturn whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\nor ...`` etc.",
    issubclass:
      "issubclass($module, cls, class_or_tuple, /)\n--\n\nReturn whether 'cls' is derived from another class or is the same class.\n\nA tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\nor ...``.",
    iter: "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel.",
    aiter: "aiter($module, async_iterable, /)\n--\n\nReturn an AsyncIterator for an AsyncIterable object.",
    len: "len($module, obj, /)\n--\n\nReturn the number of items in a container.",
    locals:
      "locals($module, /)\n--\n\nReturn a dictionary containing the current scope's local variables.\n\nNOTE: Whether or not updates to this dictionary will affect name lookups in\nthe local scope and vice-versa is *implementation dependent* and not\ncovered by any backwards compatibility guarantees.",
    max: "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the largest argument.",
    min: "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the smallest argument.",
    next: "next(iterator[, default])\n\nReturn the next item from the iterator. If default is given and the iterator\nis exhausted, it is returned instead of raising StopIteration.",
    anext:
      "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\nasync anext(aiterator[, default])\n\nReturn the next item from the async iterator.  If default is given and the async\niterator is exhausted, it is returned instead of raising StopAsyncIteration.",
    oct: "oct($module, number, /)\n--\n\nReturn the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'",
    ord: "ord($module, c, /)\n--\n\nReturn the Unicode code point for a one-character string.",
    pow: "pow($module, /, base, exp, mod=None)\n--\n\nEquivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\nSome types, such as ints, are able to use a more efficient algorithm when\ninvoked using the three argument form.",
    print:
      "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\nPrints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream.",
    repr: "repr($module, obj, /)\n--\n\nReturn the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj.",
    round:
      "round($module, /, number, ndigits=None)\n--\n\nRound a number to a given precision in decimal digits.\n\nThe return value is an integer if ndigits is omitted or None.  Otherwise\nthe return value has the same type as the number.  ndigits may be negative.",
    setattr:
      "setattr($module, obj, name, value, /)\n--\n\nSets the named attribute on the given object to the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y = v``",
    sorted:
      "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\nReturn a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order.",
    sum: "sum($module, iterable, /, start=0)\n--\n\nReturn the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types.",
    vars: "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\nWith an argument, equivalent to object.__dict__.",
    open: "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)\n--\n\nOpen file and return a stream.  Raise OSError upon failure.\n\nfile is either a text or byte string giving the name (and the path\nif the file isn't in the current working directory) of the file to\nbe opened or an integer file descriptor of the file to be\nwrapped. (If a file descriptor is given, it is closed when the\nreturned I/O object is closed, unless closefd is set to False.)\n\nmode is an optional string that specifies the mode in which the file\nis opened. It defaults to 'r' which means open for reading in text\nmode.  Other common values are 'w' for writing (truncating the file if\nit already exists), 'x' for creating and writing to a new file, and\n'a' for appending (which on some Unix systems, means that all writes\nappend to the end of the file regardless of the current seek position).\nIn text mode, if encoding is not specified the encoding used is platform\ndependent: locale.getencoding() is called to get the current locale encoding.\n(For reading and writing raw bytes use binary mode and leave encoding\nunspecified.) The available modes are:\n\n========= ===============================================================\nCharacter Meaning\n--------- ---------------------------------------------------------------\n'r'       open for reading (default)\n'w'       open for writing, truncating the file first\n'x'       create a new file and open it for writing\n'a'       open for writing, appending to the end of the file if it exists\n'b'       binary mode\n't'       text mode (default)\n'+'       open a disk file for updating (reading and writing)\n========= ===============================================================\n\nThe default mode is 'rt' (open for reading text). For binary random\naccess, the mode 'w+b' opens and truncates the file to 0 bytes, while\n'r+b' opens the file without truncation. The 'x' mode implies 'w' and\nraises an `FileExistsError` if the file already exists.\n\nPython distinguishes between files opened in binary and text modes,\neven when the underlying operating system doesn't. Files opened in\nbinary mode (appending 'b' to the mode argument) return contents as\nbytes objects without any decoding. In text mode (the default, or when\n't' is appended to the mode argument), the contents of the file are\nreturned as strings, the bytes having been first decoded using a\nplatform-dependent encoding or using the specified encoding if given.\n\nbuffering is an optional integer used to set the buffering policy.\nPass 0 to switch buffering off (only allowed in binary mode), 1 to select\nline buffering (only usable in text mode), and an integer > 1 to indicate\nthe size of a fixed-size chunk buffer.  When no buffering argument is\ngiven, the default buffering policy works as follows:\n\n* Binary files are buffered in fixed-size chunks; the size of the buffer\n  is chosen using a heuristic trying to determine the underlying device's\n  \"block size\" and falling back on `io.DEFAULT_BUFFER_SIZE`.\n  On many systems, the buffer will typically be 4096 or 8192 bytes long.\n\n* \"Interactive\" text files (files for which isatty() returns True)\n  use line buffering.  Other text files use the policy described above\n  for binary files.\n\nencoding is the name of the encoding used to decode or encode the\nfile. This should only be used in text mode. The default encoding is\nplatform dependent, but any encoding supported by Python can be\npassed.  See the codecs module for the list of supported encodings.\n\nerrors is an optional string that specifies how encoding errors are to\nbe handled---this argument should not be used in binary mode. Pass\n'strict' to raise a ValueError exception if there is an encoding error\n(the default of None has the same effect), or pass 'ignore' to ignore\nerrors. (Note that ignoring encoding errors can lead to data loss.)\nSee the documentation for codecs.register or run 'help(codecs.Codec)'\nfor a list of the permitted encoding error strings.\n\nnewline controls how universal newlines works (it only applies to text\nmode). It can be None, '', '\\n', '\\r', and '\\r\\n'.  It works as\nfollows:\n\n* On input, if newline is None, universal newlines mode is\n  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n  endings are returned to the caller untranslated. If it has any of\n  the other legal values, input lines are only terminated by the given\n  string, and the line ending is returned to the caller untranslated.\n\n* On output, if newline is None, any '\\n' characters written are\n  translated to the system default line separator, os.linesep. If\n  newline is '' or '\\n', no translation takes place. If newline is any\n  of the other legal values, any '\\n' characters written are translated\n  to the given string.\n\nIf closefd is False, the underlying file descriptor will be kept open\nwhen the file is closed. This does not work when a file name is given\nand must be True in that case.\n\nA custom opener can be used by passing a callable as *opener*. The\nunderlying file descriptor for the file object is then obtained by\ncalling *opener* with (*file*, *flags*). *opener* must return an open\nfile descriptor (passing os.open as *opener* results in functionality\nsimilar to passing None).\n\nopen() returns a file object whose type depends on the mode, and\nthrough which the standard file operations such as reading and writing\nare performed. When open() is used to open a file in a text mode ('w',\n'r', 'wt', 'rt', etc.), it returns a TextIOWrapper. When used to open\na file in a binary mode, the returned class varies: in read binary\nmode, it returns a BufferedReader; in write binary and append binary\nmodes, it returns a BufferedWriter, and in read/write mode, it returns\na BufferedRandom.\n\nIt is also possible to use a string or bytearray as a file for both\nreading and writing. For strings StringIO can be used like a file\nopened in a text mode, and for bytes a BytesIO can be used like a file\nopened in a binary mode.",
  },
  sys: {
    addaudithook: "addaudithook($module, /, hook)\n--\n\nAdds a new audit hook callback.",
    audit: "audit(event, *args)\n\nPasses the event to any audit hooks that are attached.",
    breakpointhook: "breakpointhook(*args, **kws)\n\nThis hook function is called by built-in breakpoint().\n",
    _clear_type_cache: "_clear_type_cache($module, /)\n--\n\nClear the internal type lookup cache.",
    _current_frames:
      "_current_frames($module, /)\n--\n\nReturn a dict mapping each thread's thread id to its current stack frame.\n\nThis function should be used for specialized purposes only.",
    _current_exceptions:
      "_current_exceptions($module, /)\n--\n\nReturn a dict mapping each thread's identifier to its current raised exception.\n\nThis function should be used for specialized purposes only.",
    displayhook: "displayhook($module, object, /)\n--\n\nPrint an object to sys.stdout and also save it in builtins._",
    exception:
      "exception($module, /)\n--\n\nReturn the current exception.\n\nReturn the most recent exception caught by an except clause\nin the current stack frame or in an older stack frame, or None\nif no such exception exists.",
    exc_info:
      "exc_info($module, /)\n--\n\nReturn current exception information: (type, value, traceback).\n\nReturn information about the most recent exception caught by an except\nclause in the current stack frame or in an older stack frame.",
    excepthook:
      "excepthook($module, exctype, value, traceback, /)\n--\n\nHandle an exception by displaying it with a traceback on sys.stderr.",
    exit: "exit($module, status=None, /)\n--\n\nExit the interpreter by raising SystemExit(status).\n\nIf the status is omitted or None, it defaults to zero (i.e., success).\nIf the status is an integer, it will be used as the system exit status.\nIf it is another kind of object, it will be printed and the system\nexit status will be one (i.e., failure).",
    getdefaultencoding:
      "getdefaultencoding($module, /)\n--\n\nReturn the current default encoding used by the Unicode implementation.",
    getdlopenflags:
      "getdlopenflags($module, /)\n--\n\nReturn the current value of the flags that are used for dlopen calls.\n\nThe flag constants are defined in the os module.",
    getallocatedblocks: "getallocatedblocks($module, /)\n--\n\nReturn the number of memory blocks currently allocated.",
    getfilesystemencoding:
      "getfilesystemencoding($module, /)\n--\n\nReturn the encoding used to convert Unicode filenames to OS filenames.",
    getfilesystemencodeerrors:
      "getfilesystemencodeerrors($module, /)\n--\n\nReturn the error mode used Unicode to OS filename conversion.",
    _getquickenedcount: "_getquickenedcount($module, /)\n--\n\n",
    getrefcount:
      "getrefcount($module, object, /)\n--\n\nReturn the reference count of object.\n\nThe count returned is generally one higher than you might expect,\nbecause it includes the (temporary) reference as an argument to\ngetrefcount().",
    getrecursionlimit:
      "getrecursionlimit($module, /)\n--\n\nReturn the current value of the recursion limit.\n\nThe recursion limit is the maximum depth of the Python interpreter\nstack.  This limit prevents infinite recursion from causing an overflow\nof the C stack and crashing Python.",
    getsizeof: "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes.",
    _getframe:
      "_getframe($module, depth=0, /)\n--\n\nReturn a frame object from the call stack.\n\nIf optional integer depth is given, return the frame object that many\ncalls below the top of the stack.  If that is deeper than the call\nstack, ValueError is raised.  The default for depth is zero, returning\nthe frame at the top of the call stack.\n\nThis function should be used for internal and specialized purposes\nonly.",
    intern:
      "intern($module, string, /)\n--\n\n``Intern'' the given string.\n\nThis enters the string in the (global) table of interned strings whose\npurpose is to speed up dictionary lookups. Return the string itself or\nthe previously interned string object with the same value.",
    is_finalizing: "is_finalizing($module, /)\n--\n\nReturn True if Python is exiting.",
    setswitchinterval:
      "setswitchinterval($module, interval, /)\n--\n\nSet the ideal thread switching delay inside the Python interpreter.\n\nThe actual frequency of switching threads can be lower if the\ninterpreter executes long sequences of uninterruptible code\n(this is implementation-specific and workload-dependent).\n\nThe parameter must represent the desired switching delay in seconds\nA typical value is 0.005 (5 milliseconds).",
    getswitchinterval:
      "getswitchinterval($module, /)\n--\n\nReturn the current thread switch interval; see sys.setswitchinterval().",
    setdlopenflags:
      "setdlopenflags($module, flags, /)\n--\n\nSet the flags used by the interpreter for dlopen calls.\n\nThis is used, for example, when the interpreter loads extension\nmodules. Among other things, this will enable a lazy resolving of\nsymbols when importing a module, if called as sys.setdlopenflags(0).\nTo share symbols across extension modules, call as\nsys.setdlopenflags(os.RTLD_GLOBAL).  Symbolic names for the flag\nmodules can be found in the os module (RTLD_xxx constants, e.g.\nos.RTLD_LAZY).",
    setprofile:
      "setprofile(function)\n\nSet the profiling function.  It will be called on each function call\nand return.  See the profiler chapter in the library manual.",
    getprofile:
      "getprofile($module, /)\n--\n\nReturn the profiling function set with sys.setprofile.\n\nSee the profiler chapter in the library manual.",
    setrecursionlimit:
      "setrecursionlimit($module, limit, /)\n--\n\nSet the maximum depth of the Python interpreter stack to n.\n\nThis limit prevents infinite recursion from causing an overflow of the C\nstack and crashing Python.  The highest possible limit is platform-\ndependent.",
    settrace:
      "settrace(function)\n\nSet the global debug tracing function.  It will be called on each\nfunction call.  See the debugger chapter in the library manual.",
    gettrace:
      "gettrace($module, /)\n--\n\nReturn the global debug tracing function set with sys.settrace.\n\nSee the debugger chapter in the library manual.",
    call_tracing:
      "call_tracing($module, func, args, /)\n--\n\nCall func(*args), while tracing is enabled.\n\nThe tracing state is saved, and restored afterwards.  This is intended\nto be called from a debugger from a checkpoint, to recursively debug\nsome other code.",
    _debugmallocstats:
      "_debugmallocstats($module, /)\n--\n\nPrint summary info to stderr about the state of pymalloc's structures.\n\nIn Py_DEBUG mode, also perform some expensive internal consistency\nchecks.",
    set_coroutine_origin_tracking_depth:
      "set_coroutine_origin_tracking_depth($module, /, depth)\n--\n\nEnable or disable origin tracking for coroutine objects in this thread.\n\nCoroutine objects will track 'depth' frames of traceback information\nabout where they came from, available in their cr_origin attribute.\n\nSet a depth of 0 to disable.",
    get_coroutine_origin_tracking_depth:
      "get_coroutine_origin_tracking_depth($module, /)\n--\n\nCheck status of origin tracking for coroutine objects in this thread.",
    set_asyncgen_hooks:
      "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects.",
    get_asyncgen_hooks:
      "get_asyncgen_hooks($module, /)\n--\n\nReturn the installed asynchronous generators hooks.\n\nThis returns a namedtuple of the form (firstiter, finalizer).",
    unraisablehook:
      "unraisablehook($module, unraisable, /)\n--\n\nHandle an unraisable exception.\n\nThe unraisable argument has the following attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n* object: Object causing the exception, can be None.",
    get_int_max_str_digits:
      "get_int_max_str_digits($module, /)\n--\n\nReturn the maximum string digits limit for non-binary int<->str conversions.",
    set_int_max_str_digits:
      "set_int_max_str_digits($module, /, maxdigits)\n--\n\nSet the maximum string digits limit for non-binary int<->str conversions.",
  },
  math: {
    acos: "acos($module, x, /)\n--\n\nReturn the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.",
    acosh: "acosh($module, x, /)\n--\n\nReturn the inverse hyperbolic cosine of x.",
    asin: "asin($module, x, /)\n--\n\nReturn the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.",
    asinh: "asinh($module, x, /)\n--\n\nReturn the inverse hyperbolic sine of x.",
    atan: "atan($module, x, /)\n--\n\nReturn the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.",
    atan2:
      "atan2($module, y, x, /)\n--\n\nReturn the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.",
    atanh: "atanh($module, x, /)\n--\n\nReturn the inverse hyperbolic tangent of x.",
    cbrt: "cbrt($module, x, /)\n--\n\nReturn the cube root of x.",
    ceil: "ceil($module, x, /)\n--\n\nReturn the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.",
    copysign:
      "copysign($module, x, y, /)\n--\n\nReturn a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n",
    cos: "cos($module, x, /)\n--\n\nReturn the cosine of x (measured in radians).",
    cosh: "cosh($module, x, /)\n--\n\nReturn the hyperbolic cosine of x.",
    degrees: "degrees($module, x, /)\n--\n\nConvert angle x from radians to degrees.",
    dist: "dist($module, p, q, /)\n--\n\nReturn the Euclidean distance between two points p and q.\n\nThe points should be specified as sequences (or iterables) of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))",
    erf: "erf($module, x, /)\n--\n\nError function at x.",
    erfc: "erfc($module, x, /)\n--\n\nComplementary error function at x.",
    exp: "exp($module, x, /)\n--\n\nReturn e raised to the power of x.",
    exp2: "exp2($module, x, /)\n--\n\nReturn 2 raised to the power of x.",
    expm1:
      "expm1($module, x, /)\n--\n\nReturn exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.",
    fabs: "fabs($module, x, /)\n--\n\nReturn the absolute value of the float x.",
    factorial: "factorial($module, n, /)\n--\n\nFind n!.\n\nRaise a ValueError if x is negative or non-integral.",
    floor: "floor($module, x, /)\n--\n\nReturn the floor of x as an Integral.\n\nThis is the largest integer <= x.",
    fmod: "fmod($module, x, y, /)\n--\n\nReturn fmod(x, y), according to platform C.\n\nx % y may differ.",
    frexp:
      "frexp($module, x, /)\n--\n\nReturn the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.",
    fsum: "fsum($module, seq, /)\n--\n\nReturn an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic.",
    gamma: "gamma($module, x, /)\n--\n\nGamma function at x.",
    gcd: "gcd($module, *integers)\n--\n\nGreatest Common Divisor.",
    hypot:
      "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point.\n\nRoughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\nFor a two dimensional point (x, y), gives the hypotenuse\nusing the Pythagorean theorem:  sqrt(x*x + y*y).\n\nFor example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0\n",
    isclose:
      'isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\nDetermine whether two floating point numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered "close", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered "close", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them\nmust be smaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\nis, NaN is not close to anything, even itself.  inf and -inf are\nonly close to themselves.',
    isfinite: "isfinite($module, x, /)\n--\n\nReturn True if x is neither an infinity nor a NaN, and False otherwise.",
    isinf: "isinf($module, x, /)\n--\n\nReturn True if x is a positive or negative infinity, and False otherwise.",
    isnan: "isnan($module, x, /)\n--\n\nReturn True if x is a NaN (not a number), and False otherwise.",
    isqrt: "isqrt($module, n, /)\n--\n\nReturn the integer part of the square root of the input.",
    lcm: "lcm($module, *integers)\n--\n\nLeast Common Multiple.",
    ldexp: "ldexp($module, x, i, /)\n--\n\nReturn x * (2**i).\n\nThis is essentially the inverse of frexp().",
    lgamma: "lgamma($module, x, /)\n--\n\nNatural logarithm of absolute value of Gamma function at x.",
    log: "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x.",
    log1p:
      "log1p($module, x, /)\n--\n\nReturn the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.",
    log10: "log10($module, x, /)\n--\n\nReturn the base 10 logarithm of x.",
    log2: "log2($module, x, /)\n--\n\nReturn the base 2 logarithm of x.",
    modf: "modf($module, x, /)\n--\n\nReturn the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.",
    pow: "pow($module, x, y, /)\n--\n\nReturn x**y (x to the power of y).",
    radians: "radians($module, x, /)\n--\n\nConvert angle x from degrees to radians.",
    remainder:
      "remainder($module, x, y, /)\n--\n\nDifference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact.",
    sin: "sin($module, x, /)\n--\n\nReturn the sine of x (measured in radians).",
    sinh: "sinh($module, x, /)\n--\n\nReturn the hyperbolic sine of x.",
    sqrt: "sqrt($module, x, /)\n--\n\nReturn the square root of x.",
    tan: "tan($module, x, /)\n--\n\nReturn the tangent of x (measured in radians).",
    tanh: "tanh($module, x, /)\n--\n\nReturn the hyperbolic tangent of x.",
    trunc:
      "trunc($module, x, /)\n--\n\nTruncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.",
    prod: "prod($module, iterable, /, *, start=1)\n--\n\nCalculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.\n\nWhen the iterable is empty, return the start value.  This function is\nintended specifically for use with numeric values and may reject\nnon-numeric types.",
    perm: "perm($module, n, k=None, /)\n--\n\nNumber of ways to choose k items from n items without repetition and with order.\n\nEvaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\nIf k is not specified or is None, then k defaults to n\nand the function returns n!.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.",
    comb: "comb($module, n, k, /)\n--\n\nNumber of ways to choose k items from n items without repetition and without order.\n\nEvaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\nAlso called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.",
    nextafter: "nextafter($module, x, y, /)\n--\n\nReturn the next floating-point value after x towards y.",
    ulp: "ulp($module, x, /)\n--\n\nReturn the value of the least significant bit of the float x.",
  },
  cmath: {
    acos: "acos($module, z, /)\n--\n\nReturn the arc cosine of z.",
    acosh: "acosh($module, z, /)\n--\n\nReturn the inverse hyperbolic cosine of z.",
    asin: "asin($module, z, /)\n--\n\nReturn the arc sine of z.",
    asinh: "asinh($module, z, /)\n--\n\nReturn the inverse hyperbolic sine of z.",
    atan: "atan($module, z, /)\n--\n\nReturn the arc tangent of z.",
    atanh: "atanh($module, z, /)\n--\n\nReturn the inverse hyperbolic tangent of z.",
    cos: "cos($module, z, /)\n--\n\nReturn the cosine of z.",
    cosh: "cosh($module, z, /)\n--\n\nReturn the hyperbolic cosine of z.",
    exp: "exp($module, z, /)\n--\n\nReturn the exponential value e**z.",
    isclose:
      'isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\nDetermine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered "close", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered "close", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf are only close to themselves.',
    isfinite:
      "isfinite($module, z, /)\n--\n\nReturn True if both the real and imaginary parts of z are finite, else False.",
    isinf: "isinf($module, z, /)\n--\n\nChecks if the real or imaginary part of z is infinite.",
    isnan: "isnan($module, z, /)\n--\n\nChecks if the real or imaginary part of z not a number (NaN).",
    log: "log($module, z, base=<unrepresentable>, /)\n--\n\nlog(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of z.",
    log10: "log10($module, z, /)\n--\n\nReturn the base-10 logarithm of z.",
    phase: "phase($module, z, /)\n--\n\nReturn argument, also known as the phase angle, of a complex.",
    polar:
      "polar($module, z, /)\n--\n\nConvert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.",
    rect: "rect($module, r, phi, /)\n--\n\nConvert from polar coordinates to rectangular coordinates.",
    sin: "sin($module, z, /)\n--\n\nReturn the sine of z.",
    sinh: "sinh($module, z, /)\n--\n\nReturn the hyperbolic sine of z.",
    sqrt: "sqrt($module, z, /)\n--\n\nReturn the square root of z.",
    tan: "tan($module, z, /)\n--\n\nReturn the tangent of z.",
    tanh: "tanh($module, z, /)\n--\n\nReturn the hyperbolic tangent of z.",
  },
  time: {
    time: "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them.",
    time_ns: "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch.",
    clock_gettime: "clock_gettime(clk_id) -> float\n\nReturn the time of the specified clock clk_id.",
    clock_gettime_ns:
      "clock_gettime_ns(clk_id) -> int\n\nReturn the time of the specified clock clk_id as nanoseconds.",
    clock_settime: "clock_settime(clk_id, time)\n\nSet the time of the specified clock clk_id.",
    clock_settime_ns: "clock_settime_ns(clk_id, time)\n\nSet the time of the specified clock clk_id with nanoseconds.",
    clock_getres:
      "clock_getres(clk_id) -> floating point number\n\nReturn the resolution (precision) of the specified clock clk_id.",
    pthread_getcpuclockid: "pthread_getcpuclockid(thread_id) -> int\n\nReturn the clk_id of a thread's CPU time clock.",
    sleep:
      "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision.",
    gmtime:
      "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\nGMT).  When 'seconds' is not passed in, convert the current time instead.\n\nIf the platform supports the tm_gmtoff and tm_zone, they are available as\nattributes only.",
    localtime:
      "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing local time.\nWhen 'seconds' is not passed in, convert the current time instead.",
    asctime:
      "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\nWhen the time tuple is not present, current time as returned by localtime()\nis used.",
    ctime:
      "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time.\nThis is equivalent to asctime(localtime(seconds)). When the time tuple is\nnot present, current time as returned by localtime() is used.",
    mktime:
      "mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds since the Epoch.\nNote that mktime(gmtime(0)) will not generally return zero for most\ntime zones; instead the returned value will either be equal to that\nof the timezone or altzone attributes on the time module.",
    strftime:
      "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification.\nSee the library reference manual for formatting codes. When the time tuple\nis not present, current time as returned by localtime() is used.\n\nCommonly used format codes:\n\n%Y  Year with century as a decimal number.\n%m  Month as a decimal number [01,12].\n%d  Day of the month as a decimal number [01,31].\n%H  Hour (24-hour clock) as a decimal number [00,23].\n%M  Minute as a decimal number [00,59].\n%S  Second as a decimal number [00,61].\n%z  Time zone offset from UTC.\n%a  Locale's abbreviated weekday name.\n%A  Locale's full weekday name.\n%b  Locale's abbreviated month name.\n%B  Locale's full month name.\n%c  Locale's appropriate date and time representation.\n%I  Hour (12-hour clock) as a decimal number [01,12].\n%p  Locale's equivalent of either AM or PM.\n\nOther codes may be available on your platform.  See documentation for\nthe C library strftime function.\n",
    strptime:
      "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification.\nSee the library reference manual for formatting codes (same as\nstrftime()).\n\nCommonly used format codes:\n\n%Y  Year with century as a decimal number.\n%m  Month as a decimal number [01,12].\n%d  Day of the month as a decimal number [01,31].\n%H  Hour (24-hour clock) as a decimal number [00,23].\n%M  Minute as a decimal number [00,59].\n%S  Second as a decimal number [00,61].\n%z  Time zone offset from UTC.\n%a  Locale's abbreviated weekday name.\n%A  Locale's full weekday name.\n%b  Locale's abbreviated month name.\n%B  Locale's full month name.\n%c  Locale's appropriate date and time representation.\n%I  Hour (12-hour clock) as a decimal number [01,12].\n%p  Locale's equivalent of either AM or PM.\n\nOther codes may be available on your platform.  See documentation for\nthe C library strftime function.\n",
    tzset:
      "tzset()\n\nInitialize, or reinitialize, the local timezone to the value stored in\nos.environ['TZ']. The TZ environment variable should be specified in\nstandard Unix timezone format as documented in the tzset man page\n(eg. 'US/Eastern', 'Europe/Amsterdam'). Unknown timezones will silently\nfall back to UTC. If the TZ environment variable is not set, the local\ntimezone is set to the systems best guess of wallclock time.\nChanging the TZ environment variable without calling tzset *may* change\nthe local timezone used by methods such as localtime, but this behaviour\nshould not be relied on.",
    monotonic: "monotonic() -> float\n\nMonotonic clock, cannot go backward.",
    monotonic_ns: "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds.",
    process_time: "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time.",
    process_time_ns:
      "process_time() -> int\n\nProcess time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.",
    thread_time: "thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space CPU time.",
    thread_time_ns:
      "thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.",
    perf_counter: "perf_counter() -> float\n\nPerformance counter for benchmarking.",
    perf_counter_ns: "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds.",
    get_clock_info: "get_clock_info(name: str) -> dict\n\nGet information of the specified clock.",
  },
  _sha512: {
    sha512:
      "sha512($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA-512 hash object; optionally initialized with a string.",
    sha384:
      "sha384($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA-384 hash object; optionally initialized with a string.",
  },
  _md5: {
    md5: "md5($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new MD5 hash object; optionally initialized with a string.",
  },
  _sha1: {
    sha1: "sha1($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA1 hash object; optionally initialized with a string.",
  },
  _sha256: {
    sha256:
      "sha256($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA-256 hash object; optionally initialized with a string.",
    sha224:
      "sha224($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA-224 hash object; optionally initialized with a string.",
  },
  gc: {
    enable: "enable($module, /)\n--\n\nEnable automatic garbage collection.",
    disable: "disable($module, /)\n--\n\nDisable automatic garbage collection.",
    isenabled: "isenabled($module, /)\n--\n\nReturns true if automatic garbage collection is enabled.",
    set_debug:
      "set_debug($module, flags, /)\n--\n\nSet the garbage collection debugging flags.\n\n  flags\n    An integer that can have the following bits turned on:\n      DEBUG_STATS - Print statistics during collection.\n      DEBUG_COLLECTABLE - Print collectable objects found.\n      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n        found.\n      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\nDebugging information is written to sys.stderr.",
    get_debug: "get_debug($module, /)\n--\n\nGet the garbage collection debugging flags.",
    get_count: "get_count($module, /)\n--\n\nReturn a three-tuple of the current collection counts.",
    set_threshold:
      "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n",
    get_threshold: "get_threshold($module, /)\n--\n\nReturn the current collection thresholds.",
    collect:
      "collect($module, /, generation=2)\n--\n\nRun the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.",
    get_objects:
      "get_objects($module, /, generation=None)\n--\n\nReturn a list of objects tracked by the collector (excluding the list returned).\n\n  generation\n    Generation to extract the objects from.\n\nIf generation is not None, return only the objects tracked by the collector\nthat are in that generation.",
    get_stats: "get_stats($module, /)\n--\n\nReturn a list of dictionaries containing per-generation statistics.",
    is_tracked:
      "is_tracked($module, obj, /)\n--\n\nReturns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.",
    is_finalized:
      "is_finalized($module, obj, /)\n--\n\nReturns true if the object has been already finalized by the GC.",
    get_referrers: "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs.",
    get_referents: "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs.",
    freeze:
      "freeze($module, /)\n--\n\nFreeze all current tracked objects and ignore them for future collections.\n\nThis can be used before a POSIX fork() call to make the gc copy-on-write friendly.\nNote: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write.",
    unfreeze:
      "unfreeze($module, /)\n--\n\nUnfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back into oldest generation.",
    get_freeze_count: "get_freeze_count($module, /)\n--\n\nReturn the number of objects in the permanent generation.",
  },
  _weakref: {
    getweakrefcount: "getweakrefcount($module, object, /)\n--\n\nReturn the number of weak references to 'object'.",
    _remove_dead_weakref:
      "_remove_dead_weakref($module, dct, key, /)\n--\n\nAtomically remove key from dict if it points to a dead weakref.",
    getweakrefs:
      "getweakrefs($module, object, /)\n--\n\nReturn a list of all weak reference objects pointing to 'object'.",
    proxy:
      "proxy($module, object, callback=None, /)\n--\n\nCreate a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to the\nproxy when 'object' is about to be finalized.",
  },
  atexit: {
    register:
      "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.",
    _clear: "_clear() -> None\n\nClear the list of previously registered exit functions.",
    unregister:
      "unregister(func) -> None\n\nUnregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered",
    _run_exitfuncs:
      "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.",
    _ncallbacks: "_ncallbacks() -> int\n\nReturn the number of registered exit functions.",
  },
  _collections: {
    _count_elements:
      "_count_elements($module, mapping, iterable, /)\n--\n\nCount elements in the iterable, updating the mapping",
  },
  _functools: {
    reduce:
      "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty.",
    cmp_to_key: "Convert a cmp= function into a key= function.",
  },
  _thread: {
    start_new_thread:
      "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\nStart a new thread and return its identifier.  The thread will call the\nfunction with positional arguments from the tuple args and keyword arguments\ntaken from the optional dictionary kwargs.  The thread exits when the\nfunction returns; the return value is ignored.  The thread will also exit\nwhen the function raises an unhandled exception; a stack trace will be\nprinted unless the exception is SystemExit.\n",
    start_new:
      "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\nStart a new thread and return its identifier.  The thread will call the\nfunction with positional arguments from the tuple args and keyword arguments\ntaken from the optional dictionary kwargs.  The thread exits when the\nfunction returns; the return value is ignored.  The thread will also exit\nwhen the function raises an unhandled exception; a stack trace will be\nprinted unless the exception is SystemExit.\n",
    allocate_lock:
      "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\nCreate a new lock object. See help(type(threading.Lock())) for\ninformation about locks.",
    allocate:
      "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\nCreate a new lock object. See help(type(threading.Lock())) for\ninformation about locks.",
    exit_thread:
      "exit()\n(exit_thread() is an obsolete synonym)\n\nThis is synonymous to ``raise SystemExit''.  It will cause the current\nthread to exit silently unless the exception is caught.",
    exit: "exit()\n(exit_thread() is an obsolete synonym)\n\nThis is synonymous to ``raise SystemExit''.  It will cause the current\nthread to exit silently unless the exception is caught.",
    interrupt_main:
      "interrupt_main(signum=signal.SIGINT, /)\n\nSimulate the arrival of the given signal in the main thread,\nwhere the corresponding signal handler will be executed.\nIf *signum* is omitted, SIGINT is assumed.\nA subthread can use this function to interrupt the main thread.\n\nNote: the default signal handler for SIGINT raises ``KeyboardInterrupt``.",
    get_ident:
      "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current thread\namongst other threads that exist simultaneously.\nThis may be used to identify per-thread resources.\nEven though on some platforms threads identities may appear to be\nallocated consecutive numbers starting at 1, this behavior should not\nbe relied upon, and the number should be seen purely as a magic cookie.\nA thread's identity may be reused for another thread after it exits.",
    get_native_id:
      "get_native_id() -> integer\n\nReturn a non-negative integer identifying the thread as reported\nby the OS (kernel). This may be used to uniquely identify a\nparticular thread within a system.",
    _count:
      "_count() -> integer\n\nReturn the number of currently running Python threads, excluding\nthe main thread. The returned number comprises all threads created\nthrough `start_new_thread()` as well as `threading.Thread`, and not\nyet finished.\n\nThis function is meant for internal and specialized purposes only.\nIn most applications `threading.enumerate()` should be used instead.",
    stack_size:
      "stack_size([size]) -> size\n\nReturn the thread stack size used when creating new threads.  The\noptional size argument specifies the stack size (in bytes) to be used\nfor subsequently created threads, and must be 0 (use platform or\nconfigured default) or a positive integer value of at least 32,768 (32k).\nIf changing the thread stack size is unsupported, a ThreadError\nexception is raised.  If the specified size is invalid, a ValueError\nexception is raised, and the stack size is unmodified.  32k bytes\n currently the minimum supported stack size value to guarantee\nsufficient stack space for the interpreter itself.\n\nNote that some platforms may have particular restrictions on values for\nthe stack size, such as requiring a minimum stack size larger than 32 KiB or\nrequiring allocation in multiples of the system memory page size\n- platform documentation should be referred to for more information\n(4 KiB pages are common; using multiples of 4096 for the stack size is\nthe suggested approach in the absence of more specific information).",
    _set_sentinel:
      "_set_sentinel() -> lock\n\nSet a sentinel lock that will be released when the current thread\nstate is finalized (after it is untied from the interpreter).\n\nThis is a private API for the threading module.",
    _excepthook: "excepthook(exc_type, exc_value, exc_traceback, thread)\n\nHandle uncaught Thread.run() exception.",
  },
  _string: {
    formatter_field_name_split: "split the argument as a field name",
    formatter_parser: "parse the argument as a format string",
  },
  _operator: {
    truth: "truth($module, a, /)\n--\n\nReturn True if a is true, False otherwise.",
    contains: "contains($module, a, b, /)\n--\n\nSame as b in a (note reversed operands).",
    indexOf: "indexOf($module, a, b, /)\n--\n\nReturn the first index of b in a.",
    countOf: "countOf($module, a, b, /)\n--\n\nReturn the number of items in a which are, or which equal, b.",
    is_: "is_($module, a, b, /)\n--\n\nSame as a is b.",
    is_not: "is_not($module, a, b, /)\n--\n\nSame as a is not b.",
    index: "index($module, a, /)\n--\n\nSame as a.__index__()",
    add: "add($module, a, b, /)\n--\n\nSame as a + b.",
    sub: "sub($module, a, b, /)\n--\n\nSame as a - b.",
    mul: "mul($module, a, b, /)\n--\n\nSame as a * b.",
    matmul: "matmul($module, a, b, /)\n--\n\nSame as a @ b.",
    floordiv: "floordiv($module, a, b, /)\n--\n\nSame as a // b.",
    truediv: "truediv($module, a, b, /)\n--\n\nSame as a / b.",
    mod: "mod($module, a, b, /)\n--\n\nSame as a % b.",
    neg: "neg($module, a, /)\n--\n\nSame as -a.",
    pos: "pos($module, a, /)\n--\n\nSame as +a.",
    abs: "abs($module, a, /)\n--\n\nSame as abs(a).",
    inv: "inv($module, a, /)\n--\n\nSame as ~a.",
    invert: "invert($module, a, /)\n--\n\nSame as ~a.",
    lshift: "lshift($module, a, b, /)\n--\n\nSame as a << b.",
    rshift: "rshift($module, a, b, /)\n--\n\nSame as a >> b.",
    not_: "not_($module, a, /)\n--\n\nSame as not a.",
    and_: "and_($module, a, b, /)\n--\n\nSame as a & b.",
    xor: "xor($module, a, b, /)\n--\n\nSame as a ^ b.",
    or_: "or_($module, a, b, /)\n--\n\nSame as a | b.",
    iadd: "iadd($module, a, b, /)\n--\n\nSame as a += b.",
    isub: "isub($module, a, b, /)\n--\n\nSame as a -= b.",
    imul: "imul($module, a, b, /)\n--\n\nSame as a *= b.",
    imatmul: "imatmul($module, a, b, /)\n--\n\nSame as a @= b.",
    ifloordiv: "ifloordiv($module, a, b, /)\n--\n\nSame as a //= b.",
    itruediv: "itruediv($module, a, b, /)\n--\n\nSame as a /= b.",
    imod: "imod($module, a, b, /)\n--\n\nSame as a %= b.",
    ilshift: "ilshift($module, a, b, /)\n--\n\nSame as a <<= b.",
    irshift: "irshift($module, a, b, /)\n--\n\nSame as a >>= b.",
    iand: "iand($module, a, b, /)\n--\n\nSame as a &= b.",
    ixor: "ixor($module, a, b, /)\n--\n\nSame as a ^= b.",
    ior: "ior($module, a, b, /)\n--\n\nSame as a |= b.",
    concat: "concat($module, a, b, /)\n--\n\nSame as a + b, for a and b sequences.",
    iconcat: "iconcat($module, a, b, /)\n--\n\nSame as a += b, for a and b sequences.",
    getitem: "getitem($module, a, b, /)\n--\n\nSame as a[b].",
    setitem: "setitem($module, a, b, c, /)\n--\n\nSame as a[b] = c.",
    delitem: "delitem($module, a, b, /)\n--\n\nSame as del a[b].",
    pow: "pow($module, a, b, /)\n--\n\nSame as a ** b.",
    ipow: "ipow($module, a, b, /)\n--\n\nSame as a **= b.",
    eq: "eq($module, a, b, /)\n--\n\nSame as a == b.",
    ne: "ne($module, a, b, /)\n--\n\nSame as a != b.",
    lt: "lt($module, a, b, /)\n--\n\nSame as a < b.",
    le: "le($module, a, b, /)\n--\n\nSame as a <= b.",
    gt: "gt($module, a, b, /)\n--\n\nSame as a > b.",
    ge: "ge($module, a, b, /)\n--\n\nSame as a >= b.",
    _compare_digest:
      "_compare_digest($module, a, b, /)\n--\n\nReturn 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values.",
    length_hint:
      "length_hint($module, obj, default=0, /)\n--\n\nReturn an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.",
    call: "call($module, obj, /, *args, **kwargs)\n--\n\nSame as obj(*args, **kwargs).",
  },
  _heapq: {
    heappush: "heappush($module, heap, item, /)\n--\n\nPush item onto heap, maintaining the heap invariant.",
    heappushpop:
      "heappushpop($module, heap, item, /)\n--\n\nPush item on the heap, then pop and return the smallest item from the heap.\n\nThe combined action runs more efficiently than heappush() followed by\na separate call to heappop().",
    heappop: "heappop($module, heap, /)\n--\n\nPop the smallest item off the heap, maintaining the heap invariant.",
    heapreplace:
      "heapreplace($module, heap, item, /)\n--\n\nPop and return the current smallest value, and add the new item.\n\nThis is more efficient than heappop() followed by heappush(), and can be\nmore appropriate when using a fixed-size heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable uses of\nthis routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n        item = heapreplace(heap, item)",
    heapify: "heapify($module, heap, /)\n--\n\nTransform list into a heap, in-place, in O(len(heap)) time.",
    _heappop_max: "_heappop_max($module, heap, /)\n--\n\nMaxheap variant of heappop.",
    _heapify_max: "_heapify_max($module, heap, /)\n--\n\nMaxheap variant of heapify.",
    _heapreplace_max: "_heapreplace_max($module, heap, item, /)\n--\n\nMaxheap variant of heapreplace.",
  },
  _bisect: {
    bisect_right:
      "bisect_right($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nReturn the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\ninsert just after the rightmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.",
    insort_right:
      "insort_right($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nInsert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the right of the rightmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.",
    bisect_left:
      "bisect_left($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nReturn the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\ninsert just before the leftmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.",
    insort_left:
      "insort_left($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nInsert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the left of the leftmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.",
  },
  io: {
    open: "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)\n--\n\nOpen file and return a stream.  Raise OSError upon failure.\n\nfile is either a text or byte string giving the name (and the path\nif the file isn't in the current working directory) of the file to\nbe opened or an integer file descriptor of the file to be\nwrapped. (If a file descriptor is given, it is closed when the\nreturned I/O object is closed, unless closefd is set to False.)\n\nmode is an optional string that specifies the mode in which the file\nis opened. It defaults to 'r' which means open for reading in text\nmode.  Other common values are 'w' for writing (truncating the file if\nit already exists), 'x' for creating and writing to a new file, and\n'a' for appending (which on some Unix systems, means that all writes\nappend to the end of the file regardless of the current seek position).\nIn text mode, if encoding is not specified the encoding used is platform\ndependent: locale.getencoding() is called to get the current locale encoding.\n(For reading and writing raw bytes use binary mode and leave encoding\nunspecified.) The available modes are:\n\n========= ===============================================================\nCharacter Meaning\n--------- ---------------------------------------------------------------\n'r'       open for reading (default)\n'w'       open for writing, truncating the file first\n'x'       create a new file and open it for writing\n'a'       open for writing, appending to the end of the file if it exists\n'b'       binary mode\n't'       text mode (default)\n'+'       open a disk file for updating (reading and writing)\n========= ===============================================================\n\nThe default mode is 'rt' (open for reading text). For binary random\naccess, the mode 'w+b' opens and truncates the file to 0 bytes, while\n'r+b' opens the file without truncation. The 'x' mode implies 'w' and\nraises an `FileExistsError` if the file already exists.\n\nPython distinguishes between files opened in binary and text modes,\neven when the underlying operating system doesn't. Files opened in\nbinary mode (appending 'b' to the mode argument) return contents as\nbytes objects without any decoding. In text mode (the default, or when\n't' is appended to the mode argument), the contents of the file are\nreturned as strings, the bytes having been first decoded using a\nplatform-dependent encoding or using the specified encoding if given.\n\nbuffering is an optional integer used to set the buffering policy.\nPass 0 to switch buffering off (only allowed in binary mode), 1 to select\nline buffering (only usable in text mode), and an integer > 1 to indicate\nthe size of a fixed-size chunk buffer.  When no buffering argument is\ngiven, the default buffering policy works as follows:\n\n* Binary files are buffered in fixed-size chunks; the size of the buffer\n  is chosen using a heuristic trying to determine the underlying device's\n  \"block size\" and falling back on `io.DEFAULT_BUFFER_SIZE`.\n  On many systems, the buffer will typically be 4096 or 8192 bytes long.\n\n* \"Interactive\" text files (files for which isatty() returns True)\n  use line buffering.  Other text files use the policy described above\n  for binary files.\n\nencoding is the name of the encoding used to decode or encode the\nfile. This should only be used in text mode. The default encoding is\nplatform dependent, but any encoding supported by Python can be\npassed.  See the codecs module for the list of supported encodings.\n\nerrors is an optional string that specifies how encoding errors are to\nbe handled---this argument should not be used in binary mode. Pass\n'strict' to raise a ValueError exception if there is an encoding error\n(the default of None has the same effect), or pass 'ignore' to ignore\nerrors. (Note that ignoring encoding errors can lead to data loss.)\nSee the documentation for codecs.register or run 'help(codecs.Codec)'\nfor a list of the permitted encoding error strings.\n\nnewline controls how universal newlines works (it only applies to text\nmode). It can be None, '', '\\n', '\\r', and '\\r\\n'.  It works as\nfollows:\n\n* On input, if newline is None, universal newlines mode is\n  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n  endings are returned to the caller untranslated. If it has any of\n  the other legal values, input lines are only terminated by the given\n  string, and the line ending is returned to the caller untranslated.\n\n* On output, if newline is None, any '\\n' characters written are\n  translated to the system default line separator, os.linesep. If\n  newline is '' or '\\n', no translation takes place. If newline is any\n  of the other legal values, any '\\n' characters written are translated\n  to the given string.\n\nIf closefd is False, the underlying file descriptor will be kept open\nwhen the file is closed. This does not work when a file name is given\nand must be True in that case.\n\nA custom opener can be used by passing a callable as *opener*. The\nunderlying file descriptor for the file object is then obtained by\ncalling *opener* with (*file*, *flags*). *opener* must return an open\nfile descriptor (passing os.open as *opener* results in functionality\nsimilar to passing None).\n\nopen() returns a file object whose type depends on the mode, and\nthrough which the standard file operations such as reading and writing\nare performed. When open() is used to open a file in a text mode ('w',\n'r', 'wt', 'rt', etc.), it returns a TextIOWrapper. When used to open\na file in a binary mode, the returned class varies: in read binary\nmode, it returns a BufferedReader; in write binary and append binary\nmodes, it returns a BufferedWriter, and in read/write mode, it returns\na BufferedRandom.\n\nIt is also possible to use a string or bytearray as a file for both\nreading and writing. For strings StringIO can be used like a file\nopened in a text mode, and for bytes a BytesIO can be used like a file\nopened in a binary mode.",
    text_encoding:
      'text_encoding($module, encoding, stacklevel=2, /)\n--\n\nA helper function to choose the text encoding.\n\nWhen encoding is not None, this function returns it.\nOtherwise, this function returns the default text encoding\n(i.e. "locale" or "utf-8" depends on UTF-8 mode).\n\nThis function emits an EncodingWarning if encoding is None and\nsys.flags.warn_default_encoding is true.\n\nThis can be used in APIs with an encoding=None parameter.\nHowever, please consider using encoding="utf-8" for new APIs.',
    open_code:
      "open_code($module, /, path)\n--\n\nOpens the provided file with the intent to import the contents.\n\nThis may perform extra validation beyond open(), but is otherwise interchangeable\nwith calling open(path, 'rb').",
  },
  array: {
    _array_reconstructor:
      "_array_reconstructor($module, arraytype, typecode, mformat_code, items,\n                     /)\n--\n\nInternal. Used for pickling support.",
  },
  _sre: {
    compile: "compile($module, /, pattern, flags, code, groups, groupindex,\n        indexgroup)\n--\n\n",
    getcodesize: "getcodesize($module, /)\n--\n\n",
    ascii_iscased: "ascii_iscased($module, character, /)\n--\n\n",
    unicode_iscased: "unicode_iscased($module, character, /)\n--\n\n",
    ascii_tolower: "ascii_tolower($module, character, /)\n--\n\n",
    unicode_tolower: "unicode_tolower($module, character, /)\n--\n\n",
  },
  posix: {
    stat: "stat($module, /, path, *, dir_fd=None, follow_symlinks=True)\n--\n\nPerform a stat system call on the given path.\n\n  path\n    Path to be examined; can be string, bytes, a path-like object or\n    open-file-descriptor int.\n  dir_fd\n    If not None, it should be a file descriptor open to a directory,\n    and path should be a relative string; path will then be relative to\n    that directory.\n  follow_symlinks\n    If False, and the last element of the path is a symbolic link,\n    stat will examine the symbolic link itself instead of the file\n    the link points to.\n\ndir_fd and follow_symlinks may not be implemented\n  on your platform.  If they are unavailable, using them will raise a\n  NotImplementedError.\n\nIt's an error to use dir_fd or follow_symlinks when specifying path as\n  an open file descriptor.",
    access:
      "access($module, /, path, mode, *, dir_fd=None, effective_ids=False,\n       follow_symlinks=True)\n--\n\nUse the real uid/gid to test for access to a path.\n\n  path\n    Path to be tested; can be string, bytes, or a path-like object.\n  mode\n    Operating-system mode bitfield.  Can be F_OK to test existence,\n    or the inclusive-OR of R_OK, W_OK, and X_OK.\n  dir_fd\n    If not None, it should be a file descriptor open to a directory,\n    and path should be relative; path will then be relative to that\n    directory.\n  effective_ids\n    If True, access will use the effective uid/gid instead of\n    the real uid/gid.\n  follow_symlinks\n    If False, and the last element of the path is a symbolic link,\n    access will examine the symbolic link itself instead of the file\n    the link points to.\n\ndir_fd, effective_ids, and follow_symlinks may not be implemented\n  on your platform.  If they are unavailable, using them will raise a\n  NotImplementedError.\n\nNote that most operations will use the effective uid/gid, therefore this\n  routine can be used in a suid/sgid environment to test if the invoking user\n  has the specified access to the path.",
    ttyname:
      "ttyname($module, fd, /)\n--\n\nReturn the name of the terminal device connected to 'fd'.\n\n  fd\n    Integer file descriptor handle.",
    chdir:
      "chdir($module, /, path)\n--\n\nChange the current working directory to the specified path.\n\npath may always be specified as a string.\nOn some platforms, path may also be specified as an open file descriptor.\n  If this functionality is unavailable, using it raises an exception.",
    chmod:
      "chmod($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)\n--\n\nChange the access permissions of a file.\n\n  path\n    Path to be modified.  May always be specified as a str, bytes, or a path-like object.\n    On some platforms, path may also be specified as an open file descriptor.\n    If this functionality is unavailable, using it raises an exception.\n  mode\n    Operating-system mode bitfield.\n  dir_fd\n    If not None, it should be a file descriptor open to a directory,\n    and path should be relative; path will then be relative to that\n    directory.\n  follow_symlinks\n    If False, and the last element of the path is a symbolic link,\n    chmod will modify the symbolic link itself instead of the file\n    the link points to.\n\nIt is an error to use dir_fd or follow_symlinks when specifying path as\n  an open file descriptor.\ndir_fd and follow_symlinks may not be implemented on your platform.\n  If they are unavailable, using them will raise a NotImplementedError.",
    fchmod:
      "fchmod($module, /, fd, mode)\n--\n\nChange the access permissions of the file given by file descriptor fd.\n\nEquivalent to os.chmod(fd, mode).",
    chown:
      "chown($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)\n--\n\nChange the owner and group id of path to the numeric uid and gid.\\\n\n  path\n    Path to be examined; can be string, bytes, a path-like object, or open-file-descriptor int.\n  dir_fd\n    If not None, it should be a file descriptor open to a directory,\n    and path should be relative; path will then be relative to that\n    directory.\n  follow_symlinks\n    If False, and the last element of the path is a symbolic link,\n    stat will examine the symbolic link itself instead of the file\n    the link points to.\n\npath may always be specified as a string.\nOn some platforms, path may also be specified as an open file descriptor.\n  If this functionality is unavailable, using it raises an exception.\nIf dir_fd is not None, it should be a file descriptor open to a directory,\n  and path should be relative; path will then be relative to that directory.\nIf follow_symlinks is False, and the last element of the path is a symbolic\n  link, chown will modify the symbolic link itself instead of the file the\n  link points to.\nIt is an error to use dir_fd or follow_symlinks when specifying path as\n  an open file descriptor.\ndir_fd and follow_symlinks may not be implemented on your platform.\n  If they are unavailable, using them will raise a NotImplementedError.",
    fchown:
      "fchown($module, /, fd, uid, gid)\n--\n\nChange the owner and group id of the file specified by file descriptor.\n\nEquivalent to os.chown(fd, uid, gid).",
    lchown:
      "lchown($module, /, path, uid, gid)\n--\n\nChange the owner and group id of path to the numeric uid and gid.\n\nThis function will not follow symbolic links.\nEquivalent to os.chown(path, uid, gid, follow_symlinks=False).",
    chroot: "chroot($module, /, path)\n--\n\nChange root directory to path.",
    ctermid: "ctermid($module, /)\n--\n\nReturn the name of the controlling terminal for this process.",
    getcwd: "getcwd($module, /)\n--\n\nReturn a unicode string representing the current working directory.",
    getcwdb: "getcwdb($module, /)\n--\n\nReturn a bytes string representing the current working directory.",
    link: "link($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None,\n     follow_symlinks=True)\n--\n\nCreate a hard link to a file.\n\nIf either src_dir_fd or dst_dir_fd is not None, it should be a file\n  descriptor open to a directory, and the respective path string (src or dst)\n  should be relative; the path will then be relative to that directory.\nIf follow_symlinks is False, and the last element of src is a symbolic\n  link, link will create a link to the symbolic link itself instead of the\n  file the link points to.\nsrc_dir_fd, dst_dir_fd, and follow_symlinks may not be implemented on your\n  platform.  If they are unavailable, using them will raise a\n  NotImplementedError.",
    listdir:
      "listdir($module, /, path=None)\n--\n\nReturn a list containing the names of the files in the directory.\n\npath can be specified as either str, bytes, or a path-like object.  If path is bytes,\n  the filenames returned will also be bytes; in all other circumstances\n  the filenames returned will be str.\nIf path is None, uses the path='.'.\nOn some platforms, path may also be specified as an open file descriptor;\\\n  the file descriptor must refer to a directory.\n  If this functionality is unavailable, using it raises NotImplementedError.\n\nThe list is in arbitrary order.  It does not include the special\nentries '.' and '..' even if they are present in the directory.",
    lstat:
      "lstat($module, /, path, *, dir_fd=None)\n--\n\nPerform a stat system call on the given path, without following symbolic links.\n\nLike stat(), but do not follow symbolic links.\nEquivalent to stat(path, follow_symlinks=False).",
    mkdir:
      "mkdir($module, /, path, mode=511, *, dir_fd=None)\n--\n\nCreate a directory.\n\nIf dir_fd is not None, it should be a file descriptor open to a directory,\n  and path should be relative; path will then be relative to that directory.\ndir_fd may not be implemented on your platform.\n  If it is unavailable, using it will raise a NotImplementedError.\n\nThe mode argument is ignored on Windows. Where it is used, the current umask\nvalue is first masked out.",
    nice: "nice($module, increment, /)\n--\n\nAdd increment to the priority of process and return the new priority.",
    getpriority: "getpriority($module, /, which, who)\n--\n\nReturn program scheduling priority.",
    setpriority: "setpriority($module, /, which, who, priority)\n--\n\nSet program scheduling priority.",
    posix_spawn:
      "posix_spawn($module, path, argv, env, /, *, file_actions=(),\n            setpgroup=<unrepresentable>, resetids=False, setsid=False,\n            setsigmask=(), setsigdef=(), scheduler=<unrepresentable>)\n--\n\nExecute the program specified by path in a new process.\n\n  path\n    Path of executable file.\n  argv\n    Tuple or list of strings.\n  env\n    Dictionary of strings mapping to strings.\n  file_actions\n    A sequence of file action tuples.\n  setpgroup\n    The pgroup to use with the POSIX_SPAWN_SETPGROUP flag.\n  resetids\n    If the value is `true` the POSIX_SPAWN_RESETIDS will be activated.\n  setsid\n    If the value is `true` the POSIX_SPAWN_SETSID or POSIX_SPAWN_SETSID_NP will be activated.\n  setsigmask\n    The sigmask to use with the POSIX_SPAWN_SETSIGMASK flag.\n  setsigdef\n    The sigmask to use with the POSIX_SPAWN_SETSIGDEF flag.\n  scheduler\n    A tuple with the scheduler policy (optional) and parameters.",
    posix_spawnp:
      "posix_spawnp($module, path, argv, env, /, *, file_actions=(),\n             setpgroup=<unrepresentable>, resetids=False, setsid=False,\n             setsigmask=(), setsigdef=(), scheduler=<unrepresentable>)\n--\n\nExecute the program specified by path in a new process.\n\n  path\n    Path of executable file.\n  argv\n    Tuple or list of strings.\n  env\n    Dictionary of strings mapping to strings.\n  file_actions\n    A sequence of file action tuples.\n  setpgroup\n    The pgroup to use with the POSIX_SPAWN_SETPGROUP flag.\n  resetids\n    If the value is `True` the POSIX_SPAWN_RESETIDS will be activated.\n  setsid\n    If the value is `True` the POSIX_SPAWN_SETSID or POSIX_SPAWN_SETSID_NP will be activated.\n  setsigmask\n    The sigmask to use with the POSIX_SPAWN_SETSIGMASK flag.\n  setsigdef\n    The sigmask to use with the POSIX_SPAWN_SETSIGDEF flag.\n  scheduler\n    A tuple with the scheduler policy (optional) and parameters.",
    readlink:
      "readlink($module, /, path, *, dir_fd=None)\n--\n\nReturn a string representing the path to which the symbolic link points.\n\nIf dir_fd is not None, it should be a file descriptor open to a directory,\nand path should be relative; path will then be relative to that directory.\n\ndir_fd may not be implemented on your platform.  If it is unavailable,\nusing it will raise a NotImplementedError.",
    copy_file_range:
      "copy_file_range($module, /, src, dst, count, offset_src=None,\n                offset_dst=None)\n--\n\nCopy count bytes from one file descriptor to another.\n\n  src\n    Source file descriptor.\n  dst\n    Destination file descriptor.\n  count\n    Number of bytes to copy.\n  offset_src\n    Starting offset in src.\n  offset_dst\n    Starting offset in dst.\n\nIf offset_src is None, then src is read from the current position;\nrespectively for offset_dst.",
    splice:
      "splice($module, /, src, dst, count, offset_src=None, offset_dst=None,\n       flags=0)\n--\n\nTransfer count bytes from one pipe to a descriptor or vice versa.\n\n  src\n    Source file descriptor.\n  dst\n    Destination file descriptor.\n  count\n    Number of bytes to copy.\n  offset_src\n    Starting offset in src.\n  offset_dst\n    Starting offset in dst.\n  flags\n    Flags to modify the semantics of the call.\n\nIf offset_src is None, then src is read from the current position;\nrespectively for offset_dst. The offset associated to the file\ndescriptor that refers to a pipe must be None.",
    rename:
      "rename($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\nRename a file or directory.\n\nIf either src_dir_fd or dst_dir_fd is not None, it should be a file\n  descriptor open to a directory, and the respective path string (src or dst)\n  should be relative; the path will then be relative to that directory.\nsrc_dir_fd and dst_dir_fd, may not be implemented on your platform.\n  If they are unavailable, using them will raise a NotImplementedError.",
    replace:
      "replace($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\nRename a file or directory, overwriting the destination.\n\nIf either src_dir_fd or dst_dir_fd is not None, it should be a file\n  descriptor open to a directory, and the respective path string (src or dst)\n  should be relative; the path will then be relative to that directory.\nsrc_dir_fd and dst_dir_fd, may not be implemented on your platform.\n  If they are unavailable, using them will raise a NotImplementedError.",
    rmdir:
      "rmdir($module, /, path, *, dir_fd=None)\n--\n\nRemove a directory.\n\nIf dir_fd is not None, it should be a file descriptor open to a directory,\n  and path should be relative; path will then be relative to that directory.\ndir_fd may not be implemented on your platform.\n  If it is unavailable, using it will raise a NotImplementedError.",
    symlink:
      "symlink($module, /, src, dst, target_is_directory=False, *, dir_fd=None)\n--\n\nCreate a symbolic link pointing to src named dst.\n\ntarget_is_directory is required on Windows if the target is to be\n  interpreted as a directory.  (On Windows, symlink requires\n  Windows 6.0 or greater, and raises a NotImplementedError otherwise.)\n  target_is_directory is ignored on non-Windows platforms.\n\nIf dir_fd is not None, it should be a file descriptor open to a directory,\n  and path should be relative; path will then be relative to that directory.\ndir_fd may not be implemented on your platform.\n  If it is unavailable, using it will raise a NotImplementedError.",
    system: "system($module, /, command)\n--\n\nExecute the command in a subshell.",
    umask: "umask($module, mask, /)\n--\n\nSet the current numeric umask and return the previous umask.",
    uname:
      "uname($module, /)\n--\n\nReturn an object identifying the current operating system.\n\nThe object behaves like a named tuple with the following fields:\n  (sysname, nodename, release, version, machine)",
    unlink:
      "unlink($module, /, path, *, dir_fd=None)\n--\n\nRemove a file (same as remove()).\n\nIf dir_fd is not None, it should be a file descriptor open to a directory,\n  and path should be relative; path will then be relative to that directory.\ndir_fd may not be implemented on your platform.\n  If it is unavailable, using it will raise a NotImplementedError.",
    remove:
      "remove($module, /, path, *, dir_fd=None)\n--\n\nRemove a file (same as unlink()).\n\nIf dir_fd is not None, it should be a file descriptor open to a directory,\n  and path should be relative; path will then be relative to that directory.\ndir_fd may not be implemented on your platform.\n  If it is unavailable, using it will raise a NotImplementedError.",
    utime:
      "utime($module, /, path, times=None, *, ns=<unrepresentable>,\n      dir_fd=None, follow_symlinks=True)\n--\n\nSet the access and modified time of path.\n\npath may always be specified as a string.\nOn some platforms, path may also be specified as an open file descriptor.\n  If this functionality is unavailable, using it raises an exception.\n\nIf times is not None, it must be a tuple (atime, mtime);\n    atime and mtime should be expressed as float seconds since the epoch.\nIf ns is specified, it must be a tuple (atime_ns, mtime_ns);\n    atime_ns and mtime_ns should be expressed as integer nanoseconds\n    since the epoch.\nIf times is None and ns is unspecified, utime uses the current time.\nSpecifying tuples for both times and ns is an error.\n\nIf dir_fd is not None, it should be a file descriptor open to a directory,\n  and path should be relative; path will then be relative to that directory.\nIf follow_symlinks is False, and the last element of the path is a symbolic\n  link, utime will modify the symbolic link itself instead of the file the\n  link points to.\nIt is an error to use dir_fd or follow_symlinks when specifying path\n  as an open file descriptor.\ndir_fd and follow_symlinks may not be available on your platform.\n  If they are unavailable, using them will raise a NotImplementedError.",
    times:
      "times($module, /)\n--\n\nReturn a collection containing process timing information.\n\nThe object returned behaves like a named tuple with these fields:\n  (utime, stime, cutime, cstime, elapsed_time)\nAll fields are floating point numbers.",
    _exit: "_exit($module, /, status)\n--\n\nExit to the system with specified status, without normal exit processing.",
    execv:
      "execv($module, path, argv, /)\n--\n\nExecute an executable path with arguments, replacing current process.\n\n  path\n    Path of executable file.\n  argv\n    Tuple or list of strings.",
    execve:
      "execve($module, /, path, argv, env)\n--\n\nExecute an executable path with arguments, replacing current process.\n\n  path\n    Path of executable file.\n  argv\n    Tuple or list of strings.\n  env\n    Dictionary of strings mapping to strings.",
    fork: "fork($module, /)\n--\n\nFork a child process.\n\nReturn 0 to child process and PID of child to parent process.",
    register_at_fork:
      "register_at_fork($module, /, *, before=<unrepresentable>,\n                 after_in_child=<unrepresentable>,\n                 after_in_parent=<unrepresentable>)\n--\n\nRegister callables to be called when forking a new process.\n\n  before\n    A callable to be called in the parent before the fork() syscall.\n  after_in_child\n    A callable to be called in the child after fork().\n  after_in_parent\n    A callable to be called in the parent after fork().\n\n'before' callbacks are called in reverse order.\n'after_in_child' and 'after_in_parent' callbacks are called in order.",
    sched_get_priority_max:
      "sched_get_priority_max($module, /, policy)\n--\n\nGet the maximum scheduling priority for policy.",
    sched_get_priority_min:
      "sched_get_priority_min($module, /, policy)\n--\n\nGet the minimum scheduling priority for policy.",
    sched_getparam:
      "sched_getparam($module, pid, /)\n--\n\nReturns scheduling parameters for the process identified by pid.\n\nIf pid is 0, returns parameters for the calling process.\nReturn value is an instance of sched_param.",
    sched_getscheduler:
      "sched_getscheduler($module, pid, /)\n--\n\nGet the scheduling policy for the process identified by pid.\n\nPassing 0 for pid returns the scheduling policy for the calling process.",
    sched_rr_get_interval:
      "sched_rr_get_interval($module, pid, /)\n--\n\nReturn the round-robin quantum for the process identified by pid, in seconds.\n\nValue returned is a float.",
    sched_setparam:
      "sched_setparam($module, pid, param, /)\n--\n\nSet scheduling parameters for the process identified by pid.\n\nIf pid is 0, sets parameters for the calling process.\nparam should be an instance of sched_param.",
    sched_setscheduler:
      "sched_setscheduler($module, pid, policy, param, /)\n--\n\nSet the scheduling policy for the process identified by pid.\n\nIf pid is 0, the calling process is changed.\nparam is an instance of sched_param.",
    sched_yield: "sched_yield($module, /)\n--\n\nVoluntarily relinquish the CPU.",
    sched_setaffinity:
      "sched_setaffinity($module, pid, mask, /)\n--\n\nSet the CPU affinity of the process identified by pid to mask.\n\nmask should be an iterable of integers identifying CPUs.",
    sched_getaffinity:
      "sched_getaffinity($module, pid, /)\n--\n\nReturn the affinity of the process identified by pid (or the current process if zero).\n\nThe affinity is returned as a set of CPU identifiers.",
    openpty:
      "openpty($module, /)\n--\n\nOpen a pseudo-terminal.\n\nReturn a tuple of (master_fd, slave_fd) containing open file descriptors\nfor both the master and slave ends.",
    login_tty:
      "login_tty($module, fd, /)\n--\n\nPrepare the tty of which fd is a file descriptor for a new login session.\n\nMake the calling process a session leader; make the tty the\ncontrolling tty, the stdin, the stdout, and the stderr of the\ncalling process; close fd.",
    forkpty:
      "forkpty($module, /)\n--\n\nFork a new process with a new pseudo-terminal as controlling tty.\n\nReturns a tuple of (pid, master_fd).\nLike fork(), return pid of 0 to the child process,\nand pid of child to the parent process.\nTo both, return fd of newly opened pseudo-terminal.",
    getegid: "getegid($module, /)\n--\n\nReturn the current process's effective group id.",
    geteuid: "geteuid($module, /)\n--\n\nReturn the current process's effective user id.",
    getgid: "getgid($module, /)\n--\n\nReturn the current process's group id.",
    getgrouplist:
      "getgrouplist($module, user, group, /)\n--\n\nReturns a list of groups to which a user belongs.\n\n  user\n    username to lookup\n  group\n    base group id of the user",
    getgroups: "getgroups($module, /)\n--\n\nReturn list of supplemental group IDs for the process.",
    getpid: "getpid($module, /)\n--\n\nReturn the current process id.",
    getpgrp: "getpgrp($module, /)\n--\n\nReturn the current process group id.",
    getppid:
      "getppid($module, /)\n--\n\nReturn the parent's process id.\n\nIf the parent process has already exited, Windows machines will still\nreturn its id; others systems will return the id of the 'init' process (1).",
    getuid: "getuid($module, /)\n--\n\nReturn the current process's user id.",
    getlogin: "getlogin($module, /)\n--\n\nReturn the actual login name.",
    kill: "kill($module, pid, signal, /)\n--\n\nKill a process with a signal.",
    killpg: "killpg($module, pgid, signal, /)\n--\n\nKill a process group with a signal.",
    setuid: "setuid($module, uid, /)\n--\n\nSet the current process's user id.",
    seteuid: "seteuid($module, euid, /)\n--\n\nSet the current process's effective user id.",
    setreuid: "setreuid($module, ruid, euid, /)\n--\n\nSet the current process's real and effective user ids.",
    setgid: "setgid($module, gid, /)\n--\n\nSet the current process's group id.",
    setegid: "setegid($module, egid, /)\n--\n\nSet the current process's effective group id.",
    setregid: "setregid($module, rgid, egid, /)\n--\n\nSet the current process's real and effective group ids.",
    setgroups: "setgroups($module, groups, /)\n--\n\nSet the groups of the current process to list.",
    initgroups:
      "initgroups($module, username, gid, /)\n--\n\nInitialize the group access list.\n\nCall the system initgroups() to initialize the group access list with all of\nthe groups of which the specified username is a member, plus the specified\ngroup id.",
    getpgid: "getpgid($module, /, pid)\n--\n\nCall the system call getpgid(), and return the result.",
    setpgrp: "setpgrp($module, /)\n--\n\nMake the current process the leader of its process group.",
    wait: "wait($module, /)\n--\n\nWait for completion of a child process.\n\nReturns a tuple of information about the child process:\n    (pid, status)",
    wait3:
      "wait3($module, /, options)\n--\n\nWait for completion of a child process.\n\nReturns a tuple of information about the child process:\n  (pid, status, rusage)",
    wait4:
      "wait4($module, /, pid, options)\n--\n\nWait for completion of a specific child process.\n\nReturns a tuple of information about the child process:\n  (pid, status, rusage)",
    waitid:
      "waitid($module, idtype, id, options, /)\n--\n\nReturns the result of waiting for a process or processes.\n\n  idtype\n    Must be one of be P_PID, P_PGID or P_ALL.\n  id\n    The id to wait on.\n  options\n    Constructed from the ORing of one or more of WEXITED, WSTOPPED\n    or WCONTINUED and additionally may be ORed with WNOHANG or WNOWAIT.\n\nReturns either waitid_result or None if WNOHANG is specified and there are\nno children in a waitable state.",
    waitpid:
      "waitpid($module, pid, options, /)\n--\n\nWait for completion of a given child process.\n\nReturns a tuple of information regarding the child process:\n    (pid, status)\n\nThe options argument is ignored on Windows.",
    pidfd_open:
      "pidfd_open($module, /, pid, flags=0)\n--\n\nReturn a file descriptor referring to the process *pid*.\n\nThe descriptor can be used to perform process management without races and\nsignals.",
    getsid: "getsid($module, pid, /)\n--\n\nCall the system call getsid(pid) and return the result.",
    setsid: "setsid($module, /)\n--\n\nCall the system call setsid().",
    setpgid: "setpgid($module, pid, pgrp, /)\n--\n\nCall the system call setpgid(pid, pgrp).",
    tcgetpgrp:
      "tcgetpgrp($module, fd, /)\n--\n\nReturn the process group associated with the terminal specified by fd.",
    tcsetpgrp:
      "tcsetpgrp($module, fd, pgid, /)\n--\n\nSet the process group associated with the terminal specified by fd.",
    open: "open($module, /, path, flags, mode=511, *, dir_fd=None)\n--\n\nOpen a file for low level IO.  Returns a file descriptor (integer).\n\nIf dir_fd is not None, it should be a file descriptor open to a directory,\n  and path should be relative; path will then be relative to that directory.\ndir_fd may not be implemented on your platform.\n  If it is unavailable, using it will raise a NotImplementedError.",
    close: "close($module, /, fd)\n--\n\nClose a file descriptor.",
    closerange:
      "closerange($module, fd_low, fd_high, /)\n--\n\nCloses all file descriptors in [fd_low, fd_high), ignoring errors.",
    device_encoding:
      "device_encoding($module, /, fd)\n--\n\nReturn a string describing the encoding of a terminal's file descriptor.\n\nThe file descriptor must be attached to a terminal.\nIf the device is not a terminal, return None.",
    dup: "dup($module, fd, /)\n--\n\nReturn a duplicate of a file descriptor.",
    dup2: "dup2($module, /, fd, fd2, inheritable=True)\n--\n\nDuplicate file descriptor.",
    lockf:
      "lockf($module, fd, command, length, /)\n--\n\nApply, test or remove a POSIX lock on an open file descriptor.\n\n  fd\n    An open file descriptor.\n  command\n    One of F_LOCK, F_TLOCK, F_ULOCK or F_TEST.\n  length\n    The number of bytes to lock, starting at the current position.",
    lseek:
      "lseek($module, fd, position, whence, /)\n--\n\nSet the position of a file descriptor.  Return the new position.\n\n  fd\n    An open file descriptor, as returned by os.open().\n  position\n    Position, interpreted relative to 'whence'.\n  whence\n    The relative position to seek from. Valid values are:\n    - SEEK_SET: seek from the start of the file.\n    - SEEK_CUR: seek from the current file position.\n    - SEEK_END: seek from the end of the file.\n\nThe return value is the number of bytes relative to the beginning of the file.",
    read: "read($module, fd, length, /)\n--\n\nRead from a file descriptor.  Returns a bytes object.",
    readv:
      "readv($module, fd, buffers, /)\n--\n\nRead from a file descriptor fd into an iterable of buffers.\n\nThe buffers should be mutable buffers accepting bytes.\nreadv will transfer data into each buffer until it is full\nand then move on to the next buffer in the sequence to hold\nthe rest of the data.\n\nreadv returns the total number of bytes read,\nwhich may be less than the total capacity of all the buffers.",
    pread:
      "pread($module, fd, length, offset, /)\n--\n\nRead a number of bytes from a file descriptor starting at a particular offset.\n\nRead length bytes from file descriptor fd, starting at offset bytes from\nthe beginning of the file.  The file offset remains unchanged.",
    preadv:
      "preadv($module, fd, buffers, offset, flags=0, /)\n--\n\nReads from a file descriptor into a number of mutable bytes-like objects.\n\nCombines the functionality of readv() and pread(). As readv(), it will\ntransfer data into each buffer until it is full and then move on to the next\nbuffer in the sequence to hold the rest of the data. Its fourth argument,\nspecifies the file offset at which the input operation is to be performed. It\nwill return the total number of bytes read (which can be less than the total\ncapacity of all the objects).\n\nThe flags argument contains a bitwise OR of zero or more of the following flags:\n\n- RWF_HIPRI\n- RWF_NOWAIT\n\nUsing non-zero flags requires Linux 4.6 or newer.",
    write: "write($module, fd, data, /)\n--\n\nWrite a bytes object to a file descriptor.",
    writev:
      "writev($module, fd, buffers, /)\n--\n\nIterate over buffers, and write the contents of each to a file descriptor.\n\nReturns the total number of bytes written.\nbuffers must be a sequence of bytes-like objects.",
    pwrite:
      "pwrite($module, fd, buffer, offset, /)\n--\n\nWrite bytes to a file descriptor starting at a particular offset.\n\nWrite buffer to fd, starting at offset bytes from the beginning of\nthe file.  Returns the number of bytes writte.  Does not change the\ncurrent file offset.",
    pwritev:
      "pwritev($module, fd, buffers, offset, flags=0, /)\n--\n\nWrites the contents of bytes-like objects to a file descriptor at a given offset.\n\nCombines the functionality of writev() and pwrite(). All buffers must be a sequence\nof bytes-like objects. Buffers are processed in array order. Entire contents of first\nbuffer is written before proceeding to second, and so on. The operating system may\nset a limit (sysconf() value SC_IOV_MAX) on the number of buffers that can be used.\nThis function writes the contents of each object to the file descriptor and returns\nthe total number of bytes written.\n\nThe flags argument contains a bitwise OR of zero or more of the following flags:\n\n- RWF_DSYNC\n- RWF_SYNC\n- RWF_APPEND\n\nUsing non-zero flags requires Linux 4.7 or newer.",
    sendfile:
      "sendfile($module, /, out_fd, in_fd, offset, count)\n--\n\nCopy count bytes from file descriptor in_fd to file descriptor out_fd.",
    fstat:
      "fstat($module, /, fd)\n--\n\nPerform a stat system call on the given file descriptor.\n\nLike stat(), but for an open file descriptor.\nEquivalent to os.stat(fd).",
    isatty:
      "isatty($module, fd, /)\n--\n\nReturn True if the fd is connected to a terminal.\n\nReturn True if the file descriptor is an open file descriptor\nconnected to the slave end of a terminal.",
    pipe: "pipe($module, /)\n--\n\nCreate a pipe.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)",
    pipe2:
      "pipe2($module, flags, /)\n--\n\nCreate a pipe with flags set atomically.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)\n\nflags can be constructed by ORing together one or more of these values:\nO_NONBLOCK, O_CLOEXEC.",
    mkfifo:
      'mkfifo($module, /, path, mode=438, *, dir_fd=None)\n--\n\nCreate a "fifo" (a POSIX named pipe).\n\nIf dir_fd is not None, it should be a file descriptor open to a directory,\n  and path should be relative; path will then be relative to that directory.\ndir_fd may not be implemented on your platform.\n  If it is unavailable, using it will raise a NotImplementedError.',
    mknod:
      "mknod($module, /, path, mode=384, device=0, *, dir_fd=None)\n--\n\nCreate a node in the file system.\n\nCreate a node in the file system (file, device special file or named pipe)\nat path.  mode specifies both the permissions to use and the\ntype of node to be created, being combined (bitwise OR) with one of\nS_IFREG, S_IFCHR, S_IFBLK, and S_IFIFO.  If S_IFCHR or S_IFBLK is set on mode,\ndevice defines the newly created device special file (probably using\nos.makedev()).  Otherwise device is ignored.\n\nIf dir_fd is not None, it should be a file descriptor open to a directory,\n  and path should be relative; path will then be relative to that directory.\ndir_fd may not be implemented on your platform.\n  If it is unavailable, using it will raise a NotImplementedError.",
    major: "major($module, device, /)\n--\n\nExtracts a device major number from a raw device number.",
    minor: "minor($module, device, /)\n--\n\nExtracts a device minor number from a raw device number.",
    makedev:
      "makedev($module, major, minor, /)\n--\n\nComposes a raw device number from the major and minor device numbers.",
    ftruncate:
      "ftruncate($module, fd, length, /)\n--\n\nTruncate a file, specified by file descriptor, to a specific length.",
    truncate:
      "truncate($module, /, path, length)\n--\n\nTruncate a file, specified by path, to a specific length.\n\nOn some platforms, path may also be specified as an open file descriptor.\n  If this functionality is unavailable, using it raises an exception.",
    posix_fallocate:
      "posix_fallocate($module, fd, offset, length, /)\n--\n\nEnsure a file has allocated at least a particular number of bytes on disk.\n\nEnsure that the file specified by fd encompasses a range of bytes\nstarting at offset bytes from the beginning and continuing for length bytes.",
    posix_fadvise:
      "posix_fadvise($module, fd, offset, length, advice, /)\n--\n\nAnnounce an intention to access data in a specific pattern.\n\nAnnounce an intention to access data in a specific pattern, thus allowing\nthe kernel to make optimizations.\nThe advice applies to the region of the file specified by fd starting at\noffset and continuing for length bytes.\nadvice is one of POSIX_FADV_NORMAL, POSIX_FADV_SEQUENTIAL,\nPOSIX_FADV_RANDOM, POSIX_FADV_NOREUSE, POSIX_FADV_WILLNEED, or\nPOSIX_FADV_DONTNEED.",
    putenv: "putenv($module, name, value, /)\n--\n\nChange or add an environment variable.",
    unsetenv: "unsetenv($module, name, /)\n--\n\nDelete an environment variable.",
    strerror: "strerror($module, code, /)\n--\n\nTranslate an error code to a message string.",
    fchdir:
      "fchdir($module, /, fd)\n--\n\nChange to the directory of the given file descriptor.\n\nfd must be opened on a directory, not a file.\nEquivalent to os.chdir(fd).",
    fsync: "fsync($module, /, fd)\n--\n\nForce write of fd to disk.",
    sync: "sync($module, /)\n--\n\nForce write of everything to disk.",
    fdatasync: "fdatasync($module, /, fd)\n--\n\nForce write of fd to disk without forcing update of metadata.",
    WCOREDUMP:
      "WCOREDUMP($module, status, /)\n--\n\nReturn True if the process returning status was dumped to a core file.",
    WIFCONTINUED:
      "WIFCONTINUED($module, /, status)\n--\n\nReturn True if a particular process was continued from a job control stop.\n\nReturn True if the process returning status was continued from a\njob control stop.",
    WIFSTOPPED: "WIFSTOPPED($module, /, status)\n--\n\nReturn True if the process returning status was stopped.",
    WIFSIGNALED:
      "WIFSIGNALED($module, /, status)\n--\n\nReturn True if the process returning status was terminated by a signal.",
    WIFEXITED:
      "WIFEXITED($module, /, status)\n--\n\nReturn True if the process returning status exited via the exit() system call.",
    WEXITSTATUS: "WEXITSTATUS($module, /, status)\n--\n\nReturn the process return code from status.",
    WTERMSIG:
      "WTERMSIG($module, /, status)\n--\n\nReturn the signal that terminated the process that provided the status value.",
    WSTOPSIG:
      "WSTOPSIG($module, /, status)\n--\n\nReturn the signal that stopped the process that provided the status value.",
    fstatvfs:
      "fstatvfs($module, fd, /)\n--\n\nPerform an fstatvfs system call on the given fd.\n\nEquivalent to statvfs(fd).",
    statvfs:
      "statvfs($module, /, path)\n--\n\nPerform a statvfs system call on the given path.\n\npath may always be specified as a string.\nOn some platforms, path may also be specified as an open file descriptor.\n  If this functionality is unavailable, using it raises an exception.",
    confstr: "confstr($module, name, /)\n--\n\nReturn a string-valued system configuration variable.",
    sysconf: "sysconf($module, name, /)\n--\n\nReturn an integer-valued system configuration variable.",
    fpathconf:
      "fpathconf($module, fd, name, /)\n--\n\nReturn the configuration limit name for the file descriptor fd.\n\nIf there is no limit, return -1.",
    pathconf:
      "pathconf($module, /, path, name)\n--\n\nReturn the configuration limit name for the file or directory path.\n\nIf there is no limit, return -1.\nOn some platforms, path may also be specified as an open file descriptor.\n  If this functionality is unavailable, using it raises an exception.",
    abort:
      "abort($module, /)\n--\n\nAbort the interpreter immediately.\n\nThis function 'dumps core' or otherwise fails in the hardest way possible\non the hosting operating system.  This function never returns.",
    _path_normpath: "_path_normpath($module, /, path)\n--\n\nBasic path normalization.",
    getloadavg:
      "getloadavg($module, /)\n--\n\nReturn average recent system load information.\n\nReturn the number of processes in the system run queue averaged over\nthe last 1, 5, and 15 minutes as a tuple of three floats.\nRaises OSError if the load average was unobtainable.",
    urandom:
      "urandom($module, size, /)\n--\n\nReturn a bytes object containing random bytes suitable for cryptographic use.",
    setresuid:
      "setresuid($module, ruid, euid, suid, /)\n--\n\nSet the current process's real, effective, and saved user ids.",
    setresgid:
      "setresgid($module, rgid, egid, sgid, /)\n--\n\nSet the current process's real, effective, and saved group ids.",
    getresuid:
      "getresuid($module, /)\n--\n\nReturn a tuple of the current process's real, effective, and saved user ids.",
    getresgid:
      "getresgid($module, /)\n--\n\nReturn a tuple of the current process's real, effective, and saved group ids.",
    getxattr:
      "getxattr($module, /, path, attribute, *, follow_symlinks=True)\n--\n\nReturn the value of extended attribute attribute on path.\n\npath may be either a string, a path-like object, or an open file descriptor.\nIf follow_symlinks is False, and the last element of the path is a symbolic\n  link, getxattr will examine the symbolic link itself instead of the file\n  the link points to.",
    setxattr:
      "setxattr($module, /, path, attribute, value, flags=0, *,\n         follow_symlinks=True)\n--\n\nSet extended attribute attribute on path to value.\n\npath may be either a string, a path-like object,  or an open file descriptor.\nIf follow_symlinks is False, and the last element of the path is a symbolic\n  link, setxattr will modify the symbolic link itself instead of the file\n  the link points to.",
    removexattr:
      "removexattr($module, /, path, attribute, *, follow_symlinks=True)\n--\n\nRemove extended attribute attribute on path.\n\npath may be either a string, a path-like object, or an open file descriptor.\nIf follow_symlinks is False, and the last element of the path is a symbolic\n  link, removexattr will modify the symbolic link itself instead of the file\n  the link points to.",
    listxattr:
      "listxattr($module, /, path=None, *, follow_symlinks=True)\n--\n\nReturn a list of extended attributes on path.\n\npath may be either None, a string, a path-like object, or an open file descriptor.\nif path is None, listxattr will examine the current directory.\nIf follow_symlinks is False, and the last element of the path is a symbolic\n  link, listxattr will examine the symbolic link itself instead of the file\n  the link points to.",
    get_terminal_size:
      "get_terminal_size($module, fd=<unrepresentable>, /)\n--\n\nReturn the size of the terminal window as (columns, lines).\n\nThe optional argument fd (default standard output) specifies\nwhich file descriptor should be queried.\n\nIf the file descriptor is not connected to a terminal, an OSError\nis thrown.\n\nThis function will only be defined if an implementation is\navailable for this system.\n\nshutil.get_terminal_size is the high-level function which should\nnormally be used, os.get_terminal_size is the low-level implementation.",
    cpu_count:
      "cpu_count($module, /)\n--\n\nReturn the number of CPUs in the system; return None if indeterminable.\n\nThis number is not equivalent to the number of CPUs the current process can\nuse.  The number of usable CPUs can be obtained with\n``len(os.sched_getaffinity(0))``",
    get_inheritable:
      "get_inheritable($module, fd, /)\n--\n\nGet the close-on-exe flag of the specified file descriptor.",
    set_inheritable:
      "set_inheritable($module, fd, inheritable, /)\n--\n\nSet the inheritable flag of the specified file descriptor.",
    get_blocking:
      "get_blocking($module, fd, /)\n--\n\nGet the blocking mode of the file descriptor.\n\nReturn False if the O_NONBLOCK flag is set, True if the flag is cleared.",
    set_blocking:
      "set_blocking($module, fd, blocking, /)\n--\n\nSet the blocking mode of the specified file descriptor.\n\nSet the O_NONBLOCK flag if blocking is False,\nclear the O_NONBLOCK flag otherwise.",
    scandir:
      "scandir($module, /, path=None)\n--\n\nReturn an iterator of DirEntry objects for given path.\n\npath can be specified as either str, bytes, or a path-like object.  If path\nis bytes, the names of yielded DirEntry objects will also be bytes; in\nall other circumstances they will be str.\n\nIf path is None, uses the path='.'.",
    fspath:
      "fspath($module, /, path)\n--\n\nReturn the file system path representation of the object.\n\nIf the object is str or bytes, then allow it to pass through as-is. If the\nobject defines __fspath__(), then return the result of that method. All other\ntypes raise a TypeError.",
    getrandom: "getrandom($module, /, size, flags=0)\n--\n\nObtain a series of random bytes.",
    memfd_create: "memfd_create($module, /, name, flags=MFD_CLOEXEC)\n--\n\n",
    eventfd:
      "eventfd($module, /, initval, flags=EFD_CLOEXEC)\n--\n\nCreates and returns an event notification file descriptor.",
    eventfd_read: "eventfd_read($module, /, fd)\n--\n\nRead eventfd value",
    eventfd_write: "eventfd_write($module, /, fd, value)\n--\n\nWrite eventfd value.",
    waitstatus_to_exitcode:
      "waitstatus_to_exitcode($module, /, status)\n--\n\nConvert a wait status to an exit code.\n\nOn Unix:\n\n* If WIFEXITED(status) is true, return WEXITSTATUS(status).\n* If WIFSIGNALED(status) is true, return -WTERMSIG(status).\n* Otherwise, raise a ValueError.\n\nOn Windows, return status shifted right by 8 bits.\n\nOn Unix, if the process is being traced or if waitpid() was called with\nWUNTRACED option, the caller must first check if WIFSTOPPED(status) is true.\nThis function must not be called if WIFSTOPPED(status) is true.",
  },
  itertools: {
    tee: "tee($module, iterable, n=2, /)\n--\n\nReturns a tuple of n independent iterators.",
  },
  _codecs: {
    register:
      "register($module, search_function, /)\n--\n\nRegister a codec search function.\n\nSearch functions are expected to take one argument, the encoding name in\nall lower case letters, and either return None, or a tuple of functions\n(encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object).",
    unregister:
      "unregister($module, search_function, /)\n--\n\nUnregister a codec search function and clear the registry's cache.\n\nIf the search function is not registered, do nothing.",
    lookup:
      "lookup($module, encoding, /)\n--\n\nLooks up a codec tuple in the Python codec registry and returns a CodecInfo object.",
    encode:
      "encode($module, /, obj, encoding='utf-8', errors='strict')\n--\n\nEncodes obj using the codec registered for encoding.\n\nThe default encoding is 'utf-8'.  errors may be given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that encoding\nerrors raise a ValueError.  Other possible values are 'ignore', 'replace'\nand 'backslashreplace' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.",
    decode:
      "decode($module, /, obj, encoding='utf-8', errors='strict')\n--\n\nDecodes obj using the codec registered for encoding.\n\nDefault encoding is 'utf-8'.  errors may be given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that encoding\nerrors raise a ValueError.  Other possible values are 'ignore', 'replace'\nand 'backslashreplace' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.",
    escape_encode: "escape_encode($module, data, errors=None, /)\n--\n\n",
    escape_decode: "escape_decode($module, data, errors=None, /)\n--\n\n",
    utf_8_encode: "utf_8_encode($module, str, errors=None, /)\n--\n\n",
    utf_8_decode: "utf_8_decode($module, data, errors=None, final=False, /)\n--\n\n",
    utf_7_encode: "utf_7_encode($module, str, errors=None, /)\n--\n\n",
    utf_7_decode: "utf_7_decode($module, data, errors=None, final=False, /)\n--\n\n",
    utf_16_encode: "utf_16_encode($module, str, errors=None, byteorder=0, /)\n--\n\n",
    utf_16_le_encode: "utf_16_le_encode($module, str, errors=None, /)\n--\n\n",
    utf_16_be_encode: "utf_16_be_encode($module, str, errors=None, /)\n--\n\n",
    utf_16_decode: "utf_16_decode($module, data, errors=None, final=False, /)\n--\n\n",
    utf_16_le_decode: "utf_16_le_decode($module, data, errors=None, final=False, /)\n--\n\n",
    utf_16_be_decode: "utf_16_be_decode($module, data, errors=None, final=False, /)\n--\n\n",
    utf_16_ex_decode:
      "utf_16_ex_decode($module, data, errors=None, byteorder=0, final=False,\n                 /)\n--\n\n",
    utf_32_encode: "utf_32_encode($module, str, errors=None, byteorder=0, /)\n--\n\n",
    utf_32_le_encode: "utf_32_le_encode($module, str, errors=None, /)\n--\n\n",
    utf_32_be_encode: "utf_32_be_encode($module, str, errors=None, /)\n--\n\n",
    utf_32_decode: "utf_32_decode($module, data, errors=None, final=False, /)\n--\n\n",
    utf_32_le_decode: "utf_32_le_decode($module, data, errors=None, final=False, /)\n--\n\n",
    utf_32_be_decode: "utf_32_be_decode($module, data, errors=None, final=False, /)\n--\n\n",
    utf_32_ex_decode:
      "utf_32_ex_decode($module, data, errors=None, byteorder=0, final=False,\n                 /)\n--\n\n",
    unicode_escape_encode: "unicode_escape_encode($module, str, errors=None, /)\n--\n\n",
    unicode_escape_decode: "unicode_escape_decode($module, data, errors=None, final=True, /)\n--\n\n",
    raw_unicode_escape_encode: "raw_unicode_escape_encode($module, str, errors=None, /)\n--\n\n",
    raw_unicode_escape_decode: "raw_unicode_escape_decode($module, data, errors=None, final=True, /)\n--\n\n",
    latin_1_encode: "latin_1_encode($module, str, errors=None, /)\n--\n\n",
    latin_1_decode: "latin_1_decode($module, data, errors=None, /)\n--\n\n",
    ascii_encode: "ascii_encode($module, str, errors=None, /)\n--\n\n",
    ascii_decode: "ascii_decode($module, data, errors=None, /)\n--\n\n",
    charmap_encode: "charmap_encode($module, str, errors=None, mapping=None, /)\n--\n\n",
    charmap_decode: "charmap_decode($module, data, errors=None, mapping=None, /)\n--\n\n",
    charmap_build: "charmap_build($module, map, /)\n--\n\n",
    readbuffer_encode: "readbuffer_encode($module, data, errors=None, /)\n--\n\n",
    register_error:
      "register_error($module, errors, handler, /)\n--\n\nRegister the specified error handler under the name errors.\n\nhandler must be a callable object, that will be called with an exception\ninstance containing information about the location of the encoding/decoding\nerror and must return a (replacement, new position) tuple.",
    lookup_error:
      "lookup_error($module, name, /)\n--\n\nlookup_error(errors) -> handler\n\nReturn the error handler for the specified error handling name or raise a\nLookupError, if no handler exists under this name.",
  },
  _asyncio: {
    get_event_loop:
      "get_event_loop($module, /)\n--\n\nReturn an asyncio event loop.\n\nWhen called from a coroutine or a callback (e.g. scheduled with\ncall_soon or similar API), this function will always return the\nrunning event loop.\n\nIf there is no running event loop set, the function will return\nthe result of `get_event_loop_policy().get_event_loop()` call.",
    _get_event_loop: "_get_event_loop($module, /, stacklevel=3)\n--\n\n",
    get_running_loop:
      "get_running_loop($module, /)\n--\n\nReturn the running event loop.  Raise a RuntimeError if there is none.\n\nThis function is thread-specific.",
    _get_running_loop:
      "_get_running_loop($module, /)\n--\n\nReturn the running event loop or None.\n\nThis is a low-level function intended to be used by event loops.\nThis function is thread-specific.",
    _set_running_loop:
      "_set_running_loop($module, loop, /)\n--\n\nSet the running event loop.\n\nThis is a low-level function intended to be used by event loops.\nThis function is thread-specific.",
    _register_task:
      "_register_task($module, /, task)\n--\n\nRegister a new task in asyncio as executed by loop.\n\nReturns None.",
    _unregister_task: "_unregister_task($module, /, task)\n--\n\nUnregister a task.\n\nReturns None.",
    _enter_task:
      "_enter_task($module, /, loop, task)\n--\n\nEnter into task execution or resume suspended task.\n\nTask belongs to loop.\n\nReturns None.",
    _leave_task:
      "_leave_task($module, /, loop, task)\n--\n\nLeave task execution or suspend a task.\n\nTask belongs to loop.\n\nReturns None.",
  },
  _contextvars: {
    copy_context: "copy_context($module, /)\n--\n\n",
  },
  _struct: {
    _clearcache: "_clearcache($module, /)\n--\n\nClear the internal cache.",
    calcsize: "calcsize($module, format, /)\n--\n\nReturn size in bytes of the struct described by the format string.",
    iter_unpack:
      "iter_unpack($module, format, buffer, /)\n--\n\nReturn an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size.",
    pack: "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.",
    pack_into:
      "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.",
    unpack:
      "unpack($module, format, buffer, /)\n--\n\nReturn a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.",
    unpack_from:
      "unpack_from($module, format, /, buffer, offset=0)\n--\n\nReturn a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.",
  },
  binascii: {
    a2b_uu: "a2b_uu($module, data, /)\n--\n\nDecode a line of uuencoded data.",
    b2a_uu: "b2a_uu($module, data, /, *, backtick=False)\n--\n\nUuencode line of data.",
    a2b_base64:
      "a2b_base64($module, data, /, *, strict_mode=False)\n--\n\nDecode a line of base64 data.\n\n  strict_mode\n    When set to True, bytes that are not part of the base64 standard are not allowed.\n    The same applies to excess data after padding (= / ==).",
    b2a_base64: "b2a_base64($module, data, /, *, newline=True)\n--\n\nBase64-code line of data.",
    a2b_hex:
      'a2b_hex($module, hexstr, /)\n--\n\nBinary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).\nThis function is also available as "unhexlify()".',
    b2a_hex:
      "b2a_hex($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nHexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as \"hexlify()\".\n\nExample:\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef')\nb'b901ef'\n>>> binascii.hexlify(b'\\xb9\\x01\\xef', ':')\nb'b9:01:ef'\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef', b'_', 2)\nb'b9_01ef'",
    hexlify:
      'hexlify($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nHexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as "b2a_hex()".',
    unhexlify:
      "unhexlify($module, hexstr, /)\n--\n\nBinary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).",
    crc_hqx: "crc_hqx($module, data, crc, /)\n--\n\nCompute CRC-CCITT incrementally.",
    crc32: "crc32($module, data, crc=0, /)\n--\n\nCompute CRC-32 incrementally.",
    a2b_qp: "a2b_qp($module, /, data, header=False)\n--\n\nDecode a string of qp-encoded data.",
    b2a_qp:
      "b2a_qp($module, /, data, quotetabs=False, istext=True, header=False)\n--\n\nEncode a string using quoted-printable encoding.\n\nOn encoding, when istext is set, newlines are not encoded, and white\nspace at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\nare both encoded.  When quotetabs is set, space and tabs are encoded.",
  },
  _locale: {
    setlocale: "setlocale($module, category, locale=<unrepresentable>, /)\n--\n\nActivates/queries locale processing.",
    localeconv: "localeconv($module, /)\n--\n\nReturns numeric and monetary locale-specific parameters.",
    strcoll: "strcoll($module, os1, os2, /)\n--\n\nCompares two strings according to the locale.",
    strxfrm:
      "strxfrm($module, string, /)\n--\n\nReturn a string that can be used as a key for locale-aware comparisons.",
    nl_langinfo: "nl_langinfo($module, key, /)\n--\n\nReturn the value for the locale information associated with key.",
    gettext: "gettext($module, msg, /)\n--\n\ngettext(msg) -> string\n\nReturn translation of msg.",
    dgettext:
      "dgettext($module, domain, msg, /)\n--\n\ndgettext(domain, msg) -> string\n\nReturn translation of msg in domain.",
    dcgettext: "dcgettext($module, domain, msg, category, /)\n--\n\nReturn translation of msg in domain and category.",
    textdomain:
      "textdomain($module, domain, /)\n--\n\nSet the C library's textdmain to domain, returning the new domain.",
    bindtextdomain: "bindtextdomain($module, domain, dir, /)\n--\n\nBind the C library's domain to dir.",
    bind_textdomain_codeset:
      "bind_textdomain_codeset($module, domain, codeset, /)\n--\n\nBind the C library's domain to codeset.",
    getencoding: "getencoding($module, /)\n--\n\nGet the current locale encoding.",
  },
  _warnings: {
    warn: "warn($module, /, message, category=None, stacklevel=1, source=None)\n--\n\nIssue a warning, or maybe ignore it or raise an exception.",
    warn_explicit: "Low-level interface to warnings functionality.",
  },
  _opcode: {
    stack_effect:
      "stack_effect($module, opcode, oparg=None, /, *, jump=None)\n--\n\nCompute the stack effect of the opcode.",
    get_specialization_stats: "get_specialization_stats($module, /)\n--\n\nReturn the specialization stats",
  },
  _imp: {
    extension_suffixes:
      "extension_suffixes($module, /)\n--\n\nReturns the list of file suffixes used to identify extension modules.",
    lock_held:
      "lock_held($module, /)\n--\n\nReturn True if the import lock is currently held, else False.\n\nOn platforms without threads, return False.",
    acquire_lock:
      "acquire_lock($module, /)\n--\n\nAcquires the interpreter's import lock for the current thread.\n\nThis lock should be used by import hooks to ensure thread-safety when importing\nmodules. On platforms without threads, this function does nothing.",
    release_lock:
      "release_lock($module, /)\n--\n\nRelease the interpreter's import lock.\n\nOn platforms without threads, this function does nothing.",
    find_frozen:
      "find_frozen($module, name, /, *, withdata=False)\n--\n\nReturn info about the corresponding frozen module (if there is one) or None.\n\nThe returned info (a 2-tuple):\n\n * data         the raw marshalled bytes\n * is_package   whether or not it is a package\n * origname     the originally frozen module's name, or None if not\n                a stdlib module (this will usually be the same as\n                the module's current name)",
    get_frozen_object:
      "get_frozen_object($module, name, data=None, /)\n--\n\nCreate a code object for a frozen module.",
    is_frozen_package:
      "is_frozen_package($module, name, /)\n--\n\nReturns True if the module name is of a frozen package.",
    create_builtin: "create_builtin($module, spec, /)\n--\n\nCreate an extension module.",
    init_frozen: "init_frozen($module, name, /)\n--\n\nInitializes a frozen module.",
    is_builtin: "is_builtin($module, name, /)\n--\n\nReturns True if the module name corresponds to a built-in module.",
    is_frozen: "is_frozen($module, name, /)\n--\n\nReturns True if the module name corresponds to a frozen module.",
    _frozen_module_names: "_frozen_module_names($module, /)\n--\n\nReturns the list of available frozen modules.",
    _override_frozen_modules_for_tests:
      '_override_frozen_modules_for_tests($module, override, /)\n--\n\n(internal-only) Override PyConfig.use_frozen_modules.\n\n(-1: "off", 1: "on", 0: no override)\nSee frozen_modules() in Lib/test/support/import_helper.py.',
    create_dynamic: "create_dynamic($module, spec, file=<unrepresentable>, /)\n--\n\nCreate an extension module.",
    exec_dynamic: "exec_dynamic($module, mod, /)\n--\n\nInitialize an extension module.",
    exec_builtin: "exec_builtin($module, mod, /)\n--\n\nInitialize a built-in module.",
    _fix_co_filename:
      "_fix_co_filename($module, code, path, /)\n--\n\nChanges code.co_filename to specify the passed-in file path.\n\n  code\n    Code object to change.\n  path\n    File path to use.",
    source_hash: "source_hash($module, /, key, source)\n--\n\n",
  },
  ArithmeticError: {
    __doc__: "Base class for arithmetic errors.",
  },
  AssertionError: {
    __doc__: "Assertion failed.",
  },
  AttributeError: {
    __doc__: "Attribute not found.",
    name: "attribute name",
    obj: "object",
  },
  BaseException: {
    __doc__: "Common base class for all exceptions",
    with_traceback: "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.",
    add_note: "Exception.add_note(note) --\n    add a note to the exception",
    __context__: "exception context",
    __cause__: "exception cause",
  },
  BaseExceptionGroup: {
    __doc__: "A combination of multiple unrelated exceptions.",
    __class_getitem__: "See PEP 585",
    message: "exception message",
    exceptions: "nested exceptions",
  },
  BlockingIOError: {
    __doc__: "I/O operation would block.",
  },
  BrokenPipeError: {
    __doc__: "Broken pipe.",
  },
  BufferError: {
    __doc__: "Buffer error.",
  },
  BytesWarning: {
    __doc__:
      "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.",
  },
  ChildProcessError: {
    __doc__: "Child process error.",
  },
  ConnectionAbortedError: {
    __doc__: "Connection aborted.",
  },
  ConnectionError: {
    __doc__: "Connection error.",
  },
  ConnectionRefusedError: {
    __doc__: "Connection refused.",
  },
  ConnectionResetError: {
    __doc__: "Connection reset.",
  },
  DeprecationWarning: {
    __doc__: "Base class for warnings about deprecated features.",
  },
  EOFError: {
    __doc__: "Read beyond end of file.",
  },
  EncodingMap: {
    size: "size($self, /)\n--\n\nReturn the size (in bytes) of this object.",
  },
  EncodingWarning: {
    __doc__: "Base class for warnings about encodings.",
  },
  Exception: {
    __doc__: "Common base class for all non-exit exceptions.",
  },
  ExceptionGroup: {
    __weakref__: "list of weak references to the object",
  },
  FileExistsError: {
    __doc__: "File already exists.",
  },
  FileNotFoundError: {
    __doc__: "File not found.",
  },
  FloatingPointError: {
    __doc__: "Floating point operation failed.",
  },
  FutureWarning: {
    __doc__: "Base class for warnings about constructs that will change semantically\nin the future.",
  },
  GeneratorExit: {
    __doc__: "Request that a generator exit.",
  },
  ImportError: {
    __doc__: "Import can't find module, or can't find name in module.",
    msg: "exception message",
    name: "module name",
    path: "module path",
  },
  ImportWarning: {
    __doc__: "Base class for warnings about probable mistakes in module imports",
  },
  IndentationError: {
    __doc__: "Improper indentation.",
  },
  IndexError: {
    __doc__: "Sequence index out of range.",
  },
  InterpreterID: {
    __doc__: "A interpreter ID identifies a interpreter and may be used as an int.",
  },
  InterruptedError: {
    __doc__: "Interrupted by signal.",
  },
  IsADirectoryError: {
    __doc__: "Operation doesn't work on directories.",
  },
  KeyError: {
    __doc__: "Mapping key not found.",
  },
  KeyboardInterrupt: {
    __doc__: "Program interrupted by user.",
  },
  LookupError: {
    __doc__: "Base class for lookup errors.",
  },
  MemoryError: {
    __doc__: "Out of memory.",
  },
  ModuleNotFoundError: {
    __doc__: "Module not found.",
  },
  NameError: {
    __doc__: "Name not found globally.",
    name: "name",
  },
  NotADirectoryError: {
    __doc__: "Operation only works on directories.",
  },
  NotImplementedError: {
    __doc__: "Method or function hasn't been implemented yet.",
  },
  OSError: {
    __doc__: "Base class for I/O related errors.",
    errno: "POSIX exception code",
    strerror: "exception strerror",
    filename: "exception filename",
    filename2: "second exception filename",
  },
  OverflowError: {
    __doc__: "Result too large to be represented.",
  },
  PendingDeprecationWarning: {
    __doc__: "Base class for warnings about features which will be deprecated\nin the future.",
  },
  PermissionError: {
    __doc__: "Not enough permissions.",
  },
  ProcessLookupError: {
    __doc__: "Process not found.",
  },
  PyCapsule: {
    __doc__:
      'Capsule objects let you wrap a C "void *" pointer in a Python\nobject.  They\'re a way of passing data through the Python interpreter\nwithout creating your own custom type.\n\nCapsules are used for communication between extension modules.\nThey provide a way for an extension module to export a C interface\nto other extension modules, so that extension modules can use the\nPython import mechanism to link to one another.\n',
  },
  RecursionError: {
    __doc__: "Recursion limit exceeded.",
  },
  ReferenceError: {
    __doc__: "Weak ref proxy used after referent went away.",
  },
  ResourceWarning: {
    __doc__: "Base class for warnings about resource usage.",
  },
  RuntimeError: {
    __doc__: "Unspecified run-time error.",
  },
  RuntimeWarning: {
    __doc__: "Base class for warnings about dubious runtime behavior.",
  },
  StopAsyncIteration: {
    __doc__: "Signal the end from iterator.__anext__().",
  },
  StopIteration: {
    __doc__: "Signal the end from iterator.__next__().",
    value: "generator return value",
  },
  SyntaxError: {
    __doc__: "Invalid syntax.",
    msg: "exception msg",
    filename: "exception filename",
    lineno: "exception lineno",
    offset: "exception offset",
    text: "exception text",
    end_lineno: "exception end lineno",
    end_offset: "exception end offset",
    print_file_and_line: "exception print_file_and_line",
  },
  SyntaxWarning: {
    __doc__: "Base class for warnings about dubious syntax.",
  },
  SystemError: {
    __doc__:
      "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.",
  },
  SystemExit: {
    __doc__: "Request to exit from the interpreter.",
    code: "exception code",
  },
  TabError: {
    __doc__: "Improper mixture of spaces and tabs.",
  },
  TimeoutError: {
    __doc__: "Timeout expired.",
  },
  TypeError: {
    __doc__: "Inappropriate argument type.",
  },
  UnboundLocalError: {
    __doc__: "Local name referenced but not bound to a value.",
  },
  UnicodeDecodeError: {
    __doc__: "Unicode decoding error.",
    encoding: "exception encoding",
    object: "exception object",
    start: "exception start",
    end: "exception end",
    reason: "exception reason",
  },
  UnicodeEncodeError: {
    __doc__: "Unicode encoding error.",
    encoding: "exception encoding",
    object: "exception object",
    start: "exception start",
    end: "exception end",
    reason: "exception reason",
  },
  UnicodeError: {
    __doc__: "Unicode related error.",
  },
  UnicodeTranslateError: {
    __doc__: "Unicode translation error.",
    encoding: "exception encoding",
    object: "exception object",
    start: "exception start",
    end: "exception end",
    reason: "exception reason",
  },
  UnicodeWarning: {
    __doc__: "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.",
  },
  UnraisableHookArgs: {
    __doc__: "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
    exc_type: "Exception type",
    exc_value: "Exception value",
    exc_traceback: "Exception traceback",
    err_msg: "Error message",
    object: "Object causing the exception",
  },
  UserWarning: {
    __doc__: "Base class for warnings generated by user code.",
  },
  ValueError: {
    __doc__: "Inappropriate argument value (of correct type).",
  },
  Warning: {
    __doc__: "Base class for warning categories.",
  },
  ZeroDivisionError: {
    __doc__: "Second argument to a division or modulo operation was zero.",
  },
  "_asyncio.Future": {
    __doc__:
      "Future(*, loop=None)\n--\n\nThis class is *almost* compatible with concurrent.futures.Future.\n\n    Differences:\n\n    - result() and exception() do not take a timeout argument and\n      raise an exception when the future isn't done yet.\n\n    - Callbacks registered with add_done_callback() are always called\n      via the event loop's call_soon_threadsafe().\n\n    - This class is not compatible with the wait() and as_completed()\n      methods in the concurrent.futures package.",
    result:
      "result($self, /)\n--\n\nReturn the result this future represents.\n\nIf the future has been cancelled, raises CancelledError.  If the\nfuture's result isn't yet available, raises InvalidStateError.  If\nthe future is done and has an exception set, this exception is raised.",
    exception:
      "exception($self, /)\n--\n\nReturn the exception that was set on this future.\n\nThe exception (or None if no exception was set) is returned only if\nthe future is done.  If the future has been cancelled, raises\nCancelledError.  If the future isn't done yet, raises\nInvalidStateError.",
    set_result:
      "set_result($self, result, /)\n--\n\nMark the future done and set its result.\n\nIf the future is already done when this method is called, raises\nInvalidStateError.",
    set_exception:
      "set_exception($self, exception, /)\n--\n\nMark the future done and set an exception.\n\nIf the future is already done when this method is called, raises\nInvalidStateError.",
    add_done_callback:
      "add_done_callback($self, fn, /, *, context=<unrepresentable>)\n--\n\nAdd a callback to be run when the future becomes done.\n\nThe callback is called with a single argument - the future object. If\nthe future is already done when this is called, the callback is\nscheduled with call_soon.",
    remove_done_callback:
      'remove_done_callback($self, fn, /)\n--\n\nRemove all instances of a callback from the "call when done" list.\n\nReturns the number of callbacks removed.',
    cancel:
      "cancel($self, /, msg=None)\n--\n\nCancel the future and schedule callbacks.\n\nIf the future is already done or cancelled, return False.  Otherwise,\nchange the future's state to cancelled, schedule the callbacks and\nreturn True.",
    cancelled: "cancelled($self, /)\n--\n\nReturn True if the future was cancelled.",
    done: "done($self, /)\n--\n\nReturn True if the future is done.\n\nDone means either that a result / exception are available, or that the\nfuture was cancelled.",
    get_loop: "get_loop($self, /)\n--\n\nReturn the event loop the Future is bound to.",
    _make_cancelled_error:
      "_make_cancelled_error($self, /)\n--\n\nCreate the CancelledError to raise if the Future is cancelled.\n\nThis should only be called once when handling a cancellation since\nit erases the context exception value.",
    __class_getitem__: "See PEP 585",
  },
  "_asyncio.Task": {
    __doc__: "Task(coro, *, loop=None, name=None, context=None)\n--\n\nA coroutine wrapped in a Future.",
    result:
      "result($self, /)\n--\n\nReturn the result this future represents.\n\nIf the future has been cancelled, raises CancelledError.  If the\nfuture's result isn't yet available, raises InvalidStateError.  If\nthe future is done and has an exception set, this exception is raised.",
    exception:
      "exception($self, /)\n--\n\nReturn the exception that was set on this future.\n\nThe exception (or None if no exception was set) is returned only if\nthe future is done.  If the future has been cancelled, raises\nCancelledError.  If the future isn't done yet, raises\nInvalidStateError.",
    add_done_callback:
      "add_done_callback($self, fn, /, *, context=<unrepresentable>)\n--\n\nAdd a callback to be run when the future becomes done.\n\nThe callback is called with a single argument - the future object. If\nthe future is already done when this is called, the callback is\nscheduled with call_soon.",
    remove_done_callback:
      'remove_done_callback($self, fn, /)\n--\n\nRemove all instances of a callback from the "call when done" list.\n\nReturns the number of callbacks removed.',
    cancelled: "cancelled($self, /)\n--\n\nReturn True if the future was cancelled.",
    done: "done($self, /)\n--\n\nReturn True if the future is done.\n\nDone means either that a result / exception are available, or that the\nfuture was cancelled.",
    set_result: "set_result($self, result, /)\n--\n\n",
    set_exception: "set_exception($self, exception, /)\n--\n\n",
    cancel:
      "cancel($self, /, msg=None)\n--\n\nRequest that this task cancel itself.\n\nThis arranges for a CancelledError to be thrown into the\nwrapped coroutine on the next cycle through the event loop.\nThe coroutine then has a chance to clean up or even deny\nthe request using try/except/finally.\n\nUnlike Future.cancel, this does not guarantee that the\ntask will be cancelled: the exception might be caught and\nacted upon, delaying cancellation of the task or preventing\ncancellation completely.  The task may also return a value or\nraise a different exception.\n\nImmediately after this method is called, Task.cancelled() will\nnot return True (unless the task was already cancelled).  A\ntask will be marked as cancelled when the wrapped coroutine\nterminates with a CancelledError exception (even if cancel()\nwas not called).\n\nThis also increases the task's count of cancellation requests.",
    cancelling:
      "cancelling($self, /)\n--\n\nReturn the count of the task's cancellation requests.\n\nThis count is incremented when .cancel() is called\nand may be decremented using .uncancel().",
    uncancel:
      "uncancel($self, /)\n--\n\nDecrement the task's count of cancellation requests.\n\nThis should be used by tasks that catch CancelledError\nand wish to continue indefinitely until they are cancelled again.\n\nReturns the remaining number of cancellation requests.",
    get_stack:
      "get_stack($self, /, *, limit=None)\n--\n\nReturn the list of stack frames for this task's coroutine.\n\nIf the coroutine is not done, this returns the stack where it is\nsuspended.  If the coroutine has completed successfully or was\ncancelled, this returns an empty list.  If the coroutine was\nterminated by an exception, this returns the list of traceback\nframes.\n\nThe frames are always ordered from oldest to newest.\n\nThe optional limit gives the maximum number of frames to\nreturn; by default all available frames are returned.  Its\nmeaning differs depending on whether a stack or a traceback is\nreturned: the newest frames of a stack are returned, but the\noldest frames of a traceback are returned.  (This matches the\nbehavior of the traceback module.)\n\nFor reasons beyond our control, only one stack frame is\nreturned for a suspended coroutine.",
    print_stack:
      "print_stack($self, /, *, limit=None, file=None)\n--\n\nPrint the stack or traceback for this task's coroutine.\n\nThis produces output similar to that of the traceback module,\nfor the frames retrieved by get_stack().  The limit argument\nis passed to get_stack().  The file argument is an I/O stream\nto which the output is written; by default output is written\nto sys.stderr.",
    _make_cancelled_error:
      "_make_cancelled_error($self, /)\n--\n\nCreate the CancelledError to raise if the Task is cancelled.\n\nThis should only be called once when handling a cancellation since\nit erases the context exception value.",
    get_name: "get_name($self, /)\n--\n\n",
    set_name: "set_name($self, value, /)\n--\n\n",
    get_coro: "get_coro($self, /)\n--\n\n",
    __class_getitem__: "See PEP 585",
  },
  "_blake2.blake2b": {
    __doc__:
      "blake2b(data=b'', /, *, digest_size=_blake2.blake2b.MAX_DIGEST_SIZE,\n        key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0,\n        node_offset=0, node_depth=0, inner_size=0, last_node=False,\n        usedforsecurity=True)\n--\n\nReturn a new BLAKE2b hash object.",
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, data, /)\n--\n\nUpdate this hash object's state with the provided bytes-like object.",
  },
  "_blake2.blake2s": {
    __doc__:
      "blake2s(data=b'', /, *, digest_size=_blake2.blake2s.MAX_DIGEST_SIZE,\n        key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0,\n        node_offset=0, node_depth=0, inner_size=0, last_node=False,\n        usedforsecurity=True)\n--\n\nReturn a new BLAKE2s hash object.",
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, data, /)\n--\n\nUpdate this hash object's state with the provided bytes-like object.",
  },
  "_collections._deque_iterator": {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
  },
  "_collections._deque_reverse_iterator": {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
  },
  "_contextvars.Context": {
    get: "get($self, key, default=None, /)\n--\n\nReturn the value for `key` if `key` has the value in the context object.\n\nIf `key` does not exist, return `default`. If `default` is not given,\nreturn None.",
    items:
      "items($self, /)\n--\n\nReturn all variables and their values in the context object.\n\nThe result is returned as a list of 2-tuples (variable, value).",
    keys: "keys($self, /)\n--\n\nReturn a list of all variables in the context object.",
    values: "values($self, /)\n--\n\nReturn a list of all variables' values in the context object.",
    copy: "copy($self, /)\n--\n\nReturn a shallow copy of the context object.",
  },
  "_contextvars.ContextVar": {
    get: "get($self, default=<unrepresentable>, /)\n--\n\nReturn a value for the context variable for the current context.\n\nIf there is no value for the variable in the current context, the method will:\n * return the value of the default argument of the method, if provided; or\n * return the default value for the context variable, if it was created\n   with one; or\n * raise a LookupError.",
    set: "set($self, value, /)\n--\n\nCall to set a new value for the context variable in the current context.\n\nThe required value argument is the new value for the context variable.\n\nReturns a Token object that can be used to restore the variable to its previous\nvalue via the `ContextVar.reset()` method.",
    reset:
      "reset($self, token, /)\n--\n\nReset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\ncreated the token was used.",
    __class_getitem__: "See PEP 585",
  },
  "_contextvars.Token": {
    __class_getitem__: "See PEP 585",
  },
  "_io.BufferedRWPair": {
    __doc__:
      "BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)\n--\n\nA buffered reader and writer object together.\n\nA buffered reader object and buffered writer object put together to\nform a sequential IO object that can read and write. This is typically\nused with a socket or two-way pipe.\n\nreader and writer are RawIOBase objects that are readable and\nwriteable respectively. If the buffer_size is omitted it defaults to\nDEFAULT_BUFFER_SIZE.",
  },
  "_io.BufferedRandom": {
    __doc__:
      "BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\nA buffered interface to random access streams.\n\nThe constructor creates a reader and writer for a seekable stream,\nraw, given in the first argument. If the buffer_size is omitted it\ndefaults to DEFAULT_BUFFER_SIZE.",
    seek: "seek($self, target, whence=0, /)\n--\n\n",
    truncate: "truncate($self, pos=None, /)\n--\n\n",
    read: "read($self, size=-1, /)\n--\n\n",
    read1: "read1($self, size=-1, /)\n--\n\n",
    readinto: "readinto($self, buffer, /)\n--\n\n",
    readinto1: "readinto1($self, buffer, /)\n--\n\n",
    readline: "readline($self, size=-1, /)\n--\n\n",
    peek: "peek($self, size=0, /)\n--\n\n",
    write: "write($self, buffer, /)\n--\n\n",
  },
  "_io.BufferedReader": {
    __doc__:
      "BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\nCreate a new buffered reader using the given readable raw IO object.",
    read: "read($self, size=-1, /)\n--\n\n",
    peek: "peek($self, size=0, /)\n--\n\n",
    read1: "read1($self, size=-1, /)\n--\n\n",
    readinto: "readinto($self, buffer, /)\n--\n\n",
    readinto1: "readinto1($self, buffer, /)\n--\n\n",
    readline: "readline($self, size=-1, /)\n--\n\n",
    seek: "seek($self, target, whence=0, /)\n--\n\n",
    truncate: "truncate($self, pos=None, /)\n--\n\n",
  },
  "_io.BufferedWriter": {
    __doc__:
      "BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\nA buffer for a writeable sequential RawIO object.\n\nThe constructor creates a BufferedWriter for the given writeable raw\nstream. If the buffer_size is not given, it defaults to\nDEFAULT_BUFFER_SIZE.",
    write: "write($self, buffer, /)\n--\n\n",
    truncate: "truncate($self, pos=None, /)\n--\n\n",
    seek: "seek($self, target, whence=0, /)\n--\n\n",
  },
  "_io.BytesIO": {
    __doc__: "BytesIO(initial_bytes=b'')\n--\n\nBuffered I/O implementation using an in-memory bytes buffer.",
    readable: "readable($self, /)\n--\n\nReturns True if the IO object can be read.",
    seekable: "seekable($self, /)\n--\n\nReturns True if the IO object can be seeked.",
    writable: "writable($self, /)\n--\n\nReturns True if the IO object can be written.",
    close: "close($self, /)\n--\n\nDisable all I/O operations.",
    flush: "flush($self, /)\n--\n\nDoes nothing.",
    isatty: "isatty($self, /)\n--\n\nAlways returns False.\n\nBytesIO objects are not connected to a TTY-like device.",
    tell: "tell($self, /)\n--\n\nCurrent file position, an integer.",
    write: "write($self, b, /)\n--\n\nWrite bytes to file.\n\nReturn the number of bytes written.",
    writelines:
      "writelines($self, lines, /)\n--\n\nWrite lines to the file.\n\nNote that newlines are not added.  lines can be any iterable object\nproducing bytes-like objects. This is equivalent to calling write() for\neach element.",
    read1:
      "read1($self, size=-1, /)\n--\n\nRead at most size bytes, returned as a bytes object.\n\nIf the size argument is negative or omitted, read until EOF is reached.\nReturn an empty bytes object at EOF.",
    readinto:
      "readinto($self, buffer, /)\n--\n\nRead bytes into buffer.\n\nReturns number of bytes read (0 for EOF), or None if the object\nis set not to block and has no data to read.",
    readline:
      "readline($self, size=-1, /)\n--\n\nNext line from the file, as a bytes object.\n\nRetain newline.  A non-negative size argument limits the maximum\nnumber of bytes to return (an incomplete line may be returned then).\nReturn an empty bytes object at EOF.",
    readlines:
      "readlines($self, size=None, /)\n--\n\nList of bytes objects, each a line from the file.\n\nCall readline() repeatedly and return a list of the lines so read.\nThe optional size argument, if given, is an approximate bound on the\ntotal number of bytes in the lines returned.",
    read: "read($self, size=-1, /)\n--\n\nRead at most size bytes, returned as a bytes object.\n\nIf the size argument is negative, read until EOF is reached.\nReturn an empty bytes object at EOF.",
    getbuffer: "getbuffer($self, /)\n--\n\nGet a read-write view over the contents of the BytesIO object.",
    getvalue: "getvalue($self, /)\n--\n\nRetrieve the entire contents of the BytesIO object.",
    seek: "seek($self, pos, whence=0, /)\n--\n\nChange stream position.\n\nSeek to byte offset pos relative to position indicated by whence:\n     0  Start of stream (the default).  pos should be >= 0;\n     1  Current position - pos may be negative;\n     2  End of stream - pos usually negative.\nReturns the new absolute position.",
    truncate:
      "truncate($self, size=None, /)\n--\n\nTruncate the file to at most size bytes.\n\nSize defaults to the current file position, as returned by tell().\nThe current file position is unchanged.  Returns the new size.",
    closed: "True if the file is closed.",
  },
  "_io.FileIO": {
    __doc__:
      "FileIO(file, mode='r', closefd=True, opener=None)\n--\n\nOpen a file.\n\nThe mode can be 'r' (default), 'w', 'x' or 'a' for reading,\nwriting, exclusive creation or appending.  The file will be created if it\ndoesn't exist when opened for writing or appending; it will be truncated\nwhen opened for writing.  A FileExistsError will be raised if it already\nexists when opened for creating. Opening a file for creating implies\nwriting so this mode behaves in a similar way to 'w'.Add a '+' to the mode\nto allow simultaneous reading and writing. A custom opener can be used by\npassing a callable as *opener*. The underlying file descriptor for the file\nobject is then obtained by calling opener with (*name*, *flags*).\n*opener* must return an open file descriptor (passing os.open as *opener*\nresults in functionality similar to passing None).",
    read: "read($self, size=-1, /)\n--\n\nRead at most size bytes, returned as bytes.\n\nOnly makes one system call, so less data may be returned than requested.\nIn non-blocking mode, returns None if no data is available.\nReturn an empty bytes object at EOF.",
    readall:
      "readall($self, /)\n--\n\nRead all data from the file, returned as bytes.\n\nIn non-blocking mode, returns as much as is immediately available,\nor None if no data is available.  Return an empty bytes object at EOF.",
    readinto: "readinto($self, buffer, /)\n--\n\nSame as RawIOBase.readinto().",
    write:
      "write($self, b, /)\n--\n\nWrite buffer b to file, return number of bytes written.\n\nOnly makes one system call, so not all of the data may be written.\nThe number of bytes actually written is returned.  In non-blocking mode,\nreturns None if the write would block.",
    seek: "seek($self, pos, whence=0, /)\n--\n\nMove to new file position and return the file position.\n\nArgument offset is a byte count.  Optional argument whence defaults to\nSEEK_SET or 0 (offset from start of file, offset should be >= 0); other values\nare SEEK_CUR or 1 (move relative to current position, positive or negative),\nand SEEK_END or 2 (move relative to end of file, usually negative, although\nmany platforms allow seeking beyond the end of a file).\n\nNote that not all file objects are seekable.",
    tell: "tell($self, /)\n--\n\nCurrent file position.\n\nCan raise OSError for non seekable files.",
    truncate:
      "truncate($self, size=None, /)\n--\n\nTruncate the file to at most size bytes and return the truncated size.\n\nSize defaults to the current file position, as returned by tell().\nThe current file position is changed to the value of size.",
    close:
      "close($self, /)\n--\n\nClose the file.\n\nA closed file cannot be used for further I/O operations.  close() may be\ncalled more than once without error.",
    seekable: "seekable($self, /)\n--\n\nTrue if file supports random-access.",
    readable: "readable($self, /)\n--\n\nTrue if file was opened in a read mode.",
    writable: "writable($self, /)\n--\n\nTrue if file was opened in a write mode.",
    fileno: "fileno($self, /)\n--\n\nReturn the underlying file descriptor (an integer).",
    isatty: "isatty($self, /)\n--\n\nTrue if the file is connected to a TTY device.",
    closed: "True if the file is closed",
    closefd: "True if the file descriptor will be closed by close().",
    mode: "String giving the file mode",
  },
  "_io.IncrementalNewlineDecoder": {
    __doc__:
      "IncrementalNewlineDecoder(decoder, translate, errors='strict')\n--\n\nCodec used when reading a file in universal newlines mode.\n\nIt wraps another incremental decoder, translating \\r\\n and \\r into \\n.\nIt also records the types of newlines encountered.  When used with\ntranslate=False, it ensures that the newline sequence is returned in\none piece. When used with decoder=None, it expects unicode strings as\ndecode input and translates newlines without first invoking an external\ndecoder.",
    decode: "decode($self, /, input, final=False)\n--\n\n",
    getstate: "getstate($self, /)\n--\n\n",
    setstate: "setstate($self, state, /)\n--\n\n",
    reset: "reset($self, /)\n--\n\n",
  },
  "_io.StringIO": {
    __doc__:
      "StringIO(initial_value='', newline='\\n')\n--\n\nText I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of object.  The newline\nargument is like the one of TextIOWrapper's constructor.",
    close:
      "close($self, /)\n--\n\nClose the IO object.\n\nAttempting any further operation after the object is closed\nwill raise a ValueError.\n\nThis method has no effect if the file is already closed.",
    getvalue: "getvalue($self, /)\n--\n\nRetrieve the entire contents of the object.",
    read: "read($self, size=-1, /)\n--\n\nRead at most size characters, returned as a string.\n\nIf the argument is negative or omitted, read until EOF\nis reached. Return an empty string at EOF.",
    readline:
      "readline($self, size=-1, /)\n--\n\nRead until newline or EOF.\n\nReturns an empty string if EOF is hit immediately.",
    tell: "tell($self, /)\n--\n\nTell the current file position.",
    truncate:
      "truncate($self, pos=None, /)\n--\n\nTruncate size to pos.\n\nThe pos argument defaults to the current file position, as\nreturned by tell().  The current file position is unchanged.\nReturns the new absolute position.",
    seek: "seek($self, pos, whence=0, /)\n--\n\nChange stream position.\n\nSeek to character offset pos relative to position indicated by whence:\n    0  Start of stream (the default).  pos should be >= 0;\n    1  Current position - pos must be 0;\n    2  End of stream - pos must be 0.\nReturns the new absolute position.",
    write:
      "write($self, s, /)\n--\n\nWrite string to file.\n\nReturns the number of characters written, which is always equal to\nthe length of the string.",
    seekable: "seekable($self, /)\n--\n\nReturns True if the IO object can be seeked.",
    readable: "readable($self, /)\n--\n\nReturns True if the IO object can be read.",
    writable: "writable($self, /)\n--\n\nReturns True if the IO object can be written.",
  },
  "_io.TextIOWrapper": {
    __doc__:
      "TextIOWrapper(buffer, encoding=None, errors=None, newline=None,\n              line_buffering=False, write_through=False)\n--\n\nCharacter and line based layer over a BufferedIOBase object, buffer.\n\nencoding gives the name of the encoding that the stream will be\ndecoded or encoded with. It defaults to locale.getencoding().\n\nerrors determines the strictness of encoding and decoding (see\nhelp(codecs.Codec) or the documentation for codecs.register) and\ndefaults to \"strict\".\n\nnewline controls how line endings are handled. It can be None, '',\n'\\n', '\\r', and '\\r\\n'.  It works as follows:\n\n* On input, if newline is None, universal newlines mode is\n  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n  endings are returned to the caller untranslated. If it has any of\n  the other legal values, input lines are only terminated by the given\n  string, and the line ending is returned to the caller untranslated.\n\n* On output, if newline is None, any '\\n' characters written are\n  translated to the system default line separator, os.linesep. If\n  newline is '' or '\\n', no translation takes place. If newline is any\n  of the other legal values, any '\\n' characters written are translated\n  to the given string.\n\nIf line_buffering is True, a call to flush is implied when a call to\nwrite contains a newline character.",
    detach: "detach($self, /)\n--\n\n",
    reconfigure:
      "reconfigure($self, /, *, encoding=None, errors=None, newline=None,\n            line_buffering=None, write_through=None)\n--\n\nReconfigure the text stream with new parameters.\n\nThis also does an implicit stream flush.",
    write: "write($self, text, /)\n--\n\n",
    read: "read($self, size=-1, /)\n--\n\n",
    readline: "readline($self, size=-1, /)\n--\n\n",
    flush: "flush($self, /)\n--\n\n",
    close: "close($self, /)\n--\n\n",
    fileno: "fileno($self, /)\n--\n\n",
    seekable: "seekable($self, /)\n--\n\n",
    readable: "readable($self, /)\n--\n\n",
    writable: "writable($self, /)\n--\n\n",
    isatty: "isatty($self, /)\n--\n\n",
    seek: "seek($self, cookie, whence=os.SEEK_SET, /)\n--\n\nSet the stream position, and return the new stream position.\n\n  cookie\n    Zero or an opaque number returned by tell().\n  whence\n    The relative position to seek from.\n\nFour operations are supported, given by the following argument\ncombinations:\n\n- seek(0, SEEK_SET): Rewind to the start of the stream.\n- seek(cookie, SEEK_SET): Restore a previous position;\n  'cookie' must be a number returned by tell().\n- seek(0, SEEK_END): Fast-forward to the end of the stream.\n- seek(0, SEEK_CUR): Leave the current stream position unchanged.\n\nAny other argument combinations are invalid,\nand may raise exceptions.",
    tell: "tell($self, /)\n--\n\nReturn the stream position as an opaque number.\n\nThe return value of tell() can be given as input to seek(), to restore a\nprevious stream position.",
    truncate: "truncate($self, pos=None, /)\n--\n\n",
  },
  "_io._BufferedIOBase": {
    __doc__:
      "Base class for buffered IO objects.\n\nThe main difference with RawIOBase is that the read() method\nsupports omitting the size argument, and does not have a default\nimplementation that defers to readinto().\n\nIn addition, read(), readinto() and write() may raise\nBlockingIOError if the underlying raw stream is in non-blocking\nmode and not ready; unlike their raw counterparts, they will never\nreturn None.\n\nA typical implementation should not inherit from a RawIOBase\nimplementation, but wrap one.\n",
    detach:
      "detach($self, /)\n--\n\nDisconnect this buffer from its underlying raw stream and return it.\n\nAfter the raw stream has been detached, the buffer is in an unusable\nstate.",
    read: "Read and return up to n bytes.\n\nIf the argument is omitted, None, or negative, reads and\nreturns all data until EOF.\n\nIf the argument is positive, and the underlying raw stream is\nnot 'interactive', multiple raw reads may be issued to satisfy\nthe byte count (unless EOF is reached first).  But for\ninteractive raw streams (as well as sockets and pipes), at most\none raw read will be issued, and a short result does not imply\nthat EOF is imminent.\n\nReturns an empty bytes object on EOF.\n\nReturns None if the underlying raw stream was open in non-blocking\nmode and no data is available at the moment.\n",
    read1:
      "Read and return up to n bytes, with at most one read() call\nto the underlying raw stream. A short result does not imply\nthat EOF is imminent.\n\nReturns an empty bytes object on EOF.\n",
    readinto: "readinto($self, buffer, /)\n--\n\n",
    readinto1: "readinto1($self, buffer, /)\n--\n\n",
    write:
      "Write the given buffer to the IO stream.\n\nReturns the number of bytes written, which is always the length of b\nin bytes.\n\nRaises BlockingIOError if the buffer is full and the\nunderlying raw stream cannot accept more data at the moment.\n",
  },
  "_io._IOBase": {
    __doc__:
      "The abstract base class for all I/O classes.\n\nThis class provides dummy implementations for many methods that\nderived classes can override selectively; the default implementations\nrepresent a file that cannot be read, written or seeked.\n\nEven though IOBase does not declare read, readinto, or write because\ntheir signatures will vary, implementations and clients should\nconsider those methods part of the interface. Also, implementations\nmay raise UnsupportedOperation when operations they do not support are\ncalled.\n\nThe basic type used for binary data read from or written to a file is\nbytes. Other bytes-like objects are accepted as method arguments too.\nIn some cases (such as readinto), a writable object is required. Text\nI/O classes work with str data.\n\nNote that calling any method (except additional calls to close(),\nwhich are ignored) on a closed stream should raise a ValueError.\n\nIOBase (and its subclasses) support the iterator protocol, meaning\nthat an IOBase object can be iterated over yielding the lines in a\nstream.\n\nIOBase also supports the :keyword:`with` statement. In this example,\nfp is closed after the suite of the with statement is complete:\n\nwith open('spam.txt', 'r') as fp:\n    fp.write('Spam and eggs!')\n",
    seek: "seek($self, offset, whence=os.SEEK_SET, /)\n--\n\nChange the stream position to the given byte offset.\n\n  offset\n    The stream position, relative to 'whence'.\n  whence\n    The relative position to seek from.\n\nThe offset is interpreted relative to the position indicated by whence.\nValues for whence are:\n\n* os.SEEK_SET or 0 -- start of stream (the default); offset should be zero or positive\n* os.SEEK_CUR or 1 -- current stream position; offset may be negative\n* os.SEEK_END or 2 -- end of stream; offset is usually negative\n\nReturn the new absolute position.",
    tell: "tell($self, /)\n--\n\nReturn current stream position.",
    truncate:
      "Truncate file to size bytes.\n\nFile pointer is left unchanged.  Size defaults to the current IO\nposition as reported by tell().  Returns the new size.",
    flush:
      "flush($self, /)\n--\n\nFlush write buffers, if applicable.\n\nThis is not implemented for read-only and non-blocking streams.",
    close:
      "close($self, /)\n--\n\nFlush and close the IO object.\n\nThis method has no effect if the file is already closed.",
    seekable:
      "seekable($self, /)\n--\n\nReturn whether object supports random access.\n\nIf False, seek(), tell() and truncate() will raise OSError.\nThis method may need to do a test seek().",
    readable:
      "readable($self, /)\n--\n\nReturn whether object was opened for reading.\n\nIf False, read() will raise OSError.",
    writable:
      "writable($self, /)\n--\n\nReturn whether object was opened for writing.\n\nIf False, write() will raise OSError.",
    fileno:
      "fileno($self, /)\n--\n\nReturns underlying file descriptor if one exists.\n\nOSError is raised if the IO object does not use a file descriptor.",
    isatty:
      "isatty($self, /)\n--\n\nReturn whether this is an 'interactive' stream.\n\nReturn False if it can't be determined.",
    readline:
      "readline($self, size=-1, /)\n--\n\nRead and return a line from the stream.\n\nIf size is specified, at most size bytes will be read.\n\nThe line terminator is always b'\\n' for binary files; for text\nfiles, the newlines argument to open can be used to select the line\nterminator(s) recognized.",
    readlines:
      "readlines($self, hint=-1, /)\n--\n\nReturn a list of lines from the stream.\n\nhint can be specified to control the number of lines read: no more\nlines will be read if the total size (in bytes/characters) of all\nlines so far exceeds hint.",
    writelines:
      "writelines($self, lines, /)\n--\n\nWrite a list of lines to stream.\n\nLine separators are not added, so it is usual for each of the\nlines provided to have a line separator at the end.",
  },
  "_io._RawIOBase": {
    __doc__: "Base class for raw binary I/O.",
    read: "read($self, size=-1, /)\n--\n\n",
    readall: "readall($self, /)\n--\n\nRead until EOF, using multiple read() call.",
  },
  "_io._TextIOBase": {
    __doc__:
      "Base class for text I/O.\n\nThis class provides a character and line based interface to stream\nI/O. There is no readinto method because Python's character strings\nare immutable.\n",
    detach:
      "Separate the underlying buffer from the TextIOBase and return it.\n\nAfter the underlying buffer has been detached, the TextIO is in an\nunusable state.\n",
    read: "Read at most n characters from stream.\n\nRead from underlying buffer until we have n characters or we hit EOF.\nIf n is negative or omitted, read until EOF.\n",
    readline: "Read until newline or EOF.\n\nReturns an empty string if EOF is hit immediately.\n",
    write:
      "Write string to stream.\nReturns the number of characters written (which is always equal to\nthe length of the string).\n",
    encoding: "Encoding of the text stream.\n\nSubclasses should override.\n",
    newlines:
      "Line endings translated so far.\n\nOnly line endings translated during reading are considered.\n\nSubclasses should override.\n",
    errors: "The error setting of the decoder or encoder.\n\nSubclasses should override.\n",
  },
  "_md5.md5": {
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string.",
  },
  "_random.Random": {
    __doc__: "Random() -> create a random number generator with its own internal state.",
    random: "random($self, /)\n--\n\nrandom() -> x in the interval [0, 1).",
    seed: "seed($self, n=None, /)\n--\n\nseed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.",
    getstate: "getstate($self, /)\n--\n\ngetstate() -> tuple containing the current state.",
    setstate: "setstate($self, state, /)\n--\n\nsetstate(state) -> None.  Restores generator state.",
    getrandbits: "getrandbits($self, k, /)\n--\n\ngetrandbits(k) -> x.  Generates an int with k random bits.",
  },
  "_sha1.sha1": {
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string.",
  },
  "_sha256.sha224": {
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string.",
  },
  "_sha256.sha256": {
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string.",
  },
  "_sha3.sha3_224": {
    __doc__:
      "sha3_224([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 28 bytes.",
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, data, /)\n--\n\nUpdate this hash object's state with the provided bytes-like object.",
  },
  "_sha3.sha3_256": {
    __doc__:
      "sha3_256([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 32 bytes.",
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, data, /)\n--\n\nUpdate this hash object's state with the provided bytes-like object.",
  },
  "_sha3.sha3_384": {
    __doc__:
      "sha3_384([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 48 bytes.",
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, data, /)\n--\n\nUpdate this hash object's state with the provided bytes-like object.",
  },
  "_sha3.sha3_512": {
    __doc__:
      "sha3_512([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 64 bytes.",
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, data, /)\n--\n\nUpdate this hash object's state with the provided bytes-like object.",
  },
  "_sha3.shake_128": {
    __doc__: "shake_128([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.",
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, length, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, length, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, data, /)\n--\n\nUpdate this hash object's state with the provided bytes-like object.",
  },
  "_sha3.shake_256": {
    __doc__: "shake_256([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.",
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, length, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, length, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, data, /)\n--\n\nUpdate this hash object's state with the provided bytes-like object.",
  },
  "_sha512.sha384": {
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string.",
  },
  "_sha512.sha512": {
    copy: "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    digest: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    hexdigest: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    update: "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string.",
  },
  "_sre.SRE_Scanner": {
    match: "match($self, /)\n--\n\n",
    search: "search($self, /)\n--\n\n",
  },
  "_struct.Struct": {
    __doc__: "Struct(fmt) --> compiled struct object\n\n",
    iter_unpack:
      "iter_unpack($self, buffer, /)\n--\n\nReturn an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.",
    pack: "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.",
    pack_into:
      "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings.",
    unpack:
      "unpack($self, buffer, /)\n--\n\nReturn a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings.",
    unpack_from:
      "unpack_from($self, /, buffer, offset=0)\n--\n\nReturn a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\nSee help(struct) for more on format strings.",
    __sizeof__: "S.__sizeof__() -> size of S in memory, in bytes",
    format: "struct format string",
    size: "struct size in bytes",
  },
  "_thread.RLock": {
    acquire:
      "acquire(blocking=True) -> bool\n\nLock the lock.  `blocking` indicates whether we should wait\nfor the lock to be available or not.  If `blocking` is False\nand another thread holds the lock, the method will return False\nimmediately.  If `blocking` is True and another thread holds\nthe lock, the method will wait for the lock to be released,\ntake it and then return True.\n(note: the blocking operation is interruptible.)\n\nIn all other cases, the method will return True immediately.\nPrecisely, if the current thread already holds the lock, its\ninternal counter is simply incremented. If nobody holds the lock,\nthe lock is taken and its internal counter initialized to 1.",
    release:
      "release()\n\nRelease the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nand must be locked by the same thread that unlocks it; otherwise a\n`RuntimeError` is raised.\n\nDo note that if the lock was acquire()d several times in a row by the\ncurrent thread, release() needs to be called as many times for the lock\nto be available for other threads.",
    _is_owned: "_is_owned() -> bool\n\nFor internal use by `threading.Condition`.",
    _acquire_restore: "_acquire_restore(state) -> None\n\nFor internal use by `threading.Condition`.",
    _release_save: "_release_save() -> tuple\n\nFor internal use by `threading.Condition`.",
    _recursion_count: "_recursion_count() -> int\n\nFor internal use by reentrancy checks.",
    __enter__:
      "acquire(blocking=True) -> bool\n\nLock the lock.  `blocking` indicates whether we should wait\nfor the lock to be available or not.  If `blocking` is False\nand another thread holds the lock, the method will return False\nimmediately.  If `blocking` is True and another thread holds\nthe lock, the method will wait for the lock to be released,\ntake it and then return True.\n(note: the blocking operation is interruptible.)\n\nIn all other cases, the method will return True immediately.\nPrecisely, if the current thread already holds the lock, its\ninternal counter is simply incremented. If nobody holds the lock,\nthe lock is taken and its internal counter initialized to 1.",
    __exit__:
      "release()\n\nRelease the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nand must be locked by the same thread that unlocks it; otherwise a\n`RuntimeError` is raised.\n\nDo note that if the lock was acquire()d several times in a row by the\ncurrent thread, release() needs to be called as many times for the lock\nto be available for other threads.",
  },
  "_thread._ExceptHookArgs": {
    __doc__: "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
    exc_type: "Exception type",
    exc_value: "Exception value",
    exc_traceback: "Exception traceback",
    thread: "Thread",
  },
  "_thread._local": {
    __doc__: "Thread-local data",
  },
  "_thread._localdummy": {
    __doc__: "Thread-local dummy",
  },
  "_thread.lock": {
    __doc__:
      "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue.",
    acquire_lock:
      "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)\n\nLock the lock.  Without argument, this blocks if the lock is already\nlocked (even by the same thread), waiting for another thread to release\nthe lock, and return True once the lock is acquired.\nWith an argument, this will only block if the argument is true,\nand the return value reflects whether the lock is acquired.\nThe blocking operation is interruptible.",
    acquire:
      "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)\n\nLock the lock.  Without argument, this blocks if the lock is already\nlocked (even by the same thread), waiting for another thread to release\nthe lock, and return True once the lock is acquired.\nWith an argument, this will only block if the argument is true,\nand the return value reflects whether the lock is acquired.\nThe blocking operation is interruptible.",
    release_lock:
      "release()\n(release_lock() is an obsolete synonym)\n\nRelease the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nbut it needn't be locked by the same thread that unlocks it.",
    release:
      "release()\n(release_lock() is an obsolete synonym)\n\nRelease the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nbut it needn't be locked by the same thread that unlocks it.",
    locked_lock:
      "locked() -> bool\n(locked_lock() is an obsolete synonym)\n\nReturn whether the lock is in the locked state.",
    locked:
      "locked() -> bool\n(locked_lock() is an obsolete synonym)\n\nReturn whether the lock is in the locked state.",
    __enter__:
      "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)\n\nLock the lock.  Without argument, this blocks if the lock is already\nlocked (even by the same thread), waiting for another thread to release\nthe lock, and return True once the lock is acquired.\nWith an argument, this will only block if the argument is true,\nand the return value reflects whether the lock is acquired.\nThe blocking operation is interruptible.",
    __exit__:
      "release()\n(release_lock() is an obsolete synonym)\n\nRelease the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nbut it needn't be locked by the same thread that unlocks it.",
  },
  anext_awaitable: {
    send: "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration.",
    throw:
      "throw(typ[,val[,tb]]) -> raise exception in the wrapped iterator,\nreturn next yielded value or raise StopIteration.",
    close: "close() -> raise GeneratorExit inside generator.",
  },
  "array.array": {
    __doc__:
      "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.\nThe following type codes are defined:\n\n    Type code   C Type             Minimum size in bytes\n    'b'         signed integer     1\n    'B'         unsigned integer   1\n    'u'         Unicode character  2 (see note)\n    'h'         signed integer     2\n    'H'         unsigned integer   2\n    'i'         signed integer     2\n    'I'         unsigned integer   2\n    'l'         signed integer     4\n    'L'         unsigned integer   4\n    'q'         signed integer     8 (see note)\n    'Q'         unsigned integer   8 (see note)\n    'f'         floating point     4\n    'd'         floating point     8\n\nNOTE: The 'u' typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes on wide builds this is 4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the platform\nC compiler used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\nMethods:\n\nappend() -- append a new item to the end of the array\nbuffer_info() -- return information giving the current memory info\nbyteswap() -- byteswap all the items of the array\ncount() -- return number of occurrences of an object\nextend() -- extend array by appending multiple elements from an iterable\nfromfile() -- read items from a file object\nfromlist() -- append items from the list\nfrombytes() -- append items from the string\nindex() -- return index of first occurrence of an object\ninsert() -- insert a new item into the array at a provided position\npop() -- remove and return item (default last)\nremove() -- remove first occurrence of an object\nreverse() -- reverse the order of the items in the array\ntofile() -- write all items to a file object\ntolist() -- return the array converted to an ordinary list\ntobytes() -- return the array converted to a string\n\nAttributes:\n\ntypecode -- the typecode character used to create the array\nitemsize -- the length in bytes of one array item\n",
    append: "append($self, v, /)\n--\n\nAppend new value v to the end of the array.",
    buffer_info:
      "buffer_info($self, /)\n--\n\nReturn a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.\n\nThe length should be multiplied by the itemsize attribute to calculate\nthe buffer length in bytes.",
    byteswap:
      "byteswap($self, /)\n--\n\nByteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\nraised.",
    __copy__: "__copy__($self, /)\n--\n\nReturn a copy of the array.",
    count: "count($self, v, /)\n--\n\nReturn number of occurrences of v in the array.",
    __deepcopy__: "__deepcopy__($self, unused, /)\n--\n\nReturn a copy of the array.",
    extend: "extend($self, bb, /)\n--\n\nAppend items to the end of the array.",
    fromfile:
      "fromfile($self, f, n, /)\n--\n\nRead n objects from the file object f and append them to the end of the array.",
    fromlist: "fromlist($self, list, /)\n--\n\nAppend items to array from list.",
    frombytes:
      "frombytes($self, buffer, /)\n--\n\nAppends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method.",
    fromunicode:
      "fromunicode($self, ustr, /)\n--\n\nExtends this array with data from the unicode string ustr.\n\nThe array must be a unicode type array; otherwise a ValueError is raised.\nUse array.frombytes(ustr.encode(...)) to append Unicode data to an array of\nsome other type.",
    index:
      "index($self, v, start=0, stop=sys.maxsize, /)\n--\n\nReturn index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present.",
    insert: "insert($self, i, v, /)\n--\n\nInsert a new item v into the array before position i.",
    pop: "pop($self, i=-1, /)\n--\n\nReturn the i-th element and delete it from the array.\n\ni defaults to -1.",
    __reduce_ex__: "__reduce_ex__($self, value, /)\n--\n\nReturn state information for pickling.",
    remove: "remove($self, v, /)\n--\n\nRemove the first occurrence of v in the array.",
    reverse: "reverse($self, /)\n--\n\nReverse the order of the items in the array.",
    tofile: "tofile($self, f, /)\n--\n\nWrite all items (as machine values) to the file object f.",
    tolist: "tolist($self, /)\n--\n\nConvert array to an ordinary list with the same items.",
    tobytes:
      "tobytes($self, /)\n--\n\nConvert the array to an array of machine values and return the bytes representation.",
    tounicode:
      "tounicode($self, /)\n--\n\nExtends this array with data from the unicode string ustr.\n\nConvert the array to a unicode string.  The array must be a unicode type array;\notherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a\nunicode string from an array of some other type.",
    __sizeof__: "__sizeof__($self, /)\n--\n\nSize of the array in memory, in bytes.",
    typecode: "the typecode character used to create the array",
    itemsize: "the size, in bytes, of one array item",
  },
  "array.arrayiterator": {
    __reduce__: "__reduce__($self, /)\n--\n\nReturn state information for pickling.",
    __setstate__: "__setstate__($self, state, /)\n--\n\nSet state information for unpickling.",
  },
  "ast.Add": {
    __doc__: "Add",
  },
  "ast.And": {
    __doc__: "And",
  },
  "ast.AnnAssign": {
    __doc__: "AnnAssign(expr target, expr annotation, expr? value, int simple)",
  },
  "ast.Assert": {
    __doc__: "Assert(expr test, expr? msg)",
  },
  "ast.Assign": {
    __doc__: "Assign(expr* targets, expr value, string? type_comment)",
  },
  "ast.AsyncFor": {
    __doc__: "AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
  },
  "ast.AsyncFunctionDef": {
    __doc__:
      "AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
  },
  "ast.AsyncWith": {
    __doc__: "AsyncWith(withitem* items, stmt* body, string? type_comment)",
  },
  "ast.Attribute": {
    __doc__: "Attribute(expr value, identifier attr, expr_context ctx)",
  },
  "ast.AugAssign": {
    __doc__: "AugAssign(expr target, operator op, expr value)",
  },
  "ast.AugLoad": {
    __doc__: "Deprecated AST node class.  Unused in Python 3.",
  },
  "ast.AugStore": {
    __doc__: "Deprecated AST node class.  Unused in Python 3.",
  },
  "ast.Await": {
    __doc__: "Await(expr value)",
  },
  "ast.BinOp": {
    __doc__: "BinOp(expr left, operator op, expr right)",
  },
  "ast.BitAnd": {
    __doc__: "BitAnd",
  },
  "ast.BitOr": {
    __doc__: "BitOr",
  },
  "ast.BitXor": {
    __doc__: "BitXor",
  },
  "ast.BoolOp": {
    __doc__: "BoolOp(boolop op, expr* values)",
  },
  "ast.Break": {
    __doc__: "Break",
  },
  "ast.Call": {
    __doc__: "Call(expr func, expr* args, keyword* keywords)",
  },
  "ast.ClassDef": {
    __doc__: "ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)",
  },
  "ast.Compare": {
    __doc__: "Compare(expr left, cmpop* ops, expr* comparators)",
  },
  "ast.Continue": {
    __doc__: "Continue",
  },
  "ast.Del": {
    __doc__: "Del",
  },
  "ast.Delete": {
    __doc__: "Delete(expr* targets)",
  },
  "ast.Dict": {
    __doc__: "Dict(expr* keys, expr* values)",
  },
  "ast.DictComp": {
    __doc__: "DictComp(expr key, expr value, comprehension* generators)",
  },
  "ast.Div": {
    __doc__: "Div",
  },
  "ast.Eq": {
    __doc__: "Eq",
  },
  "ast.ExceptHandler": {
    __doc__: "ExceptHandler(expr? type, identifier? name, stmt* body)",
  },
  "ast.Expr": {
    __doc__: "Expr(expr value)",
  },
  "ast.Expression": {
    __doc__: "Expression(expr body)",
  },
  "ast.FloorDiv": {
    __doc__: "FloorDiv",
  },
  "ast.For": {
    __doc__: "For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
  },
  "ast.FormattedValue": {
    __doc__: "FormattedValue(expr value, int conversion, expr? format_spec)",
  },
  "ast.FunctionDef": {
    __doc__:
      "FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
  },
  "ast.FunctionType": {
    __doc__: "FunctionType(expr* argtypes, expr returns)",
  },
  "ast.GeneratorExp": {
    __doc__: "GeneratorExp(expr elt, comprehension* generators)",
  },
  "ast.Global": {
    __doc__: "Global(identifier* names)",
  },
  "ast.Gt": {
    __doc__: "Gt",
  },
  "ast.GtE": {
    __doc__: "GtE",
  },
  "ast.If": {
    __doc__: "If(expr test, stmt* body, stmt* orelse)",
  },
  "ast.IfExp": {
    __doc__: "IfExp(expr test, expr body, expr orelse)",
  },
  "ast.Import": {
    __doc__: "Import(alias* names)",
  },
  "ast.ImportFrom": {
    __doc__: "ImportFrom(identifier? module, alias* names, int? level)",
  },
  "ast.In": {
    __doc__: "In",
  },
  "ast.Interactive": {
    __doc__: "Interactive(stmt* body)",
  },
  "ast.Invert": {
    __doc__: "Invert",
  },
  "ast.Is": {
    __doc__: "Is",
  },
  "ast.IsNot": {
    __doc__: "IsNot",
  },
  "ast.JoinedStr": {
    __doc__: "JoinedStr(expr* values)",
  },
  "ast.LShift": {
    __doc__: "LShift",
  },
  "ast.Lambda": {
    __doc__: "Lambda(arguments args, expr body)",
  },
  "ast.List": {
    __doc__: "List(expr* elts, expr_context ctx)",
  },
  "ast.ListComp": {
    __doc__: "ListComp(expr elt, comprehension* generators)",
  },
  "ast.Load": {
    __doc__: "Load",
  },
  "ast.Lt": {
    __doc__: "Lt",
  },
  "ast.LtE": {
    __doc__: "LtE",
  },
  "ast.MatMult": {
    __doc__: "MatMult",
  },
  "ast.Match": {
    __doc__: "Match(expr subject, match_case* cases)",
  },
  "ast.MatchAs": {
    __doc__: "MatchAs(pattern? pattern, identifier? name)",
  },
  "ast.MatchClass": {
    __doc__: "MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)",
  },
  "ast.MatchMapping": {
    __doc__: "MatchMapping(expr* keys, pattern* patterns, identifier? rest)",
  },
  "ast.MatchOr": {
    __doc__: "MatchOr(pattern* patterns)",
  },
  "ast.MatchSequence": {
    __doc__: "MatchSequence(pattern* patterns)",
  },
  "ast.MatchSingleton": {
    __doc__: "MatchSingleton(constant value)",
  },
  "ast.MatchStar": {
    __doc__: "MatchStar(identifier? name)",
  },
  "ast.MatchValue": {
    __doc__: "MatchValue(expr value)",
  },
  "ast.Mod": {
    __doc__: "Mod",
  },
  "ast.Module": {
    __doc__: "Module(stmt* body, type_ignore* type_ignores)",
  },
  "ast.Mult": {
    __doc__: "Mult",
  },
  "ast.Name": {
    __doc__: "Name(identifier id, expr_context ctx)",
  },
  "ast.NamedExpr": {
    __doc__: "NamedExpr(expr target, expr value)",
  },
  "ast.Nonlocal": {
    __doc__: "Nonlocal(identifier* names)",
  },
  "ast.Not": {
    __doc__: "Not",
  },
  "ast.NotEq": {
    __doc__: "NotEq",
  },
  "ast.NotIn": {
    __doc__: "NotIn",
  },
  "ast.Or": {
    __doc__: "Or",
  },
  "ast.Param": {
    __doc__: "Deprecated AST node class.  Unused in Python 3.",
  },
  "ast.Pass": {
    __doc__: "Pass",
  },
  "ast.Pow": {
    __doc__: "Pow",
  },
  "ast.RShift": {
    __doc__: "RShift",
  },
  "ast.Raise": {
    __doc__: "Raise(expr? exc, expr? cause)",
  },
  "ast.Return": {
    __doc__: "Return(expr? value)",
  },
  "ast.Set": {
    __doc__: "Set(expr* elts)",
  },
  "ast.SetComp": {
    __doc__: "SetComp(expr elt, comprehension* generators)",
  },
  "ast.Slice": {
    __doc__: "Slice(expr? lower, expr? upper, expr? step)",
  },
  "ast.Starred": {
    __doc__: "Starred(expr value, expr_context ctx)",
  },
  "ast.Store": {
    __doc__: "Store",
  },
  "ast.Sub": {
    __doc__: "Sub",
  },
  "ast.Subscript": {
    __doc__: "Subscript(expr value, expr slice, expr_context ctx)",
  },
  "ast.Suite": {
    __doc__: "Deprecated AST node class.  Unused in Python 3.",
  },
  "ast.Try": {
    __doc__: "Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
  },
  "ast.TryStar": {
    __doc__: "TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
  },
  "ast.TypeIgnore": {
    __doc__: "TypeIgnore(int lineno, string tag)",
  },
  "ast.UAdd": {
    __doc__: "UAdd",
  },
  "ast.USub": {
    __doc__: "USub",
  },
  "ast.UnaryOp": {
    __doc__: "UnaryOp(unaryop op, expr operand)",
  },
  "ast.While": {
    __doc__: "While(expr test, stmt* body, stmt* orelse)",
  },
  "ast.With": {
    __doc__: "With(withitem* items, stmt* body, string? type_comment)",
  },
  "ast.Yield": {
    __doc__: "Yield(expr? value)",
  },
  "ast.YieldFrom": {
    __doc__: "YieldFrom(expr value)",
  },
  "ast.alias": {
    __doc__: "alias(identifier name, identifier? asname)",
    __weakref__: "list of weak references to the object",
  },
  "ast.arg": {
    __doc__: "arg(identifier arg, expr? annotation, string? type_comment)",
    __weakref__: "list of weak references to the object",
  },
  "ast.arguments": {
    __doc__:
      "arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)",
    __weakref__: "list of weak references to the object",
  },
  "ast.boolop": {
    __doc__: "boolop = And | Or",
    __weakref__: "list of weak references to the object",
  },
  "ast.cmpop": {
    __doc__: "cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn",
    __weakref__: "list of weak references to the object",
  },
  "ast.comprehension": {
    __doc__: "comprehension(expr target, expr iter, expr* ifs, int is_async)",
    __weakref__: "list of weak references to the object",
  },
  "ast.excepthandler": {
    __doc__: "excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)",
    __weakref__: "list of weak references to the object",
  },
  "ast.expr": {
    __doc__:
      "expr = BoolOp(boolop op, expr* values)\n     | NamedExpr(expr target, expr value)\n     | BinOp(expr left, operator op, expr right)\n     | UnaryOp(unaryop op, expr operand)\n     | Lambda(arguments args, expr body)\n     | IfExp(expr test, expr body, expr orelse)\n     | Dict(expr* keys, expr* values)\n     | Set(expr* elts)\n     | ListComp(expr elt, comprehension* generators)\n     | SetComp(expr elt, comprehension* generators)\n     | DictComp(expr key, expr value, comprehension* generators)\n     | GeneratorExp(expr elt, comprehension* generators)\n     | Await(expr value)\n     | Yield(expr? value)\n     | YieldFrom(expr value)\n     | Compare(expr left, cmpop* ops, expr* comparators)\n     | Call(expr func, expr* args, keyword* keywords)\n     | FormattedValue(expr value, int conversion, expr? format_spec)\n     | JoinedStr(expr* values)\n     | Constant(constant value, string? kind)\n     | Attribute(expr value, identifier attr, expr_context ctx)\n     | Subscript(expr value, expr slice, expr_context ctx)\n     | Starred(expr value, expr_context ctx)\n     | Name(identifier id, expr_context ctx)\n     | List(expr* elts, expr_context ctx)\n     | Tuple(expr* elts, expr_context ctx)\n     | Slice(expr? lower, expr? upper, expr? step)",
    __weakref__: "list of weak references to the object",
  },
  "ast.expr_context": {
    __doc__: "expr_context = Load | Store | Del",
    __weakref__: "list of weak references to the object",
  },
  "ast.keyword": {
    __doc__: "keyword(identifier? arg, expr value)",
    __weakref__: "list of weak references to the object",
  },
  "ast.match_case": {
    __doc__: "match_case(pattern pattern, expr? guard, stmt* body)",
    __weakref__: "list of weak references to the object",
  },
  "ast.mod": {
    __doc__:
      "mod = Module(stmt* body, type_ignore* type_ignores)\n    | Interactive(stmt* body)\n    | Expression(expr body)\n    | FunctionType(expr* argtypes, expr returns)",
    __weakref__: "list of weak references to the object",
  },
  "ast.operator": {
    __doc__:
      "operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv",
    __weakref__: "list of weak references to the object",
  },
  "ast.pattern": {
    __doc__:
      "pattern = MatchValue(expr value)\n        | MatchSingleton(constant value)\n        | MatchSequence(pattern* patterns)\n        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)\n        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)\n        | MatchStar(identifier? name)\n        | MatchAs(pattern? pattern, identifier? name)\n        | MatchOr(pattern* patterns)",
    __weakref__: "list of weak references to the object",
  },
  "ast.slice": {
    __doc__: "Deprecated AST node class.",
    __weakref__: "list of weak references to the object",
  },
  "ast.stmt": {
    __doc__:
      "stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)\n     | Return(expr? value)\n     | Delete(expr* targets)\n     | Assign(expr* targets, expr value, string? type_comment)\n     | AugAssign(expr target, operator op, expr value)\n     | AnnAssign(expr target, expr annotation, expr? value, int simple)\n     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | While(expr test, stmt* body, stmt* orelse)\n     | If(expr test, stmt* body, stmt* orelse)\n     | With(withitem* items, stmt* body, string? type_comment)\n     | AsyncWith(withitem* items, stmt* body, string? type_comment)\n     | Match(expr subject, match_case* cases)\n     | Raise(expr? exc, expr? cause)\n     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | Assert(expr test, expr? msg)\n     | Import(alias* names)\n     | ImportFrom(identifier? module, alias* names, int? level)\n     | Global(identifier* names)\n     | Nonlocal(identifier* names)\n     | Expr(expr value)\n     | Pass\n     | Break\n     | Continue",
    __weakref__: "list of weak references to the object",
  },
  "ast.type_ignore": {
    __doc__: "type_ignore = TypeIgnore(int lineno, string tag)",
    __weakref__: "list of weak references to the object",
  },
  "ast.unaryop": {
    __doc__: "unaryop = Invert | Not | UAdd | USub",
    __weakref__: "list of weak references to the object",
  },
  "ast.withitem": {
    __doc__: "withitem(expr context_expr, expr? optional_vars)",
    __weakref__: "list of weak references to the object",
  },
  async_generator: {
    asend: "asend(v) -> send 'v' in generator.",
    athrow: "athrow(typ[,val[,tb]]) -> raise exception in generator.",
    aclose: "aclose() -> raise GeneratorExit inside generator.",
    __sizeof__: "gen.__sizeof__() -> size of gen in memory, in bytes",
    __class_getitem__: "See PEP 585",
    __name__: "name of the async generator",
    __qualname__: "qualified name of the async generator",
    ag_await: "object being awaited on, or None",
  },
  async_generator_asend: {
    send: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.",
    throw:
      "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.",
    close: "close() -> raise GeneratorExit inside generator.",
  },
  async_generator_athrow: {
    send: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.",
    throw:
      "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.",
    close: "close() -> raise GeneratorExit inside generator.",
  },
  asyncgen_hooks: {
    __doc__:
      "asyncgen_hooks\n\nA named tuple providing information about asynchronous\ngenerators hooks.  The attributes are read only.",
    firstiter: "Hook to intercept first iteration",
    finalizer: "Hook to intercept finalization",
  },
  "binascii.Error": {
    __weakref__: "list of weak references to the object",
  },
  "binascii.Incomplete": {
    __weakref__: "list of weak references to the object",
  },
  bool: {
    __doc__:
      "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.",
  },
  bytearray: {
    __doc__:
      "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer",
    __alloc__: "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated.",
    __reduce__: "__reduce__($self, /)\n--\n\nReturn state information for pickling.",
    __reduce_ex__: "__reduce_ex__($self, proto=0, /)\n--\n\nReturn state information for pickling.",
    __sizeof__: "__sizeof__($self, /)\n--\n\nReturns the size of the bytearray object in memory, in bytes.",
    append:
      "append($self, item, /)\n--\n\nAppend a single item to the end of the bytearray.\n\n  item\n    The item to be appended.",
    capitalize:
      "B.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased.",
    center:
      "center($self, width, fillchar=b' ', /)\n--\n\nReturn a centered string of length width.\n\nPadding is done using the specified fill character.",
    clear: "clear($self, /)\n--\n\nRemove all items from the bytearray.",
    copy: "copy($self, /)\n--\n\nReturn a copy of B.",
    count:
      "B.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of subsection sub in\nbytes B[start:end].  Optional arguments start and end are interpreted\nas in slice notation.",
    decode:
      "decode($self, /, encoding='utf-8', errors='strict')\n--\n\nDecode the bytearray using the codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the bytearray.\n  errors\n    The error handling scheme to use for the handling of decoding errors.\n    The default is 'strict' meaning that decoding errors raise a\n    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any other name registered with codecs.register_error that\n    can handle UnicodeDecodeErrors.",
    endswith:
      "B.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if B ends with the specified suffix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nsuffix can also be a tuple of bytes to try.",
    expandtabs:
      "expandtabs($self, /, tabsize=8)\n--\n\nReturn a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed.",
    extend:
      "extend($self, iterable_of_ints, /)\n--\n\nAppend all the items from the iterator or sequence to the end of the bytearray.\n\n  iterable_of_ints\n    The iterable of items to append.",
    find: "B.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.",
    fromhex:
      "fromhex($type, string, /)\n--\n\nCreate a bytearray object from a string of hexadecimal numbers.\n\nSpaces between two numbers are accepted.\nExample: bytearray.fromhex('B9 01EF') -> bytearray(b'\\\\xb9\\\\x01\\\\xef')",
    hex: "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nCreate a string of hexadecimal numbers from a bytearray object.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = bytearray([0xb9, 0x01, 0xef])\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'",
    index:
      "B.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the subsection is not found.",
    insert:
      "insert($self, index, item, /)\n--\n\nInsert a single item into the bytearray before the given index.\n\n  index\n    The index where the value is to be inserted.\n  item\n    The item to be inserted.",
    isalnum:
      "B.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand there is at least one character in B, False otherwise.",
    isalpha:
      "B.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand there is at least one character in B, False otherwise.",
    isascii: "B.isascii() -> bool\n\nReturn True if B is empty or all characters in B are ASCII,\nFalse otherwise.",
    isdigit:
      "B.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there is at least one character in B, False otherwise.",
    islower:
      "B.islower() -> bool\n\nReturn True if all cased characters in B are lowercase and there is\nat least one cased character in B, False otherwise.",
    isspace:
      "B.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand there is at least one character in B, False otherwise.",
    istitle:
      "B.istitle() -> bool\n\nReturn True if B is a titlecased string and there is at least one\ncharacter in B, i.e. uppercase characters may only follow uncased\ncharacters and lowercase characters only cased ones. Return False\notherwise.",
    isupper:
      "B.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase and there is\nat least one cased character in B, False otherwise.",
    join: "join($self, iterable_of_bytes, /)\n--\n\nConcatenate any number of bytes/bytearray objects.\n\nThe bytearray whose method is called is inserted in between each pair.\n\nThe result is returned as a new bytearray object.",
    ljust:
      "ljust($self, width, fillchar=b' ', /)\n--\n\nReturn a left-justified string of length width.\n\nPadding is done using the specified fill character.",
    lower: "B.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase.",
    lstrip:
      "lstrip($self, bytes=None, /)\n--\n\nStrip leading bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading ASCII whitespace.",
    maketrans:
      "maketrans(frm, to, /)\n--\n\nReturn a translation table useable for the bytes or bytearray translate method.\n\nThe returned table will be one where each byte in frm is mapped to the byte at\nthe same position in to.\n\nThe bytes objects frm and to must be of the same length.",
    partition:
      "partition($self, sep, /)\n--\n\nPartition the bytearray into three parts using the given separator.\n\nThis will search for the separator sep in the bytearray. If the separator is\nfound, returns a 3-tuple containing the part before the separator, the\nseparator itself, and the part after it as new bytearray objects.\n\nIf the separator is not found, returns a 3-tuple containing the copy of the\noriginal bytearray object and two empty bytearray objects.",
    pop: "pop($self, index=-1, /)\n--\n\nRemove and return a single item from B.\n\n  index\n    The index from where to remove the item.\n    -1 (the default value) means remove the last item.\n\nIf no index argument is given, will pop the last item.",
    remove:
      "remove($self, value, /)\n--\n\nRemove the first occurrence of a value in the bytearray.\n\n  value\n    The value to remove.",
    replace:
      "replace($self, old, new, count=-1, /)\n--\n\nReturn a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf the optional argument count is given, only the first count occurrences are\nreplaced.",
    removeprefix:
      "removeprefix($self, prefix, /)\n--\n\nReturn a bytearray with the given prefix string removed if present.\n\nIf the bytearray starts with the prefix string, return\nbytearray[len(prefix):].  Otherwise, return a copy of the original\nbytearray.",
    removesuffix:
      "removesuffix($self, suffix, /)\n--\n\nReturn a bytearray with the given suffix string removed if present.\n\nIf the bytearray ends with the suffix string and that suffix is not\nempty, return bytearray[:-len(suffix)].  Otherwise, return a copy of\nthe original bytearray.",
    reverse: "reverse($self, /)\n--\n\nReverse the order of the values in B in place.",
    rfind:
      "B.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.",
    rindex:
      "B.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaise ValueError when the subsection is not found.",
    rjust:
      "rjust($self, width, fillchar=b' ', /)\n--\n\nReturn a right-justified string of length width.\n\nPadding is done using the specified fill character.",
    rpartition:
      "rpartition($self, sep, /)\n--\n\nPartition the bytearray into three parts using the given separator.\n\nThis will search for the separator sep in the bytearray, starting at the end.\nIf the separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it as new bytearray\nobjects.\n\nIf the separator is not found, returns a 3-tuple containing two empty bytearray\nobjects and the copy of the original bytearray object.",
    rsplit:
      "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytearray, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytearray.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.\n\nSplitting is done starting at the end of the bytearray and working to the front.",
    rstrip:
      "rstrip($self, bytes=None, /)\n--\n\nStrip trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip trailing ASCII whitespace.",
    split:
      "split($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytearray, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytearray.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.",
    splitlines:
      "splitlines($self, /, keepends=False)\n--\n\nReturn a list of the lines in the bytearray, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue.",
    startswith:
      "B.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if B starts with the specified prefix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nprefix can also be a tuple of bytes to try.",
    strip:
      "strip($self, bytes=None, /)\n--\n\nStrip leading and trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading and trailing ASCII whitespace.",
    swapcase:
      "B.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa.",
    title:
      "B.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase.",
    translate:
      "translate($self, table, /, delete=b'')\n--\n\nReturn a copy with each character mapped by the given translation table.\n\n  table\n    Translation table, which must be a bytes object of length 256.\n\nAll characters occurring in the optional argument delete are removed.\nThe remaining characters are mapped through the given translation table.",
    upper: "B.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase.",
    zfill:
      "zfill($self, width, /)\n--\n\nPad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe original string is never truncated.",
  },
  bytearray_iterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "__reduce__($self, /)\n--\n\nReturn state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  bytes: {
    __doc__:
      "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer",
    __bytes__: "__bytes__($self, /)\n--\n\nConvert this value to exact type bytes.",
    capitalize:
      "B.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased.",
    center:
      "center($self, width, fillchar=b' ', /)\n--\n\nReturn a centered string of length width.\n\nPadding is done using the specified fill character.",
    count:
      "B.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of subsection sub in\nbytes B[start:end].  Optional arguments start and end are interpreted\nas in slice notation.",
    decode:
      "decode($self, /, encoding='utf-8', errors='strict')\n--\n\nDecode the bytes using the codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the bytes.\n  errors\n    The error handling scheme to use for the handling of decoding errors.\n    The default is 'strict' meaning that decoding errors raise a\n    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any other name registered with codecs.register_error that\n    can handle UnicodeDecodeErrors.",
    endswith:
      "B.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if B ends with the specified suffix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nsuffix can also be a tuple of bytes to try.",
    expandtabs:
      "expandtabs($self, /, tabsize=8)\n--\n\nReturn a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed.",
    find: "B.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.",
    fromhex:
      "fromhex($type, string, /)\n--\n\nCreate a bytes object from a string of hexadecimal numbers.\n\nSpaces between two numbers are accepted.\nExample: bytes.fromhex('B9 01EF') -> b'\\\\xb9\\\\x01\\\\xef'.",
    hex: "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nCreate a string of hexadecimal numbers from a bytes object.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = b'\\xb9\\x01\\xef'\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'",
    index:
      "B.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the subsection is not found.",
    isalnum:
      "B.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand there is at least one character in B, False otherwise.",
    isalpha:
      "B.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand there is at least one character in B, False otherwise.",
    isascii: "B.isascii() -> bool\n\nReturn True if B is empty or all characters in B are ASCII,\nFalse otherwise.",
    isdigit:
      "B.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there is at least one character in B, False otherwise.",
    islower:
      "B.islower() -> bool\n\nReturn True if all cased characters in B are lowercase and there is\nat least one cased character in B, False otherwise.",
    isspace:
      "B.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand there is at least one character in B, False otherwise.",
    istitle:
      "B.istitle() -> bool\n\nReturn True if B is a titlecased string and there is at least one\ncharacter in B, i.e. uppercase characters may only follow uncased\ncharacters and lowercase characters only cased ones. Return False\notherwise.",
    isupper:
      "B.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase and there is\nat least one cased character in B, False otherwise.",
    join: "join($self, iterable_of_bytes, /)\n--\n\nConcatenate any number of bytes objects.\n\nThe bytes whose method is called is inserted in between each pair.\n\nThe result is returned as a new bytes object.\n\nExample: b'.'.join([b'ab', b'pq', b'rs']) -> b'ab.pq.rs'.",
    ljust:
      "ljust($self, width, fillchar=b' ', /)\n--\n\nReturn a left-justified string of length width.\n\nPadding is done using the specified fill character.",
    lower: "B.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase.",
    lstrip:
      "lstrip($self, bytes=None, /)\n--\n\nStrip leading bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading  ASCII whitespace.",
    maketrans:
      "maketrans(frm, to, /)\n--\n\nReturn a translation table useable for the bytes or bytearray translate method.\n\nThe returned table will be one where each byte in frm is mapped to the byte at\nthe same position in to.\n\nThe bytes objects frm and to must be of the same length.",
    partition:
      "partition($self, sep, /)\n--\n\nPartition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes. If the separator is found,\nreturns a 3-tuple containing the part before the separator, the separator\nitself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing the original bytes\nobject and two empty bytes objects.",
    replace:
      "replace($self, old, new, count=-1, /)\n--\n\nReturn a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf the optional argument count is given, only the first count occurrences are\nreplaced.",
    removeprefix:
      "removeprefix($self, prefix, /)\n--\n\nReturn a bytes object with the given prefix string removed if present.\n\nIf the bytes starts with the prefix string, return bytes[len(prefix):].\nOtherwise, return a copy of the original bytes.",
    removesuffix:
      "removesuffix($self, suffix, /)\n--\n\nReturn a bytes object with the given suffix string removed if present.\n\nIf the bytes ends with the suffix string and that suffix is not empty,\nreturn bytes[:-len(prefix)].  Otherwise, return a copy of the original\nbytes.",
    rfind:
      "B.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.",
    rindex:
      "B.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaise ValueError when the subsection is not found.",
    rjust:
      "rjust($self, width, fillchar=b' ', /)\n--\n\nReturn a right-justified string of length width.\n\nPadding is done using the specified fill character.",
    rpartition:
      "rpartition($self, sep, /)\n--\n\nPartition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes, starting at the end. If\nthe separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing two empty bytes\nobjects and the original bytes object.",
    rsplit:
      "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.\n\nSplitting is done starting at the end of the bytes and working to the front.",
    rstrip:
      "rstrip($self, bytes=None, /)\n--\n\nStrip trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip trailing ASCII whitespace.",
    split:
      "split($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.",
    splitlines:
      "splitlines($self, /, keepends=False)\n--\n\nReturn a list of the lines in the bytes, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue.",
    startswith:
      "B.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if B starts with the specified prefix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nprefix can also be a tuple of bytes to try.",
    strip:
      "strip($self, bytes=None, /)\n--\n\nStrip leading and trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading and trailing ASCII whitespace.",
    swapcase:
      "B.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa.",
    title:
      "B.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase.",
    translate:
      "translate($self, table, /, delete=b'')\n--\n\nReturn a copy with each character mapped by the given translation table.\n\n  table\n    Translation table, which must be a bytes object of length 256.\n\nAll characters occurring in the optional argument delete are removed.\nThe remaining characters are mapped through the given translation table.",
    upper: "B.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase.",
    zfill:
      "zfill($self, width, /)\n--\n\nPad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe original string is never truncated.",
  },
  bytes_iterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  callable_iterator: {
    __reduce__: "Return state information for pickling.",
  },
  cell: {
    __doc__:
      "cell([contents])\n--\n\nCreate a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError.",
  },
  classmethod: {
    __doc__:
      "classmethod(function) -> method\n\nConvert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin.",
  },
  code: {
    __doc__:
      "code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,\n     flags, codestring, constants, names, varnames, filename, name,\n     qualname, firstlineno, linetable, exceptiontable, freevars=(),\n     cellvars=(), /)\n--\n\nCreate a code object.  Not for the faint of heart.",
    replace:
      "replace($self, /, **changes)\n--\n\nReturn a copy of the code object with new values for the specified fields.",
    _varname_from_oparg:
      "_varname_from_oparg($self, /, oparg)\n--\n\n(internal-only) Return the local variable name for the given oparg.\n\nWARNING: this method is for internal use only and may change or go away.",
  },
  "collections.OrderedDict": {
    __doc__: "Dictionary that remembers insertion order",
    fromkeys:
      "fromkeys($type, /, iterable, value=None)\n--\n\nCreate a new ordered dictionary with keys from iterable and values set to value.",
    __reduce__: "Return state information for pickling",
    setdefault:
      "setdefault($self, /, key, default=None)\n--\n\nInsert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.",
    pop: "pop($self, /, key, default=<unrepresentable>)\n--\n\nod.pop(key[,default]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.",
    popitem:
      "popitem($self, /, last=True)\n--\n\nRemove and return a (key, value) pair from the dictionary.\n\nPairs are returned in LIFO order if last is true or FIFO order if false.",
    clear: "od.clear() -> None.  Remove all items from od.",
    copy: "od.copy() -> a shallow copy of od",
    __reversed__: "od.__reversed__() <==> reversed(od)",
    move_to_end:
      "move_to_end($self, /, key, last=True)\n--\n\nMove an existing element to the end (or beginning if last is false).\n\nRaise KeyError if the element does not exist.",
  },
  "collections._Link": {
    __weakref__: "list of weak references to the object",
  },
  "collections.defaultdict": {
    __doc__:
      "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n",
    __missing__:
      "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n",
    copy: "D.copy() -> a shallow copy of D.",
    __copy__: "D.copy() -> a shallow copy of D.",
    __reduce__: "Return state information for pickling.",
    __class_getitem__: "See PEP 585",
    default_factory: "Factory for default value called by __missing__().",
  },
  "collections.deque": {
    __doc__:
      "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.",
    append: "Add an element to the right side of the deque.",
    appendleft: "Add an element to the left side of the deque.",
    clear: "Remove all elements from the deque.",
    __copy__: "Return a shallow copy of a deque.",
    copy: "Return a shallow copy of a deque.",
    count: "D.count(value) -- return number of occurrences of value",
    extend: "Extend the right side of the deque with elements from the iterable",
    extendleft: "Extend the left side of the deque with elements from the iterable",
    index:
      "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present.",
    insert: "D.insert(index, object) -- insert object before index",
    pop: "Remove and return the rightmost element.",
    popleft: "Remove and return the leftmost element.",
    __reduce__: "Return state information for pickling.",
    remove: "D.remove(value) -- remove first occurrence of value.",
    __reversed__: "D.__reversed__() -- return a reverse iterator over the deque",
    reverse: "D.reverse() -- reverse *IN PLACE*",
    rotate: "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.",
    __sizeof__: "D.__sizeof__() -- size of D in memory, in bytes",
    __class_getitem__: "See PEP 585",
    maxlen: "maximum size of a deque or None if unbounded",
  },
  complex: {
    __doc__:
      "complex(real=0, imag=0)\n--\n\nCreate a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.",
    conjugate: "conjugate($self, /)\n--\n\nReturn the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.",
    __complex__: "__complex__($self, /)\n--\n\nConvert this value to exact type complex.",
    __getnewargs__: "__getnewargs__($self, /)\n--\n\n",
    __format__: "__format__($self, format_spec, /)\n--\n\nConvert to a string according to format_spec.",
    real: "the real part of a complex number",
    imag: "the imaginary part of a complex number",
  },
  coroutine: {
    send: "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.",
    throw:
      "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.",
    close: "close() -> raise GeneratorExit inside coroutine.",
    __sizeof__: "gen.__sizeof__() -> size of gen in memory, in bytes",
    __name__: "name of the coroutine",
    __qualname__: "qualified name of the coroutine",
    cr_await: "object being awaited on, or None",
  },
  coroutine_wrapper: {
    __doc__: "A wrapper object implementing __await__ for coroutines.",
    send: "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.",
    throw:
      "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.",
    close: "close() -> raise GeneratorExit inside coroutine.",
  },
  dict: {
    __doc__:
      "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
    __getitem__: "x.__getitem__(y) <==> x[y]",
    __contains__: "__contains__($self, key, /)\n--\n\nTrue if the dictionary has the specified key, else False.",
    __sizeof__: "D.__sizeof__() -> size of D in memory, in bytes",
    get: "get($self, key, default=None, /)\n--\n\nReturn the value for key if key is in the dictionary, else default.",
    setdefault:
      "setdefault($self, key, default=None, /)\n--\n\nInsert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.",
    pop: "pop($self, key, default=<unrepresentable>, /)\n--\n\nD.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.",
    popitem:
      "popitem($self, /)\n--\n\nRemove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty.",
    keys: "D.keys() -> a set-like object providing a view on D's keys",
    items: "D.items() -> a set-like object providing a view on D's items",
    values: "D.values() -> an object providing a view on D's values",
    update:
      "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]",
    fromkeys:
      "fromkeys($type, iterable, value=None, /)\n--\n\nCreate a new dictionary with keys from iterable and values set to value.",
    clear: "D.clear() -> None.  Remove all items from D.",
    copy: "D.copy() -> a shallow copy of D",
    __reversed__: "__reversed__($self, /)\n--\n\nReturn a reverse iterator over the dict keys.",
    __class_getitem__: "See PEP 585",
  },
  dict_itemiterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
  },
  dict_items: {
    isdisjoint: "Return True if the view and the given iterable have a null intersection.",
    __reversed__: "Return a reverse iterator over the dict items.",
    mapping: "dictionary that this view refers to",
  },
  dict_keyiterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
  },
  dict_keys: {
    isdisjoint: "Return True if the view and the given iterable have a null intersection.",
    __reversed__: "Return a reverse iterator over the dict keys.",
    mapping: "dictionary that this view refers to",
  },
  dict_reverseitemiterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
  },
  dict_reversekeyiterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
  },
  dict_reversevalueiterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
  },
  dict_valueiterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
  },
  dict_values: {
    __reversed__: "Return a reverse iterator over the dict values.",
    mapping: "dictionary that this view refers to",
  },
  enumerate: {
    __doc__:
      "enumerate(iterable, start=0)\n--\n\nReturn an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    __reduce__: "Return state information for pickling.",
    __class_getitem__: "See PEP 585",
  },
  filter: {
    __doc__:
      "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true.",
    __reduce__: "Return state information for pickling.",
  },
  float: {
    __doc__: "float(x=0, /)\n--\n\nConvert a string or number to a floating point number, if possible.",
    conjugate: "conjugate($self, /)\n--\n\nReturn self, the complex conjugate of any float.",
    __trunc__: "__trunc__($self, /)\n--\n\nReturn the Integral closest to x between 0 and x.",
    __floor__: "__floor__($self, /)\n--\n\nReturn the floor as an Integral.",
    __ceil__: "__ceil__($self, /)\n--\n\nReturn the ceiling as an Integral.",
    __round__:
      "__round__($self, ndigits=None, /)\n--\n\nReturn the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits).",
    as_integer_ratio:
      "as_integer_ratio($self, /)\n--\n\nReturn integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float\nand with a positive denominator.\n\nRaise OverflowError on infinities and a ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)",
    fromhex:
      "fromhex($type, string, /)\n--\n\nCreate a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324",
    hex: "hex($self, /)\n--\n\nReturn a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'",
    is_integer: "is_integer($self, /)\n--\n\nReturn True if the float is an integer.",
    __getnewargs__: "__getnewargs__($self, /)\n--\n\n",
    __getformat__:
      "__getformat__($type, typestr, /)\n--\n\nYou probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best describes the format of floating point numbers used by the\nC type named by typestr.",
    __format__: "__format__($self, format_spec, /)\n--\n\nFormats the float according to format_spec.",
    real: "the real part of a complex number",
    imag: "the imaginary part of a complex number",
  },
  frame: {
    clear: "F.clear(): clear most references held by the frame",
    __sizeof__: "F.__sizeof__() -> size of F in memory, in bytes",
  },
  frozenset: {
    __doc__:
      "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
    __contains__: "x.__contains__(y) <==> y in x.",
    copy: "Return a shallow copy of a set.",
    difference:
      "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)",
    intersection: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)",
    isdisjoint: "Return True if two sets have a null intersection.",
    issubset: "Report whether another set contains this set.",
    issuperset: "Report whether this set contains another set.",
    __reduce__: "Return state information for pickling.",
    __sizeof__: "S.__sizeof__() -> size of S in memory, in bytes",
    symmetric_difference:
      "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)",
    union: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)",
    __class_getitem__: "See PEP 585",
  },
  function: {
    __doc__:
      "function(code, globals, name=None, argdefs=None, closure=None)\n--\n\nCreate a function object.\n\n  code\n    a code object\n  globals\n    the globals dictionary\n  name\n    a string that overrides the name from the code object\n  argdefs\n    a tuple that specifies the default argument values\n  closure\n    a tuple that supplies the bindings for free variables",
  },
  "functools.KeyWrapper": {
    obj: "Value wrapped by a key function.",
  },
  "functools._lru_cache_wrapper": {
    __doc__:
      "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n",
  },
  "functools.partial": {
    __doc__:
      "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
    __class_getitem__: "See PEP 585",
    func: "function object to use in future partial calls",
    args: "tuple of arguments to future partial calls",
    keywords: "dictionary of keyword arguments to future partial calls",
  },
  generator: {
    send: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.",
    throw:
      "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.",
    close: "close() -> raise GeneratorExit inside generator.",
    __sizeof__: "gen.__sizeof__() -> size of gen in memory, in bytes",
    __name__: "name of the generator",
    __qualname__: "qualified name of the generator",
    gi_yieldfrom: "object being iterated by yield from, or None",
  },
  instancemethod: {
    __doc__: "instancemethod(function, /)\n--\n\nBind a function to a class.",
    __func__: "the function (or other callable) implementing a method",
  },
  int: {
    __doc__:
      "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4",
    conjugate: "Returns self, the complex conjugate of any int.",
    bit_length:
      "bit_length($self, /)\n--\n\nNumber of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6",
    bit_count:
      "bit_count($self, /)\n--\n\nNumber of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3",
    to_bytes:
      "to_bytes($self, /, length=1, byteorder='big', *, signed=False)\n--\n\nReturn an array of bytes representing an integer.\n\n  length\n    Length of bytes object to use.  An OverflowError is raised if the\n    integer is not representable with the given number of bytes.  Default\n    is length 1.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    `sys.byteorder' as the byte order value.  Default is to use 'big'.\n  signed\n    Determines whether two's complement is used to represent the integer.\n    If signed is False and a negative integer is given, an OverflowError\n    is raised.",
    from_bytes:
      "from_bytes($type, /, bytes, byteorder='big', *, signed=False)\n--\n\nReturn the integer represented by the given array of bytes.\n\n  bytes\n    Holds the array of bytes to convert.  The argument must either\n    support the buffer protocol or be an iterable object producing bytes.\n    Bytes and bytearray are examples of built-in objects that support the\n    buffer protocol.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    `sys.byteorder' as the byte order value.  Default is to use 'big'.\n  signed\n    Indicates whether two's complement is used to represent the integer.",
    as_integer_ratio:
      "as_integer_ratio($self, /)\n--\n\nReturn integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original int\nand with a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)",
    __trunc__: "Truncating an Integral returns itself.",
    __floor__: "Flooring an Integral returns itself.",
    __ceil__: "Ceiling of an Integral returns itself.",
    __round__:
      "__round__($self, ndigits=<unrepresentable>, /)\n--\n\nRounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.",
    __getnewargs__: "__getnewargs__($self, /)\n--\n\n",
    __format__: "__format__($self, format_spec, /)\n--\n\n",
    __sizeof__: "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes.",
    real: "the real part of a complex number",
    imag: "the imaginary part of a complex number",
    numerator: "the numerator of a rational number in lowest terms",
    denominator: "the denominator of a rational number in lowest terms",
  },
  "io.UnsupportedOperation": {
    __weakref__: "list of weak references to the object",
  },
  iterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  "itertools._grouper": {
    __reduce__: "Return state information for pickling.",
  },
  "itertools._tee": {
    __doc__: "_tee(iterable, /)\n--\n\nIterator wrapped to make it copyable.",
    __copy__: "Returns an independent iterator.",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  "itertools._tee_dataobject": {
    __doc__: "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.",
    __reduce__: "Return state information for pickling.",
  },
  "itertools.accumulate": {
    __doc__:
      "accumulate(iterable, func=None, *, initial=None)\n--\n\nReturn series of accumulated sums (or other binary function results).",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  "itertools.chain": {
    __doc__:
      "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
    from_iterable:
      "from_iterable($type, iterable, /)\n--\n\nAlternative chain() constructor taking a single iterable argument that evaluates lazily.",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
    __class_getitem__: "See PEP 585",
  },
  "itertools.combinations": {
    __doc__:
      "combinations(iterable, r)\n--\n\nReturn successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
    __sizeof__: "Returns size in memory, in bytes.",
  },
  "itertools.combinations_with_replacement": {
    __doc__:
      "combinations_with_replacement(iterable, r)\n--\n\nReturn successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
    __sizeof__: "Returns size in memory, in bytes.",
  },
  "itertools.compress": {
    __doc__:
      "compress(data, selectors)\n--\n\nReturn data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.",
    __reduce__: "Return state information for pickling.",
  },
  "itertools.count": {
    __doc__:
      "count(start=0, step=1)\n--\n\nReturn a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step",
    __reduce__: "Return state information for pickling.",
  },
  "itertools.cycle": {
    __doc__:
      "cycle(iterable, /)\n--\n\nReturn elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  "itertools.dropwhile": {
    __doc__:
      "dropwhile(predicate, iterable, /)\n--\n\nDrop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  "itertools.filterfalse": {
    __doc__:
      "filterfalse(function, iterable, /)\n--\n\nReturn those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.",
    __reduce__: "Return state information for pickling.",
  },
  "itertools.groupby": {
    __doc__:
      "groupby(iterable, key=None)\n--\n\nmake an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  "itertools.islice": {
    __doc__:
      "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  "itertools.pairwise": {
    __doc__:
      "pairwise(iterable, /)\n--\n\nReturn an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
  },
  "itertools.permutations": {
    __doc__:
      "permutations(iterable, r=None)\n--\n\nReturn successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
    __sizeof__: "Returns size in memory, in bytes.",
  },
  "itertools.product": {
    __doc__:
      "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
    __sizeof__: "Returns size in memory, in bytes.",
  },
  "itertools.repeat": {
    __doc__:
      "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
  },
  "itertools.starmap": {
    __doc__:
      "starmap(function, iterable, /)\n--\n\nReturn an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
    __reduce__: "Return state information for pickling.",
  },
  "itertools.takewhile": {
    __doc__:
      "takewhile(predicate, iterable, /)\n--\n\nReturn successive entries from an iterable as long as the predicate evaluates to true for each entry.",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  "itertools.zip_longest": {
    __doc__:
      "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.\n",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  list: {
    __doc__:
      "list(iterable=(), /)\n--\n\nBuilt-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
    __getitem__: "x.__getitem__(y) <==> x[y]",
    __reversed__: "__reversed__($self, /)\n--\n\nReturn a reverse iterator over the list.",
    __sizeof__: "__sizeof__($self, /)\n--\n\nReturn the size of the list in memory, in bytes.",
    clear: "clear($self, /)\n--\n\nRemove all items from list.",
    copy: "copy($self, /)\n--\n\nReturn a shallow copy of the list.",
    append: "append($self, object, /)\n--\n\nAppend object to the end of the list.",
    insert: "insert($self, index, object, /)\n--\n\nInsert object before index.",
    extend: "extend($self, iterable, /)\n--\n\nExtend list by appending elements from the iterable.",
    pop: "pop($self, index=-1, /)\n--\n\nRemove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range.",
    remove:
      "remove($self, value, /)\n--\n\nRemove first occurrence of value.\n\nRaises ValueError if the value is not present.",
    index:
      "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value.\n\nRaises ValueError if the value is not present.",
    count: "count($self, value, /)\n--\n\nReturn number of occurrences of value.",
    reverse: "reverse($self, /)\n--\n\nReverse *IN PLACE*.",
    sort: "sort($self, /, *, key=None, reverse=False)\n--\n\nSort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order.",
    __class_getitem__: "See PEP 585",
  },
  list_iterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  list_reverseiterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  "locale.Error": {
    __weakref__: "list of weak references to the object",
  },
  longrange_iterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  map: {
    __doc__:
      "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.",
    __reduce__: "Return state information for pickling.",
  },
  mappingproxy: {
    get: "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.",
    keys: "D.keys() -> a set-like object providing a view on D's keys",
    values: "D.values() -> an object providing a view on D's values",
    items: "D.items() -> a set-like object providing a view on D's items",
    copy: "D.copy() -> a shallow copy of D",
    __class_getitem__: "See PEP 585",
    __reversed__: "D.__reversed__() -> reverse iterator",
  },
  memoryview: {
    __doc__: "memoryview(object)\n--\n\nCreate a new memoryview object which references the given object.",
    release: "release($self, /)\n--\n\nRelease the underlying buffer exposed by the memoryview object.",
    tobytes:
      "tobytes($self, /, order='C')\n--\n\nReturn the data in the buffer as a byte string.\n\nOrder can be {'C', 'F', 'A'}. When order is 'C' or 'F', the data of the\noriginal array is converted to C or Fortran order. For contiguous views,\n'A' returns an exact copy of the physical memory. In particular, in-memory\nFortran order is preserved. For non-contiguous views, the data is converted\nto C first. order=None is the same as order='C'.",
    hex: "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nReturn the data in the buffer as a str of hexadecimal numbers.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = memoryview(b'\\xb9\\x01\\xef')\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'",
    tolist: "tolist($self, /)\n--\n\nReturn the data in the buffer as a list of elements.",
    cast: "cast($self, /, format, shape=<unrepresentable>)\n--\n\nCast a memoryview to a new format or shape.",
    toreadonly: "toreadonly($self, /)\n--\n\nReturn a readonly version of the memoryview.",
    obj: "The underlying object of the memoryview.",
    nbytes: "The amount of space in bytes that the array would use in\n a contiguous representation.",
    readonly: "A bool indicating whether the memory is read only.",
    itemsize: "The size in bytes of each element of the memoryview.",
    format: "A string containing the format (in struct module style)\n for each element in the view.",
    ndim: "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents.",
    shape: "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array.",
    strides:
      "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array.",
    suboffsets: "A tuple of integers used internally for PIL-style arrays.",
    c_contiguous: "A bool indicating whether the memory is C contiguous.",
    f_contiguous: "A bool indicating whether the memory is Fortran contiguous.",
    contiguous: "A bool indicating whether the memory is contiguous.",
  },
  method: {
    __doc__: "method(function, instance, /)\n--\n\nCreate a bound instance method object.",
    __reduce__: "__reduce__($self, /)\n--\n\n",
    __func__: "the function (or other callable) implementing a method",
    __self__: "the instance to which a method is bound",
  },
  module: {
    __doc__:
      "module(name, doc=None)\n--\n\nCreate a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
    __dir__: "__dir__() -> list\nspecialized dir() implementation",
  },
  object: {
    __doc__:
      "object()\n--\n\nThe base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
    __reduce_ex__: "__reduce_ex__($self, protocol, /)\n--\n\nHelper for pickle.",
    __reduce__: "__reduce__($self, /)\n--\n\nHelper for pickle.",
    __getstate__: "__getstate__($self, /)\n--\n\nHelper for pickle.",
    __subclasshook__:
      "Abstract classes can override this to customize issubclass().\n\nThis is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n",
    __init_subclass__:
      "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n",
    __format__: "__format__($self, format_spec, /)\n--\n\nDefault object formatter.",
    __sizeof__: "__sizeof__($self, /)\n--\n\nSize of object in memory, in bytes.",
    __dir__: "__dir__($self, /)\n--\n\nDefault dir() implementation.",
    __class__: "the object's class",
  },
  odict_iterator: {
    __reduce__: "Return state information for pickling",
  },
  "operator.attrgetter": {
    __doc__:
      "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).",
    __reduce__: "Return state information for pickling",
  },
  "operator.itemgetter": {
    __doc__:
      "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
    __reduce__: "Return state information for pickling",
  },
  "operator.methodcaller": {
    __doc__:
      "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).",
    __reduce__: "Return state information for pickling",
  },
  "os.stat_result": {
    __doc__:
      "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.",
    st_mode: "protection bits",
    st_ino: "inode",
    st_dev: "device",
    st_nlink: "number of hard links",
    st_uid: "user ID of owner",
    st_gid: "group ID of owner",
    st_size: "total size, in bytes",
    st_atime: "time of last access",
    st_mtime: "time of last modification",
    st_ctime: "time of last change",
    st_atime_ns: "time of last access in nanoseconds",
    st_mtime_ns: "time of last modification in nanoseconds",
    st_ctime_ns: "time of last change in nanoseconds",
    st_blksize: "blocksize for filesystem I/O",
    st_blocks: "number of blocks allocated",
    st_rdev: "device type (if inode device)",
  },
  "os.statvfs_result": {
    __doc__:
      "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.",
  },
  "os.terminal_size": {
    __doc__: "A tuple of (columns, lines) for holding terminal window size",
    columns: "width of the terminal window in characters",
    lines: "height of the terminal window in characters",
  },
  "posix.DirEntry": {
    is_dir:
      "is_dir($self, /, *, follow_symlinks=True)\n--\n\nReturn True if the entry is a directory; cached per entry.",
    is_file: "is_file($self, /, *, follow_symlinks=True)\n--\n\nReturn True if the entry is a file; cached per entry.",
    is_symlink: "is_symlink($self, /)\n--\n\nReturn True if the entry is a symbolic link; cached per entry.",
    stat: "stat($self, /, *, follow_symlinks=True)\n--\n\nReturn stat_result object for the entry; cached per entry.",
    inode: "inode($self, /)\n--\n\nReturn inode of the entry; cached per entry.",
    __fspath__: "__fspath__($self, /)\n--\n\nReturns the path for the entry.",
    __class_getitem__: "See PEP 585",
    name: 'the entry\'s base filename, relative to scandir() "path" argument',
    path: "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)",
  },
  "posix.sched_param": {
    __doc__:
      "sched_param(sched_priority)\n--\n\nCurrently has only one field: sched_priority\n\n  sched_priority\n    A scheduling parameter.",
    sched_priority: "the scheduling priority",
  },
  "posix.times_result": {
    __doc__:
      "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.",
    user: "user time",
    system: "system time",
    children_user: "user time of children",
    children_system: "system time of children",
    elapsed: "elapsed time since an arbitrary point in the past",
  },
  "posix.uname_result": {
    __doc__:
      "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.",
    sysname: "operating system name",
    nodename: "name of machine on network (implementation-defined)",
    release: "operating system release",
    version: "operating system version",
    machine: "hardware identifier",
  },
  "posix.waitid_result": {
    __doc__:
      "waitid_result: Result from waitid.\n\nThis object may be accessed either as a tuple of\n  (si_pid, si_uid, si_signo, si_status, si_code),\nor via the attributes si_pid, si_uid, and so on.\n\nSee os.waitid for more information.",
  },
  property: {
    __doc__:
      "property(fget=None, fset=None, fdel=None, doc=None)\n--\n\nProperty attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x",
    getter: "Descriptor to obtain a copy of the property with a different getter.",
    setter: "Descriptor to obtain a copy of the property with a different setter.",
    deleter: "Descriptor to obtain a copy of the property with a different deleter.",
    __set_name__: "Method to set name of a property.",
  },
  range: {
    __doc__:
      "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).",
    __reversed__: "Return a reverse iterator.",
    count: "rangeobject.count(value) -> integer -- return number of occurrences of value",
    index:
      "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.",
  },
  range_iterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  "re.Match": {
    __doc__: "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
    group:
      "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.",
    start: "start($self, group=0, /)\n--\n\nReturn index of the start of the substring matched by group.",
    end: "end($self, group=0, /)\n--\n\nReturn index of the end of the substring matched by group.",
    span: "span($self, group=0, /)\n--\n\nFor match object m, return the 2-tuple (m.start(group), m.end(group)).",
    groups:
      "groups($self, /, default=None)\n--\n\nReturn a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.",
    groupdict:
      "groupdict($self, /, default=None)\n--\n\nReturn a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match.",
    expand:
      "expand($self, /, template)\n--\n\nReturn the string obtained by doing backslash substitution on the string template, as done by the sub() method.",
    __copy__: "__copy__($self, /)\n--\n\n",
    __deepcopy__: "__deepcopy__($self, memo, /)\n--\n\n",
    __class_getitem__: "See PEP 585",
    string: "The string passed to match() or search().",
    re: "The regular expression object.",
    pos: "The index into the string at which the RE engine started looking for a match.",
    endpos: "The index into the string beyond which the RE engine will not go.",
    lastindex: "The integer index of the last matched capturing group.",
    lastgroup: "The name of the last matched capturing group.",
  },
  "re.Pattern": {
    __doc__: "Compiled regular expression object.",
    match:
      "match($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nMatches zero or more characters at the beginning of the string.",
    fullmatch: "fullmatch($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nMatches against all of the string.",
    search:
      "search($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nScan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.",
    sub: "sub($self, /, repl, string, count=0)\n--\n\nReturn the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.",
    subn: "subn($self, /, repl, string, count=0)\n--\n\nReturn the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.",
    findall:
      "findall($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nReturn a list of all non-overlapping matches of pattern in string.",
    split: "split($self, /, string, maxsplit=0)\n--\n\nSplit string by the occurrences of pattern.",
    finditer:
      "finditer($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nReturn an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.",
    scanner: "scanner($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\n",
    __copy__: "__copy__($self, /)\n--\n\n",
    __deepcopy__: "__deepcopy__($self, memo, /)\n--\n\n",
    __class_getitem__: "See PEP 585",
    pattern: "The pattern string from which the RE object was compiled.",
    flags: "The regex matching flags.",
    groups: "The number of capturing groups in the pattern.",
    groupindex: "A dictionary mapping group names to group numbers.",
  },
  reversed: {
    __doc__: "reversed(sequence, /)\n--\n\nReturn a reverse iterator over the values of the given sequence.",
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  set: {
    __doc__:
      "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
    __contains__: "x.__contains__(y) <==> y in x.",
    add: "Add an element to a set.\n\nThis has no effect if the element is already present.",
    clear: "Remove all elements from this set.",
    copy: "Return a shallow copy of a set.",
    discard:
      "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set.",
    difference:
      "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)",
    difference_update: "Remove all elements of another set from this set.",
    intersection: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)",
    intersection_update: "Update a set with the intersection of itself and another.",
    isdisjoint: "Return True if two sets have a null intersection.",
    issubset: "Report whether another set contains this set.",
    issuperset: "Report whether this set contains another set.",
    pop: "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty.",
    __reduce__: "Return state information for pickling.",
    remove: "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.",
    __sizeof__: "S.__sizeof__() -> size of S in memory, in bytes",
    symmetric_difference:
      "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)",
    symmetric_difference_update: "Update a set with the symmetric difference of itself and another.",
    union: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)",
    update: "Update a set with the union of itself and others.",
    __class_getitem__: "See PEP 585",
  },
  set_iterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
  },
  slice: {
    __doc__:
      "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    indices:
      "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.",
    __reduce__: "Return state information for pickling.",
  },
  staticmethod: {
    __doc__:
      "staticmethod(function) -> method\n\nConvert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin.",
  },
  stderrprinter: {
    closed: "True if the file is closed",
    encoding: "Encoding of the file",
    mode: "String giving the file mode",
  },
  str: {
    __doc__:
      "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.",
    encode:
      "encode($self, /, encoding='utf-8', errors='strict')\n--\n\nEncode the string using the codec registered for encoding.\n\n  encoding\n    The encoding in which to encode the string.\n  errors\n    The error handling scheme to use for encoding errors.\n    The default is 'strict' meaning that encoding errors raise a\n    UnicodeEncodeError.  Other possible values are 'ignore', 'replace' and\n    'xmlcharrefreplace' as well as any other name registered with\n    codecs.register_error that can handle UnicodeEncodeErrors.",
    replace:
      "replace($self, old, new, count=-1, /)\n--\n\nReturn a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf the optional argument count is given, only the first count occurrences are\nreplaced.",
    split:
      "split($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the substrings in the string, using sep as the separator string.\n\n  sep\n    The separator used to split the string.\n\n    When set to None (the default value), will split on any whitespace\n    character (including \\n \\r \\t \\f and spaces) and will discard\n    empty strings from the result.\n  maxsplit\n    Maximum number of splits (starting from the left).\n    -1 (the default value) means no limit.\n\nNote, str.split() is mainly useful for data that has been intentionally\ndelimited.  With natural text that includes punctuation, consider using\nthe regular expression module.",
    rsplit:
      "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the substrings in the string, using sep as the separator string.\n\n  sep\n    The separator used to split the string.\n\n    When set to None (the default value), will split on any whitespace\n    character (including \\n \\r \\t \\f and spaces) and will discard\n    empty strings from the result.\n  maxsplit\n    Maximum number of splits (starting from the left).\n    -1 (the default value) means no limit.\n\nSplitting starts at the end of the string and works to the front.",
    join: "join($self, iterable, /)\n--\n\nConcatenate any number of strings.\n\nThe string whose method is called is inserted in between each given string.\nThe result is returned as a new string.\n\nExample: '.'.join(['ab', 'pq', 'rs']) -> 'ab.pq.rs'",
    capitalize:
      "capitalize($self, /)\n--\n\nReturn a capitalized version of the string.\n\nMore specifically, make the first character have upper case and the rest lower\ncase.",
    casefold: "casefold($self, /)\n--\n\nReturn a version of the string suitable for caseless comparisons.",
    title:
      "title($self, /)\n--\n\nReturn a version of the string where each word is titlecased.\n\nMore specifically, words start with uppercased characters and all remaining\ncased characters have lower case.",
    center:
      "center($self, width, fillchar=' ', /)\n--\n\nReturn a centered string of length width.\n\nPadding is done using the specified fill character (default is a space).",
    count:
      "S.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of substring sub in\nstring S[start:end].  Optional arguments start and end are\ninterpreted as in slice notation.",
    expandtabs:
      "expandtabs($self, /, tabsize=8)\n--\n\nReturn a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed.",
    find: "S.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.",
    partition:
      "partition($self, sep, /)\n--\n\nPartition the string into three parts using the given separator.\n\nThis will search for the separator in the string.  If the separator is found,\nreturns a 3-tuple containing the part before the separator, the separator\nitself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing the original string\nand two empty strings.",
    index:
      "S.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the substring is not found.",
    ljust:
      "ljust($self, width, fillchar=' ', /)\n--\n\nReturn a left-justified string of length width.\n\nPadding is done using the specified fill character (default is a space).",
    lower: "lower($self, /)\n--\n\nReturn a copy of the string converted to lowercase.",
    lstrip:
      "lstrip($self, chars=None, /)\n--\n\nReturn a copy of the string with leading whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.",
    rfind:
      "S.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.",
    rindex:
      "S.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the substring is not found.",
    rjust:
      "rjust($self, width, fillchar=' ', /)\n--\n\nReturn a right-justified string of length width.\n\nPadding is done using the specified fill character (default is a space).",
    rstrip:
      "rstrip($self, chars=None, /)\n--\n\nReturn a copy of the string with trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.",
    rpartition:
      "rpartition($self, sep, /)\n--\n\nPartition the string into three parts using the given separator.\n\nThis will search for the separator in the string, starting at the end. If\nthe separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing two empty strings\nand the original string.",
    splitlines:
      "splitlines($self, /, keepends=False)\n--\n\nReturn a list of the lines in the string, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue.",
    strip:
      "strip($self, chars=None, /)\n--\n\nReturn a copy of the string with leading and trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.",
    swapcase:
      "swapcase($self, /)\n--\n\nConvert uppercase characters to lowercase and lowercase characters to uppercase.",
    translate:
      "translate($self, table, /)\n--\n\nReplace each character in the string using the given translation table.\n\n  table\n    Translation table, which must be a mapping of Unicode ordinals to\n    Unicode ordinals, strings, or None.\n\nThe table must implement lookup/indexing via __getitem__, for instance a\ndictionary or list.  If this operation raises LookupError, the character is\nleft untouched.  Characters mapped to None are deleted.",
    upper: "upper($self, /)\n--\n\nReturn a copy of the string converted to uppercase.",
    startswith:
      "S.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if S starts with the specified prefix, False otherwise.\nWith optional start, test S beginning at that position.\nWith optional end, stop comparing S at that position.\nprefix can also be a tuple of strings to try.",
    endswith:
      "S.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if S ends with the specified suffix, False otherwise.\nWith optional start, test S beginning at that position.\nWith optional end, stop comparing S at that position.\nsuffix can also be a tuple of strings to try.",
    removeprefix:
      "removeprefix($self, prefix, /)\n--\n\nReturn a str with the given prefix string removed if present.\n\nIf the string starts with the prefix string, return string[len(prefix):].\nOtherwise, return a copy of the original string.",
    removesuffix:
      "removesuffix($self, suffix, /)\n--\n\nReturn a str with the given suffix string removed if present.\n\nIf the string ends with the suffix string and that suffix is not empty,\nreturn string[:-len(suffix)]. Otherwise, return a copy of the original\nstring.",
    isascii:
      "isascii($self, /)\n--\n\nReturn True if all characters in the string are ASCII, False otherwise.\n\nASCII characters have code points in the range U+0000-U+007F.\nEmpty string is ASCII too.",
    islower:
      "islower($self, /)\n--\n\nReturn True if the string is a lowercase string, False otherwise.\n\nA string is lowercase if all cased characters in the string are lowercase and\nthere is at least one cased character in the string.",
    isupper:
      "isupper($self, /)\n--\n\nReturn True if the string is an uppercase string, False otherwise.\n\nA string is uppercase if all cased characters in the string are uppercase and\nthere is at least one cased character in the string.",
    istitle:
      "istitle($self, /)\n--\n\nReturn True if the string is a title-cased string, False otherwise.\n\nIn a title-cased string, upper- and title-case characters may only\nfollow uncased characters and lowercase characters only cased ones.",
    isspace:
      "isspace($self, /)\n--\n\nReturn True if the string is a whitespace string, False otherwise.\n\nA string is whitespace if all characters in the string are whitespace and there\nis at least one character in the string.",
    isdecimal:
      "isdecimal($self, /)\n--\n\nReturn True if the string is a decimal string, False otherwise.\n\nA string is a decimal string if all characters in the string are decimal and\nthere is at least one character in the string.",
    isdigit:
      "isdigit($self, /)\n--\n\nReturn True if the string is a digit string, False otherwise.\n\nA string is a digit string if all characters in the string are digits and there\nis at least one character in the string.",
    isnumeric:
      "isnumeric($self, /)\n--\n\nReturn True if the string is a numeric string, False otherwise.\n\nA string is numeric if all characters in the string are numeric and there is at\nleast one character in the string.",
    isalpha:
      "isalpha($self, /)\n--\n\nReturn True if the string is an alphabetic string, False otherwise.\n\nA string is alphabetic if all characters in the string are alphabetic and there\nis at least one character in the string.",
    isalnum:
      "isalnum($self, /)\n--\n\nReturn True if the string is an alpha-numeric string, False otherwise.\n\nA string is alpha-numeric if all characters in the string are alpha-numeric and\nthere is at least one character in the string.",
    isidentifier:
      'isidentifier($self, /)\n--\n\nReturn True if the string is a valid Python identifier, False otherwise.\n\nCall keyword.iskeyword(s) to test whether string s is a reserved identifier,\nsuch as "def" or "class".',
    isprintable:
      "isprintable($self, /)\n--\n\nReturn True if the string is printable, False otherwise.\n\nA string is printable if all of its characters are considered printable in\nrepr() or if it is empty.",
    zfill:
      "zfill($self, width, /)\n--\n\nPad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe string is never truncated.",
    format:
      "S.format(*args, **kwargs) -> str\n\nReturn a formatted version of S, using substitutions from args and kwargs.\nThe substitutions are identified by braces ('{' and '}').",
    format_map:
      "S.format_map(mapping) -> str\n\nReturn a formatted version of S, using substitutions from mapping.\nThe substitutions are identified by braces ('{' and '}').",
    __format__:
      "__format__($self, format_spec, /)\n--\n\nReturn a formatted version of the string as described by format_spec.",
    maketrans:
      "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)\n--\n\nReturn a translation table usable for str.translate().\n\nIf there is only one argument, it must be a dictionary mapping Unicode\nordinals (integers) or characters to Unicode ordinals, strings or None.\nCharacter keys will be then converted to ordinals.\nIf there are two arguments, they must be strings of equal length, and\nin the resulting dictionary, each character in x will be mapped to the\ncharacter at the same position in y. If there is a third argument, it\nmust be a string, whose characters will be mapped to None in the result.",
    __sizeof__: "__sizeof__($self, /)\n--\n\nReturn the size of the string in memory, in bytes.",
  },
  str_ascii_iterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  str_iterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  "struct.error": {
    __weakref__: "list of weak references to the object",
  },
  super: {
    __doc__:
      "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)\nTypical use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n    def cmeth(cls, arg):\n        super().cmeth(arg)\n",
    __thisclass__: "the class invoking super()",
    __self__: "the instance invoking super(); may be None",
    __self_class__: "the type of the instance invoking super(); may be None",
  },
  "sys.flags": {
    __doc__: "sys.flags\n\nFlags provided through command line arguments or environment vars.",
    debug: "-d",
    inspect: "-i",
    interactive: "-i",
    optimize: "-O or -OO",
    dont_write_bytecode: "-B",
    no_user_site: "-s",
    no_site: "-S",
    ignore_environment: "-E",
    verbose: "-v",
    bytes_warning: "-b",
    quiet: "-q",
    hash_randomization: "-R",
    isolated: "-I",
    dev_mode: "-X dev",
    utf8_mode: "-X utf8",
    warn_default_encoding: "-X warn_default_encoding",
    safe_path: "-P",
    int_max_str_digits: "-X int_max_str_digits",
  },
  "sys.float_info": {
    __doc__:
      "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.",
    max: "DBL_MAX -- maximum representable finite float",
    max_exp: "DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable",
    max_10_exp: "DBL_MAX_10_EXP -- maximum int e such that 10**e is representable",
    min: "DBL_MIN -- Minimum positive normalized float",
    min_exp: "DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float",
    min_10_exp: "DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float",
    dig: "DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float",
    mant_dig: "DBL_MANT_DIG -- mantissa digits",
    epsilon: "DBL_EPSILON -- Difference between 1 and the next representable float",
    radix: "FLT_RADIX -- radix of exponent",
    rounds: "FLT_ROUNDS -- rounding mode used for arithmetic operations",
  },
  "sys.hash_info": {
    __doc__:
      "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.",
    width: "width of the type used for hashing, in bits",
    modulus: "prime number giving the modulus on which the hash function is based",
    inf: "value to be used for hash of a positive infinity",
    nan: "value to be used for hash of a nan",
    imag: "multiplier used for the imaginary part of a complex number",
    algorithm: "name of the algorithm for hashing of str, bytes and memoryviews",
    hash_bits: "internal output size of hash algorithm",
    seed_bits: "seed size of hash algorithm",
    cutoff: "small string optimization cutoff",
  },
  "sys.int_info": {
    __doc__:
      "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.",
    bits_per_digit: "size of a digit in bits",
    sizeof_digit: "size in bytes of the C type used to represent a digit",
    default_max_str_digits: "maximum string conversion digits limitation",
    str_digits_check_threshold: "minimum positive value for int_max_str_digits",
  },
  "sys.thread_info": {
    __doc__: "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
    name: "name of the thread implementation",
    lock: "name of the lock implementation",
    version: "name and version of the thread library",
  },
  "sys.version_info": {
    __doc__: "sys.version_info\n\nVersion information as a named tuple.",
    major: "Major release number",
    minor: "Minor release number",
    micro: "Patch release number",
    releaselevel: "'alpha', 'beta', 'candidate', or 'final'",
    serial: "Serial release number",
  },
  "time.struct_time": {
    __doc__:
      "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details.",
    tm_year: "year, for example, 1993",
    tm_mon: "month of year, range [1, 12]",
    tm_mday: "day of month, range [1, 31]",
    tm_hour: "hours, range [0, 23]",
    tm_min: "minutes, range [0, 59]",
    tm_sec: "seconds, range [0, 61])",
    tm_wday: "day of week, range [0, 6], Monday is 0",
    tm_yday: "day of year, range [1, 366]",
    tm_isdst: "1 if summer time is in effect, 0 if not, and -1 if unknown",
    tm_zone: "abbreviation of timezone name",
    tm_gmtoff: "offset from UTC in seconds",
  },
  traceback: {
    __doc__: "TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)\n--\n\nCreate a new traceback object.",
  },
  tuple: {
    __doc__:
      "tuple(iterable=(), /)\n--\n\nBuilt-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
    __getnewargs__: "__getnewargs__($self, /)\n--\n\n",
    index:
      "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value.\n\nRaises ValueError if the value is not present.",
    count: "count($self, value, /)\n--\n\nReturn number of occurrences of value.",
    __class_getitem__: "See PEP 585",
  },
  tuple_iterator: {
    __length_hint__: "Private method returning an estimate of len(list(it)).",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
  type: {
    __doc__: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    mro: "mro($self, /)\n--\n\nReturn a type's method resolution order.",
    __subclasses__: "__subclasses__($self, /)\n--\n\nReturn a list of immediate subclasses.",
    __prepare__: "__prepare__() -> dict\nused to create the namespace for the class statement",
    __instancecheck__: "__instancecheck__($self, instance, /)\n--\n\nCheck if an object is an instance.",
    __subclasscheck__: "__subclasscheck__($self, subclass, /)\n--\n\nCheck if a class is a subclass.",
    __dir__: "__dir__($self, /)\n--\n\nSpecialized __dir__ implementation for types.",
    __sizeof__: "__sizeof__($self, /)\n--\n\nReturn memory consumption of the type object.",
  },
  "warnings._OptionError": {
    __doc__: "Exception used by option processing helpers.",
    __weakref__: "list of weak references to the object",
  },
  "weakref.CallableProxyType": {
    __iadd__: "__iadd__($self, value, /)\n--\n\nReturn self+=value.",
    __imul__: "__imul__($self, value, /)\n--\n\nReturn self*=value.",
  },
  "weakref.ProxyType": {
    __iadd__: "__iadd__($self, value, /)\n--\n\nReturn self+=value.",
    __imul__: "__imul__($self, value, /)\n--\n\nReturn self*=value.",
  },
  "weakref.ReferenceType": {
    __class_getitem__: "See PEP 585",
  },
  zip: {
    __doc__:
      "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.",
    __reduce__: "Return state information for pickling.",
    __setstate__: "Set state information for unpickling.",
  },
};
