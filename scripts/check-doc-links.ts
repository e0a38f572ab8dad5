// `npm run lint` fails when a reference to a doc dangles: every `docs/….md` or `docs/….md#anchor, #anchor`
// in a tracked .ts, .tsx or .md file, and every relative `](….md#anchor)` or `](#anchor)` link in a
// .md file, must name a file that exists and, with an anchor, one of its headings (GitHub's slugs).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx", "*.md"])
  .toString()
  .split("\n")
  .filter((file) => file && existsSync(file));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, "")
    .replace(/ /g, "-");
}

const withoutCodeBlocks = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, "");

const anchorsOf = new Map<string, Set<string>>();
function anchors(file: string): Set<string> {
  let found = anchorsOf.get(file);
  if (!found) {
    const text = withoutCodeBlocks(readFileSync(file, "utf8"));
    found = new Set([...text.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)].map((match) => slug(match[1] ?? "")));
    anchorsOf.set(file, found);
  }
  return found;
}

const problems: string[] = [];
function check(from: string, target: string, anchor: string | undefined) {
  if (!existsSync(target)) problems.push(`${from}: ${target} does not exist`);
  else if (anchor && !anchors(target).has(anchor)) problems.push(`${from}: ${target} has no heading #${anchor}`);
}

for (const file of files) {
  const text = readFileSync(file, "utf8");
  // `docs/rules.md#metrics, #grade-bands and #open-data` names three anchors of one file.
  for (const [, target, anchorList] of text.matchAll(/(?<![\w./-])(docs\/[\w./-]*?\.md)((?:(?:, | and )?#[\w-]+)*)/g)) {
    const anchorsNamed = [...(anchorList ?? "").matchAll(/#([\w-]+)/g)].map((match) => match[1]);
    for (const anchor of anchorsNamed.length > 0 ? anchorsNamed : [undefined]) check(file, target ?? "", anchor);
  }
  if (!file.endsWith(".md")) continue;
  for (const [, target, anchor] of withoutCodeBlocks(text).matchAll(
    /\]\(((?:[\w.-]+\/)*[\w.-]+\.md)?(?:#([^)\s]+))?\)/g,
  )) {
    if (target || anchor) check(file, target ? path.join(path.dirname(file), target) : file, anchor);
  }
}

if (problems.length > 0) {
  console.error(`Dangling doc references:\n${problems.join("\n")}`);
  process.exit(1);
}
