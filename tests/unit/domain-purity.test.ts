import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/domain holds the product's rules: no framework, no database, no environment, no clock.
// ESLint enforces this while editing; this test keeps it true in CI even if the lint config changes.
const DOMAIN = path.join(process.cwd(), "lib/domain");
const FORBIDDEN: [RegExp, string][] = [
  [/from\s+["'](next|next\/[^"']*|next-auth[^"']*|next-intl[^"']*)["']/, "imports next"],
  [/from\s+["'](react|react-dom)(\/[^"']*)?["']/, "imports react"],
  [/from\s+["'](@\/db[^"']*|drizzle-orm[^"']*|postgres|@electric-sql\/[^"']*)["']/, "imports the database"],
  [/from\s+["']node:[^"']*["']/, "imports node built-ins"],
  [/from\s+["']@\/lib\/(?!domain\/)[^"']*["']/, "imports outside lib/domain"],
  [/\bprocess\.env\b/, "reads the environment"],
  [/\bDate\.now\(\)/, "reads the clock"],
  [/new Date\(\)/, "reads the clock"],
  [/Math\.random\(\)/, "is not deterministic"],
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("lib/domain is pure", () => {
  const files = sources(DOMAIN);

  it("has rule modules to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [path.relative(process.cwd(), file), file]))(
    "%s imports nothing but itself",
    (_, file) => {
      const text = fs.readFileSync(file, "utf8");
      const problems = FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, why]) => why);
      expect(problems).toEqual([]);
    },
  );
});
