# except* clauses parse to TryStar with ExceptHandler nodes.
try:
    pass
except* ValueError:
    pass

try:
    f()
except *(TypeError, KeyError) as e:
    g(e)
except* OSError:
    pass
else:
    h()
finally:
    i()
