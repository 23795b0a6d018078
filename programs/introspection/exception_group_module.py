# ExceptionGroup is made by PyErr_NewException in CPython: its class dict holds __module__ first; BaseExceptionGroup is a static type whose __module__ comes from its name.
print(list(ExceptionGroup.__dict__))
print(ExceptionGroup.__module__, ExceptionGroup.__dict__["__module__"], ExceptionGroup.__doc__)
print("__module__" in BaseExceptionGroup.__dict__, BaseExceptionGroup.__module__)
print(ExceptionGroup.__flags__ & (1 << 9), BaseExceptionGroup.__flags__ & (1 << 9))
print(ExceptionGroup.__mro__)
print(repr(ExceptionGroup("m", [ValueError(1)])))
