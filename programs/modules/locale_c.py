# locale in the C locale: setlocale, localeconv, format_string with grouping, currency in C, atof/atoi, normalize, strcoll
import locale
print(locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_NUMERIC, "C"), locale.getlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.format_string("%d items, %.2f", (1234567, 1234.5), grouping=True), locale.str(3.5), locale.atof("2.5"), locale.atoi("42"))
print(locale.normalize("en_US.utf8"), locale.normalize("de_DE"), locale.strcoll("a", "b"), locale.strxfrm("abc"))
print(locale.delocalize("1,234.5"), locale.localize("1234.5"))
try:
    locale.setlocale(locale.LC_ALL, "xx_XX")
except locale.Error as e:
    print("Error", e)
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError", e)
