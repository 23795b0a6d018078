# pyperformance's base64 benchmark (MIT licence, pyperformance/COPYING;
# github.com/python/pyperformance 1d3e21798ebf, pyperformance/data-files/benchmarks/bm_base64/run_benchmark.py).
# Local change: the pyperf runner (its import and the __main__ block) is replaced
# by the driver at the end, which runs the benchmark once, small, and prints its results.
# pyperf.perf_counter is time.perf_counter (the same clock), imported in place of pyperf.
# The data sizes are cut (MEDIUM 307 bytes, 9K 900, LARGE 1024, HUGE 2046) so that one run stays short.
"""Benchmark for the base64 module's primary public APIs.

Tests encoding and decoding performance across various variants
and data sizes, split into _small (balanced small data) and _large variants.

Small weighs towards measuring overhead, large measures the core algorithm
loop implementation.
"""

import base64
import random
import time


# Generate test data with a fixed seed for reproducibility
random.seed(12345)
DATA_TINY = random.randbytes(20)
DATA_SMALL = random.randbytes(127)  # odd on purpose
DATA_MEDIUM = random.randbytes(307)
DATA_9K = random.randbytes(900)
DATA_LARGE = random.randbytes(1024)
DATA_HUGE = random.randbytes(2046)  # 1M-2 upstream: 2K-2

# Pre-encoded data for decode benchmarks
B64_TINY = base64.b64encode(DATA_TINY)
B64_SMALL = base64.b64encode(DATA_SMALL)
B64_MEDIUM = base64.b64encode(DATA_MEDIUM)
B64_9K_STR = base64.b64encode(DATA_9K).decode('ascii')
B64_LARGE = base64.b64encode(DATA_LARGE)
B64_HUGE = base64.b64encode(DATA_HUGE)

B64_URLSAFE_TINY = base64.urlsafe_b64encode(DATA_TINY)
B64_URLSAFE_SMALL = base64.urlsafe_b64encode(DATA_SMALL)
B64_URLSAFE_MEDIUM = base64.urlsafe_b64encode(DATA_MEDIUM)
B64_URLSAFE_9K_STR = base64.urlsafe_b64encode(DATA_9K).decode('ascii')

B32_TINY = base64.b32encode(DATA_TINY)
B32_SMALL = base64.b32encode(DATA_SMALL)
B32_MEDIUM = base64.b32encode(DATA_MEDIUM)
B32_9K_STR = base64.b32encode(DATA_9K).decode('ascii')
B32_LARGE = base64.b32encode(DATA_LARGE)
B32_HUGE = base64.b32encode(DATA_HUGE)

B16_TINY = base64.b16encode(DATA_TINY)
B16_SMALL = base64.b16encode(DATA_SMALL)
B16_MEDIUM = base64.b16encode(DATA_MEDIUM)
B16_9K_STR = base64.b16encode(DATA_9K).decode('ascii')
B16_LARGE = base64.b16encode(DATA_LARGE)
B16_HUGE = base64.b16encode(DATA_HUGE)

A85_TINY = base64.a85encode(DATA_TINY)
A85_SMALL = base64.a85encode(DATA_SMALL)
A85_MEDIUM = base64.a85encode(DATA_MEDIUM)
A85_9K_STR = base64.a85encode(DATA_9K).decode('ascii')
A85_LARGE = base64.a85encode(DATA_LARGE)
A85_HUGE = base64.a85encode(DATA_HUGE)

B85_TINY = base64.b85encode(DATA_TINY)
B85_SMALL = base64.b85encode(DATA_SMALL)
B85_MEDIUM = base64.b85encode(DATA_MEDIUM)
B85_9K_STR = base64.b85encode(DATA_9K).decode('ascii')
B85_LARGE = base64.b85encode(DATA_LARGE)
B85_HUGE = base64.b85encode(DATA_HUGE)


# --- Base64 ---

