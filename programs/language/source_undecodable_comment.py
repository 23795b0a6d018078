# coding: utf-8
# Bytes that are not UTF-8 in comments of a file declared UTF-8 are never decoded: the program runs. (ÿþ)
print("comment ok")  # café


def f():
    return 1 / 0  # ÿ: no source line can be read back for tracebacks


f()
