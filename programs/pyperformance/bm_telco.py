# pyperformance's telco benchmark (MIT licence, pyperformance/COPYING;
# github.com/python/pyperformance 1d3e21798ebf, pyperformance/data-files/benchmarks/bm_telco/run_benchmark.py).
# Local change: the pyperf runner (its import and the __main__ block) is replaced
# by the driver at the end, which runs the benchmark once, small, and prints its results.
# Programs have no file access: the driver runs bench_telco's loop over the first
# 200 records of data/telco-bench.b, embedded below as TELCO_DATA.
# coding: UTF-8
""" Telco Benchmark for measuring the performance of decimal calculations

- http://speleotrove.com/decimal/telco.html
- http://speleotrove.com/decimal/telcoSpec.html

A call type indicator, c, is set from the bottom (least significant) bit of the duration (hence c is 0 or 1).
A rate, r, is determined from the call type. Those calls with c=0 have a low r: 0.0013; the remainder (‘distance calls’) have a ‘premium’ r: 0.00894. (The rates are, very roughly, in Euros or dollarates per second.)
A price, p, for the call is then calculated (p=r*n). This is rounded to exactly 2 fractional digits using round-half-even (Banker’s round to nearest).
A basic tax, b, is calculated: b=p*0.0675 (6.75%). This is truncated to exactly 2 fractional digits (round-down), and the total basic tax variable is then incremented (sumB=sumB+b).
For distance calls: a distance tax, d, is calculated: d=p*0.0341 (3.41%). This is truncated to exactly 2 fractional digits (round-down), and then the total distance tax variable is incremented (sumD=sumD+d).
The total price, t, is calculated (t=p+b, and, if a distance call, t=t+d).
The total prices variable is incremented (sumT=sumT+t).
The total price, t, is converted to a string, s.

"""

from decimal import ROUND_HALF_EVEN, ROUND_DOWN, Decimal, getcontext, Context
import io
import os
from struct import unpack



def rel_path(*path):
    return os.path.join(os.path.dirname(__file__), *path)


def bench_telco(loops, filename):
    getcontext().rounding = ROUND_DOWN
    rates = list(map(Decimal, ('0.0013', '0.00894')))
    twodig = Decimal('0.01')
    Banker = Context(rounding=ROUND_HALF_EVEN)
    basictax = Decimal("0.0675")
    disttax = Decimal("0.0341")

    with open(filename, "rb") as infil:
        data = infil.read()

    infil = io.BytesIO(data)
    outfil = io.StringIO()

    start = pyperf.perf_counter()
    for _ in range(loops):
        infil.seek(0)

        sumT = Decimal("0")   # sum of total prices
        sumB = Decimal("0")   # sum of basic tax
        sumD = Decimal("0")   # sum of 'distance' tax

        for i in range(5000):
            datum = infil.read(8)
            if datum == '':
                break
            n, =  unpack('>Q', datum)

            calltype = n & 1
            r = rates[calltype]

            p = Banker.quantize(r * n, twodig)

            b = p * basictax
            b = b.quantize(twodig)
            sumB += b

            t = p + b

            if calltype:
                d = p * disttax
                d = d.quantize(twodig)
                sumD += d
                t += d

            sumT += t
            print(t, file=outfil)

        outfil.seek(0)
        outfil.truncate()

    return pyperf.perf_counter() - start


