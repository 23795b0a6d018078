/**
 * What CPython's `site` module adds to the builtins of a program run the
 * usual way (`python3 prog.py`, without -S): Lib/site.py's setquit(),
 * setcopyright() and sethelper(), with the objects of CPython's own
 * Lib/_sitebuiltins.py (shipped unchanged in lib/):
 *
 *     exit, quit        _sitebuiltins.Quitter: `Use exit() or Ctrl-D (i.e. EOF)
 *                       to exit`; calling one closes sys.stdin and raises
 *                       SystemExit(code)
 *     copyright         _Printer of sys.copyright
 *     credits           _Printer of site's thanks
 *     license           _Printer of CPython's LICENSE.txt (packed with the
 *                       library; site reads the file beside the library)
 *
 * The printers are made without _Printer.__init__ (see SITE_SOURCE).
 *     help              _Helper: `Type help() for interactive help, …`
 *
 * The rest of site.main() (sys.path entries from site-packages and .pth
 * files, the user site, sitecustomize) has nothing to act on in refpy,
 * which reads no files.
 */
import library from "./stdlib.generated.json" with { type: "json" };
import { Py_DECREF } from "../heap/refcount.js";
import { PyDict_New, PyDict_SetItemString } from "../objects/dictobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import { execSource } from "../modules/frozen.js";

/** site's additions, as site.py makes them. The printers get the state
 *  _Printer.__init__ gives them without running it: it imports `os` to
 *  join the licence file's folder names (a tenth of a second per run
 *  here), and refpy has the licence text itself instead of a file. */
const SITE_SOURCE = `\
import builtins, sys, _sitebuiltins
eof = 'Ctrl-D (i.e. EOF)'
builtins.quit = _sitebuiltins.Quitter('quit', eof)
builtins.exit = _sitebuiltins.Quitter('exit', eof)
credits = """\\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information."""
Printer = _sitebuiltins._Printer
for name, data in (("copyright", sys.copyright), ("credits", credits),
                   ("license", LICENSE or "See https://www.python.org/psf/license/")):
    printer = Printer.__new__(Printer)
    printer._Printer__name = name
    printer._Printer__data = data
    printer._Printer__lines = None
    printer._Printer__filenames = []
    setattr(builtins, name, printer)
builtins.help = _sitebuiltins._Helper()
`;

/** CPython's licence file, as site reads it (its text, or null). */
function licenseText(): string | null {
  const file = (library as Record<string, { source: string } | undefined>)["LICENSE.txt"];
  return file === undefined ? null : file.source;
}

/** Add site's builtins (start-up, before `__main__` runs). */
export function _PySite_AddBuiltins(): void {
  const ns = PyDict_New();
  try {
    const text = licenseText();
    if (text === null) PyDict_SetItemString(ns, "LICENSE", Py_None);
    else {
      const s = PyUnicode_FromString(text);
      PyDict_SetItemString(ns, "LICENSE", s);
      Py_DECREF(s);
    }
    execSource(SITE_SOURCE, "<frozen site>", ns, ns);
  } finally {
    Py_DECREF(ns);
  }
}
