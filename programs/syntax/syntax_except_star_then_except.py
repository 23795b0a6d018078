# except* then a plain except on the same try: the SyntaxError points at the plain except.
try:
    pass
except* ValueError:
    pass
except:
    pass
