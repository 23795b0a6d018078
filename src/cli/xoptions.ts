/**
 * The values of the command's `-X` options that take numbers: pure
 * parsers shared by the command (command.ts, on the interpreter's thread)
 * and `refpy sweep` (sweep.ts, on the launcher's thread, which must not
 * load the interpreter). Each returns null for a value it does not take.
 *
 * This module imports nothing.
 */

/** `-X heap-limit=SIZE`: bytes, with optional K/M/G (powers of 1024). */
export function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([kKmMgG]?)[bB]?$/.exec(text.trim());
  if (m === null) return null;
  const mult = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as "" | "k" | "m" | "g"];
  return Math.floor(Number(m[1]) * mult);
}

/** `-X gc-threshold=T0[,T1[,T2]]`: one to three integers that fit a C int,
 *  as gc.set_threshold takes them; values not given keep 3.11's defaults
 *  (set_threshold(5) → (5, 10, 10)). */
export function parseGCThreshold(text: string): [number, number, number] | null {
  const parts = text.split(",");
  if (parts.length > 3) return null;
  const t: [number, number, number] = [700, 10, 10];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i].trim();
    if (!/^[+-]?\d+$/.test(p)) return null;
    const n = Number(p);
    if (n < -2147483648 || n > 2147483647) return null;
    t[i] = n;
  }
  return t;
}
