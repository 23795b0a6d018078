# typing's special forms and aliases: reprs, equality, subscription errors.
import typing
from typing import (Any, Callable, ClassVar, Dict, FrozenSet, Generator, Generic, Iterable, Iterator,
                    List, Mapping, Optional, Sequence, Set, Tuple, Type, TypeVar, Union, cast, TYPE_CHECKING,
                    Literal, Final, NoReturn)

T = TypeVar("T")
K = TypeVar("K")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
print(Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterator, Iterable)
print(Generator, Sequence, Mapping, Type, ClassVar, Final, Literal, NoReturn)
print(T, T_co, T_contra, T.__name__)
print(Optional[int], List[int], Dict[str, List[int]], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Union[int, str], Union[int, None], Union[None, str], Union[int, Union[str, float]], Union[int, int])
print(Optional[Union[int, str]], Callable[[str], int], Callable[..., None], Callable[[], List[T]])
print(Set[T], FrozenSet[float], Iterator[int], Iterable[str], Generator[int, None, None])
print(Sequence[Any], Mapping[K, T], Type[int], ClassVar[int], Literal["a", 1], Final[int])
print(List["Node"], Optional["Node"])
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__, Union[int, str].__args__)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Callable[[int], str]))
print(cast(int, "not an int"), cast(List[int], None), TYPE_CHECKING)
print(Dict[str, T][int], List[T][float])
print(isinstance([], List), isinstance({}, Dict), isinstance(3, Iterable), isinstance("ab", Iterable))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(3)
s.push(4)
print(s.pop(), s.items, Stack[int], Stack.__mro__, Stack.__orig_bases__)


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__mro__)


class MyList(List[int]):
    pass


m = MyList([1, 2])
m.append(3)
print(m, MyList.__mro__)


def f(x: Optional[int] = None, *args: Any, **kw: Dict[str, int]) -> Union[int, str]:
    return x


class Holder:
    x: Optional[int] = None
    rest: Dict[str, Callable[[int], Any]]


print(Holder.__annotations__, f(3))
for bad in [lambda: Union[()], lambda: Optional[int, str], lambda: List[int, str], lambda: Dict[int],
            lambda: Any[int], lambda: Any(), lambda: List(), lambda: ClassVar[int, str],
            lambda: isinstance(3, Any), lambda: isinstance(3, List[int]), lambda: Generic[int],
            lambda: Callable[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
