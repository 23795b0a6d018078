# except and except* on the same try: CPython's SyntaxError, pointing at the first except*.
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
