"""Run every test/modules-golden/NAME.py under CPython (python3) and write
NAME.out (stdout), NAME.err (stderr, when any) and NAME.exit (status, when
not 0). Run from anywhere: python3 test/modules-golden/make_expected.py"""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
for name in sorted(os.listdir(here)):
    if not name.endswith(".py") or name == "make_expected.py":
        continue
    base = name[:-3]
    r = subprocess.run([sys.executable, name], cwd=here, capture_output=True, text=True)
    # Tracebacks name the program as the tests do: by its file name.
    stderr = r.stderr.replace(here + os.sep, "")
    with open(os.path.join(here, base + ".out"), "w") as f:
        f.write(r.stdout)
    for ext, content in (("err", stderr), ("exit", "%d\n" % r.returncode if r.returncode else "")):
        path = os.path.join(here, base + "." + ext)
        if content:
            with open(path, "w") as f:
                f.write(content)
        elif os.path.exists(path):
            os.remove(path)
    print(base, r.returncode)
