# import inside __del__ at interpreter exit (spec 2.7): once shutdown has
# set sys.meta_path to None an import of a module not in sys.modules
# raises ImportError; names a program added to builtins are released when
# the builtins are restored, and a finalizer that runs after sys is
# cleared finds sys.stderr None, so its error is not shown.
import builtins
import os
import sys

write = os.write


class Importer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        write(1, ("del %s\n" % self.name).encode())
        for module in ("math", "sys"):
            try:
                __import__(module)
                write(1, b"  imported\n")
            except BaseException as e:
                write(1, ("  %s: %s\n" % (type(e).__name__, e)).encode())
        import json


class Cycle:
    def __del__(self):
        import collections


main_global = Importer("global of __main__")
builtins.kept_in_builtins = Importer("name added to builtins")
sys.kept_in_sys = Importer("attribute of sys")
c = Cycle()
c.me = c
print("end of script", flush=True)
