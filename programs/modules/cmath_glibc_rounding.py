# arguments where glibc's atan2 is one unit in the last place from the correctly rounded value (refpy's): cmath.atanh/atan differ
import cmath

print(cmath.atanh(0.1 + 0.2j))
print(cmath.atan(0.2 + 0.1j))
