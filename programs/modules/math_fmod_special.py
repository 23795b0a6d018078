# math.fmod over the special values: C's fmod, a ValueError only when a NaN comes from two non-NaN arguments (an infinite x, a zero y).
import math
vals = [0.0, -0.0, 1.5, -1.5, 7.0, float('inf'), float('-inf'), float('nan'), 1e308, 5e-324]
for x in vals:
    row = []
    for y in vals:
        try:
            row.append(repr(math.fmod(x, y)))
        except ValueError as e:
            row.append("VE")
    print(repr(x), " ".join(row))
