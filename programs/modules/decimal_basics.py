# decimal (CPython's _pydecimal): arithmetic, contexts and precision, quantize/rounding, signals and traps, special values, formatting
import decimal
from decimal import Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero

print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("10") ** 20, Decimal(0.1))
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("7.325").quantize(Decimal(".01"), rounding=ROUND_DOWN))
print(Decimal("2.5").to_integral_value(), Decimal("3.5").to_integral_value(rounding=ROUND_HALF_EVEN), round(Decimal("2.567"), 2), round(Decimal("2.5")))
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 1, ctx.prec)
print(Decimal(1) / Decimal(3))
c = Context(prec=10, rounding=ROUND_HALF_UP)
print(c.divide(Decimal(2), Decimal(3)), c.sqrt(Decimal(2)), c.power(Decimal(2), Decimal("0.5")))
print(Decimal(2).sqrt(), Decimal(10).ln(), Decimal(100).log10(), Decimal(1).exp())
print(Decimal("-0"), Decimal("Infinity"), Decimal("NaN"), Decimal("1e-7"), Decimal("1.50").normalize(), Decimal("123.4500").as_tuple())
print(Decimal("1.30") == Decimal("1.3"), Decimal("1.3") < 2, hash(Decimal("1.5")) == hash(1.5), Decimal(5) % Decimal(3), Decimal(-7) // Decimal(2), divmod(Decimal(7), Decimal(2)))
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000123'):e}", f"{Decimal('42'):>8}|", str(Decimal("1E+3")), Decimal("1E+3").to_eng_string())
print(sum(Decimal("0.1") for _ in range(10)), Decimal("0.1") * 3 == Decimal("0.3"), float(Decimal("0.1")), int(Decimal("-3.9")))
print(Decimal(10).compare(Decimal(3)), Decimal("1.23").adjusted(), Decimal(3).max(Decimal(5)), Decimal("-2").copy_abs(), Decimal(7).fma(2, 3))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation")
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(Decimal(1) / Decimal(0), bool(ctx.flags[DivisionByZero]))
print(decimal.__name__, Decimal.__module__, decimal.MAX_PREC > 0)
