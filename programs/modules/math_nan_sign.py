# math.copysign reads a NaN's sign bit, as C's copysign does: -nan (the
# negation of float('nan')) gives its sign to the result, and copying a
# sign onto a NaN sets or clears that bit, which struct shows.
import math, struct
nan = float('nan')
for label, v in [("nan", nan), ("-nan", -nan), ("-(-nan)", -(-nan)), ("abs(-nan)", abs(-nan))]:
    print(label, math.copysign(1.0, v), struct.pack('>d', v).hex())
for x in (nan, -nan, 2.5):
    for y in (1.0, -1.0, nan, -nan, 0.0, -0.0):
        r = math.copysign(x, y)
        print(repr(x), repr(y), struct.pack('>d', r).hex(), math.copysign(1.0, r))
