# sys functions as CPython 3.11 has them: sys.exception(), the switch interval, the int string-conversion digit limit (its checks and its effect), call_tracing, copyright and __stdin__.
import sys
print(sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print(repr(sys.exception()))
    try:
        raise ValueError(1)
    except ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
print(sys.getswitchinterval())
sys.setswitchinterval(0.01); print(sys.getswitchinterval())
sys.setswitchinterval(1e-7); print(sys.getswitchinterval())
for bad in [0, -1.0, 'x']:
    try: sys.setswitchinterval(bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
try: str(10**800)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0); print(len(str(10**5000)))
for bad in [100, 'x', 2**40]:
    try: sys.set_int_max_str_digits(bad)
    except (TypeError, ValueError, OverflowError) as e: print(type(e).__name__, e)
try: sys.set_int_max_str_digits()
except TypeError as e: print(e)
sys.set_int_max_str_digits(4300)
print(sys.call_tracing(max, (3, 9, 2)))
try: sys.call_tracing(max, [1])
except TypeError as e: print(e)
print(sys.copyright.splitlines()[0], sys.__stdin__ is sys.stdin, type(sys.orig_argv).__name__, sys.orig_argv[-1])