def bench_b64_small(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        for _ in range(450):
            base64.b64encode(DATA_TINY)
            base64.b64decode(B64_TINY)
        for _ in range(71):
            base64.b64encode(DATA_SMALL)
            base64.b64decode(B64_SMALL)
        for _ in range(3):
            base64.b64encode(DATA_MEDIUM)
            base64.b64decode(B64_MEDIUM)
        base64.b64encode(DATA_9K)
        base64.b64decode(B64_9K_STR)
    return time.perf_counter() - t0


def bench_b64_large(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        for _ in range(10):
            base64.b64encode(DATA_LARGE)
            base64.b64decode(B64_LARGE)
        base64.b64encode(DATA_HUGE)
        base64.b64decode(B64_HUGE)
    return time.perf_counter() - t0


# --- URL-safe Base64 (small only) ---

def bench_urlsafe_b64_small(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        for _ in range(450):
            base64.urlsafe_b64encode(DATA_TINY)
            base64.urlsafe_b64decode(B64_URLSAFE_TINY)
        for _ in range(71):
            base64.urlsafe_b64encode(DATA_SMALL)
            base64.urlsafe_b64decode(B64_URLSAFE_SMALL)
        for _ in range(3):
            base64.urlsafe_b64encode(DATA_MEDIUM)
            base64.urlsafe_b64decode(B64_URLSAFE_MEDIUM)
        base64.urlsafe_b64encode(DATA_9K)
        base64.urlsafe_b64decode(B64_URLSAFE_9K_STR)
    return time.perf_counter() - t0


# --- Base32 ---

def bench_b32_small(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        for _ in range(450):
            base64.b32encode(DATA_TINY)
            base64.b32decode(B32_TINY)
        for _ in range(71):
            base64.b32encode(DATA_SMALL)
            base64.b32decode(B32_SMALL)
        for _ in range(3):
            base64.b32encode(DATA_MEDIUM)
            base64.b32decode(B32_MEDIUM)
        base64.b32encode(DATA_9K)
        base64.b32decode(B32_9K_STR)
    return time.perf_counter() - t0


def bench_b32_large(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        for _ in range(10):
            base64.b32encode(DATA_LARGE)
            base64.b32decode(B32_LARGE)
        base64.b32encode(DATA_HUGE)
        base64.b32decode(B32_HUGE)
    return time.perf_counter() - t0


# --- Base16 ---

def bench_b16_small(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        for _ in range(450):
            base64.b16encode(DATA_TINY)
            base64.b16decode(B16_TINY)
        for _ in range(71):
            base64.b16encode(DATA_SMALL)
            base64.b16decode(B16_SMALL)
        for _ in range(3):
            base64.b16encode(DATA_MEDIUM)
            base64.b16decode(B16_MEDIUM)
        base64.b16encode(DATA_9K)
        base64.b16decode(B16_9K_STR)
    return time.perf_counter() - t0


def bench_b16_large(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        for _ in range(10):
            base64.b16encode(DATA_LARGE)
            base64.b16decode(B16_LARGE)
        base64.b16encode(DATA_HUGE)
        base64.b16decode(B16_HUGE)
    return time.perf_counter() - t0


# --- Ascii85 (includes wrapcol=76) ---

def bench_a85_small(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        for _ in range(450):
            base64.a85encode(DATA_TINY)
            base64.a85encode(DATA_TINY, wrapcol=76)
            base64.a85decode(A85_TINY)
            base64.a85decode(A85_TINY)  # balance enc+dec weight
        for _ in range(71):
            base64.a85encode(DATA_SMALL)
            base64.a85encode(DATA_SMALL, wrapcol=76)
            base64.a85decode(A85_SMALL)
            base64.a85decode(A85_SMALL)  # balance enc+dec weight
        for _ in range(3):
            base64.a85encode(DATA_MEDIUM)
            base64.a85encode(DATA_MEDIUM, wrapcol=76)
            base64.a85decode(A85_MEDIUM)
            base64.a85decode(A85_MEDIUM)  # balance enc+dec weight
        base64.a85encode(DATA_9K)
        base64.a85encode(DATA_9K, wrapcol=76)
        base64.a85decode(A85_9K_STR)
        base64.a85decode(A85_9K_STR)  # balance enc+dec weight
    return time.perf_counter() - t0


def bench_a85_large(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        for _ in range(10):
            base64.a85encode(DATA_LARGE)
            base64.a85encode(DATA_LARGE, wrapcol=76)
            base64.a85decode(A85_LARGE)
            base64.a85decode(A85_LARGE)  # balance enc+dec weight
        base64.a85encode(DATA_HUGE)
        base64.a85encode(DATA_HUGE, wrapcol=76)
        base64.a85decode(A85_HUGE)
        base64.a85decode(A85_HUGE)  # balance enc+dec weight
    return time.perf_counter() - t0


# --- Base85 ---

def bench_b85_small(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        for _ in range(450):
            base64.b85encode(DATA_TINY)
            base64.b85decode(B85_TINY)
        for _ in range(71):
            base64.b85encode(DATA_SMALL)
            base64.b85decode(B85_SMALL)
        for _ in range(3):
            base64.b85encode(DATA_MEDIUM)
            base64.b85decode(B85_MEDIUM)
        base64.b85encode(DATA_9K)
        base64.b85decode(B85_9K_STR)
    return time.perf_counter() - t0


def bench_b85_large(loops):
    range_it = range(loops)
    t0 = time.perf_counter()
    for _ in range_it:
        for _ in range(10):
            base64.b85encode(DATA_LARGE)
            base64.b85decode(B85_LARGE)
        base64.b85encode(DATA_HUGE)
        base64.b85decode(B85_HUGE)
    return time.perf_counter() - t0


# --- driver (replaces the pyperf runner)
import binascii


def crc(enc):
    return len(enc), binascii.crc32(enc if isinstance(enc, bytes) else enc.encode('ascii'))


print([(len(data), binascii.crc32(data)) for data in (DATA_TINY, DATA_SMALL, DATA_MEDIUM, DATA_9K, DATA_LARGE, DATA_HUGE)])
print(B64_TINY, B32_TINY, B16_TINY, A85_TINY, B85_TINY, sep='\n')
print([crc(enc) for enc in (B64_SMALL, B64_MEDIUM, B64_9K_STR, B64_LARGE, B64_HUGE)])
print([crc(enc) for enc in (B64_URLSAFE_SMALL, B64_URLSAFE_MEDIUM, B64_URLSAFE_9K_STR)])
print([crc(enc) for enc in (B32_SMALL, B32_MEDIUM, B32_9K_STR, B32_LARGE, B32_HUGE)])
print([crc(enc) for enc in (B16_SMALL, B16_MEDIUM, B16_9K_STR, B16_LARGE, B16_HUGE)])
print([crc(enc) for enc in (A85_SMALL, A85_MEDIUM, A85_9K_STR, A85_LARGE, A85_HUGE)])
print([crc(enc) for enc in (B85_SMALL, B85_MEDIUM, B85_9K_STR, B85_LARGE, B85_HUGE)])
print(crc(base64.a85encode(DATA_SMALL, wrapcol=76)), base64.a85encode(DATA_TINY, wrapcol=10))
print(base64.b64decode(B64_9K_STR) == DATA_9K, base64.urlsafe_b64decode(B64_URLSAFE_9K_STR) == DATA_9K,
      base64.b32decode(B32_9K_STR) == DATA_9K, base64.b16decode(B16_9K_STR) == DATA_9K,
      base64.a85decode(A85_9K_STR) == DATA_9K, base64.b85decode(B85_9K_STR) == DATA_9K)
for bench in (bench_b64_small, bench_b64_large, bench_urlsafe_b64_small, bench_b32_small,
              bench_b32_large, bench_b16_small, bench_b16_large, bench_a85_small,
              bench_a85_large, bench_b85_small, bench_b85_large):
    print(bench.__name__, bench(1) >= 0)
