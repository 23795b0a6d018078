# `from __future__ import annotations` (PEP 563): annotations are stored as
# the strings CPython's unparser (ast_unparse.c) makes of them, never
# evaluated: its spacing, parentheses, quotes and literal forms.
from __future__ import annotations

import __future__

print(annotations is __future__.annotations, annotations)
print(__future__.annotations.compiler_flag == 0x1000000)


def f(a: int, b: list[int] = [], *args: tuple[str, ...], c: "quoted" = 1, d: dict[str, int | None], **kw: Undefined) -> set[int]:
    pass


print(f.__annotations__)

x: int
y: "str" = "y"
z: Optional[List[Tuple[int, str]]] = None
print(__annotations__)


class C:
    attr: ClassVar[int] = 0
    other: C
    nested: dict[str, list[C]]


print(C.__annotations__)

# Expressions of every kind, unparsed. Nothing here is evaluated, so the
# names need not exist.
exprs: dict = {}


def g(
    a01: a + b * c - d / e // f % g @ h,
    a02: (a + b) * c,
    a03: a ** b ** c,
    a04: (a ** b) ** c,
    a05: -a ** 2,
    a06: (-a) ** 2,
    a07: not a and b or c,
    a08: not (a and b),
    a09: a if b else c,
    a10: (a if b else c) if d else e,
    a11: lambda: 0,
    a12: lambda x, y=1, *args, z, w=2, **kw: x,
    a13: lambda *args: 0,
    a14: lambda x, /, y: x,
    a15: a < b <= c == d != e > f >= g,
    a16: a is not b,
    a17: a not in b,
    a18: (a < b) < c,
    a19: a | b & c ^ d << e >> f,
    a20: ~a,
    a21: +a,
    a22: f(x, *args, k=1, **kw),
    a23: f(x for x in y),
    a24: f((x for x in y), 1),
    a25: [x for x in y if x if z for w in x],
    a26: {x for x in y},
    a27: {k: v for k, v in items},
    a28: (x for x in (y, z)),
    a29: {},
    a30: {1: 2, **other, 3: 4},
    a31: {1, 2},
    a32: [],
    a33: [1, [2, 3]],
    a34: (),
    a35: (1,),
    a36: (1, 2),
    a37: x[1:2],
    a38: x[::2],
    a39: x[1:2, 3],
    a40: x[a, b],
    a41: x[(a, b)],
    a42: x[:],
    a43: x.y.z,
    a44: (1).real,
    a45: 1.5.real,
    a46: "text",
    a47: 'it\'s',
    a48: "both ' and \"",
    a49: b"bytes",
    a50: 1e300 * 1e300,
    a51: 1e400,
    a52: 0.1 + 0.2,
    a53: 10 ** 20,
    a54: 0x_ff,
    a55: ...,
    a56: None,
    a57: True,
    a58: f"plain",
    a59: f"value {x!r:>{width}} and {y}",
    a60: f"{x}{{braces}}",
    a61: f"{ {1: 2}[1] }",
    a62: f"{(lambda: 1)()}",
    a63: f"{x=}",
    a64: "\n\t\x00é€",
    a65: yield_ if False else 0,
    a66: a[b][c](d),
    a67: (a, b)[0],
    a68: -(-a),
    a69: (not a) == b,
    a70: a + (b + c),
    a71: (a + b) + c,
    a72: a - (b - c),
    a73: await_ * 2,
    a74: x[*a],
    a75: [*a, *b],
    a76: (*a, b),
    a77: f(*a),
    a78: "a" "b",
    a79: u"unicode",
    a80: -1,
    a81: 1 if x else lambda: y,
):
    pass


for name, text in g.__annotations__.items():
    print(name, text)
