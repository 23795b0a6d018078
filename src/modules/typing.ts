/**
 * The `typing` module, reduced: the names programs use in annotations,
 * as Python source run as a frozen module (frozen.ts). Annotations are
 * never checked at run time, so what matters is that every form evaluates
 * (subscription, `|`, use as a base class) and prints as CPython 3.11
 * prints it: `typing.Any`, `typing.Optional[int]`, `typing.List[int]`,
 * `typing.Callable[[str], int]`, `typing.Union[int, str]`, `~T`.
 *
 * Representation: special forms (Any, Union, Optional, ClassVar, Final,
 * Literal, NoReturn) are `_SpecialForm` instances; the aliases of builtin
 * and abstract containers (List, Dict, Iterable, ...) are
 * `_SpecialGenericAlias` instances whose subscription gives a
 * `_GenericAlias` (origin + args); Union / Callable / Tuple subscriptions
 * use the subclasses with CPython's reprs. `Generic[T]` as a base class
 * goes through `__mro_entries__`.
 *
 * Differs from CPython: the abstract-container aliases (Iterable, Mapping,
 * ...) have no collections.abc origin; `isinstance` against them uses
 * simple structural checks; get_type_hints evaluates annotations without
 * the Optional, Annotated and ForwardRef-caching details. NamedTuple,
 * TypedDict, Protocol checks and ParamSpec are not provided (Protocol is
 * accepted as a base class).
 */
import type { PyObject } from "../heap/object.js";
import { PyRun_FrozenModule } from "./frozen.js";

export function PyInit_typing(): PyObject {
  return PyRun_FrozenModule("typing", TYPING_SOURCE, null);
}

