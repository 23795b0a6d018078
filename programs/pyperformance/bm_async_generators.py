# pyperformance's async_generators benchmark (MIT licence, pyperformance/COPYING;
# github.com/python/pyperformance 1d3e21798ebf, pyperformance/data-files/benchmarks/bm_async_generators/run_benchmark.py).
# Local change: the pyperf runner (its import and the __main__ block) is replaced
# by the driver at the end, which runs the benchmark once, small, and prints its results.
"""
Benchmark recursive async generators implemented in python
by traversing a binary tree.

Author: Kumar Aditya
"""

from __future__ import annotations

from collections.abc import AsyncIterator



class Tree:
    def __init__(self, left: Tree | None, value: int, right: Tree | None) -> None:
        self.left = left
        self.value = value
        self.right = right

    async def __aiter__(self) -> AsyncIterator[int]:
        if self.left:
            async for i in self.left:
                yield i
        yield self.value
        if self.right:
            async for i in self.right:
                yield i


def tree(input: range) -> Tree | None:
    n = len(input)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(input[:i]), input[i], tree(input[i + 1:]))

async def bench_async_generators() -> None:
    async for _ in tree(range(100000)):
        pass

# --- driver (replaces the pyperf runner)
# bench_async_generators walks a tree of 100000 values; the driver walks one
# of 2000 (run by asyncio.run, as pyperf's bench_async_func does) and prints
# what it yields.
import asyncio


async def collect(n):
    return [i async for i in tree(range(n))]


values = asyncio.run(collect(2000))
print(len(values), values == list(range(2000)), values[:5], values[-3:])
print(tree(range(0)), tree(range(3)).value, tree(range(3)).left.value)
