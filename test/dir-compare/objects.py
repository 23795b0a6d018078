# Definitions the dir() subjects are reached through (the expressions in
# cpython-dir.json name them): one object of each kind a program meets
# without importing anything but sys, types and re. Both test/goldens/dir_listing.py
# (under CPython) and test/dir-compare.test.ts (under refpy) run this first.
import builtins
import re
import sys
import types


def _gen():
    yield 1


async def _coro():
    pass


async def _agen():
    yield 1


def _closure():
    x = 1

    def inner():
        return x

    return inner


class _Plain:
    def method(self):
        pass


class _Slotted:
    __slots__ = ("slot",)


class _Sequence:
    def __getitem__(self, i):
        raise IndexError


def _traceback():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__


_d = {"a": 1}
_g = _gen()
_c = _coro()
_c.close()
_a = _agen()
_pattern = re.compile('')