const TYPING_SOURCE = `"""The typing module: support for type hints (reduced)."""

import sys

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
    'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
    'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'Reversible', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict',
    'List', 'OrderedDict', 'Set', 'FrozenSet', 'Generator', 'AnyStr',
    'cast', 'final', 'NewType', 'no_type_check', 'NoReturn', 'Never',
    'overload', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'get_args', 'get_origin', 'get_type_hints',
]

TYPE_CHECKING = False

_NoneType = type(None)
_FunctionType = type(lambda: None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol, ClassVar, Final):
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _to_tuple(params):
    if not isinstance(params, tuple):
        return (params,)
    return params


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _SpecialForm:
    def __init__(self, getitem, name, doc=None):
        self._getitem = getitem
        self._name = name
        self.__doc__ = doc

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _any_getitem(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


NoReturn = _SpecialForm(_any_getitem, 'NoReturn', """Special type indicating functions that never return.""")
Never = _SpecialForm(_any_getitem, 'Never', """The bottom type, a type that has no members.""")
Self = _SpecialForm(_any_getitem, 'Self', """Used to spell the type of "self" in classes.""")
TypeAlias = _SpecialForm(_any_getitem, 'TypeAlias', """Special marker indicating that an assignment should be recognized as a proper type alias definition.""")
LiteralString = _SpecialForm(_any_getitem, 'LiteralString', """Represents an arbitrary literal string.""")


def _classvar_getitem(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


ClassVar = _SpecialForm(_classvar_getitem, 'ClassVar', """Special type construct to mark class variables.""")
Final = _SpecialForm(_classvar_getitem, 'Final', """Special typing construct to indicate final names to type checkers.""")


def _deduplicate(params):
    params_out = []
    for p in params:
        if p not in params_out:
            params_out.append(p)
    return params_out


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    params = tuple(_deduplicate(flat))
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, params)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters)


Union = _SpecialForm(_union_getitem, 'Union', """Union type; Union[X, Y] means either X or Y.""")
Optional = _SpecialForm(_optional_getitem, 'Optional', """Optional type.""")
Literal = _SpecialForm(_literal_getitem, 'Literal', """Special typing form to define literal types.""")


class _BaseGenericAlias:
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i+1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else
                              a for a in args)
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        args = _to_tuple(args)
        if len(args) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(args) > len(self.__parameters__) else 'few'} arguments for {self};"
                            f" actual {len(args)}, expected {len(self.__parameters__)}")
        subst = {}
        for i in range(len(args)):
            subst[self.__parameters__[i]] = args[i]
        new_args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:  # generic version of an ABC or built-in class
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i+1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            # To ensure the repr is eval-able.
            args = "()"
        return f'{name}[{args}]'


class _SpecialGenericAlias(_BaseGenericAlias):
    def __init__(self, origin, nparams, *, inst=True, name=None, check=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self._check = check
        if origin is not None and isinstance(origin, type) and origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {name}.'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params,
                             name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._check is not None:
            return self._check(cls)
        if isinstance(self.__origin__, type):
            return issubclass(cls, self.__origin__)
        return False

    def __mro_entries__(self, bases):
        if self.__origin__ is None:
            raise TypeError(f"Cannot subclass {self!r}")
        return (self.__origin__,)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is Ellipsis:
            return super().__repr__()
        return (f'typing.Callable'
                f'[[{", ".join([_type_repr(a) for a in self.__args__[:-1]])}], '
                f'{_type_repr(self.__args__[-1])}]')

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params,
                                     name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params,
                                     name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is Ellipsis:
            params = (Ellipsis, result)
        else:
            if not isinstance(args, tuple):
                raise TypeError("Callable[args, result]: args must be a list or ...")
            params = args + (result,)
        return self.copy_with(params)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, type) and issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join([repr(a) for a in self.__args__]) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__),
            ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg)
        return _AnnotatedAlias(origin, tuple(params[1:]))


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError(
                f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        if cls in (Generic, Protocol):
            for param in params:
                if not isinstance(param, TypeVar):
                    raise TypeError(
                        f"Parameters to {cls.__name__}[...] must all be type variables "
                        f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(
                    f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params)


class Protocol(Generic):
    """Base class for protocol classes."""
    __slots__ = ()


class _AbstractCheck:
    def __init__(self, *names):
        self.names = names

    def __call__(self, cls):
        for name in self.names:
            found = False
            for base in cls.__mro__:
                if name in base.__dict__:
                    found = base.__dict__[name] is not None
                    break
            if not found:
                return False
        return True


def _alias(origin, nparams, *, inst=True, name=None, check=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name, check=check)


def _seq_check(*types):
    def check(cls):
        for t in types:
            if t is not None and issubclass(cls, t):
                return True
        return False
    return check


def _builtin(name):
    return getattr(sys.modules['builtins'], name, None)


Hashable = _alias(None, 0, name='Hashable', check=_AbstractCheck('__hash__'))
Awaitable = _alias(None, 1, name='Awaitable', check=_AbstractCheck('__await__'))
Coroutine = _alias(None, 3, name='Coroutine', check=_AbstractCheck('send', 'throw', 'close'))
AsyncIterable = _alias(None, 1, name='AsyncIterable', check=_AbstractCheck('__aiter__'))
AsyncIterator = _alias(None, 1, name='AsyncIterator', check=_AbstractCheck('__aiter__', '__anext__'))
Iterable = _alias(None, 1, name='Iterable', check=_AbstractCheck('__iter__'))
Iterator = _alias(None, 1, name='Iterator', check=_AbstractCheck('__iter__', '__next__'))
Reversible = _alias(None, 1, name='Reversible', check=_AbstractCheck('__reversed__', '__iter__'))
Sized = _alias(None, 0, name='Sized', check=_AbstractCheck('__len__'))
Container = _alias(None, 1, name='Container', check=_AbstractCheck('__contains__'))
Collection = _alias(None, 1, name='Collection', check=_AbstractCheck('__len__', '__iter__', '__contains__'))
Callable = _CallableType(None, 2, name='Callable', check=_AbstractCheck('__call__'))
AbstractSet = _alias(None, 1, name='AbstractSet', check=_seq_check(set, frozenset))
MutableSet = _alias(None, 1, name='MutableSet', check=_seq_check(set))
Mapping = _alias(None, 2, name='Mapping', check=_seq_check(dict))
MutableMapping = _alias(None, 2, name='MutableMapping', check=_seq_check(dict))
Sequence = _alias(None, 1, name='Sequence', check=_seq_check(list, tuple, str, range, _builtin('bytes')))
MutableSequence = _alias(None, 1, name='MutableSequence', check=_seq_check(list))
ByteString = _alias(None, 0, name='ByteString', check=_seq_check(_builtin('bytes'), _builtin('bytearray')))
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(None, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(None, 1, name='MappingView')
KeysView = _alias(None, 1, name='KeysView')
ItemsView = _alias(None, 2, name='ItemsView')
ValuesView = _alias(None, 1, name='ValuesView')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(None, 2, name='DefaultDict')
OrderedDict = _alias(None, 2, name='OrderedDict')
Counter = _alias(None, 1, name='Counter')
ChainMap = _alias(None, 2, name='ChainMap')
Generator = _alias(None, 3, name='Generator', check=_AbstractCheck('__iter__', '__next__', 'send', 'throw', 'close'))
AsyncGenerator = _alias(None, 2, name='AsyncGenerator')
Type = _alias(type, 1, inst=False, name='Type')

AnyStr = TypeVar('AnyStr', _builtin('bytes') or str, str)
AnyStr.__module__ = 'typing'
Text = str


def cast(typ, val):
    """Cast a value to a type.

    This returns the value unchanged.
    """
    return val


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    return _overload_dummy


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def runtime_checkable(cls):
    return cls


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    if isinstance(tp, _BaseGenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not Ellipsis:
            res = (list(res[:-1]), res[-1])
        return res
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object: its __annotations__ (the bases'
    first, for a class), with string forward references evaluated and
    None replaced with type(None)."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                continue
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    if isinstance(obj, type(sys)):
        hints = obj.__dict__.get('__annotations__', {})
    else:
        hints = getattr(obj, '__annotations__', None)
    if hints is None:
        raise TypeError('{!r} is not a module, class, method, '
                        'or function.'.format(obj))
    return {name: _eval_hint(value, globalns, localns) for name, value in hints.items()}
`;
