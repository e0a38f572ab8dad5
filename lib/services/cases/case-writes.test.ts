import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Every change of a case row — its deadlines above all — goes through transitionCase, which
// appends the event in the same transaction (docs/rules.md#events). The seed writes history
// directly, as a tool.
const ROOTS = ["lib", "app", "db/queries", "db/factories.ts"];
const ALLOWED = new Set(["lib/services/cases/transition.ts"]);

function sourceFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
}

describe("case rows are changed only by transitionCase", () => {
  it("no other module updates the cases table", () => {
    const offenders = ROOTS.flatMap(sourceFiles)
      .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith(".test.ts"))
      .map((file) => relative(".", file))
      .filter((file) => !ALLOWED.has(file) && /\.update\(cases\)/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