# --- driver (replaces the pyperf runner)
TELCO_DATA = bytes.fromhex(
    "00000000000000270000000000000165000000000000003c00000000000000a0"
    "00000000000002ea000000000000001900000000000000fd0000000000000052"
    "000000000000000a00000000000001aa000000000000023d00000000000000d9"
    "00000000000000170000000000000060000000000000005a000000000000001b"
    "0000000000000026000000000000002300000000000000860000000000000070"
    "000000000000008c00000000000000040000000000000040000000000000007d"
    "000000000000015c000000000000004800000000000000ca00000000000000a1"
    "000000000000012700000000000000ff00000000000000960000000000000092"
    "000000000000001900000000000001b60000000000000023000000000000017f"
    "0000000000000096000000000000007900000000000000b7000000000000000b"
    "000000000000024300000000000000d800000000000001cf00000000000001b0"
    "000000000000018f00000000000001d500000000000000360000000000000074"
    "00000000000000e6000000000000006f00000000000000be0000000000000056"
    "00000000000000df000000000000006200000000000000980000000000000026"
    "000000000000002f000000000000006800000000000001c70000000000000049"
    "000000000000023c000000000000010f00000000000000500000000000000191"
    "000000000000004800000000000001c600000000000000eb0000000000000087"
    "000000000000002f000000000000003f000000000000005f00000000000000c0"
    "000000000000002a0000000000000010000000000000004000000000000000be"
    "0000000000000009000000000000025c00000000000000260000000000000171"
    "00000000000000b1000000000000012500000000000002000000000000000013"
    "0000000000000108000000000000009100000000000000cb0000000000000032"
    "00000000000001b7000000000000001c000000000000000c00000000000001b1"
    "00000000000000b400000000000001ae000000000000006d0000000000000085"
    "000000000000000600000000000001df0000000000000056000000000000012f"
    "0000000000000314000000000000001700000000000001790000000000000085"
    "0000000000000129000000000000006b000000000000000e000000000000017c"
    "000000000000005400000000000000b9000000000000012c0000000000000027"
    "00000000000002960000000000000109000000000000022c000000000000007d"
    "000000000000007d000000000000007c000000000000017a000000000000022b"
    "00000000000000130000000000000069000000000000005800000000000001f2"
    "000000000000016300000000000001c5000000000000023a00000000000000f2"
    "000000000000005800000000000000e400000000000000540000000000000084"
    "0000000000000164000000000000015a0000000000000089000000000000037b"
    "000000000000022e000000000000010600000000000000c200000000000000a6"
    "000000000000006700000000000000ac00000000000000b400000000000001ac"
    "00000000000000b500000000000001bd00000000000000cd0000000000000001"
    "000000000000003400000000000001e50000000000000108000000000000009b"
    "000000000000003000000000000001ab00000000000000090000000000000098"
    "0000000000000010000000000000000200000000000000010000000000000089"
    "000000000000000f000000000000001e00000000000001060000000000000142"
    "00000000000000e3000000000000000d00000000000000c200000000000000dc"
    "000000000000008800000000000002ef0000000000000020000000000000010c"
    "000000000000010100000000000000230000000000000046000000000000000c"
    "00000000000000d4000000000000005100000000000001830000000000000190"
    "00000000000001060000000000000090000000000000010d00000000000000e1"
    "0000000000000009000000000000002f000000000000006f000000000000009c"
    "000000000000008f000000000000024600000000000001060000000000000175"
    "000000000000003400000000000000110000000000000077000000000000000d"
    "00000000000000810000000000000053000000000000000300000000000000e6"
)

getcontext().rounding = ROUND_DOWN
rates = list(map(Decimal, ('0.0013', '0.00894')))
twodig = Decimal('0.01')
Banker = Context(rounding=ROUND_HALF_EVEN)
basictax = Decimal("0.0675")
disttax = Decimal("0.0341")
infil = io.BytesIO(TELCO_DATA)
outfil = io.StringIO()
sumT = Decimal("0")
sumB = Decimal("0")
sumD = Decimal("0")
for i in range(200):
    datum = infil.read(8)
    if datum == b'':
        break
    n, = unpack('>Q', datum)
    calltype = n & 1
    r = rates[calltype]
    p = Banker.quantize(r * n, twodig)
    b = p * basictax
    b = b.quantize(twodig)
    sumB += b
    t = p + b
    if calltype:
        d = p * disttax
        d = d.quantize(twodig)
        sumD += d
        t += d
    sumT += t
    print(t, file=outfil)
lines = outfil.getvalue().splitlines()
print(len(lines), lines[:8], lines[-3:])
print(sumT, sumB, sumD)
