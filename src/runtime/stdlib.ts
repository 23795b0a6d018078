/**
 * The library: CPython's Python modules shipped in lib/ (with local
 * changes marked in the files), packed with their compiled code units by
 * the build (lib/pack.mjs → stdlib.generated.json beside this file) and
 * handed to the import system once per process.
 */
import library from "./stdlib.generated.json" with { type: "json" };
import { PyImport_SetLibrary, type LibraryFile } from "../vm/import.js";

export function _PyStdlib_Init(): void {
  PyImport_SetLibrary(library as Record<string, LibraryFile>);
}
