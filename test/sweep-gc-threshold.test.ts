/**
 * `-X gc-threshold=T0[,T1[,T2]]` and run()'s `gcThresholds`: the value is
 * parsed as gc.set_threshold takes its arguments (C ints, missing values
 * keep 3.11's defaults), and the thresholds are in force from the first
 * allocation of the program.
 */
import { describe, expect, test } from "vitest";
import { parseGCThreshold } from "../src/cli/command.js";
import { run } from "../src/api/run.js";

describe("parseGCThreshold", () => {
  test("one to three integers; the rest keep (700, 10, 10)", () => {
    expect(parseGCThreshold("5")).toEqual([5, 10, 10]);
    expect(parseGCThreshold("5,3")).toEqual([5, 3, 10]);
    expect(parseGCThreshold("100, 20 ,30")).toEqual([100, 20, 30]);
    expect(parseGCThreshold("0")).toEqual([0, 10, 10]);
    expect(parseGCThreshold("-1,+2")).toEqual([-1, 2, 10]);
  });
  test("a C int's range, as set_threshold's OverflowError", () => {
    expect(parseGCThreshold("2147483647")).toEqual([2147483647, 10, 10]);
    expect(parseGCThreshold("-2147483648")).toEqual([-2147483648, 10, 10]);
    expect(parseGCThreshold("2147483648")).toBe(null);
  });
  test("anything else is invalid", () => {
    for (const bad of ["", "x", "1.5", "1,,2", "1,2,3,4", "1e3", "700,", "0x10"]) {
      expect(parseGCThreshold(bad), bad).toBe(null);
    }
  });
});

describe("run() with gcThresholds", () => {
  test("gc.get_threshold() sees them", () => {
    const r = run("import gc\nprint(gc.get_threshold())\n", { gcThresholds: [123, 4, 5] });
    expect(r.stdout).toBe("(123, 4, 5)\n");
  });
  test("without them, 3.11's defaults", () => {
    const r = run("import gc\nprint(gc.get_threshold())\n", {});
    expect(r.stdout).toBe("(700, 10, 10)\n");
  });
  test("they drive the automatic collections from the start", () => {
    // 3000 two-object cycles: 6000 net container allocations.
    const src = "class A:\n    pass\nfor i in range(3000):\n    a = A(); b = A(); a.b = b; b.a = a\n";
    const low = run(src, { gcThresholds: [100, 10, 10] }).stats;
    const high = run(src, { gcThresholds: [5000, 10, 10] }).stats;
    const off = run(src, { gcThresholds: [0, 10, 10] }).stats;
    expect(low.collections[0]).toBeGreaterThan(40);
    expect(high.collections[0]).toBeGreaterThanOrEqual(1);
    expect(high.collections[0]).toBeLessThan(low.collections[0] / 10);
    // threshold0 = 0: no automatic collection; only shutdown's (generation 2).
    expect(off.collections[0]).toBe(0);
    expect(off.collections[1]).toBe(0);
    expect(low.peakLiveBytes).toBeLessThan(high.peakLiveBytes);
    expect(off.peakLiveBytes).toBeGreaterThan(high.peakLiveBytes);
  });
});
