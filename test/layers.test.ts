/**
 * The layers run one way (src/README.md): a folder imports only folders
 * above it in the drawing, `import type` aside, and no import cycle
 * crosses a folder. The order is read from the drawing itself, so the
 * picture a newcomer reads is the one the imports make.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, folderEdges, folderOf, sourceImports } from "./helpers/import-graph.mjs";

/** The folders of src/README.md's drawing, top (lowest layer) first. */
function drawnOrder(): string[] {
  const readme = readFileSync(join(ROOT, "src/README.md"), "utf8");
  const drawing = readme.slice(readme.indexOf("```\n") + 4, readme.indexOf("\n```", readme.indexOf("```\n") + 4));
  return drawing.split("\n").map((line) => line.split(/\s+/)[0].replace(/\/$/, ""));
}

/** Strongly connected components of the file graph (value imports). */
function cycles(edges: { from: string; to: string }[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, []);
    next.get(e.from)!.push(e.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  function visit(v: string): void {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  }
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe("layers", () => {
  const order = drawnOrder();
  const edges = sourceImports();

  it("the drawing names every folder of the tree once", () => {
    const folders = new Set(edges.flatMap((e) => [folderOf(join(ROOT, e.from)), folderOf(join(ROOT, e.to))]));
    expect(new Set(order).size).toBe(order.length);
    expect([...folders].filter((f) => !order.includes(f))).toEqual([]);
  });

  it("no folder imports a folder drawn below it", () => {
    const rank = new Map(order.map((f, i) => [f, i]));
    const upward: string[] = [];
    for (const [key, list] of folderEdges(edges)) {
      const [a, b] = key.split(" -> ");
      if (rank.get(b)! > rank.get(a)!) upward.push(...list);
    }
    expect(upward).toEqual([]);
  });

  it("no import cycle crosses a folder", () => {
    const value = edges.filter((e) => !e.typeOnly);
    const crossing = cycles(value).filter((scc) => new Set(scc.map((f) => folderOf(join(ROOT, f)))).size > 1);
    expect(crossing).toEqual([]);
  });

  it("finds an upward import when one is planted", () => {
    const planted = [...edges, { from: "src/heap/gc.ts", to: "src/vm/ceval.ts", typeOnly: false }];
    const rank = new Map(order.map((f, i) => [f, i]));
    const upward = [...folderEdges(planted).keys()].filter((k) => {
      const [a, b] = k.split(" -> ");
      return rank.get(b)! > rank.get(a)!;
    });
    expect(upward).toEqual(["src/heap -> src/vm"]);
  });
});
