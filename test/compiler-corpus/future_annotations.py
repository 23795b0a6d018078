"""Annotations under PEP 563: strings in the constants, no evaluation."""
from __future__ import annotations, division


def f(a: int, b: list[int] = [], *args: str, c: "q" = 1, **kw: dict[str, int]) -> set[int]:
    x: int = 1
    y: list[str]
    return x


class C:
    attr: ClassVar[int] = 0
    other: C
    obj.attr: int
    obj.attr2: int = 2
    seq[0]: str
    (plain): int


m: dict[str, int] = {}
n: lambda x: x + 1
(p): int
q.r: int


def g():
    def h(z: g) -> g:
        return z
    return h
